/// A test that covers nothing proves no requirement, so its result is traced nowhere.
struct EmptyCoversRule: LintRule {
    func check(_ context: LintContext) -> [Diagnostic] {
        context.spec.tests.indices.compactMap { index in
            let test = context.spec.tests[index]
            guard test.covers.isEmpty else { return nil }
            return Diagnostic(
                .warning, at: context.location(test: index, "covers", item: nil),
                "test '\(test.id)' covers nothing; add 'covers: [REQ-1]' naming the requirements or criteria it proves")
        }
    }
}
