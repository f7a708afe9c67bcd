/// Every requirement and criterion is proved by some test: one that covers it, one of its
/// criteria, or a requirement whose `Parent:` it is (statuses roll up from children).
struct UncoveredRequirementRule: LintRule {
    func check(_ context: LintContext) -> [Diagnostic] {
        let requirements = context.spec.requirements
        var children: [String: [String]] = [:]
        for requirement in requirements {
            if let parent = requirement.parent { children[parent, default: []].append(requirement.id) }
        }
        let covered = Set(context.spec.tests.flatMap(\.covers))
        var diagnostics: [Diagnostic] = []
        for requirement in requirements where !isCovered(requirement.id, covered: covered, children: children) {
            let what = requirement.kind == .requirement ? "requirement" : "criterion"
            diagnostics.append(
                Diagnostic(
                    .warning, at: requirement.location,
                    "\(what) '\(requirement.id)' is covered by no test; add '\(requirement.id)' to the covers of a test that proves it"
                ))
        }
        return diagnostics
    }

    /// Depth-first over children; `visited` guards against Parent: cycles (an error of their own).
    private func isCovered(_ id: String, covered: Set<String>, children: [String: [String]]) -> Bool {
        var stack = [id]
        var visited: Set<String> = []
        while let next = stack.popLast() {
            if covered.contains(next) { return true }
            if visited.insert(next).inserted { stack += children[next] ?? [] }
        }
        return false
    }
}
