import Execution
import Foundation

/// Reads a course's language definitions (`languages.yaml`, docs/languages.md) into the
/// catalog a spec is graded with.
public enum LanguageFileLoader {
    /// The file looked for beside a spec.
    public static let fileName = "languages.yaml"
    /// Larger files are refused before reading.
    static let maximumSize = 1 << 20

    /// The definitions of `languages.yaml` in `directory` (when there is one) and then of
    /// `extra` (`--languages FILE`, which must exist), each laid over what came before.
    public static func load(
        besides directory: String?, extra: String?
    ) -> (definitions: [LanguageDefinition], diagnostics: [Diagnostic]) {
        var definitions: [LanguageDefinition] = []
        var diagnostics: [Diagnostic] = []
        var files: [String] = []
        if let directory {
            let beside = (directory as NSString).appendingPathComponent(fileName)
            if FileManager.default.fileExists(atPath: beside) { files.append(beside) }
        }
        if let extra { files.append(extra) }
        for file in files {
            let read = load(file: file)
            diagnostics += read.diagnostics
            for definition in read.definitions {
                definitions.removeAll { $0.name == definition.name }
                definitions.append(definition)
            }
        }
        return (definitions, diagnostics)
    }

    /// One file's definitions, or diagnostics with file:line:col.
    public static func load(file: String) -> (definitions: [LanguageDefinition], diagnostics: [Diagnostic]) {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: file, isDirectory: &isDirectory), !isDirectory.boolValue else {
            return ([], [refusal(file, "no such file; give the path of a languages file (languages.yaml)")])
        }
        let size = (try? manager.attributesOfItem(atPath: file)[.size] as? Int) ?? 0
        guard size <= maximumSize else {
            return (
                [],
                [
                    refusal(
                        file,
                        "the file is over \(maximumSize >> 20) MiB; a languages file is a short list of definitions")
                ]
            )
        }
        guard let data = manager.contents(atPath: file) else {
            return ([], [refusal(file, "cannot read the file; check its permissions")])
        }
        let text: SpecText
        do {
            text = try SpecText.decode(Array(data), path: file)
        } catch {
            return ([], [error.diagnostic])
        }
        let block = YAMLBlock(path: file, firstLine: 1, lines: text.lines[...], name: "languages file")
        var reader = YAMLReader(block: block)
        guard let root = block.compose(into: &reader.diagnostics) else {
            if reader.diagnostics.isEmpty {
                reader.diagnostics.append(
                    refusal(file, "the file is empty; it holds 'languages:', a list of definitions"))
            }
            return ([], reader.diagnostics)
        }
        let definitions = reader.languageDefinitions(root)
        return (definitions, reader.diagnostics)
    }

    private static func refusal(_ file: String, _ message: String) -> Diagnostic {
        Diagnostic(.error, at: SourceLocation(path: file, line: 1), message)
    }
}
