// Times `specgrade grade` on generated submissions against a naive serial loop that compiles
// and runs every test bare (no sandbox), in the same run; then peak memory on 2,000.
// The two alternate for a few rounds, and the ratio reported is the median of each round's,
// so that a slow minute of a shared machine weighs on one round, not on one side.
//
//   swift build -c release --static-swift-stdlib --product GradeBenchmark
//   .build/release/GradeBenchmark [path/to/specgrade] [--submissions 200] [--rounds 5] [--memory-submissions 2000]
import BenchmarkSupport
import Foundation

#if canImport(Glibc)
import Glibc
#endif

struct Options {
    var specgrade = ".build/release/specgrade"
    var submissions = 200
    var memorySubmissions = 2_000
    var rounds = 5

    init(_ arguments: [String]) {
        var rest = arguments.dropFirst()
        while let argument = rest.popFirst() {
            switch argument {
            case "--submissions": submissions = rest.popFirst().flatMap(Int.init) ?? submissions
            case "--memory-submissions": memorySubmissions = rest.popFirst().flatMap(Int.init) ?? memorySubmissions
            case "--rounds": rounds = max(1, rest.popFirst().flatMap(Int.init) ?? rounds)
            default: specgrade = argument
            }
        }
    }
}

let testCount = 10
let cSource = """
    #include <stdio.h>
    int main(void) { long a, b, sum = 0; while (scanf("%ld %ld", &a, &b) == 2) sum += a * b + OFFSET; printf("%ld\\n", sum); return 0; }
    """
let pythonSource = """
    import sys
    nums = list(map(int, sys.stdin.read().split()))
    print(sum(nums[i] * nums[i + 1] + OFFSET for i in range(0, len(nums) - 1, 2)))
    """
let deckSource = "N000 0\nN001 1\n+\nL000\nL001\nS002\nP\n"

func input(_ test: Int) -> String { (0..<20).map { "\($0 + test) \($0 * test + 1)" }.joined(separator: "\n") + "\n" }
func expected(_ test: Int) -> String {
    String((0..<20).reduce(0) { $0 + ($1 + test) * ($1 * test + 1) }) + "\n"
}

/// A spec with `testCount` tests, and `count` submissions alternating C and Python (every
/// fifth one off by one, so it fails every test).
func makeWorkload(in root: String, count: Int, languages: [String]) throws {
    var spec = """
        ---
        id: bench-sum
        title: Sum of products
        languages: [\(languages.joined(separator: ", "))]
        ---
        # Sum of products
        ## Requirements
        ### REQ-1: Sum
        Print the sum of products of pairs.

        ## Test cases

        """
    for test in 0..<testCount {
        // An Engine test's stdin is itself a deck; these decks need none.
        let stdin = languages.contains("babbage") ? "" : input(test).replacingOccurrences(of: "\n", with: "\\n")
        let out = languages.contains("babbage") ? "1\\n" : expected(test).replacingOccurrences(of: "\n", with: "\\n")
        spec += "```test\nid: T-\(test)\ncovers: [REQ-1]\nstdin: \"\(stdin)\"\nexpect: { stdout: \"\(out)\" }\n```\n\n"
    }
    try FileManager.default.createDirectory(atPath: root + "/subs", withIntermediateDirectories: true)
    try spec.write(toFile: root + "/spec.md", atomically: true, encoding: .utf8)
    for index in 0..<count {
        let offset = index % 5 == 4 ? "1" : "0"
        let name = String(format: "student%04d", index)
        if languages.contains("babbage") {
            try deckSource.write(toFile: "\(root)/subs/\(name).ae", atomically: true, encoding: .utf8)
        } else if index % 2 == 0 {
            try cSource.replacingOccurrences(of: "OFFSET", with: offset).write(
                toFile: "\(root)/subs/\(name).c", atomically: true, encoding: .utf8)
        } else {
            try pythonSource.replacingOccurrences(of: "OFFSET", with: offset).write(
                toFile: "\(root)/subs/\(name).py", atomically: true, encoding: .utf8)
        }
    }
}

/// The interpreter SpecGrade's toolchain uses: the real binary, not a version manager's shim
/// (a pyenv shim costs ~100 ms a start and would flatter SpecGrade).
let python = FileManager.default.isExecutableFile(atPath: "/usr/bin/python3") ? "/usr/bin/python3" : "python3"

/// The loop an instructor might write: for each student, compile, then run each test and compare.
func naiveLoop(root: String) throws -> Int {
    let work = root + "/naive"
    try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
    for test in 0..<testCount { try input(test).write(toFile: "\(work)/in\(test)", atomically: true, encoding: .utf8) }
    var passed = 0
    for name in try FileManager.default.contentsOfDirectory(atPath: root + "/subs").sorted() {
        let path = root + "/subs/" + name
        let command: [String]
        if name.hasSuffix(".c") {
            Spawn.run(["gcc", "-O2", "-pipe", "-std=c17", "-o", "\(work)/prog", path, "-lm"])
            command = ["\(work)/prog"]
        } else {
            command = [python, path]
        }
        for test in 0..<testCount {
            Spawn.run(command, stdin: "\(work)/in\(test)", stdout: "\(work)/out")
            if (try? String(contentsOfFile: "\(work)/out", encoding: .utf8)) == expected(test) { passed += 1 }
        }
    }
    return passed
}

/// Runs `specgrade grade` on a workload and returns (wall seconds, peak RSS of the child in KiB).
func timeSpecgrade(_ specgrade: String, root: String) -> (Double, Int) {
    let timed = Spawn.grade(specgrade, spec: root + "/spec.md", submissions: root + "/subs", root: root)
    return (timed.seconds, timed.peakKB)
}

let options = Options(CommandLine.arguments)
let base = FileManager.default.temporaryDirectory.appendingPathComponent("specgrade-bench-\(getpid())").path
defer { try? FileManager.default.removeItem(atPath: base) }

let mixed = base + "/mixed"
try makeWorkload(in: mixed, count: options.submissions, languages: ["c", "python"])
print(
    "workload: \(options.submissions) submissions (C and Python) x \(testCount) tests, \(ProcessInfo.processInfo.activeProcessorCount) cores, \(options.rounds) rounds"
)
var ratios: [Double] = []
for round in 1...options.rounds {
    // Dirty pages (a build just before, the last round's reports) are written back first:
    // writeback competes for the cores, and the parallel side has none to spare.
    sync()
    let naiveStart = Date()
    let naivePassed = try naiveLoop(root: mixed)
    let naiveSeconds = Date().timeIntervalSince(naiveStart)
    sync()
    let (gradeSeconds, gradeRSS) = timeSpecgrade(options.specgrade, root: mixed)
    let ratio = naiveSeconds / gradeSeconds
    ratios.append(ratio)
    print(
        String(
            format:
                "round %d: naive serial loop (bare, no sandbox) %.2f s (%d tests passed); specgrade grade (sandboxed, --jobs default) %.2f s, peak %.1f MB; %.2fx",
            round, naiveSeconds, naivePassed, gradeSeconds, Double(gradeRSS) / 1024, ratio))
}
print(String(format: "speed-up: %.2fx, median of %d rounds (target >= 1.6x)", Spawn.median(ratios), ratios.count))

let large = base + "/large"
try makeWorkload(in: large, count: options.memorySubmissions, languages: ["babbage"])
let (largeSeconds, largeRSS) = timeSpecgrade(options.specgrade, root: large)
print(
    String(
        format: "%d submissions x %d tests (Engine decks): %.2f s, peak %.1f MB (target < 150 MB)",
        options.memorySubmissions, testCount, largeSeconds, Double(largeRSS) / 1024))
