import Execution
import Foundation

/// How every CSV report writes a row: RFC 4180 (CRLF line ends; a field holding a comma, quote
/// or line break is quoted, quotes doubled), and free text made inert for spreadsheets.
enum CSVFields {
    static func row(_ fields: [String]) -> String {
        fields.map(quoted).joined(separator: ",") + "\r\n"
    }

    /// RFC 4180, 2.6–2.7: quote a field holding a comma, quote, CR or LF; double its quotes.
    static func quoted(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else {
            return field
        }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// A field of free text: control characters other than line breaks escaped (`\x1B`), and a
    /// leading `'` when a spreadsheet would read it as a formula.
    static func inert(_ field: String) -> String {
        let visible = VisibleText.lines(field)
        guard let first = visible.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else {
            return visible
        }
        return "'" + visible
    }
}
