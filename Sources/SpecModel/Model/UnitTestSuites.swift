import Execution

/// The instructor's unit-test suites, from the front matter's `unit_tests:`.
///
/// ```yaml
/// unit_tests:
///   module: stats                 # stats.py, class Stats in Stats.java, stats.js, stats.c
///   python: tests/test_stats.py
///   java: tests/StatsTest.java
/// ```
///
/// Suites are a list in document order rather than a dictionary keyed by language: the
/// model is hashed as sorted JSON for cache keys, and a dictionary with enum keys encodes
/// as an unordered array.
public struct UnitTestSuites: Codable, Sendable, Hashable {
    /// The module under test, an identifier: `stats`. See `moduleFile(for:)`.
    public var module: String
    /// One suite per language, in the order the front matter lists them.
    public var suites: [UnitTestSuite]

    public init(module: String, suites: [UnitTestSuite] = []) {
        self.module = module
        self.suites = suites
    }

    /// The languages that have a suite, in document order.
    public var languages: [Language] { suites.map(\.language) }

    /// The suite for `language`, if the spec has one.
    public subscript(language: Language) -> UnitTestSuite? {
        suites.first { $0.language == language }
    }

    /// The file a submission's module is staged as: `stats.py`, `Stats.java` (a Java class
    /// name starts with a capital), `stats.js`, `stats.c`, `stats.cpp`.
    public func moduleFile(for language: Language) -> String {
        switch language {
        case .java: return module.prefix(1).uppercased() + module.dropFirst() + ".java"
        default: return module + "." + (language.fileExtensions.first ?? "")
        }
    }

    /// The languages a suite may be written for: those with a supported test framework.
    public static let supportedLanguages: [Language] = [.python, .java, .javascript, .c, .cpp]
}
