/// What a language is, as data: the files that are its sources and the commands that build
/// and run them (docs/languages.md). SpecGrade ships one for each built-in language; a course
/// adds or overrides them in `languages.yaml`.
///
/// Commands are argv templates. `{entry}` is the entry file (Java: its main class), `{sources}`
/// every source file of the language (one argument each), `{binary}` the compiled program,
/// `{build}` the build directory: `/work` while compiling, read-only `/program` when running.
/// The first word names the tool, found on PATH like any other; how a runtime meets the
/// sandbox's limits (heap flags, caches, thread counts) is SpecGrade's own code, chosen by
/// the tools the definition names.
public struct LanguageDefinition: Codable, Sendable, Hashable {
    public var name: Language
    /// Extensions without the dot, lowercase; the first is canonical.
    public var extensions: [String]
    /// How `specgrade languages` and messages name it.
    public var displayName: String
    /// The compile (or check) command, run once per submission; nil for none.
    public var compile: [String]?
    /// The command that runs the program, once per test.
    public var run: [String]
    /// The command whose first line of output is the toolchain's version.
    public var version: [String]?
    /// File names that are the entry point (`main.py`, `Main.java`), matched without case.
    public var entry: [String]
    /// Added to the environment of the compile and of every run.
    public var environment: [String: String]
    /// What to install when the tool is missing (Debian package), for messages.
    public var installHint: String?
    /// Where a course defined it (`languages.yaml:4:5`); nil for a built-in definition.
    public var origin: String?

    public init(
        name: Language, extensions: [String], displayName: String? = nil, compile: [String]? = nil, run: [String],
        version: [String]? = nil, entry: [String] = [], environment: [String: String] = [:],
        installHint: String? = nil, origin: String? = nil
    ) {
        self.name = name
        self.extensions = extensions.map { ($0.hasPrefix(".") ? String($0.dropFirst()) : $0).lowercased() }
        self.displayName = displayName ?? name.rawValue
        self.compile = compile
        self.run = run
        self.version = version
        self.entry = entry
        self.environment = environment
        self.installHint = installHint
        self.origin = origin
    }

    /// The placeholders a command may hold, each a whole argument.
    public static let placeholders = ["{entry}", "{sources}", "{binary}", "{build}"]

    /// The tools the commands start, in order (compile's first): the first words that are no
    /// placeholder. A program run as `{binary}` needs no tool of its own.
    public var tools: [String] {
        var names: [String] = []
        for command in [compile, run].compactMap({ $0 }) {
            guard let first = command.first, !Self.placeholders.contains(first), !names.contains(first) else {
                continue
            }
            names.append(first)
        }
        if let first = version?.first, !Self.placeholders.contains(first), !names.contains(first) {
            names.append(first)
        }
        return names
    }

    /// The tool that names the toolchain: the compiler, else the interpreter.
    public var mainTool: String? { tools.first }

    /// True when `path`'s extension is one of the language's.
    public func isSource(_ path: String) -> Bool {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return false }
        return extensions.contains(name[name.index(after: dot)...].lowercased())
    }

    /// True when `path`'s file name is one of the entry names (or `main.<ext>` when none are given).
    public func isEntryName(_ path: String) -> Bool {
        let name = (path.split(separator: "/").last.map(String.init) ?? path).lowercased()
        if entry.isEmpty { return extensions.contains { name == "main." + $0 } }
        return entry.contains { $0.lowercased() == name }
    }

    /// What to install, for a message when the tool is not found here.
    public var missingMessage: String {
        let tool = mainTool ?? name.rawValue
        if let installHint { return "\(tool) not found: \(installHint)" }
        return "\(tool) not found on PATH: install it, or change the \(name.rawValue) definition"
            + (origin.map { " at \($0)" } ?? "")
    }
}
