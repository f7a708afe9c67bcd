/// Files a test names (`stdin_file`, `stdout_file`, `checker`) exist beside the spec.
struct MissingFileRule: LintRule {
    func check(_ context: LintContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for (index, test) in context.spec.tests.enumerated() {
            var named: [(field: String, path: String)] = []
            if case .file(let path) = test.stdin { named.append(("stdin_file", path)) }
            if case .file(let path) = test.expect.stdout { named.append(("stdout_file", path)) }
            if let checker = test.checker { named.append(("checker", checker)) }
            for (field, path) in named where !context.isFile(path) {
                diagnostics.append(
                    Diagnostic(
                        .error, at: context.location(test: index, field),
                        "\(field) '\(path)' does not exist (looked for \(context.resolve(path))); paths are relative to the spec's folder"
                    ))
            }
        }
        return diagnostics
    }
}
