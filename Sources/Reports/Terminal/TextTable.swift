import Execution

/// A table of text aligned in columns for a terminal, each cell optionally coloured with an
/// ANSI code that does not count toward its width:
///
///     Student  Status   Score
///     alice    passed     7/7
///     Zoë Ng   partial    5/7
struct TextTable {
    enum Alignment { case left, right }

    struct Cell {
        var text: String
        /// An SGR parameter such as "32" (green); nil for plain text.
        var colour: String?

        init(_ text: String, colour: String? = nil) {
            self.text = VisibleText.line(text)
            self.colour = colour
        }
    }

    var headers: [String]
    var alignments: [Alignment]
    var rows: [[Cell]] = []

    /// The table's lines joined by newlines; colour codes only when `colored`.
    func render(colored: Bool) -> String {
        let header = headers.map { Cell($0) }
        let widths = headers.indices.map { column in
            ([header] + rows).map { TerminalText.width($0[column].text) }.max() ?? 0
        }
        func line(_ cells: [Cell], bold: Bool) -> String {
            let padded = cells.enumerated().map { column, cell in
                let padding = String(repeating: " ", count: widths[column] - TerminalText.width(cell.text))
                let text = alignments[column] == .left ? cell.text + padding : padding + cell.text
                let code = bold ? "1" : cell.colour
                guard colored, let code else { return text }
                return "\u{1B}[\(code)m\(text)\u{1B}[0m"
            }
            var joined = padded.joined(separator: "  ")
            while joined.hasSuffix(" ") { joined.removeLast() }
            return joined
        }
        return ([line(header, bold: true)] + rows.map { line($0, bold: false) }).joined(separator: "\n")
    }
}
