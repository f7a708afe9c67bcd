import Execution
import Foundation

/// Reads, parses and lints specs.
///
/// `load(path:)` takes a `.md` file, a `.yaml`/`.yml` file, or a folder holding exactly one of
/// `spec.md`, `spec.yaml`, `spec.yml`. It never throws and never traps: whatever the input,
/// the answer is a model or diagnostics saying where and what to fix.
public enum SpecLoader {
    /// Larger files are refused before reading: no assignment needs a 64 MiB spec.
    public static let maximumSize = 64 << 20
    /// The file names a spec folder may hold, in the order they are looked for.
    public static let folderSpecNames = ["spec.md", "spec.yaml", "spec.yml"]

    /// `languagesFile` (`--languages FILE`) is laid over the `languages.yaml` beside the spec,
    /// if any; an error in either is an error of the spec.
    public static func load(path: String, languagesFile: String? = nil) -> SpecLoadResult {
        switch locate(path) {
        case .failure(let refusal):
            return SpecLoadResult(path: path, spec: nil, diagnostics: [refusal.diagnostic])
        case .success(let file):
            guard let data = FileManager.default.contents(atPath: file) else {
                return refused(path, file, "cannot read the file; check its permissions")
            }
            let base = (file as NSString).deletingLastPathComponent
            let course = LanguageFileLoader.load(besides: base.isEmpty ? "." : base, extra: languagesFile)
            var result = parse(
                Array(data), path: file, baseDirectory: base.isEmpty ? "." : base,
                courseLanguages: course.definitions)
            result.path = path
            if !course.diagnostics.isEmpty {
                result.diagnostics = course.diagnostics + result.diagnostics
                if course.diagnostics.contains(where: { $0.severity == .error }) { result.spec = nil }
            }
            return result
        }
    }

    /// Parses and lints spec text; the form follows the extension of `path` (`.yaml`/`.yml`
    /// are YAML, anything else Markdown). Paths in the spec resolve against `baseDirectory`.
    public static func parse(
        _ bytes: [UInt8], path: String, baseDirectory: String, courseLanguages: [LanguageDefinition] = []
    ) -> SpecLoadResult {
        let text: SpecText
        do {
            text = try SpecText.decode(bytes, path: path)
        } catch {
            return SpecLoadResult(path: path, spec: nil, diagnostics: [error.diagnostic])
        }
        let isYAML = ["yaml", "yml"].contains((path as NSString).pathExtension.lowercased())
        var parsed =
            isYAML
            ? YAMLSpecParser.parse(text, baseDirectory: baseDirectory)
            : MarkdownSpecParser.parse(text, baseDirectory: baseDirectory)
        parsed.spec.courseLanguages = courseLanguages
        // Lint warnings about a model that failed to parse would be noise (a test that did not
        // parse leaves its requirement "uncovered"), so they wait until the errors are fixed.
        let parseFailed = parsed.diagnostics.contains { $0.severity == .error }
        let lint = Linter.check(parsed).filter { !parseFailed || $0.severity == .error }
        let diagnostics = (parsed.diagnostics + lint).enumerated().sorted { a, b in
            (a.element.location, a.offset) < (b.element.location, b.offset)
        }.map(\.element)
        let sound = !diagnostics.contains { $0.severity == .error }
        return SpecLoadResult(path: path, spec: sound ? parsed.spec : nil, diagnostics: diagnostics)
    }

    /// The spec file `path` names, or why there is none.
    private static func locate(_ path: String) -> Result<String, SpecText.Refusal> {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return .failure(
                refusal(
                    path, "no such file or folder; give the path of a spec (.md, .yaml) or of a folder holding spec.md")
            )
        }
        if isDirectory.boolValue {
            let present = folderSpecNames.filter {
                manager.fileExists(atPath: (path as NSString).appendingPathComponent($0))
            }
            switch present.count {
            case 0:
                return .failure(refusal(path, "the folder holds no spec.md, spec.yaml or spec.yml"))
            case 1:
                return .success((path as NSString).appendingPathComponent(present[0]))
            default:
                return .failure(
                    refusal(path, "the folder holds \(present.joined(separator: " and ")); keep one spec per folder"))
            }
        }
        let size = (try? manager.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        if size > maximumSize {
            return .failure(
                refusal(
                    path,
                    "the file is \(size >> 20) MiB; a spec may be at most \(maximumSize >> 20) MiB (put large inputs in stdin_file/stdout_file)"
                ))
        }
        return .success(path)
    }

    private static func refusal(_ path: String, _ message: String) -> SpecText.Refusal {
        SpecText.Refusal(Diagnostic(.error, at: SourceLocation(path: path, line: 1), message))
    }

    private static func refused(_ path: String, _ file: String, _ message: String) -> SpecLoadResult {
        SpecLoadResult(path: path, spec: nil, diagnostics: [refusal(file, message).diagnostic])
    }
}
