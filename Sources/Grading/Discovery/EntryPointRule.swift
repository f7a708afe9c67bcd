import Execution
import SpecModel

/// Chooses the language and the entry file of a submission from its source files.
///
/// 1. Only files of languages the spec allows (all known ones when it names none) count.
/// 2. Sources in more than one allowed language make the submission ambiguous, unless
///    exactly one language has a file named `main` (`main.py`, `Main.java`, ...).
/// 3. Within the language: the file named `main` (any case) wins; else the only file; else,
///    for C and C++, the files are compiled together and the one defining `main(` is the
///    entry; for Java, the one declaring `static void main`; otherwise it is ambiguous and
///    the message names the candidates and how to resolve it.
/// 4. With a unit-test spec, the module's file (`stats.py`, `Stats.java`) plays
///    the part of `main`, and a folder without it names it as its entry anyway: staging then
///    reports the file missing (a compile error), while a one-file submission is staged
///    under the module's name.
struct EntryPointRule: Sendable {
    let allowed: [Language]
    var unitTests: UnitTestSuites? = nil

    /// `sources` maps relative paths to a prefix of their text (for the `main` search).
    func plan(for sources: [(path: String, head: String)], isFolder: Bool = false) -> Submission.Plan {
        let candidates = sources.compactMap { source -> (path: String, head: String, language: Language)? in
            guard let language = Language(fileExtension: Self.fileExtension(source.path)) else { return nil }
            return (source.path, source.head, language)
        }
        let usable = candidates.filter { allowed.contains($0.language) }
        guard !usable.isEmpty else {
            if let foreign = candidates.first {
                let names = allowed.map(\.rawValue).joined(separator: ", ")
                return .notGradable("\(foreign.path) is \(foreign.language.rawValue), which this spec does not allow (allowed: \(names))")
            }
            let known = Language.allCases.flatMap(\.fileExtensions).map { "." + $0 }.joined(separator: " ")
            return .notGradable("no source file found (looked for \(known))")
        }
        var languages: [Language] = []
        for candidate in usable where !languages.contains(candidate.language) { languages.append(candidate.language) }
        var language = languages[0]
        if languages.count > 1 {
            let withMain = languages.filter { lang in usable.contains { $0.language == lang && isEntryName($0.path, lang) } }
            guard withMain.count == 1 else {
                let list = usable.map(\.path).joined(separator: ", ")
                return .notGradable("sources in several languages (\(list)): keep one language, or name the entry file main.<ext>")
            }
            language = withMain[0]
        }
        let files = usable.filter { $0.language == language }
        if let named = files.first(where: { isEntryName($0.path, language) }) {
            return .gradable(language: language, entry: named.path)
        }
        if let unitTests, isFolder { return .gradable(language: language, entry: unitTests.moduleFile(for: language)) }
        if files.count == 1 { return .gradable(language: language, entry: files[0].path) }
        let marker: String?
        switch language {
        case .c, .cpp: marker = "main("
        case .java: marker = "static void main"
        default: marker = nil
        }
        if let marker {
            let defining = files.filter { $0.head.contains(marker) }
            if defining.count == 1 { return .gradable(language: language, entry: defining[0].path) }
        }
        let list = files.map(\.path).joined(separator: ", ")
        return .notGradable("cannot tell which file is the entry point among \(list): name it main.\(language.fileExtensions[0])")
    }

    /// The entry's name: the module's file for a unit-test spec, else `main`.
    private func isEntryName(_ path: String, _ language: Language) -> Bool {
        guard let unitTests else { return Self.isNamedMain(path) }
        return path == unitTests.moduleFile(for: language)
    }

    static func isNamedMain(_ path: String) -> Bool {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return name.split(separator: ".").first.map { $0.lowercased() == "main" } ?? false
    }

    static func fileExtension(_ path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return String(name[name.index(after: dot)...])
    }
}
