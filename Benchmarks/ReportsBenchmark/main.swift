import Execution
import Foundation
import Reports
import Results
import SpecModel

// Renders a synthetic class to every report format (the gradebooks for a synthetic Canvas
// roster) and prints the time per format, the total and the peak memory. Target
// (docs/benchmarks.md): 5,000 submissions × 20 tests in at most 3 s
// and under 300 MB, built with `swift build -c release --static-swift-stdlib`.
//
//     ReportsBenchmark [--students N] [--tests N] [--format junit,json,...] [--out DIR]
//
// With --out the reports stay in DIR (for .ci/validate-reports and .ci/check-html); without
// it they go to a folder in /dev/shm (tmpfs), removed afterwards, so that the figures measure
// SpecGrade rather than the disk: on a slow disk, creating 5,000 Gradescope folders and files
// alone can take seconds (pass --out to measure a real disk).

struct Options {
    var students = 5_000
    var tests = 20
    var out: String?
    var formats = Set(ReportFormat.allCases)

    init(_ arguments: [String]) throws {
        var iterator = arguments.makeIterator()
        while let argument = iterator.next() {
            switch argument {
            case "--students": students = try Self.number(iterator.next(), for: argument)
            case "--tests": tests = try Self.number(iterator.next(), for: argument)
            case "--out":
                guard let value = iterator.next() else { throw UsageError(message: "--out needs a folder") }
                out = value
            case "--format":
                switch ReportFormat.parse(iterator.next() ?? "") {
                case .success(let chosen) where !chosen.isEmpty: formats = chosen
                case .success: throw UsageError(message: "--format needs a list such as junit,json")
                case .failure(let unknown): throw UsageError(message: unknown.description)
                }
            default: throw UsageError(message: "unknown argument \(argument)")
            }
        }
    }

    static func number(_ text: String?, for flag: String) throws -> Int {
        guard let text, let value = Int(text), value > 0 else {
            throw UsageError(message: "\(flag) needs a positive number")
        }
        return value
    }
}

struct UsageError: Error, CustomStringConvertible {
    var message: String
    var description: String {
        "\(message)\nusage: ReportsBenchmark [--students N] [--tests N] [--format junit,json,...] [--out DIR]"
    }
}

/// A class whose results look like a real run's: mostly accepted, some wrong answers with
/// diffs, a few crashes and limits, 1 in 50 not gradable, every fifth test hidden, and output
/// excerpts with markup and escapes in them.
func syntheticClass(students: Int, tests: Int) -> GradeRun {
    let path = "Specs/benchmark.md"
    let requirementCount = max(1, tests / 4)
    var requirements: [Requirement] = []
    for index in 0..<requirementCount {
        requirements.append(
            Requirement(
                id: "REQ-\(index + 1)", title: "Requirement \(index + 1)", kind: .requirement,
                location: SourceLocation(path: path, line: 10 + index * 8)))
        requirements.append(
            Requirement(
                id: "AC-\(index + 1).1", title: "Criterion \(index + 1).1", kind: .criterion,
                parent: "REQ-\(index + 1)", location: SourceLocation(path: path, line: 14 + index * 8)))
    }
    let cases = (0..<tests).map { index in
        TestCase(
            id: "T-\(index + 1)", name: "case \(index + 1)",
            covers: [requirements[(index * 2 + index % 2) % requirements.count].id],
            expect: Expectation(stdout: .text("\(index)\n")), hidden: index % 5 == 4,
            location: SourceLocation(path: path, line: 200 + index * 7))
    }
    let spec = Spec(
        id: "benchmark", title: "Benchmark", requirements: requirements, tests: cases, path: path,
        baseDirectory: "Specs")
    let verdicts: [Verdict] = [.wrongAnswer, .runtimeError, .timeLimit, .memoryLimit, .outputLimit]
    let submissions = (0..<students).map { student -> SubmissionResult in
        let name = String(format: "student-%05d", student)
        let gradable = student % 50 != 49
        let results = cases.enumerated().map { index, test -> TestResult in
            let seed = (student &* 2_654_435_761 &+ index &* 40_503) % 100
            let verdict: Verdict = !gradable ? .notGradable : seed < 80 ? .accepted : verdicts[seed % verdicts.count]
            let accepted = verdict == .accepted
            return TestResult(
                id: test.id, name: test.name, verdict: verdict, detail: accepted ? nil : "line 1 differs",
                score: accepted ? 1 : 0, maxScore: 1, hidden: test.hidden, covers: test.covers,
                cpuMs: 5 + seed, wallMs: 10 + seed * 3, memoryKB: 8_000 + seed * 40,
                diff: verdict == .wrongAnswer ? DiffExcerpt(line: 1, expected: "\(index)", actual: "<\(seed)>") : nil,
                stdoutExcerpt: accepted ? "" : "</pre><b>\(seed)</b>\u{1B}[0m\n",
                stderrExcerpt: accepted ? "" : "Traceback: & more\n")
        }
        let statuses = requirements.map { requirement in
            let evidence = results.filter {
                $0.covers.contains(requirement.id)
                    || requirement.kind == .requirement
                        && $0.covers.contains("AC-" + requirement.id.dropFirst(4) + ".1")
            }
            .map { RequirementStatus.Evidence(test: $0.id, verdict: $0.verdict) }
            let accepted = evidence.filter { $0.verdict == .accepted }.count
            let status: ComplianceStatus =
                evidence.isEmpty ? .untested : accepted == evidence.count ? .met : accepted == 0 ? .unmet : .partial
            return RequirementStatus(id: requirement.id, status: status, evidence: evidence)
        }
        let score = results.reduce(0) { $0 + $1.score }
        let missing = statuses.filter { $0.status != .met }.map(\.id)
        return SubmissionResult(
            student: name, language: gradable ? "python" : nil,
            status: !gradable ? .notGradable : score == Double(tests) ? .passed : score == 0 ? .failed : .partial,
            score: score, maxScore: Double(tests), requirements: statuses,
            coverage: Coverage(
                total: statuses.count, covered: statuses.filter { $0.status != .untested }.count,
                met: statuses.count - missing.count, missing: missing),
            tests: results,
            suggestions: results.filter { $0.verdict == .wrongAnswer }.map {
                Suggestion(
                    requirement: $0.covers[0], test: $0.id,
                    message: "expected \"\($0.diff?.expected ?? "")\", got \"\($0.diff?.actual ?? "")\"")
            },
            message: gradable ? nil : "language 'ruby' is not allowed", contentHash: "sha256:\(student)",
            isolation: Isolation(layers: Isolation.required))
    }
    return GradeRun(
        spec: spec, submissions: submissions, startedAt: "2025-03-01T10:00:00Z",
        finishedAt: "2025-03-01T10:05:00Z", toolVersion: "benchmark")
}

func peakMemoryMB() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024
}

/// User + system CPU seconds of the process so far: on a shared machine, wall time says how
/// busy the neighbours were, CPU time how much work the reports took.
func cpuSeconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
    return seconds(usage.ru_utime) + seconds(usage.ru_stime)
}

func seconds(since start: ContinuousClock.Instant) -> String {
    let elapsed = ContinuousClock.now - start
    let value = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    return String(format: "%.3f s", value)
}

/// A Canvas roster for the class: every student but one in a hundred (whose folder is then
/// unmatched), and a few enrolled students who handed nothing in.
func syntheticRoster(_ run: GradeRun) -> Roster {
    var students = run.submissions.enumerated().filter { $0.offset % 100 != 99 }.map { index, submission in
        var student = RosterStudent(name: "Student \(index), Synthetic", line: index + 2)
        student.canvasID = String(10_000 + index)
        student.sisLoginID = submission.student
        student.section = "Section \(index % 4 + 1)"
        return student
    }
    for extra in 0..<10 {
        var student = RosterStudent(name: "Absent \(extra), Synthetic", line: students.count + 2)
        student.sisLoginID = "absent-\(extra)"
        students.append(student)
    }
    return Roster(path: "roster.csv", students: students)
}

do {
    let options = try Options(Array(CommandLine.arguments.dropFirst()))
    let run = syntheticClass(students: options.students, tests: options.tests)
    let gradebook = Gradebook(roster: syntheticRoster(run))
    print(
        "\(options.students) submissions × \(options.tests) tests; model built, peak \(String(format: "%.0f", peakMemoryMB())) MB"
    )
    let scratch = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
    let directory = options.out ?? (scratch as NSString).appendingPathComponent("reports-benchmark-\(getpid())")
    print("writing to \(directory)")
    defer { if options.out == nil { try? FileManager.default.removeItem(atPath: directory) } }

    for format in ReportFormat.allCases where options.formats.contains(format) {
        let start = ContinuousClock.now
        let cpu = cpuSeconds()
        let paths = try await ReportWriter(formats: [format], gradebook: gradebook).write(run, to: directory)
        print(
            "  \(format.rawValue.padding(toLength: 10, withPad: " ", startingAt: 0)) \(seconds(since: start)) wall, "
                + "\(String(format: "%.3f", cpuSeconds() - cpu)) s cpu  (\(paths.count) files)")
    }
    let start = ContinuousClock.now
    let cpu = cpuSeconds()
    let paths = try await ReportWriter(formats: options.formats, gradebook: gradebook).write(run, to: directory)
    print(
        "all formats together: \(seconds(since: start)) wall, \(String(format: "%.3f", cpuSeconds() - cpu)) s cpu, "
            + "\(paths.count) files, peak memory \(String(format: "%.0f", peakMemoryMB())) MB (target ≤ 3 s, < 300 MB)")
} catch {
    FileHandle.standardError.write(Data("ReportsBenchmark: \(error)\n".utf8))
    exit(2)
}
