/// Suites and `languages:` agree: a suite for a language the spec does not accept can never
/// run (an error), and an accepted language without a suite leaves its submissions unable
/// to run the unit tests (a warning: they are reported `not_gradable`).
struct UnitSuiteLanguageRule: LintRule {
    func check(_ context: LintContext) -> [Diagnostic] {
        let spec = context.spec
        guard let unitTests = spec.unitTests, !spec.languages.isEmpty else { return [] }
        var diagnostics: [Diagnostic] = []
        let allowed = spec.languages.joined(separator: ", ")
        for suite in unitTests.suites where !spec.languages.contains(suite.language.rawValue) {
            let name = suite.language.rawValue
            diagnostics.append(
                Diagnostic(
                    .error, at: context.location(spec: "unit_tests.\(name)"),
                    "unit_tests has a \(name) suite, but 'languages' excludes \(name) (it allows "
                        + "\(allowed)); add \(name) to languages or remove the suite"))
        }
        let unitTestIDs = spec.tests.filter(\.isUnitTest).map(\.id)
        guard !unitTestIDs.isEmpty else { return diagnostics }
        let covered = Set(unitTests.languages.map(\.rawValue))
        for name in spec.languages where !covered.contains(name) {
            diagnostics.append(
                Diagnostic(
                    .warning, at: context.location(spec: "unit_tests"),
                    "'languages' allows \(name), but unit_tests has no \(name) suite, so \(name) "
                        + "submissions cannot run the unit tests (\(Self.list(unitTestIDs))) and are "
                        + "not gradable for them; add a \(name) suite or remove \(name) from "
                        + "languages"))
        }
        return diagnostics
    }

    private static func list(_ ids: [String]) -> String {
        ids.count <= 5
            ? ids.joined(separator: ", ")
            : ids.prefix(5).joined(separator: ", ") + ", ... (\(ids.count) in all)"
    }
}
