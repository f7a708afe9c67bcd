import Foundation

/// A float tolerance only acts on float literals of the expected output; set where there
/// are none (or where output is matched by `stdout_contains`/`stdout_regex`), it is a mistake.
struct FloatToleranceRule: LintRule {
    func check(_ context: LintContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var specLevelFloats = false
        for (index, test) in context.spec.tests.enumerated() {
            let expected = expectedText(test, context)
            guard let own = test.compare else {
                specLevelFloats = specLevelFloats || expected.map(Comparison.containsFloatLiteral) == true
                continue
            }
            guard own.hasFloatTolerance else { continue }
            let at = context.location(test: index, "compare")
            switch test.expect.stdout {
            case .contains, .regex:
                diagnostics.append(
                    Diagnostic(
                        .warning, at: at,
                        "test '\(test.id)' sets a float tolerance, but stdout_contains and stdout_regex ignore it; remove float_abs/float_rel or expect stdout"
                    ))
            case .text, .file:
                if let expected, !Comparison.containsFloatLiteral(expected) {
                    diagnostics.append(Diagnostic(.warning, at: at, Self.noFloats("test '\(test.id)'")))
                }
            case nil:
                break
            }
        }
        if context.spec.compare.hasFloatTolerance, !specLevelFloats {
            let at = context.sourceMap.location(
                SourceMap.Key(.spec, "compare"), or: SourceLocation(path: context.spec.path, line: 1))
            diagnostics.append(Diagnostic(.warning, at: at, Self.noFloats("the spec's default compare")))
        }
        return diagnostics
    }

    private static func noFloats(_ owner: String) -> String {
        "\(owner) sets a float tolerance, but no expected output it compares has a float literal (a number with '.' or an exponent, e.g. 2.50); tolerances apply only to those: write the expected numbers as floats or remove float_abs/float_rel"
    }

    /// The expected stdout text: written inline, or read from `stdout_file` when it exists.
    private func expectedText(_ test: TestCase, _ context: LintContext) -> String? {
        switch test.expect.stdout {
        case .text(let text): return text
        case .file(let path):
            guard let data = FileManager.default.contents(atPath: context.resolve(path)) else { return nil }
            return String(decoding: data, as: UTF8.self)
        default: return nil
        }
    }
}
