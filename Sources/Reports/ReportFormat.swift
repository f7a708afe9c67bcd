import Foundation

/// A report `specgrade grade --format` can write, named as on the command line.
public enum ReportFormat: String, CaseIterable, Sendable, Hashable {
    /// `junit.xml`
    case junit
    /// `compliance.json`
    case json
    /// `results/<student>/results.json`
    case gradescope
    /// `grades.csv`
    case csv
    /// `index.html`
    case html
    /// `canvas.csv`, Canvas's gradebook import (needs a roster)
    case canvas
    /// `moodle.csv`, Moodle's grade import (needs a roster)
    case moodle

    /// What `grade` and `merge` write when `--format` is not given: every format that needs
    /// nothing but the run.
    public static let standard: [ReportFormat] = [.junit, .json, .gradescope, .csv, .html]

    /// Gradebooks, written for a roster (`--roster FILE`).
    public var needsRoster: Bool { self == .canvas || self == .moodle }

    /// The file (or, for `gradescope`, the folder) it writes, relative to the output folder.
    public var fileName: String {
        switch self {
        case .junit: return "junit.xml"
        case .json: return "compliance.json"
        case .gradescope: return "results"
        case .csv: return "grades.csv"
        case .html: return "index.html"
        case .canvas: return "canvas.csv"
        case .moodle: return "moodle.csv"
        }
    }

    /// Formats from `--format junit,json,html`, or the first name that is not a format.
    public static func parse(_ list: String) -> Result<Set<ReportFormat>, UnknownFormat> {
        var formats: Set<ReportFormat> = []
        for name in list.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !name.isEmpty {
            guard let format = ReportFormat(rawValue: name) else { return .failure(UnknownFormat(name: name)) }
            formats.insert(format)
        }
        return .success(formats)
    }

    /// `--format` named a format that does not exist.
    public struct UnknownFormat: Error, Sendable, Equatable, CustomStringConvertible {
        public var name: String
        public var description: String {
            "unknown report format '\(name)'; choose from \(ReportFormat.allCases.map(\.rawValue).joined(separator: ", "))"
        }
    }
}
