import Execution

/// Every name in `languages:` is a defined language: built in, or in the course's
/// `languages.yaml` (or `--languages FILE`).
struct LanguageNameRule: LintRule {
    func check(_ context: LintContext) -> [Diagnostic] {
        let known = context.spec.catalog.languages.map(\.rawValue)
        var diagnostics: [Diagnostic] = []
        for (index, name) in context.spec.languages.enumerated() where !known.contains(name) {
            let location = context.sourceMap.location(
                SourceMap.Key(.spec, "languages", item: index), or: context.location(spec: "languages"))
            diagnostics.append(
                Diagnostic(
                    .error, at: location,
                    "unknown language '\(name)'\(Spelling.hint(for: name, among: known)); known languages: "
                        + "\(known.joined(separator: ", ")); define others in \(LanguageFileLoader.fileName) beside the spec"
                ))
        }
        return diagnostics
    }
}
