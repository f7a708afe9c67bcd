// Times `specgrade grade` of a unit-test spec (the instructor's pytest and JUnit suites against
// generated submissions, sandboxed) against a bare serial loop that runs the framework once
// per submission, in the same run, alternating for a few rounds; the ratio reported is the
// median of each round's. Then the peak memory of each grading run.
//
//   swift build -c release --static-swift-stdlib --product UnitBenchmark
//   .build/release/UnitBenchmark [path/to/specgrade] [--python 200] [--java 50] [--rounds 3]
import BenchmarkSupport
import Foundation

struct Options {
    var specgrade = ".build/release/specgrade"
    var python = 200
    var java = 50
    var rounds = 3

    init(_ arguments: [String]) {
        var rest = arguments.dropFirst()
        while let argument = rest.popFirst() {
            switch argument {
            case "--python": python = rest.popFirst().flatMap(Int.init) ?? python
            case "--java": java = rest.popFirst().flatMap(Int.init) ?? java
            case "--rounds": rounds = max(1, rest.popFirst().flatMap(Int.init) ?? rounds)
            default: specgrade = argument
            }
        }
    }
}

let testCount = 20
/// Test i checks one function on a list of its own.
func values(_ test: Int) -> [Int] { (0...(3 + test % 5)).map { ($0 * 7 + test) % 11 } }
func mean(_ xs: [Int]) -> Double { Double(xs.reduce(0, +)) / Double(xs.count) }
func function(_ test: Int) -> String { ["mean", "total", "largest"][test % 3] }
func expectedValue(_ test: Int) -> Double {
    let xs = values(test)
    switch test % 3 {
    case 0: return mean(xs)
    case 1: return Double(xs.reduce(0, +))
    default: return Double(xs.max() ?? 0)
    }
}
func list(_ test: Int, brackets: (String, String)) -> String {
    brackets.0 + values(test).map(String.init).joined(separator: ", ") + brackets.1
}

func spec(language: String, suite: String) -> String {
    var text = """
        ---
        id: bench-units-\(language)
        languages: [\(language)]
        unit_tests: { module: stats, \(language): \(suite) }
        ---
        # Unit benchmark
        ## Requirements
        ### REQ-1: Functions
        mean, total, largest.

        ## Test cases

        """
    for test in 0..<testCount {
        text += "```test\nid: T-\(test)\ncovers: [REQ-1]\nunit: test_t\(test)\n```\n\n"
    }
    return text
}

let pythonSuite =
    "import stats\n\n"
    + (0..<testCount).map { test in
        "def test_t\(test)():\n    assert abs(stats.\(function(test))(\(list(test, brackets: ("[", "]")))) - \(expectedValue(test))) < 1e-9\n"
    }.joined(separator: "\n")
let pythonModule = """
    def mean(xs):
        return sum(xs) / len(xs)

    def total(xs):
        return sum(xs) + OFFSET

    def largest(xs):
        return max(xs)

    """
let javaSuite = """
    import static org.junit.jupiter.api.Assertions.assertEquals;
    import org.junit.jupiter.api.Test;

    class StatsTest {
    \((0..<testCount).map { test in
        "    @Test void test_t\(test)() { assertEquals(\(expectedValue(test)), Stats.\(function(test))(new double[] \(list(test, brackets: ("{", "}")))), 1e-9); }"
    }.joined(separator: "\n"))
    }

    """
let javaModule = """
    public class Stats {
        public static double mean(double[] xs) { double s = 0; for (double x : xs) s += x; return s / xs.length; }
        public static double total(double[] xs) { double s = OFFSET; for (double x : xs) s += x; return s; }
        public static double largest(double[] xs) { double m = xs[0]; for (double x : xs) m = Math.max(m, x); return m; }
    }

    """

/// A spec folder with its suite, and `count` submissions (every fifth one off in `total`).
func makeWorkload(in root: String, language: String, count: Int) throws {
    let (suiteName, suite, module, file) =
        language == "python"
        ? ("test_stats.py", pythonSuite, pythonModule, "stats.py")
        : ("StatsTest.java", javaSuite, javaModule, "Stats.java")
    try FileManager.default.createDirectory(atPath: root + "/spec/tests", withIntermediateDirectories: true)
    try spec(language: language, suite: "tests/" + suiteName).write(
        toFile: root + "/spec/spec.md", atomically: true, encoding: .utf8)
    try suite.write(toFile: root + "/spec/tests/" + suiteName, atomically: true, encoding: .utf8)
    for index in 0..<count {
        let folder = root + "/subs/" + String(format: "student%04d", index)
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try module.replacingOccurrences(of: "OFFSET", with: index % 5 == 4 ? "1" : "0")
            .write(toFile: folder + "/" + file, atomically: true, encoding: .utf8)
    }
}

let python = FileManager.default.isExecutableFile(atPath: "/usr/bin/python3") ? "/usr/bin/python3" : "python3"
let junit =
    ProcessInfo.processInfo.environment["JUNIT_PLATFORM_JAR"] ?? "/usr/share/java/junit-platform-console-standalone.jar"

/// What an instructor's script would do per submission: put the suite beside it and run the
/// framework once (compiling first, for Java).
func bareLoop(root: String, language: String) throws -> Int {
    var passed = 0
    for name in try FileManager.default.contentsOfDirectory(atPath: root + "/subs").sorted() {
        let folder = root + "/subs/" + name
        let status: Int32
        if language == "python" {
            try FileManager.default.copyItem(
                atPath: root + "/spec/tests/test_stats.py", toPath: folder + "/test_stats.py")
            status = Spawn.run(
                [python, "-m", "pytest", "-q", "-p", "no:cacheprovider", "test_stats.py"], directory: folder)
            try FileManager.default.removeItem(atPath: folder + "/test_stats.py")
        } else {
            Spawn.run([
                "javac", "-d", folder + "/out", "-cp", junit, folder + "/Stats.java",
                root + "/spec/tests/StatsTest.java",
            ])
            status = Spawn.run([
                "java", "-jar", junit, "-cp", folder + "/out", "--select-class", "StatsTest", "--disable-banner",
                "--details", "none",
            ])
            try? FileManager.default.removeItem(atPath: folder + "/out")
        }
        if status == 0 { passed += 1 }
    }
    return passed
}

let options = Options(CommandLine.arguments)
let base = FileManager.default.temporaryDirectory.appendingPathComponent("specgrade-unitbench-\(getpid())").path
defer { try? FileManager.default.removeItem(atPath: base) }
print(
    "\(ProcessInfo.processInfo.activeProcessorCount) cores, \(options.rounds) rounds, \(testCount) unit tests per submission"
)

for (language, count, target) in [("python", options.python, 1.5), ("java", options.java, 1.3)] where count > 0 {
    let root = base + "/" + language
    try makeWorkload(in: root, language: language, count: count)
    var ratios: [Double] = []
    for round in 1...options.rounds {
        sync()
        let bareStart = Date()
        let passed = try bareLoop(root: root, language: language)
        let bareSeconds = Date().timeIntervalSince(bareStart)
        sync()
        let graded = Spawn.grade(options.specgrade, spec: root + "/spec", submissions: root + "/subs", root: root)
        ratios.append(bareSeconds / graded.seconds)
        print(
            String(
                format:
                    "%@ round %d: bare serial loop %.2f s (%d submissions passed); specgrade grade (sandboxed) %.2f s, peak %.1f MB; %.2fx",
                language, round, bareSeconds, passed, graded.seconds, Double(graded.peakKB) / 1024, ratios.last ?? 0))
    }
    print(
        String(
            format: "%@: %d submissions x %d tests: speed-up %.2fx, median of %d rounds (target >= %.1fx)",
            language, count, testCount, Spawn.median(ratios), ratios.count, target))
}
