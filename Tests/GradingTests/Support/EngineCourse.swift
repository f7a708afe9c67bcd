import Execution
import Foundation
import SpecModel

@testable import Grading

/// A course for the Analytical Engine in a folder of its own: a spec, the files it names, and
/// a submissions folder of decks. Grading it runs everything in-process, with no sandbox.
struct EngineCourse {
    /// "Print twice the number of the input deck": T-two (1 point, stdin and stdout inline)
    /// and T-five (2 points, stdin and stdout from files, its own CPU limit).
    static let doubling = """
        ---
        id: doubling
        title: Doubling on the Analytical Engine
        languages: [babbage]
        scoring: tests
        limits: { cpu: 200ms, wall: 20s }
        compare: lines
        ---
        # Doubling

        Print twice the number of the input deck.

        ## Requirements

        ### REQ-1: Double
        The program prints 2n.

        #### AC-1.1: Small
        Given n = 2, it prints 4.

        #### AC-1.2: Larger
        Given n = 5, it prints 10.

        ### REQ-2: Halt
        The program halts within the limits.

        ## Test cases

        ```test
        id: T-two
        covers: [AC-1.1, REQ-2]
        stdin: "N001 2\\n"
        expect: { stdout: "4\\n" }
        ```

        ```test
        id: T-five
        covers: [AC-1.2]
        stdin_file: five.deck
        expect: { stdout_file: ten.txt }
        points: 2
        limits: { cpu: 100ms }
        ```

        """
    static let doublingFiles = ["five.deck": "N001 5\n", "ten.txt": "10\n"]

    /// Decks for `doubling`, by what they do.
    enum Deck {
        /// 2 × n: passes every test.
        static let double = "N002 2\n*\nL001\nL002\nP\n"
        /// n + 2: right for n = 2 only.
        static let plusTwo = "N002 2\n+\nL001\nL002\nP\n"
        /// Adds zero to zero for ever: stopped by the CPU limit.
        static let endless = "N003 0\n(\n+\nL003\nL003\nS003\n)\n"
        /// A letter O where a zero belongs: does not mount.
        static let typo = "N002 2O\n*\nL001\nL002\nP\n"
    }

    let root: String
    var specPath: String { root + "/spec.md" }
    var submissions: String { root + "/submissions" }

    /// Writes the spec, the files beside it, and each deck as `submissions/<student>.ae`.
    init(
        spec: String = EngineCourse.doubling, files: [String: String] = EngineCourse.doublingFiles,
        decks: [String: String]
    ) throws {
        root =
            FileManager.default.temporaryDirectory.appendingPathComponent("specgrade-course-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: submissions, withIntermediateDirectories: true)
        try write(spec, to: specPath)
        for (name, text) in files { try write(text, to: root + "/" + name) }
        for (student, deck) in decks { try setDeck(deck, of: student) }
    }

    /// The doubling course with T-two judged by a checker deck at `path`, beside the spec.
    static func withChecker(
        _ checker: String, at path: String = "judge.ae", decks: [String: String]
    ) throws -> EngineCourse {
        let spec = doubling.replacingOccurrences(
            of: "expect: { stdout: \"4\\n\" }", with: "expect: { stdout: \"4\\n\" }\nchecker: \(path)")
        return try EngineCourse(spec: spec, files: doublingFiles.merging([path: checker]) { $1 }, decks: decks)
    }

    /// Hands in (or replaces) a student's deck: `<student>.ae`, or `<student>/main.ae` in a
    /// folder of the student's own.
    func setDeck(_ deck: String, of student: String, inFolder: Bool = false) throws {
        try write(deck, to: submissions + "/" + student + (inFolder ? "/main.ae" : ".ae"))
    }

    func write(_ text: String, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    /// The spec as SpecGrade loads it; throws with the diagnostics when it does not load clean.
    func spec() throws -> Spec {
        let loaded = SpecLoader.load(path: specPath)
        guard let spec = loaded.spec, loaded.errors.isEmpty else {
            throw CourseError(diagnostics: loaded.diagnostics.map(\.description))
        }
        return spec
    }

    func plan() throws -> GradingPlan {
        try GradingPlan(spec: spec())
    }

    /// A runner for the Engine alone: it never probes the sandbox.
    static func runner(for plan: GradingPlan) -> ProgramRunner {
        ProgramRunner(languages: [.babbage], catalog: plan.spec.catalog)
    }

    /// A deck prepared by `runner` as grading prepares a submission's.
    static func prepare(
        _ deck: String, named name: String = "deck.ae", runner: ProgramRunner
    ) async throws -> PreparedSubmission {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "specgrade-deck-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(deck.utf8).write(to: folder.appendingPathComponent(name))
        guard
            case .ready(let program) = await runner.prepare(
                language: .babbage, sourceDirectory: folder.path, entry: name)
        else {
            throw CourseError(diagnostics: ["\(name) does not mount"])
        }
        return program
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: root)
    }

    struct CourseError: Error {
        var diagnostics: [String]
    }
}
