// Times `specgrade grade` on generated submissions against a naive serial loop that compiles
// and runs every test bare (no sandbox), in the same run; then peak memory on 2,000.
// The two alternate for a few rounds, and the ratio reported is the median of each round's,
// so that a slow minute of a shared machine weighs on one round, not on one side.
//
//   swift build -c release --static-swift-stdlib --product GradeBenchmark
//   .build/release/GradeBenchmark [path/to/specgrade] [--submissions 200] [--rounds 5] [--memory-submissions 2000]
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
            try cSource.replacingOccurrences(of: "OFFSET", with: offset).write(toFile: "\(root)/subs/\(name).c", atomically: true, encoding: .utf8)
        } else {
            try pythonSource.replacingOccurrences(of: "OFFSET", with: offset).write(toFile: "\(root)/subs/\(name).py", atomically: true, encoding: .utf8)
        }
    }
}

/// posix_spawn with stdin and stdout redirected to files; returns the exit status.
func spawn(_ argv: [String], stdin: String = "/dev/null", stdout: String = "/dev/null", environment: [String: String]? = nil) -> Int32 {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, stdin, O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    let cArguments = argv.map { strdup($0) } + [nil]
    defer { cArguments.forEach { free($0) } }
    let env = (environment ?? ProcessInfo.processInfo.environment).map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer { env.forEach { free($0) } }
    var pid: pid_t = 0
    guard posix_spawnp(&pid, argv[0], &actions, nil, cArguments, env) == 0 else { return -1 }
    var status: Int32 = 0
    waitpid(pid, &status, 0)
    return status
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
            _ = spawn(["gcc", "-O2", "-pipe", "-std=c17", "-o", "\(work)/prog", path, "-lm"])
            command = ["\(work)/prog"]
        } else {
            command = [python, path]
        }
        for test in 0..<testCount {
            _ = spawn(command, stdin: "\(work)/in\(test)", stdout: "\(work)/out")
            if (try? String(contentsOfFile: "\(work)/out", encoding: .utf8)) == expected(test) { passed += 1 }
        }
    }
    return passed
}

/// Runs `specgrade grade` and returns (wall seconds, peak RSS of the child in KiB).
func timeSpecgrade(_ specgrade: String, root: String) -> (Double, Int) {
    let start = Date()
    var pid: pid_t = 0
    let argv = [specgrade, "grade", root + "/spec.md", root + "/subs", "--out", root + "/reports",
                "--db", root + "/history.sqlite", "--no-cache", "--quiet"]
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    posix_spawn_file_actions_addopen(&actions, 1, root + "/grade.log", O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    let cArguments = argv.map { strdup($0) } + [nil]
    let env = ProcessInfo.processInfo.environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    guard posix_spawn(&pid, specgrade, &actions, nil, cArguments, env) == 0 else {
        print("cannot start \(specgrade): build it first (swift build -c release --static-swift-stdlib)")
        exit(2)
    }
    var status: Int32 = 0
    var usage = rusage()
    wait4(pid, &status, 0, &usage)
    posix_spawn_file_actions_destroy(&actions)
    cArguments.forEach { free($0) }
    env.forEach { free($0) }
    if status != 0 {
        print("specgrade grade exited with status \(status); see \(root)/grade.log")
    }
    return (Date().timeIntervalSince(start), usage.ru_maxrss)
}

let options = Options(CommandLine.arguments)
let base = FileManager.default.temporaryDirectory.appendingPathComponent("specgrade-bench-\(getpid())").path
defer { try? FileManager.default.removeItem(atPath: base) }

let mixed = base + "/mixed"
try makeWorkload(in: mixed, count: options.submissions, languages: ["c", "python"])
print("workload: \(options.submissions) submissions (C and Python) x \(testCount) tests, \(ProcessInfo.processInfo.activeProcessorCount) cores, \(options.rounds) rounds")
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
    print(String(format: "round %d: naive serial loop (bare, no sandbox) %.2f s (%d tests passed); specgrade grade (sandboxed, --jobs default) %.2f s, peak %.1f MB; %.2fx",
                 round, naiveSeconds, naivePassed, gradeSeconds, Double(gradeRSS) / 1024, ratio))
}
print(String(format: "speed-up: %.2fx, median of %d rounds (target >= 1.6x)", ratios.sorted()[ratios.count / 2], ratios.count))

let large = base + "/large"
try makeWorkload(in: large, count: options.memorySubmissions, languages: ["babbage"])
let (largeSeconds, largeRSS) = timeSpecgrade(options.specgrade, root: large)
print(String(format: "%d submissions x %d tests (Engine decks): %.2f s, peak %.1f MB (target < 150 MB)",
             options.memorySubmissions, testCount, largeSeconds, Double(largeRSS) / 1024))
