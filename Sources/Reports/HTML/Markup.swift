import Execution

/// A piece of HTML in which every interpolated `String` is escaped and only interpolated
/// `Markup` goes in as it is, so hostile program output cannot become markup by accident:
///
///     let cell: Markup = "<td title=\"\(name)\">\(output)</td>"
///     // output "</script><script>alert(1)</script>" becomes text, not a script
///
/// Escaping covers text and double-quoted attribute values alike (`& < > " '`); control
/// characters are written as visible `\x1B` escapes.
struct Markup: ExpressibleByStringInterpolation, Sendable {
    private(set) var html: String

    init(stringLiteral literal: String) {
        html = literal
    }

    init(stringInterpolation: StringInterpolation) {
        html = stringInterpolation.html
    }

    /// Several pieces in a row.
    init(joining parts: [Markup]) {
        html = ""
        html.reserveCapacity(parts.reduce(0) { $0 + $1.html.utf8.count })
        for part in parts { html += part.html }
    }

    struct StringInterpolation: StringInterpolationProtocol {
        fileprivate var html = ""

        init(literalCapacity: Int, interpolationCount: Int) {
            html.reserveCapacity(literalCapacity + 16 * interpolationCount)
        }

        mutating func appendLiteral(_ literal: String) {
            html += literal
        }

        mutating func appendInterpolation(_ text: String) {
            Markup.escape(text, into: &html)
        }

        mutating func appendInterpolation(_ number: Int) {
            html += String(number)
        }

        mutating func appendInterpolation(_ markup: Markup) {
            html += markup.html
        }

        mutating func appendInterpolation(_ parts: [Markup]) {
            for part in parts { html += part.html }
        }
    }

    private static func escape(_ text: String, into html: inout String) {
        let safe = VisibleText.lines(text)
        guard
            safe.utf8.contains(where: {
                $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">")
                    || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "'")
            })
        else {
            html += safe
            return
        }
        for scalar in safe.unicodeScalars {
            switch scalar {
            case "&": html += "&amp;"
            case "<": html += "&lt;"
            case ">": html += "&gt;"
            case "\"": html += "&quot;"
            case "'": html += "&#39;"
            default: html.unicodeScalars.append(scalar)
            }
        }
    }
}
