/// Every requirement, criterion and test has its own id: `covers`, reports and `Parent:` name
/// things by id, so one id for two things is ambiguous even across kinds.
struct DuplicateIDRule: LintRule {
    func check(_ context: LintContext) -> [Diagnostic] {
        var firstSeen: [String: SourceLocation] = [:]
        var diagnostics: [Diagnostic] = []
        let requirementIDs = context.spec.requirements.indices.map {
            (context.spec.requirements[$0].id, context.location(requirement: $0, "id"))
        }
        let testIDs = context.spec.tests.indices.map { (context.spec.tests[$0].id, context.location(test: $0, "id")) }
        for (id, location) in requirementIDs + testIDs {
            if let first = firstSeen[id] {
                diagnostics.append(
                    Diagnostic(
                        .error, at: location,
                        "duplicate id '\(id)' (first used on line \(first.line)); give each requirement, criterion and test its own id"
                    ))
            } else {
                firstSeen[id] = location
            }
        }
        return diagnostics
    }
}
