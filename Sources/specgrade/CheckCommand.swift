import ArgumentParser
import Foundation
import SpecModel

/// `specgrade check SPEC...`: parses and lints specs, printing `path:line:col: severity: message`
/// lines, then one summary line per spec. Exits 2 when any spec has errors or cannot be read.
struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Parse and lint specs.",
        discussion: """
            A SPEC is a .md or .yaml file, a folder holding spec.md (or spec.yaml), or a folder of \
            specs such as Specs/. Exits 0 when no spec has errors (warnings allowed), 2 otherwise.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: "Spec files or folders.")
    var specs: [String]

    @OptionGroup var languages: LanguagesOption

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    func validate() throws {
        if specs.isEmpty { throw ValidationError("give at least one spec, e.g. specgrade check Specs/*") }
    }

    func run() async throws {
        let results = specs.flatMap(SpecLocator.specs(for:)).map {
            SpecLoader.load(path: $0, languagesFile: languages.file)
        }
        switch format {
        case .text: print(results.map(Self.text).joined(separator: "\n"))
        case .json: print(try Self.json(results))
        }
        if results.contains(where: { $0.spec == nil }) {
            throw CLIFailure(message: "", exitCode: 2)
        }
    }

    /// The diagnostics, then `path: 4 requirements, 6 criteria, 12 tests, 20 points`.
    private static func text(_ result: SpecLoadResult) -> String {
        var lines = result.diagnostics.map(\.description)
        let warnings = result.warnings.count
        let warningNote = warnings == 0 ? "" : " (\(warnings) warning\(warnings == 1 ? "" : "s"))"
        if let summary = result.summary {
            lines.append("\(result.path): \(summary)\(warningNote)")
        } else {
            let errors = result.errors.count
            lines.append("\(result.path): \(errors) error\(errors == 1 ? "" : "s")\(warningNote); not loaded")
        }
        return lines.joined(separator: "\n")
    }

    /// One record per spec, for machines.
    private struct Record: Encodable {
        var path: String
        var ok: Bool
        var errors: Int
        var warnings: Int
        var summary: SpecSummary?
        var diagnostics: [Entry]

        struct Entry: Encodable {
            var path: String
            var line: Int
            var column: Int
            var severity: String
            var message: String
        }
    }

    private static func json(_ results: [SpecLoadResult]) throws -> String {
        let records = results.map { result in
            Record(
                path: result.path, ok: result.spec != nil, errors: result.errors.count,
                warnings: result.warnings.count, summary: result.summary,
                diagnostics: result.diagnostics.map {
                    Record.Entry(
                        path: $0.location.path, line: $0.location.line, column: $0.location.column,
                        severity: $0.severity.rawValue, message: $0.message)
                })
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return String(decoding: try encoder.encode(records), as: UTF8.self)
    }
}
