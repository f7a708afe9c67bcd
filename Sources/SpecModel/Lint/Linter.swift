/// Runs every lint rule of the spec format over a parsed spec.
enum Linter {
    static let rules: [any LintRule] = [
        DuplicateIDRule(), UnknownCoverageRule(), ParentRule(), MissingFileRule(), RegexRule(),
        UncoveredRequirementRule(), EmptyCoversRule(), FloatToleranceRule(), EmptySpecRule(),
        UnitTestFieldsRule(), UnitSuiteFileRule(), UnitSuiteLanguageRule(), UnitMappingRule(),
        UnitNameRule(), DuplicateSuiteTestRule(), UnusedSuiteTestRule(), LanguageNameRule(), EngineLibraryRule(),
    ]

    static func check(_ parsed: ParsedSpec) -> [Diagnostic] {
        let context = LintContext(spec: parsed.spec, sourceMap: parsed.sourceMap)
        return rules.flatMap { $0.check(context) }
    }
}
