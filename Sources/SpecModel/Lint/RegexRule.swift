import Foundation

/// A `stdout_regex` compiles, with `^` and `$` matching at line boundaries as the grader uses it.
struct RegexRule: LintRule {
    func check(_ context: LintContext) -> [Diagnostic] {
        context.spec.tests.indices.compactMap { index in
            guard case .regex(let pattern) = context.spec.tests[index].expect.stdout else { return nil }
            do {
                _ = try NSRegularExpression(pattern: pattern, options: [.anchorsMatchLines])
                return nil
            } catch {
                return Diagnostic(
                    .error, at: context.location(test: index, "stdout_regex"),
                    "stdout_regex '\(pattern)' is not a valid regular expression (ICU syntax); check its brackets, parentheses and escapes (in double quotes YAML needs \\\\d for \\d)"
                )
            }
        }
    }
}
