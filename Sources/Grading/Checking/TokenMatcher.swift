import Foundation
import SpecModel

/// Decides whether an actual token matches an expected one.
///
/// 1. A float tolerance applies only where the expected token is a float literal (it has a
///    `.` or an exponent) and the actual token parses as a number: they match when
///    `|a - e| <= float_abs` or `|a - e| <= float_rel * |e|`.
/// 2. An expected integer token must match exactly, tolerance or not.
/// 3. `case_insensitive` folds case before comparing text.
struct TokenMatcher: Sendable {
    let caseInsensitive: Bool
    let absolute: Double?
    let relative: Double?

    init(_ comparison: Comparison) {
        caseInsensitive = comparison.caseInsensitive
        absolute = comparison.floatAbsolute
        relative = comparison.floatRelative
    }

    private var hasTolerance: Bool { absolute != nil || relative != nil }

    func tokenMatches(_ expected: String, _ actual: String) -> Bool {
        if textEqual(expected, actual) { return true }
        guard hasTolerance, Comparison.isFloatLiteral(expected),
            let expectedValue = Double(expected), let actualValue = Double(actual),
            expectedValue.isFinite, actualValue.isFinite
        else { return false }
        let difference = abs(actualValue - expectedValue)
        if let absolute, difference <= absolute { return true }
        if let relative, difference <= relative * abs(expectedValue) { return true }
        return false
    }

    /// Lines match when they are equal, or when tolerances are set and they match token by token.
    func lineMatches(_ expected: String, _ actual: String) -> Bool {
        if textEqual(expected, actual) { return true }
        guard hasTolerance else { return false }
        let expectedTokens = OutputComparator.tokens(expected)
        let actualTokens = OutputComparator.tokens(actual)
        guard expectedTokens.count == actualTokens.count else { return false }
        return zip(expectedTokens, actualTokens).allSatisfy(tokenMatches)
    }

    private func textEqual(_ expected: String, _ actual: String) -> Bool {
        caseInsensitive ? expected.lowercased() == actual.lowercased() : expected == actual
    }
}
