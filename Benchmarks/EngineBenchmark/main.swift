// The Analytical Engine as whole processes, side by side:
//
// 1. start-up: `specgrade run trivial.ae` against `specgrade --version` (target <= 1.5x);
// 2. a 22-million-card loop deck and a 110-million-card one through `specgrade run` against
//    Walker's Java emulator's whole process, `java aes deck.ae` (targets >= 20x and >= 25x);
// 3. the Engine in this process on the 22-million-card deck, in cards per second.
//
// Each pair alternates, round after round, and the medians are compared: wall time, and the
// CPU time of all the process's threads (steadier on a shared machine; the JVM's compiler and
// collector threads count, as they are part of what the reference costs).
//
//     swift build -c release --static-swift-stdlib --product specgrade
//     swift build -c release --static-swift-stdlib --product EngineBenchmark
//     .build/release/EngineBenchmark .build/release/specgrade [--walker CLASSES] [--rounds N] [--startups N]
import AnalyticalEngine
import BenchmarkSupport
import Execution
import Foundation

struct Options {
    var specgrade = ".build/release/specgrade"
    var walker: String?
    var rounds = 5
    var startups = 21
}

func parseOptions() -> Options {
    var options = Options()
    var arguments = CommandLine.arguments.dropFirst()
    while let argument = arguments.popFirst() {
        switch argument {
        case "--walker": options.walker = arguments.popFirst()
        case "--rounds": options.rounds = arguments.popFirst().flatMap { Int($0) } ?? options.rounds
        case "--startups": options.startups = arguments.popFirst().flatMap { Int($0) } ?? options.startups
        default: options.specgrade = argument
        }
    }
    return options
}

/// The loop deck: V3 += V2 and V0 -= 1 each pass; `0 - V0` raises the lever while passes
/// remain. Its card count and what it prints: (passes * addend) mod 10^50.
func loopDeck(passes: Int) -> (deck: String, cards: Int, expected: String) {
    let addend = "12345678901234567890123456789012345678901234567890"
    let deck = """
        N000 \(passes)
        N001 1
        N002 \(addend)
        N003 0
        N004 0
        +
        L003
        L002
        S003
        -
        L000
        L001
        S000
        L004
        L000
        CB?11
        L003
        P

        """
    let total = 5 + 11 * passes + 2
    var sum = Decimal50.zero
    var remaining = passes
    var power = Decimal50(referenceText: addend) ?? .zero
    while remaining > 0 {
        if remaining & 1 == 1 { sum = wrapped(sum, power) }
        power = wrapped(power, power)
        remaining >>= 1
    }
    return (deck, total, sum.description + "\n")
}

func wrapped(_ x: Decimal50, _ y: Decimal50) -> Decimal50 {
    let sum = Decimal50.referenceSum(x, y) ?? .zero
    return Decimal50.referenceCompare(sum, .tenToThe50) >= 0
        ? (Decimal50.referenceDifference(sum, .tenToThe50) ?? .zero) : sum
}

func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}

/// A whole process's wall time and CPU time (user and system, all its threads), in seconds.
struct Timing {
    var wall: Double
    var cpu: Double
}

/// The CPU time of this process's waited-for children so far.
func childrenCPU() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_CHILDREN.rawValue, &usage)
    func value(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
    return value(usage.ru_utime) + value(usage.ru_stime)
}

/// Runs `argv` as a whole process, its stdout to `output`; nil when it did not exit 0.
func timed(_ argv: [String], output: String) -> Timing? {
    let clock = ContinuousClock()
    let cpuBefore = childrenCPU()
    let start = clock.now
    let status = Spawn.run(argv, stdout: output)
    let elapsed = seconds(clock.now - start)
    return status == 0 ? Timing(wall: elapsed, cpu: childrenCPU() - cpuBefore) : nil
}

/// Medians of wall and CPU times.
func medians(_ timings: [Timing]) -> Timing {
    Timing(wall: Spawn.median(timings.map(\.wall)), cpu: Spawn.median(timings.map(\.cpu)))
}

func contents(_ path: String) -> String {
    FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) } ?? ""
}

func fail(_ message: String) -> Never {
    print(message)
    exit(3)
}

let options = parseOptions()
let directory = FileManager.default.temporaryDirectory.appendingPathComponent("engine-benchmark-\(getpid())").path
try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(atPath: directory) }
let output = directory + "/output"
func write(_ name: String, _ text: String) -> String {
    let path = directory + "/" + name
    guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8)) else { fail("cannot write \(path)") }
    return path
}

// 1. Start-up.
let trivial = write("trivial.ae", "N001 1\n+\nL001\nP\n")
var versionTimes: [Timing] = []
var trivialTimes: [Timing] = []
for _ in 0..<options.startups {
    guard let version = timed([options.specgrade, "--version"], output: output) else {
        fail(
            "\(options.specgrade) --version failed; build it first (swift build -c release --static-swift-stdlib --product specgrade)"
        )
    }
    guard let run = timed([options.specgrade, "run", trivial], output: output), contents(output) == "1\n" else {
        fail("specgrade run \(trivial) did not print 1")
    }
    versionTimes.append(version)
    trivialTimes.append(run)
}
let version = medians(versionTimes)
let trivialRun = medians(trivialTimes)
print(
    String(
        format:
            "start-up, median of %d: specgrade --version %.1f ms (CPU %.1f ms), specgrade run trivial.ae %.1f ms (CPU %.1f ms): "
            + "%.2fx wall, %.2fx CPU (target <= 1.5x)",
        options.startups, version.wall * 1e3, version.cpu * 1e3, trivialRun.wall * 1e3, trivialRun.cpu * 1e3,
        trivialRun.wall / version.wall, trivialRun.cpu / version.cpu))

// 2. Loop decks, whole processes.
let limits = ["--cpu", "60s", "--wall", "120s"]
for (passes, target) in [(2_000_000, 20.0), (10_000_000, 25.0)] {
    let (deck, cards, expected) = loopDeck(passes: passes)
    let path = write("loop\(passes).ae", deck)
    var ours: [Timing] = []
    var theirs: [Timing] = []
    for _ in 0..<options.rounds {
        guard let run = timed([options.specgrade, "run", path] + limits, output: output), contents(output) == expected
        else {
            fail("specgrade run on the \(cards)-card deck printed \(contents(output)), expected \(expected)")
        }
        ours.append(run)
        if let walker = options.walker {
            guard
                let reference = timed(
                    ["java", "-Djava.awt.headless=true", "-cp", walker, "aes", path], output: output),
                contents(output) == expected
            else {
                fail("Walker's emulator on the \(cards)-card deck printed \(contents(output)), expected \(expected)")
            }
            theirs.append(reference)
        }
    }
    let our = medians(ours)
    var line = String(
        format: "%.0fM-card loop deck, median of %d: specgrade run %.3f s (CPU %.3f s)", Double(cards) / 1e6,
        options.rounds,
        our.wall, our.cpu)
    if !theirs.isEmpty {
        let their = medians(theirs)
        line += String(
            format: ", java aes %.3f s (CPU %.3f s): %.1fx faster wall, %.1fx CPU (target >= %.0fx)", their.wall,
            their.cpu,
            their.wall / our.wall, their.cpu / our.cpu, target)
    }
    print(line)
}

// 3. The Engine alone, in this process.
let (deck, cards, expected) = loopDeck(passes: 2_000_000)
guard case .success(let program) = AnalyticalEngine.compile(source: deck, path: "loop.ae", language: .babbage) else {
    fail("the benchmark deck does not compile")
}
var times: [Double] = []
let clock = ContinuousClock()
for _ in 0..<options.rounds {
    let start = clock.now
    let result = AnalyticalEngine.run(program, stdin: "", limits: ResourceLimits(cpuMs: 600_000, wallMs: 600_000))
    times.append(seconds(clock.now - start))
    guard result.verdict == .accepted, result.stdoutText == expected else {
        fail("wrong result: \(result.verdict.rawValue) \(result.stdoutText) expected \(expected)")
    }
}
print(
    String(
        format: "the Engine in-process, %.0fM cards: median %.3f s, %.0f million cards/s",
        Double(cards) / 1e6, Spawn.median(times), Double(cards) / Spawn.median(times) / 1e6))
