/// A per-language `unit:` mapping names a test for exactly the languages that have a
/// suite: one for a language without a suite could never run, and a suite's language
/// missing from it would leave that language's submissions with nothing to run.
struct UnitMappingRule: LintRule {
    func check(_ context: LintContext) -> [Diagnostic] {
        guard let unitTests = context.spec.unitTests else { return [] }
        let suiteLanguages = unitTests.languages
        var diagnostics: [Diagnostic] = []
        for (index, test) in context.spec.tests.enumerated() {
            guard case .perLanguage(let names)? = test.unit else { continue }
            for entry in names where !suiteLanguages.contains(entry.language) {
                let name = entry.language.rawValue
                diagnostics.append(
                    Diagnostic(
                        .error, at: context.location(test: index, "unit.\(name)"),
                        "test '\(test.id)' names a \(name) unit test, but unit_tests has no \(name) "
                            + "suite; add one or remove '\(name)' from the mapping"))
            }
            let named = Set(names.map(\.language))
            for language in suiteLanguages where !named.contains(language) {
                let name = language.rawValue
                diagnostics.append(
                    Diagnostic(
                        .error, at: context.location(test: index, "unit"),
                        "test '\(test.id)' names no \(name) unit test, but unit_tests has a \(name) "
                            + "suite; add '\(name): NAME' to its unit mapping"))
            }
        }
        return diagnostics
    }
}
