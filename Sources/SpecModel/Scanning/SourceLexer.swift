/// Splits C, C++, Java or JavaScript source into identifiers, string literals and
/// punctuation, skipping comments, so that a scanner never mistakes a commented-out test or
/// a test name inside a string for a definition.
///
/// It is not a full lexer: numbers are read loosely, and a JavaScript `/` starts a regular
/// expression where the previous token cannot end an operand (the usual heuristic).
struct SourceLexer {
    enum Dialect {
        /// C and C++: preprocessor lines are skipped; `'x'` is a character.
        case c
        /// `"""` opens a text block; `'x'` is a character.
        case java
        /// `'...'` and template literals are strings; regular expression literals.
        case javascript
    }

    private let scalars: [Unicode.Scalar]
    private let dialect: Dialect
    private var index = 0
    private var line = 1
    private var column = 1
    /// Only whitespace since the last newline: where a C preprocessor directive may start.
    private var atLineStart = true
    private var tokens: [SourceToken] = []

    static func tokens(in source: String, dialect: Dialect) -> [SourceToken] {
        var lexer = SourceLexer(scalars: Array(source.unicodeScalars), dialect: dialect)
        lexer.run()
        return lexer.tokens
    }

    private init(scalars: [Unicode.Scalar], dialect: Dialect) {
        self.scalars = scalars
        self.dialect = dialect
    }

    private mutating func run() {
        while let scalar = peek() {
            if scalar == "\n" {
                advance()
                atLineStart = true
                continue
            }
            if scalar.properties.isWhitespace {
                advance()
                continue
            }
            if dialect == .c, atLineStart, scalar == "#" {
                skipDirective()
                continue
            }
            atLineStart = false
            if scalar == "/", peek(1) == "/" {
                skip { $0 != "\n" }
            } else if scalar == "/", peek(1) == "*" {
                skipBlockComment()
            } else {
                token(scalar)
            }
        }
    }

    private mutating func token(_ scalar: Unicode.Scalar) {
        let (startLine, startColumn) = (line, column)
        let kind: SourceToken.Kind
        switch scalar {
        case "\"" where dialect == .java && peek(1) == "\"" && peek(2) == "\"":
            kind = .string(textBlock())
        case "\"":
            kind = .string(quoted())
        case "'":
            let value = quoted()
            kind = dialect == .javascript ? .string(value) : .other
        case "`" where dialect == .javascript:
            kind = .string(template())
        case "/" where dialect == .javascript && regexMayStart:
            skipRegex()
            kind = .other
        case _ where Self.isIdentifierStart(scalar):
            kind = .identifier(identifier())
        case "0"..."9":
            skip { Self.isIdentifierPart($0) || $0 == "." }
            kind = .other
        default:
            advance()
            kind = .punctuation(scalar)
        }
        tokens.append(SourceToken(kind: kind, line: startLine, column: startColumn))
    }

    // MARK: Literals

    /// A `"..."` or `'...'` literal from its opening quote; it ends at the closing quote or,
    /// unterminated, at the end of the line.
    private mutating func quoted() -> String {
        guard let quote = advance() else { return "" }
        var value = ""
        while let scalar = peek(), scalar != "\n" {
            advance()
            if scalar == quote { break }
            if scalar == "\\" {
                escape(into: &value)
            } else {
                value.unicodeScalars.append(scalar)
            }
        }
        return value
    }

    /// A Java text block: `"""`, a line break, lines up to the closing `"""`.
    private mutating func textBlock() -> String {
        advance(3)
        var value = ""
        while let scalar = peek() {
            if scalar == "\"", peek(1) == "\"", peek(2) == "\"" {
                advance(3)
                break
            }
            advance()
            if scalar == "\\" { escape(into: &value) } else { value.unicodeScalars.append(scalar) }
        }
        return value
    }

    /// A template literal; `nil` when it interpolates `${...}`.
    private mutating func template() -> String? {
        advance()
        var value = ""
        var constant = true
        while let scalar = peek() {
            advance()
            if scalar == "`" { break }
            if scalar == "\\" {
                escape(into: &value)
            } else if scalar == "$", peek() == "{" {
                constant = false
                skipInterpolation()
            } else {
                value.unicodeScalars.append(scalar)
            }
        }
        return constant ? value : nil
    }

    /// From the `{` of `${`, to its matching `}`, past any strings and templates inside.
    private mutating func skipInterpolation() {
        var depth = 0
        while let scalar = peek() {
            switch scalar {
            case "\"", "'": _ = quoted()
            case "`": _ = template()
            case "{":
                depth += 1
                advance()
            case "}":
                depth -= 1
                advance()
                if depth == 0 { return }
            default: advance()
            }
        }
    }

    /// After a backslash: the escaped character's value appended (`\n`, `\t`, `\"`, ...);
    /// a backslash before a line break continues the literal.
    private mutating func escape(into value: inout String) {
        guard let scalar = advance() else { return }
        switch scalar {
        case "n": value += "\n"
        case "t": value += "\t"
        case "r": value += "\r"
        case "0": value += "\0"
        case "\n": break
        default: value.unicodeScalars.append(scalar)
        }
    }

    /// True where a JavaScript `/` starts a regular expression rather than dividing.
    private var regexMayStart: Bool {
        guard let last = tokens.last else { return true }
        switch last.kind {
        case .punctuation(let scalar): return !")]}".unicodeScalars.contains(scalar)
        case .identifier(let word): return Self.keywordsBeforeExpression.contains(word)
        case .string, .other: return false
        }
    }

    private static let keywordsBeforeExpression: Set<String> = [
        "return", "typeof", "instanceof", "in", "of", "new", "delete", "void", "throw", "case",
        "do", "else", "yield", "await",
    ]

    private mutating func skipRegex() {
        advance()
        var inClass = false
        while let scalar = peek(), scalar != "\n" {
            advance()
            if scalar == "\\" {
                if peek() != "\n" { advance() }
            } else if scalar == "[" {
                inClass = true
            } else if scalar == "]" {
                inClass = false
            } else if scalar == "/", !inClass {
                break
            }
        }
        skip(while: Self.isIdentifierPart)
    }

    // MARK: Comments and directives

    private mutating func skipBlockComment() {
        advance(2)
        while let scalar = peek() {
            if scalar == "*", peek(1) == "/" {
                advance(2)
                return
            }
            advance()
        }
    }

    /// A preprocessor line, with its backslash continuations.
    private mutating func skipDirective() {
        while let scalar = peek(), scalar != "\n" {
            advance()
            if scalar == "\\", peek() == "\n" { advance() }
        }
    }

    // MARK: Characters

    private mutating func identifier() -> String {
        var name = ""
        while let scalar = peek(), Self.isIdentifierPart(scalar) {
            name.unicodeScalars.append(scalar)
            advance()
        }
        return name
    }

    private static func isIdentifierStart(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "_" || scalar == "$" || scalar.properties.isAlphabetic
    }

    private static func isIdentifierPart(_ scalar: Unicode.Scalar) -> Bool {
        isIdentifierStart(scalar) || ("0"..."9").contains(scalar)
    }

    private func peek(_ offset: Int = 0) -> Unicode.Scalar? {
        index + offset < scalars.count ? scalars[index + offset] : nil
    }

    @discardableResult
    private mutating func advance() -> Unicode.Scalar? {
        guard index < scalars.count else { return nil }
        let scalar = scalars[index]
        index += 1
        if scalar == "\n" {
            line += 1
            column = 1
        } else {
            column += 1
        }
        return scalar
    }

    private mutating func advance(_ count: Int) {
        for _ in 0..<count { advance() }
    }

    private mutating func skip(while predicate: (Unicode.Scalar) -> Bool) {
        while let scalar = peek(), predicate(scalar) { advance() }
    }
}
