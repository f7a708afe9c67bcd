// Cards per second through the Analytical Engine on a loop-heavy deck: 2,000,000 passes of
// an 11-card loop that adds a 50-digit number, and — given the path of Walker's compiled
// Java emulator (a classes folder or a jar holding `aes`) — the same deck through it, in the
// same run, with the ratio.
//
//     swift build -c release --static-swift-stdlib --product EngineBenchmark
//     .build/release/EngineBenchmark [/path/to/walker/classes] [--passes N] [--runs N]
import AnalyticalEngine
import Execution
import Foundation

struct Options {
    var reference: String?
    var passes = 2_000_000
    var runs = 5
}

func parseOptions() -> Options {
    var options = Options()
    var arguments = CommandLine.arguments.dropFirst()
    while let argument = arguments.popFirst() {
        switch argument {
        case "--passes": options.passes = arguments.popFirst().flatMap { Int($0) } ?? options.passes
        case "--runs": options.runs = arguments.popFirst().flatMap { Int($0) } ?? options.runs
        default: options.reference = argument
        }
    }
    return options
}

/// The deck: V3 += V2 and V0 -= 1 each pass; `0 - V0` raises the lever while passes remain.
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
    let setup = 5
    let total = setup + 11 * passes + 2
    var sum = Decimal50.zero
    var remaining = passes
    let value = Decimal50(referenceText: addend) ?? .zero
    // The expected total, (passes * addend) mod 10^50, by doubling.
    var power = value
    while remaining > 0 {
        if remaining & 1 == 1 { sum = wrapped(sum, power) }
        power = wrapped(power, power)
        remaining >>= 1
    }
    return (deck, total, sum.description + "\n")
}

func wrapped(_ x: Decimal50, _ y: Decimal50) -> Decimal50 {
    let sum = Decimal50.referenceSum(x, y) ?? .zero
    return Decimal50.referenceCompare(sum, .tenToThe50) >= 0 ? (Decimal50.referenceDifference(sum, .tenToThe50) ?? .zero) : sum
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted[sorted.count / 2]
}

func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}

/// Wall time of one run of Walker's emulator on a deck file, in seconds.
func timeReference(_ classPath: String, deck: String) -> (seconds: Double, output: String)? {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["java", "-Djava.awt.headless=true", "-cp", classPath, "aes", deck]
    let pipe = Pipe()
    process.standardOutput = pipe
    let clock = ContinuousClock()
    let start = clock.now
    do { try process.run() } catch { return nil }
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (seconds(clock.now - start), String(decoding: data, as: UTF8.self))
}

let options = parseOptions()
let (deck, cards, expected) = loopDeck(passes: options.passes)
guard case .success(let program) = AnalyticalEngine.compile(source: deck, path: "loop.ae", language: .babbage) else {
    print("the benchmark deck does not compile")
    exit(3)
}
let limits = ResourceLimits(cpuMs: 600_000, wallMs: 600_000)
var times: [Double] = []
let clock = ContinuousClock()
for _ in 0..<options.runs {
    let start = clock.now
    let result = AnalyticalEngine.run(program, stdin: "", limits: limits)
    times.append(seconds(clock.now - start))
    guard result.verdict == .accepted, result.stdoutText == expected else {
        print("wrong result: \(result.verdict.rawValue) \(result.stdoutText) expected \(expected)")
        exit(3)
    }
}
let ours = Double(cards) / median(times)
print("deck: \(options.passes) passes of an 11-card loop adding a 50-digit number, \(cards) cards")
print(String(format: "SpecGrade engine: median %.3f s over %d runs, %.1f million cards/s", median(times), options.runs, ours / 1e6))

if let reference = options.reference {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("engine-benchmark-\(getpid())")
    try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let deckPath = directory.appendingPathComponent("loop.ae").path
    let emptyPath = directory.appendingPathComponent("empty.ae").path
    guard FileManager.default.createFile(atPath: deckPath, contents: Data(deck.utf8)),
        FileManager.default.createFile(atPath: emptyPath, contents: Data("N001 1\n".utf8))
    else {
        print("could not write the deck under \(directory.path)")
        exit(3)
    }
    var referenceTimes: [Double] = []
    var startups: [Double] = []
    for _ in 0..<3 {
        guard let run = timeReference(reference, deck: deckPath), let empty = timeReference(reference, deck: emptyPath) else {
            print("could not run java with \(reference)")
            exit(3)
        }
        guard run.output == expected else {
            print("the reference printed \(run.output) expected \(expected)")
            exit(3)
        }
        referenceTimes.append(run.seconds)
        startups.append(empty.seconds)
    }
    let referenceSeconds = max(median(referenceTimes) - median(startups), 1e-3)
    let theirs = Double(cards) / referenceSeconds
    print(String(
        format: "Walker's emulator: median %.3f s (%.3f s of it JVM start-up, subtracted), %.1f million cards/s",
        median(referenceTimes), median(startups), theirs / 1e6))
    print(String(format: "ratio: %.1fx the reference's throughput", ours / theirs))
}
