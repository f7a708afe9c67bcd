/// A token of C, C++, Java or JavaScript source, as far as suite scanners need one.
struct SourceToken: Equatable, Sendable {
    enum Kind: Equatable, Sendable {
        case identifier(String)
        /// A string literal's value, escapes decoded; `nil` for a template literal with
        /// `${...}` in it, whose value is only known at run time.
        case string(String?)
        case punctuation(Unicode.Scalar)
        /// Numbers, character literals (C, Java) and regular expressions (JavaScript).
        case other
    }

    var kind: Kind
    var line: Int
    var column: Int

    var identifier: String? {
        if case .identifier(let name) = kind { return name }
        return nil
    }

    func isPunctuation(_ scalar: Unicode.Scalar) -> Bool { kind == .punctuation(scalar) }
}
