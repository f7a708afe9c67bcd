import SpecModel

/// The requirements of a spec as a tree: which tests prove each node, directly or through
/// its descendants (criteria under it, requirements naming it as `Parent:`).
struct RequirementTree: Sendable {
    /// Every requirement and criterion, in spec order.
    let nodes: [Requirement]
    /// Test ids covering each node directly or through descendants, in spec test order.
    let evidence: [String: [String]]

    init(spec: Spec) {
        nodes = spec.requirements
        var children: [String: [String]] = [:]
        for node in spec.requirements {
            if let parent = node.parent { children[parent, default: []].append(node.id) }
        }
        var direct: [String: Set<String>] = [:]
        for test in spec.tests {
            for id in test.covers { direct[id, default: []].insert(test.id) }
        }
        var evidence: [String: [String]] = [:]
        for node in spec.requirements {
            var ids = Set<String>()
            var pending = [node.id]
            var seen = Set<String>()
            // A visited set, because lint reports Parent cycles but a cycle must not hang us.
            while let id = pending.popLast() {
                guard seen.insert(id).inserted else { continue }
                ids.formUnion(direct[id] ?? [])
                pending.append(contentsOf: children[id] ?? [])
            }
            evidence[node.id] = spec.tests.map(\.id).filter(ids.contains)
        }
        self.evidence = evidence
    }
}
