/// A suite test no spec test names never runs and earns nothing: usually a spec test left
/// out, or named differently in the suite.
struct UnusedSuiteTestRule: LintRule {
    func check(_ context: LintContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for scanned in context.suites {
            guard let defined = scanned.tests else { continue }
            let language = scanned.suite.language
            let named = Set(context.spec.tests.compactMap { $0.unit?.name(for: language) })
            for test in defined where !named.contains(test.name) {
                diagnostics.append(
                    Diagnostic(
                        .warning,
                        at: SourceLocation(path: scanned.path, line: test.line, column: test.column),
                        "suite test '\(test.name)' is named by no spec test, so it never runs; add a "
                            + "test with 'unit: \(test.name)' or remove it from the suite"))
            }
        }
        return diagnostics
    }
}
