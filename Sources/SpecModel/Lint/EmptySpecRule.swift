/// A spec without requirements or without tests grades nothing: almost always a spec whose
/// sections were misspelt (`## Requirement`) or never written.
struct EmptySpecRule: LintRule {
    func check(_ context: LintContext) -> [Diagnostic] {
        let top = SourceLocation(path: context.spec.path, line: 1)
        var diagnostics: [Diagnostic] = []
        if context.spec.requirements.isEmpty {
            diagnostics.append(
                Diagnostic(
                    .warning, at: top,
                    "the spec has no requirements; add '### REQ-1: title' headings under '## Requirements'"))
        }
        if context.spec.tests.isEmpty {
            diagnostics.append(
                Diagnostic(
                    .warning, at: top, "the spec has no tests; add ```test blocks (or a 'tests:' list in a YAML spec)"))
        }
        return diagnostics
    }
}
