/// Why a report could not be written or read, phrased for the person at the terminal.
public enum ReportError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file system refused: `reports/x/junit.xml: cannot write: Permission denied`.
    case cannotWrite(path: String, reason: String)
    /// The file is missing or unreadable: `old/compliance.json: cannot read: No such file or directory`.
    case cannotRead(path: String, reason: String)
    /// The file is not JSON, or not a SpecGrade compliance report at all.
    case notAComplianceReport(path: String, reason: String)
    /// A SpecGrade report of another schema version (`specgrade.compliance/2`).
    case unsupportedSchema(path: String, found: String)
    /// Well-formed, right schema, but a field is missing or of the wrong type.
    case invalidComplianceReport(path: String, field: String, reason: String)
    /// A roster CSV that cannot be read as one.
    case invalidRoster(path: String, line: Int, reason: String)
    /// A gradebook format was asked for without a roster to write it for.
    case rosterRequired(format: String)

    public var description: String {
        switch self {
        case let .cannotWrite(path, reason):
            return "\(path): cannot write: \(reason); check that the output folder is writable"
        case let .cannotRead(path, reason):
            return "\(path): cannot read: \(reason)"
        case let .notAComplianceReport(path, reason):
            return "\(path): not a SpecGrade compliance report (\(reason)); "
                + "pass the compliance.json that 'specgrade grade' wrote"
        case let .unsupportedSchema(path, found):
            return "\(path): schema '\(found)' is not supported; this SpecGrade reads "
                + "'\(ComplianceReport.schema)' — use the SpecGrade version that wrote the report"
        case let .invalidComplianceReport(path, field, reason):
            return "\(path): invalid compliance report at \(field): \(reason)"
        case let .invalidRoster(path, line, reason):
            return "\(path):\(line): not a usable roster: \(reason)"
        case let .rosterRequired(format):
            return "--format \(format) writes a gradebook for a class list: pass --roster FILE "
                + "(the CSV your LMS exports, or GitHub Classroom's roster)"
        }
    }
}
