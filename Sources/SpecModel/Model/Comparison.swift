/// How actual output is compared with expected output.
///
/// Written `compare: lines` or `compare: { mode: tokens, case_insensitive: true, float_abs: 1e-6 }`.
public struct Comparison: Codable, Sendable, Hashable {
    public var mode: Mode
    public var caseInsensitive: Bool
    /// Absolute tolerance for float tokens of the expected output.
    public var floatAbsolute: Double?
    /// Relative tolerance for float tokens of the expected output.
    public var floatRelative: Double?

    public init(
        mode: Mode = .lines, caseInsensitive: Bool = false, floatAbsolute: Double? = nil, floatRelative: Double? = nil
    ) {
        self.mode = mode
        self.caseInsensitive = caseInsensitive
        self.floatAbsolute = floatAbsolute
        self.floatRelative = floatRelative
    }

    public enum Mode: String, Codable, Sendable, Hashable, CaseIterable {
        /// Byte for byte.
        case exact
        /// Trailing spaces on each line and trailing blank lines ignored; CRLF = LF.
        case lines
        /// Whitespace-separated tokens; any run of whitespace is one separator.
        case tokens
    }

    /// True when a float tolerance is set.
    public var hasFloatTolerance: Bool { floatAbsolute != nil || floatRelative != nil }
}
