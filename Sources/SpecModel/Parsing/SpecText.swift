import Foundation

/// A spec file's text split into lines, ready for the parsers: `["---", "id: word-count", ...]`.
///
/// 1. Line terminators are removed; `\r\n` counts as one terminator, so positions in a file
///    with Windows line endings are the same as in its LF twin.
/// 2. A leading UTF-8 byte order mark is dropped: columns on line 1 count from after it.
/// 3. Text that is not a spec at all (empty, NUL bytes, invalid UTF-8) is refused with one
///    diagnostic naming the first offending position.
struct SpecText: Sendable {
    var path: String
    /// Line 1 of the file is `lines[0]`.
    var lines: [String]

    /// Why bytes are not a spec's text: one diagnostic at the first offending position.
    struct Refusal: Error {
        var diagnostic: Diagnostic

        init(_ diagnostic: Diagnostic) { self.diagnostic = diagnostic }
    }

    /// Decodes raw file bytes, or says at which position they stop being a text file.
    static func decode(_ bytes: [UInt8], path: String) throws(Refusal) -> SpecText {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if body.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {
            throw Refusal(
                Diagnostic(
                    .error, at: SourceLocation(path: path, line: 1),
                    "the file is empty; a spec starts with front matter ('---', then 'id: my-assignment', then '---')"))
        }
        if let nul = body.firstIndex(of: 0) {
            throw Refusal(
                Diagnostic(
                    .error, at: position(of: nul, in: body, path: path),
                    "the file contains a NUL byte, so it is binary, not a spec; save the spec as UTF-8 text"))
        }
        // Foundation's decoder is fast; the scalar-by-scalar walk only runs to find the position.
        if String(bytes: body, encoding: .utf8) == nil, let invalid = firstInvalidUTF8(in: body) {
            throw Refusal(
                Diagnostic(
                    .error, at: position(of: invalid, in: body, path: path),
                    "the file is not valid UTF-8 here; save the spec as UTF-8 text"))
        }
        let lines = body.split(separator: 0x0A, omittingEmptySubsequences: false).map { line in
            String(decoding: line.last == 0x0D ? line.dropLast() : line, as: UTF8.self)
        }
        return SpecText(path: path, lines: lines)
    }

    /// The offset of the first byte that does not begin a valid UTF-8 sequence, if any.
    private static func firstInvalidUTF8(in bytes: ArraySlice<UInt8>) -> Int? {
        var iterator = bytes.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        var offset = bytes.startIndex
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar): offset += scalar.count
            case .error: return offset
            case .emptyInput: return nil
            }
        }
    }

    /// Line and column of a byte offset; columns count bytes, since the text around it may
    /// not decode.
    private static func position(of offset: Int, in bytes: ArraySlice<UInt8>, path: String) -> SourceLocation {
        let before = bytes[bytes.startIndex..<offset]
        let line = before.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
        let lineStart = before.lastIndex(of: 0x0A).map { $0 + 1 } ?? bytes.startIndex
        return SourceLocation(path: path, line: line, column: offset - lineStart + 1)
    }
}
