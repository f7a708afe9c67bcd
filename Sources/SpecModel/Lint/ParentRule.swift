/// A `Parent:` line names an existing requirement (not a criterion, not itself), and parent
/// links never form a cycle, since statuses roll up along them.
struct ParentRule: LintRule {
    func check(_ context: LintContext) -> [Diagnostic] {
        let requirements = context.spec.requirements
        let byID = Dictionary(requirements.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let topLevel = requirements.filter { $0.kind == .requirement }.map(\.id)
        var diagnostics: [Diagnostic] = []
        for (index, requirement) in requirements.enumerated() where requirement.kind == .requirement {
            guard let parent = requirement.parent else { continue }
            let at = context.location(requirement: index, "parent")
            guard let target = byID[parent] else {
                diagnostics.append(
                    Diagnostic(
                        .error, at: at,
                        "Parent: names unknown id '\(parent)'\(Spelling.hint(for: parent, among: topLevel)); requirements: \(topLevel.joined(separator: ", "))"
                    ))
                continue
            }
            if target.kind == .criterion {
                diagnostics.append(
                    Diagnostic(
                        .error, at: at, "Parent: names '\(parent)', a criterion; a parent must be a requirement (###)"))
            } else if let cycle = cycle(from: requirement.id, byID: byID) {
                diagnostics.append(
                    Diagnostic(
                        .error, at: at,
                        "Parent: links form a cycle (\(cycle.joined(separator: " -> "))); remove one of these Parent: lines"
                    ))
            }
        }
        return diagnostics
    }

    /// The ids met following parents from `start` back to `start`, if the walk returns there.
    private func cycle(from start: String, byID: [String: Requirement]) -> [String]? {
        var path = [start]
        var current = byID[start]?.parent
        while let id = current {
            path.append(id)
            if id == start { return path }
            if path.dropLast().contains(id) { return nil }
            current = byID[id]?.parent
        }
        return nil
    }
}
