/// The CommonMark constructs a Markdown spec is built from, recognised one line at a time.
enum MarkdownLine {
    /// An opening code fence: "```test" is `Fence(character: "`", length: 3, info: "test")`.
    struct Fence: Equatable {
        var character: Character
        var length: Int
        /// The first word of the info string: `test` for a test block.
        var info: String

        /// True when `line` closes this fence: the same character, at least as many, nothing after.
        func isClosed(by line: String) -> Bool {
            let (indent, rest) = MarkdownLine.splitIndent(line)
            guard indent <= 3 else { return false }
            let run = rest.prefix { $0 == character }
            return run.count >= length && rest.dropFirst(run.count).allSatisfy(\.isWhitespace)
        }
    }

    /// An ATX heading: "### REQ-1: Count words" is `(level: 3, text: "REQ-1: Count words", textColumn: 5)`.
    struct Heading: Equatable {
        var level: Int
        var text: String
        /// The 1-based column where `text` starts.
        var textColumn: Int
    }

    static func fence(_ line: String) -> Fence? {
        let (indent, rest) = splitIndent(line)
        guard indent <= 3, let first = rest.first, first == "`" || first == "~" else { return nil }
        let run = rest.prefix { $0 == first }
        guard run.count >= 3 else { return nil }
        let info = rest.dropFirst(run.count).trimmingWhitespace()
        if first == "`" && info.contains("`") { return nil }
        let word = info.split(whereSeparator: \.isWhitespace).first.map(String.init) ?? ""
        return Fence(character: first, length: run.count, info: word)
    }

    static func heading(_ line: String) -> Heading? {
        let (indent, rest) = splitIndent(line)
        guard indent <= 3 else { return nil }
        let hashes = rest.prefix { $0 == "#" }
        guard (1...6).contains(hashes.count) else { return nil }
        let afterHashes = rest.dropFirst(hashes.count)
        guard afterHashes.isEmpty || afterHashes.first == " " || afterHashes.first == "\t" else { return nil }
        let leading = afterHashes.prefix { $0 == " " || $0 == "\t" }
        var text = afterHashes.dropFirst(leading.count).trimmingWhitespace()
        // A closing run of '#' preceded by a space is not part of the text.
        if let closing = text.lastIndex(where: { $0 != "#" }), text[closing] == " " {
            text = text[..<closing].trimmingWhitespace()
        } else if text.allSatisfy({ $0 == "#" }) {
            text = ""
        }
        let column = indent + hashes.count + leading.unicodeScalars.count + 1
        return Heading(level: hashes.count, text: String(text), textColumn: column)
    }

    /// Leading spaces (a tab counts as reaching the next multiple of 4) and the rest.
    static func splitIndent(_ line: String) -> (Int, Substring) {
        var width = 0
        var index = line.startIndex
        while index < line.endIndex {
            switch line[index] {
            case " ": width += 1
            case "\t": width += 4 - width % 4
            default: return (width, line[index...])
            }
            index = line.index(after: index)
        }
        return (width, line[index...])
    }
}

extension StringProtocol where SubSequence == Substring {
    /// The text without leading and trailing spaces and tabs.
    func trimmingWhitespace() -> Substring {
        let start = firstIndex { !$0.isWhitespace } ?? endIndex
        let end = lastIndex { !$0.isWhitespace }.map { index(after: $0) } ?? start
        return self[start..<end]
    }
}
