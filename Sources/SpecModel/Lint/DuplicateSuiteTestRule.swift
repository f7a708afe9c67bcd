/// A suite defines each test name once: a second `def test_mean` replaces the first in
/// Python, and two node:test tests of one name leave `unit:` ambiguous. An error when a spec
/// test names it, a warning otherwise.
struct DuplicateSuiteTestRule: LintRule {
    func check(_ context: LintContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for scanned in context.suites {
            guard let defined = scanned.tests else { continue }
            let language = scanned.suite.language
            let named = Set(context.spec.tests.compactMap { $0.unit?.name(for: language) })
            var firstLine: [String: Int] = [:]
            for test in defined {
                guard let first = firstLine[test.name] else {
                    firstLine[test.name] = test.line
                    continue
                }
                diagnostics.append(
                    Diagnostic(
                        named.contains(test.name) ? .error : .warning,
                        at: SourceLocation(path: scanned.path, line: test.line, column: test.column),
                        "suite test '\(test.name)' is defined again (first on line \(first)); a spec "
                            + "test could not say which one it means: rename one"))
            }
        }
        return diagnostics
    }
}
