import Crypto
import Execution
import Foundation
import SpecModel

/// A spec turned into runnable tests: inputs and expected outputs read once from the spec's
/// folder, limits resolved, and a fingerprint of all of it for the history cache.
public struct GradingPlan: Sendable {
    public var spec: Spec
    public var tests: [PlannedTest]
    /// The custom checkers the tests name, by spec-relative path -> absolute host path.
    public var checkers: [String: String]
    /// A unit-test spec's suites, read once: by language, the suite's host path and text.
    public var unitSuites: [Language: UnitSuiteFile]
    /// SHA-256 over the spec and every file it refers to: a change to any of them re-grades.
    public var fingerprint: String

    /// Reads every file the spec refers to; throws naming the file when one cannot be read.
    public init(spec: Spec) throws(GradingError) {
        self.spec = spec
        var hasher = SHA256()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        // Where the spec lives is not what it says: moving a course folder must not re-grade.
        hasher.update(data: (try? encoder.encode(spec.content)) ?? Data())

        var tests: [PlannedTest] = []
        var checkers: [String: String] = [:]
        for test in spec.tests {
            let stdin: [UInt8]
            switch test.stdin {
            case .text(let text): stdin = Array(text.utf8)
            case .file(let path): stdin = try Self.read(path, in: spec, into: &hasher)
            }
            var expected: String?
            switch test.expect.stdout {
            case .text(let text)?: expected = text
            case .file(let path)?:
                expected = String(decoding: try Self.read(path, in: spec, into: &hasher), as: UTF8.self)
            default: expected = nil
            }
            if let checker = test.checker, checkers[checker] == nil {
                _ = try Self.read(checker, in: spec, into: &hasher)
                checkers[checker] = Self.resolve(checker, in: spec)
            }
            tests.append(
                PlannedTest(
                    test: test, stdin: stdin, expectedStdout: expected,
                    files: test.files.mapValues { Array($0.utf8) },
                    limits: test.limits.over(spec.limits).applied(to: ResourceLimits()),
                    comparison: test.compare ?? spec.compare))
        }
        var suites: [Language: UnitSuiteFile] = [:]
        for suite in spec.unitTests?.suites ?? [] {
            suites[suite.language] = UnitSuiteFile(
                path: Self.resolve(suite.path, in: spec), bytes: try Self.read(suite.path, in: spec, into: &hasher))
        }
        if let library = spec.engineLibrary {
            Self.hashLibrary(Self.resolve(library, in: spec), into: &hasher)
        }
        self.unitSuites = suites
        self.tests = tests
        self.checkers = checkers
        self.fingerprint = hasher.finalize().hex
    }

    /// A path written in the spec, resolved against the spec's folder.
    public static func resolve(_ path: String, in spec: Spec) -> String {
        path.hasPrefix("/") ? path : spec.baseDirectory + "/" + path
    }

    /// The decks of the spec's Engine library folder, by name: a changed library deck
    /// re-grades. Lint has already said whether the folder exists.
    private static func hashLibrary(_ folder: String, into hasher: inout SHA256) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        for name in names.sorted() where name.hasSuffix(".ae") {
            hasher.update(data: Data(name.utf8))
            hasher.update(data: FileManager.default.contents(atPath: folder + "/" + name) ?? Data())
        }
    }

    private static func read(_ path: String, in spec: Spec, into hasher: inout SHA256) throws(GradingError) -> [UInt8] {
        let full = resolve(path, in: spec)
        guard let data = FileManager.default.contents(atPath: full) else {
            throw .unreadableSpecFile(full, "cannot be read (named by \(spec.path)); check the path in the spec")
        }
        hasher.update(data: Data(path.utf8))
        hasher.update(data: data)
        return Array(data)
    }
}
