import Foundation
import SpecModel

/// Loads the spec a command names, printing its diagnostics; a spec with errors is never used.
enum SpecInput {
    static func load(_ path: String, languages: LanguagesOption) throws -> Spec {
        let loaded = SpecLoader.load(path: path, languagesFile: languages.file)
        for diagnostic in loaded.diagnostics where diagnostic.severity == .error {
            FileHandle.standardError.write(Data((diagnostic.description + "\n").utf8))
        }
        guard let spec = loaded.spec else {
            throw CLIFailure.usage("\(path): the spec has errors (above); fix them, then run 'specgrade check \(path)'")
        }
        return spec
    }
}
