/// Every name a `unit:` field gives is a test its suite defines, as the suite scanner lists
/// them: a misspelt name would otherwise fail every submission at grading time.
struct UnitNameRule: LintRule {
    func check(_ context: LintContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for scanned in context.suites {
            guard let defined = scanned.tests?.map(\.name) else { continue }
            let definedSet = Set(defined)
            let language = scanned.suite.language
            for (index, test) in context.spec.tests.enumerated() {
                guard let unit = test.unit, let name = unit.name(for: language),
                    !definedSet.contains(name)
                else { continue }
                let field = unit == .everySuite(name) ? "unit" : "unit.\(language.rawValue)"
                let nearest = Spelling.nearest(to: name, among: defined)
                let hint = nearest.map { "; did you mean '\($0)'?" }
                diagnostics.append(
                    Diagnostic(
                        .error, at: context.location(test: index, field),
                        "unit test '\(name)' is not in \(scanned.suite.path) (suite defines: "
                            + "\(Self.list(defined)))" + (hint ?? "")))
            }
        }
        return diagnostics
    }

    private static func list(_ names: [String]) -> String {
        if names.isEmpty { return "no tests" }
        return names.count <= 20
            ? names.joined(separator: ", ")
            : names.prefix(20).joined(separator: ", ") + ", ... (\(names.count) in all)"
    }
}
