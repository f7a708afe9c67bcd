import Execution
import Yams

extension YAMLReader {
    /// `unit_tests: { module: stats, python: tests/test_stats.py, c: tests/stats_test.c }`.
    ///
    /// The module is checked here, where its key is at hand, like the spec's id: a missing or
    /// malformed module is one error, never a second one from lint. Positions of the block
    /// (its key), of the module and of each suite path go into the source map.
    mutating func unitTests(_ node: Node, in parent: Node.Mapping) -> UnitTestSuites? {
        let key = parent.keys.first { $0.scalar?.string == "unit_tests" } ?? node
        record(SourceMap.Key(.spec, "unit_tests"), key)
        let example = "{ module: stats, python: tests/test_stats.py }"
        guard let mapping = mapping(node, "'unit_tests'", example: example) else { return nil }
        var suites = UnitTestSuites(module: "")
        for (entryKey, value) in mapping {
            guard let name = string(entryKey, "unit_tests key") else { continue }
            if name == "module" {
                suites.module = module(value) ?? ""
            } else if let language = suiteLanguage(name, at: entryKey, in: "unit_tests"),
                let path = suitePath(value, language: language)
            {
                record(SourceMap.Key(.spec, "unit_tests.\(language.rawValue)"), value)
                suites.suites.append(UnitTestSuite(language: language, path: path))
            }
        }
        if mapping["module"] == nil {
            error(
                "'unit_tests' has no 'module'; name the module under test, e.g. 'module: stats' "
                    + "(stats.py, class Stats in Stats.java, stats.js, stats.c)", at: key)
        }
        if suites.suites.isEmpty, !mapping.keys.contains(where: { $0.scalar?.string != "module" }) {
            error(
                "'unit_tests' names no suite; add one per language, e.g. "
                    + "'python: tests/test_stats.py'", at: key)
        }
        return suites
    }

    /// The module's name: an identifier every language can import (`stats`, `word_count`).
    private mutating func module(_ node: Node) -> String? {
        record(SourceMap.Key(.spec, "unit_tests.module"), node)
        guard let module = string(node, "unit_tests.module") else { return nil }
        guard Identifier.isModuleName(module) else {
            error(
                "unit_tests.module '\(module)' must be an identifier "
                    + "(\(Identifier.modulePattern)) so that every language can import it, "
                    + "e.g. stats or word_count", at: node)
            return nil
        }
        return module
    }

    /// The language a `unit_tests` key names, or an error saying which keys there are.
    private mutating func suiteLanguage(
        _ name: String, at node: Node, in what: String
    ) -> Language? {
        let supported = UnitTestSuites.supportedLanguages
        if supported.contains(Language(rawValue: name)) { return Language(rawValue: name) }
        let names = supported.map(\.rawValue)
        if Language.allCases.contains(Language(rawValue: name)) {
            error(
                "\(what): SpecGrade has no unit-test framework for \(name); suites may be "
                    + "written for \(names.joined(separator: ", "))", at: node)
        } else {
            let known = what == "unit_tests" ? ["module"] + names : names
            error(
                "\(what): unknown field '\(name)'" + Spelling.hint(for: name, among: known)
                    + "; known fields: \(known.joined(separator: ", "))", at: node)
        }
        return nil
    }

    private mutating func suitePath(_ node: Node, language: Language) -> String? {
        let field = "unit_tests.\(language.rawValue)"
        guard let path = string(node, field) else { return nil }
        guard !path.isEmpty, !path.contains("\0") else {
            error(
                "'\(field)' must be the path of the \(language.displayName) suite, relative to "
                    + "the spec's folder, e.g. \(Self.suiteExample(language))", at: node)
            return nil
        }
        return path
    }

    /// `unit: test_mean` or `unit: { python: test_mean, java: mean }`.
    mutating func unitReference(_ node: Node, owner: SourceMap.Key.Owner) -> UnitTestReference? {
        record(SourceMap.Key(owner, "unit"), node)
        if let scalar = node.scalar {
            guard !scalar.string.isEmpty else {
                error(
                    "'unit' names a unit test of the suite, e.g. unit: test_mean; found nothing",
                    at: node)
                return nil
            }
            return .everySuite(scalar.string)
        }
        let example = "{ python: test_mean, java: mean }"
        guard let mapping = mapping(node, "'unit'", example: "test_mean or \(example)") else {
            return nil
        }
        var names: [UnitTestName] = []
        for (key, value) in mapping {
            guard let name = string(key, "unit key"),
                let language = suiteLanguage(name, at: key, in: "unit"),
                let test = string(value, "unit.\(name)")
            else { continue }
            guard !test.isEmpty else {
                error(
                    "'unit.\(name)' names a unit test of the \(name) suite; found nothing",
                    at: value)
                continue
            }
            record(SourceMap.Key(owner, "unit.\(language.rawValue)"), value)
            names.append(UnitTestName(language: language, name: test))
        }
        guard !names.isEmpty else {
            if mapping.count == 0 {
                error("'unit' is empty; write e.g. unit: \(example)", at: node)
            }
            return nil
        }
        return .perLanguage(names)
    }

    private static func suiteExample(_ language: Language) -> String {
        switch language {
        case .python: return "tests/test_stats.py"
        case .java: return "tests/StatsTest.java"
        case .javascript: return "tests/stats.test.js"
        case .cpp: return "tests/stats_test.cpp"
        default: return "tests/stats_test.c"
        }
    }
}
