import Foundation

/// A suite file as the unit-test rules see it: read and scanned once, shared by every rule.
struct ScannedSuite {
    /// Suites larger than this are not scanned; no test file needs 4 MiB.
    static let maximumSize = 4 << 20

    enum Contents {
        /// The tests the suite defines, in file order.
        case tests([SuiteTest])
        /// Why the suite could not be scanned: missing, a folder, unreadable, too large.
        case unusable(String)
    }

    var suite: UnitTestSuite
    /// The path the suite was read from: the spec's folder joined with `suite.path`.
    var path: String
    var contents: Contents

    init(_ suite: UnitTestSuite, resolvedPath path: String) {
        self.suite = suite
        self.path = path
        contents = Self.read(path, language: suite)
    }

    /// The tests, or `nil` when the suite could not be read.
    var tests: [SuiteTest]? {
        if case .tests(let tests) = contents { return tests }
        return nil
    }

    private static func read(_ path: String, language suite: UnitTestSuite) -> Contents {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return .unusable("does not exist")
        }
        guard !isDirectory.boolValue else { return .unusable("is a folder, not a file") }
        let size = (try? manager.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        guard size <= maximumSize else {
            let limit = maximumSize >> 20
            return .unusable("is \(size >> 20) MiB; a suite may be at most \(limit) MiB")
        }
        guard let data = manager.contents(atPath: path) else {
            return .unusable("cannot be read; check its permissions")
        }
        let source = String(decoding: data, as: UTF8.self)
        return .tests(SuiteScanner.tests(in: source, language: suite.language))
    }
}
