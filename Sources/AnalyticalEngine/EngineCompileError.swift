import Execution

/// A deck that does not parse, or a register program that does not assemble, with where:
/// `deck.ae:7: error: Bad number card: 12x is not a whole number of at most 50 digits`.
public struct EngineCompileError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file (or `stdin`, or `library NAME`) holding the offending card or line.
    public var path: String
    /// 1-based; 0 for a card the attendant punched.
    public var line: Int
    /// 1-based column for register programs; nil for cards (a card is read whole).
    public var column: Int?
    public var message: String

    public init(path: String, line: Int, column: Int? = nil, message: String) {
        self.path = path
        self.line = line
        self.column = column
        self.message = message
    }

    init(_ complaint: Attendant.Complaint) {
        self.init(path: complaint.origin.source, line: complaint.origin.line, message: complaint.message)
    }

    /// `path:line[:column]: error: message`, the form every SpecGrade diagnostic takes.
    public var description: String {
        let place = column.map { "\(path):\(line):\($0)" } ?? "\(path):\(line)"
        return "\(place): error: \(message)"
    }

    /// The result a grader records: verdict `compile_error`, the diagnostic on stderr.
    public var executionResult: ExecutionResult {
        ExecutionResult(
            verdict: .compileError, detail: message, stderr: Array((description + "\n").utf8),
            isolation: .inProcess)
    }
}
