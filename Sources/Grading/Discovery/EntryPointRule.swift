import Execution
import SpecModel

/// Chooses the language and the entry file of a submission from its source files.
///
/// 1. A file's language is the catalog's for its extension. Files of languages the spec does
///    not allow (it allows all the catalog's when it names none) do not count.
/// 2. Sources in more than one allowed language make the submission ambiguous, unless
///    exactly one language has a file with an entry name (`main.py`, `Main.java`, ...).
/// 3. Within the language: the file with an entry name (any case) wins; else the only file;
///    else a file that defines the program's start (`main(` in C and C++, `static void main`
///    in Java, `func main(` in Go, `fn main(` in Rust, `main =` or `main ::` in Haskell),
///    when exactly one does; otherwise it is ambiguous and the message names the candidates
///    and how to resolve it.
/// 4. With a unit-test spec, the module's file (`stats.py`, `Stats.java`) plays
///    the part of `main`, and a folder without it names it as its entry anyway: staging then
///    reports the file missing (a compile error), while a one-file submission is staged
///    under the module's name.
/// 5. Files in no defined language make a submission not gradable, saying which extension
///    to define in `languages.yaml`.
struct EntryPointRule: Sendable {
    let catalog: LanguageCatalog
    let allowed: [Language]
    var unitTests: UnitTestSuites? = nil

    /// `sources` maps relative paths to a prefix of their text (for the `main` search).
    func plan(for sources: [(path: String, head: String)], isFolder: Bool = false) -> Submission.Plan {
        let candidates = sources.compactMap { source -> (path: String, head: String, language: Language)? in
            guard let language = catalog.language(ofFile: source.path) else { return nil }
            return (source.path, source.head, language)
        }
        let usable = candidates.filter { allowed.contains($0.language) }
        guard !usable.isEmpty else {
            if let foreign = candidates.first {
                let names = allowed.map(\.rawValue).joined(separator: ", ")
                return .notGradable(
                    "\(foreign.path) is \(foreign.language.rawValue), which this spec does not allow (allowed: \(names))"
                )
            }
            return .notGradable(Self.undefinedReason(sources.map(\.path)))
        }
        var languages: [Language] = []
        for candidate in usable where !languages.contains(candidate.language) { languages.append(candidate.language) }
        var language = languages[0]
        if languages.count > 1 {
            let withMain = languages.filter { lang in
                usable.contains { $0.language == lang && isEntryName($0.path, lang) }
            }
            guard withMain.count == 1 else {
                let list = usable.map(\.path).joined(separator: ", ")
                return .notGradable(
                    "sources in several languages (\(list)): keep one language, or name the entry file main.<ext>")
            }
            language = withMain[0]
        }
        let files = usable.filter { $0.language == language }
        if let named = files.first(where: { isEntryName($0.path, language) }) {
            return .gradable(language: language, entry: named.path)
        }
        if let unitTests, isFolder { return .gradable(language: language, entry: unitTests.moduleFile(for: language)) }
        if files.count == 1 { return .gradable(language: language, entry: files[0].path) }
        if let marker = Self.startMarker(of: language) {
            let defining = files.filter { $0.head.firstMatch(of: marker) != nil }
            if defining.count == 1 { return .gradable(language: language, entry: defining[0].path) }
        }
        let list = files.map(\.path).joined(separator: ", ")
        let canonical = catalog.definition(of: language)?.extensions.first ?? "<ext>"
        return .notGradable("cannot tell which file is the entry point among \(list): name it main.\(canonical)")
    }

    /// What marks the file that starts a program, for the languages that compile several
    /// files together.
    static func startMarker(of language: Language) -> Regex<Substring>? {
        switch language {
        case .c, .cpp: return /main\s*\(/
        case .java: return /static\s+(?:(?:public|final)\s+)*void\s+main\s*\(/
        case .go: return /func\s+main\s*\(/
        case .rust: return /fn\s+main\s*\(/
        case .haskell: return /(?m)^main\s*(?:=|::)/
        default: return nil
        }
    }

    /// Why files in no defined language cannot be graded: the extensions to define.
    static func undefinedReason(_ paths: [String]) -> String {
        guard !paths.isEmpty else { return "no source file found: the submission is empty" }
        var extensions: [String] = []
        for path in paths {
            let ext = fileExtension(path).lowercased()
            let shown = ext.isEmpty ? "files without an extension" : "." + ext
            if !extensions.contains(shown) { extensions.append(shown) }
        }
        let list = extensions.prefix(3).joined(separator: ", ") + (extensions.count > 3 ? ", ..." : "")
        return "no language is defined for \(list): define one in languages.yaml beside the spec (docs/languages.md)"
    }

    /// The entry's name: the module's file for a unit-test spec, else the definition's.
    private func isEntryName(_ path: String, _ language: Language) -> Bool {
        guard let unitTests else { return catalog.definition(of: language)?.isEntryName(path) ?? false }
        return path == unitTests.moduleFile(for: language)
    }

    static func fileExtension(_ path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return String(name[name.index(after: dot)...])
    }
}
