import Foundation
import Results

/// `compliance.json`: the whole grading run — spec, per-submission results, per-requirement
/// status with its evidence — in a versioned format (`"schema": "specgrade.compliance/1"`,
/// described by `schemas/compliance-1.schema.json`) that reads back into an identical `GradeRun`.
///
/// `specgrade merge` and `specgrade view` read what `grade` wrote:
///
///     let data = try ComplianceReport.encode(run)
///     let again = try ComplianceReport.decode(data, path: "reports/wc/compliance.json")
///     // again == run
public enum ComplianceReport {
    /// The format version this SpecGrade writes and reads.
    public static let schema = "specgrade.compliance/1"

    /// The report's bytes: UTF-8 JSON, pretty-printed, fields in a fixed order and maps sorted,
    /// so that the same run always gives the same file.
    public static func encode(_ run: GradeRun) throws -> Data {
        try ByteSinks.collect { try ComplianceEncoder.encode(run, into: $0) }
    }

    /// Writes the report to `path` atomically, streaming it a submission at a time.
    public static func write(_ run: GradeRun, to path: String) throws {
        try AtomicFile.write(to: path) { try ComplianceEncoder.encode(run, into: $0) }
    }

    /// Reads a report back. Throws `ReportError` naming `path` when the data is not JSON, not a
    /// SpecGrade report, of another schema version, or missing a field (named by its JSON path).
    public static func decode(_ data: Data, path: String) throws -> GradeRun {
        let decoder = JSONDecoder()
        let probe: SchemaProbe
        do {
            probe = try decoder.decode(SchemaProbe.self, from: data)
        } catch {
            throw ReportError.notAComplianceReport(path: path, reason: "not a JSON object")
        }
        guard let found = probe.schema else {
            throw ReportError.notAComplianceReport(path: path, reason: "no \"schema\" field")
        }
        guard found == schema else {
            guard found.hasPrefix("specgrade.compliance/") else {
                throw ReportError.notAComplianceReport(path: path, reason: "its schema is '\(found)'")
            }
            throw ReportError.unsupportedSchema(path: path, found: found)
        }
        do {
            return try decoder.decode(ComplianceDocument.self, from: data).model()
        } catch let error as DecodingError {
            let (field, reason) = describe(error)
            throw ReportError.invalidComplianceReport(path: path, field: field, reason: reason)
        }
    }

    /// Reads the report at `path`, naming the file when it cannot be read.
    public static func read(from path: String) throws -> GradeRun {
        guard let data = FileManager.default.contents(atPath: path) else {
            let reason =
                FileManager.default.fileExists(atPath: path) ? "permission denied or not a file" : "no such file"
            throw ReportError.cannotRead(path: path, reason: reason)
        }
        return try decode(data, path: path)
    }

    /// Only the version field, read first so that a report of another version fails with a
    /// clear message rather than on whichever field changed.
    private struct SchemaProbe: Decodable {
        var schema: String?
    }

    /// `("submissions[2].tests[0].verdict", "unknown value 'passed'")` for a decoding error.
    private static func describe(_ error: DecodingError) -> (field: String, reason: String) {
        func path(_ codingPath: [any CodingKey]) -> String {
            let text = codingPath.reduce(into: "") { text, key in
                if let index = key.intValue {
                    text += "[\(index)]"
                } else {
                    text += (text.isEmpty ? "" : ".") + key.stringValue
                }
            }
            return text.isEmpty ? "the top level" : text
        }
        switch error {
        case let .keyNotFound(key, context):
            return (path(context.codingPath + [key]), "missing")
        case let .typeMismatch(type, context):
            return (path(context.codingPath), "expected \(type)")
        case let .valueNotFound(type, context):
            return (path(context.codingPath), "expected \(type), found null")
        case let .dataCorrupted(context):
            return (path(context.codingPath), context.debugDescription)
        @unknown default:
            return ("the top level", "\(error)")
        }
    }
}
