import ArgumentParser
import Execution
import Foundation
import SpecModel

/// `--languages FILE`: a course's language definitions (docs/languages.md), laid over the
/// built-in ones and over a `languages.yaml` beside the spec.
struct LanguagesOption: ParsableArguments {
    @Option(name: .customLong("languages"), help: "A languages.yaml of the course's own language definitions.")
    var file: String?

    /// The built-in catalog with `file` laid over it; a bad definition stops the command with
    /// its diagnostics (file:line:col and what to do).
    func catalog() throws -> LanguageCatalog {
        guard let file else { return .builtIn }
        let loaded = LanguageFileLoader.load(file: file)
        let errors = loaded.diagnostics.filter { $0.severity == .error }
        guard errors.isEmpty else {
            throw CLIFailure.usage(errors.map(\.description).joined(separator: "\n"))
        }
        return LanguageCatalog.builtIn.overlaid(with: loaded.definitions)
    }
}
