/// The physical lines of Python source on which a statement starts, with their
/// indentation: lines inside brackets, inside triple-quoted strings or after a backslash
/// continuation are not starts, nor are blank and comment-only lines.
enum PythonStatements {
    struct Start {
        /// 1-based.
        var line: Int
        /// Columns of leading whitespace, a tab advancing to the next multiple of 8 as
        /// Python counts it.
        var indent: Int
        /// The line after its indentation.
        var text: Substring
    }

    /// What the tokenizer carries from one line to the next.
    private struct State {
        var bracketDepth = 0
        /// The quote of an open triple-quoted string.
        var openTriple: Character?
        /// The quote of a single-quoted string continued with a backslash at the line's end.
        var openSingle: Character?
        var continued = false

        var isClean: Bool { bracketDepth == 0 && openTriple == nil && !continued }
    }

    static func starts(in source: String) -> [Start] {
        var starts: [Start] = []
        var state = State()
        // "\r\n" is one Character in Swift, so it is a separator of its own.
        let lines = source.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }
        for (offset, rawLine) in lines.enumerated() {
            let line = rawLine.last == "\r" ? rawLine.dropLast() : rawLine
            if state.isClean {
                let (indent, text) = splitIndent(line)
                if !text.isEmpty, !text.hasPrefix("#") {
                    starts.append(Start(line: offset + 1, indent: indent, text: text))
                }
            }
            scan(line, &state)
        }
        return starts
    }

    private static func splitIndent(_ line: Substring) -> (Int, Substring) {
        var indent = 0
        var rest = line
        while let first = rest.first, first == " " || first == "\t" || first == "\u{0C}" {
            indent = first == "\t" ? (indent / 8 + 1) * 8 : indent + (first == " " ? 1 : 0)
            rest = rest.dropFirst()
        }
        return (indent, rest)
    }

    /// Updates the state across one line: brackets, strings, comments, continuation.
    private static func scan(_ line: Substring, _ state: inout State) {
        state.continued = false
        var index = line.startIndex
        var openSingle = state.openSingle
        state.openSingle = nil
        while index < line.endIndex {
            let character = line[index]
            let next = line.index(after: index)
            if let quote = state.openTriple {
                if character == "\\" {
                    index = next < line.endIndex ? line.index(after: next) : next
                    continue
                }
                if line[index...].hasPrefix(String(repeating: quote, count: 3)) {
                    state.openTriple = nil
                    index = line.index(index, offsetBy: 3)
                    continue
                }
            } else if let quote = openSingle {
                if character == "\\" {
                    if next == line.endIndex {
                        state.openSingle = quote
                        state.continued = true
                    }
                    index = next < line.endIndex ? line.index(after: next) : next
                    continue
                }
                if character == quote { openSingle = nil }
            } else {
                switch character {
                case "#": return
                case "(", "[", "{": state.bracketDepth += 1
                case ")", "]", "}": state.bracketDepth = max(0, state.bracketDepth - 1)
                case "\\" where next == line.endIndex: state.continued = true
                case "\"", "'":
                    if line[index...].hasPrefix(String(repeating: character, count: 3)) {
                        state.openTriple = character
                        index = line.index(index, offsetBy: 3)
                        continue
                    }
                    openSingle = character
                default: break
                }
            }
            index = next
        }
    }
}
