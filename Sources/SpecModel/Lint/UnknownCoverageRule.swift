/// Every id a test's `covers` names is a requirement or criterion of the spec.
struct UnknownCoverageRule: LintRule {
    func check(_ context: LintContext) -> [Diagnostic] {
        let known = context.requirementIDs
        let knownSet = Set(known)
        let testIDs = Set(context.spec.tests.map(\.id))
        var diagnostics: [Diagnostic] = []
        for (index, test) in context.spec.tests.enumerated() {
            for (item, id) in test.covers.enumerated() where !knownSet.contains(id) {
                var message = "covers names unknown id '\(id)'"
                if testIDs.contains(id) {
                    message += " ('\(id)' is a test; covers names requirements and criteria)"
                } else {
                    message += Spelling.hint(for: id, among: known)
                }
                message +=
                    known.isEmpty
                    ? "; the spec defines no requirements yet (add '### REQ-1: ...' under '## Requirements')"
                    : "; known ids: \(Self.list(known))"
                diagnostics.append(Diagnostic(.error, at: context.location(test: index, "covers", item: item), message))
            }
        }
        return diagnostics
    }

    /// The ids, shortened when there are many.
    private static func list(_ ids: [String]) -> String {
        ids.count <= 20
            ? ids.joined(separator: ", ") : ids.prefix(20).joined(separator: ", ") + ", ... (\(ids.count) in all)"
    }
}
