/// Every suite `unit_tests:` names is a readable file beside the spec: without it no
/// submission's unit tests can run, and it is the instructor's mistake, not the students'.
struct UnitSuiteFileRule: LintRule {
    func check(_ context: LintContext) -> [Diagnostic] {
        context.suites.compactMap { scanned in
            guard case .unusable(let reason) = scanned.contents else { return nil }
            let field = "unit_tests.\(scanned.suite.language.rawValue)"
            return Diagnostic(
                .error, at: context.location(spec: field),
                "\(field): suite '\(scanned.suite.path)' \(reason) (looked for \(scanned.path)); "
                    + "paths are relative to the spec's folder")
        }
    }
}
