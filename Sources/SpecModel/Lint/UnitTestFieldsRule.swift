/// A test with `unit:` is judged by the suite's assertions: it needs `unit_tests:` in the
/// front matter, and the fields of an input/output test would be silently ignored, so
/// they are errors (`stdin`, `stdin_file`, `args`, `expect`, `compare`, `checker`).
struct UnitTestFieldsRule: LintRule {
    static let inputOutputFields = ["stdin", "stdin_file", "args", "expect", "compare", "checker"]

    func check(_ context: LintContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for (index, test) in context.spec.tests.enumerated() where test.isUnitTest {
            if context.spec.unitTests == nil {
                diagnostics.append(
                    Diagnostic(
                        .error, at: context.location(test: index, "unit"),
                        "test '\(test.id)' names a unit test, but the spec has no 'unit_tests' (the "
                            + "module and a suite per language, e.g. unit_tests: { module: stats, "
                            + "python: tests/test_stats.py }); add it to the front matter"))
            }
            for field in Self.inputOutputFields
            where context.sourceMap[SourceMap.Key(.test(index), field)] != nil {
                diagnostics.append(
                    Diagnostic(
                        .error, at: context.location(test: index, field),
                        "test '\(test.id)' is a unit test (unit:), so '\(field)' has no meaning: "
                            + "the suite's assertions judge it; remove '\(field)'"))
            }
        }
        return diagnostics
    }
}
