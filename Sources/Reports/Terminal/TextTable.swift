import Execution

/// A table of text aligned in columns for a terminal, each cell optionally coloured with an
/// ANSI code that does not count toward its width:
///
///     Student  Status   Score
///     alice    passed     7/7
///     Zoë Ng   partial    5/7
///
/// A column can be capped (`limit(column:to:)`): longer cells are cut with `…`.
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
    /// The widest each column may be, by column index.
    private var limits: [Int: Int] = [:]

    init(headers: [String], alignments: [Alignment]) {
        self.headers = headers
        self.alignments = alignments
    }

    /// Caps `column` at `width` display columns.
    mutating func limit(column: Int, to width: Int) {
        limits[column] = max(1, width)
    }

    /// Caps `column` so that the whole table fits `total` columns, between `floor` and `ceiling`.
    mutating func fit(column: Int, within total: Int, floor: Int, ceiling: Int) {
        let others = naturalWidths().enumerated().filter { $0.offset != column }.reduce(0) { $0 + $1.element }
        let separators = 2 * (headers.count - 1)
        limit(column: column, to: min(ceiling, max(floor, total - others - separators)))
    }

    /// Leaves out columns from the right, down to `keeping`, while the table is wider than
    /// `total` with `column` at `floor`: on a narrow terminal the last columns give way.
    mutating func drop(toFit total: Int, column: Int, floor: Int, keeping: Int) {
        while headers.count > keeping {
            let widths = naturalWidths().enumerated().map { $0.offset == column ? min(floor, $0.element) : $0.element }
            guard widths.reduce(0, +) + 2 * (headers.count - 1) > total else { return }
            headers.removeLast()
            alignments.removeLast()
            rows = rows.map { Array($0.dropLast()) }
        }
    }

    /// Column widths before any cap: the widest cell of each.
    private func naturalWidths() -> [Int] {
        let header = headers.map { Cell($0) }
        return headers.indices.map { column in
            let widest = ([header] + rows).map { TerminalText.width($0[column].text) }.max() ?? 0
            return limits[column].map { min($0, widest) } ?? widest
        }
    }

    /// The table's lines joined by newlines; colour codes only when `colored`.
    func render(colored: Bool) -> String {
        let header = headers.map { Cell($0) }
        let widths = naturalWidths()
        func line(_ cells: [Cell], bold: Bool) -> String {
            let padded = cells.enumerated().map { column, cell in
                let shown = TerminalText.truncate(cell.text, to: widths[column])
                let padding = String(repeating: " ", count: max(0, widths[column] - TerminalText.width(shown)))
                let text = alignments[column] == .left ? shown + padding : padding + shown
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
