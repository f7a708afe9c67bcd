import Execution
import Foundation
import Glibc

/// One language's toolchain as found on the host: the tools its definition names (real
/// paths) and their version.
struct DetectedTool: Sendable, Hashable {
    var definition: LanguageDefinition
    /// The tool that names the toolchain (the compiler, else the interpreter).
    var mainName: String
    var executables: [String: String]
    var version: String
    /// Host directories the sandbox must show for it, beyond the standard system ones
    /// (a toolchain installed under /opt is shown at the same path, read-only).
    var extraBinds: [String]

    static let systemPrefixes = ["/usr/", "/bin/", "/lib/", "/sbin/"]

    /// The definition's tools, found; nil when one is missing.
    static func find(for definition: LanguageDefinition) -> DetectedTool? {
        let names = definition.tools
        guard let main = names.first, let mainPath = executable(main, besides: nil) else { return nil }
        var executables = [main: mainPath]
        // The rest come from the same installation when it has them (javac beside the real java).
        let directory = (mainPath as NSString).deletingLastPathComponent
        for name in names.dropFirst() {
            guard let path = executable(name, besides: directory) else { return nil }
            executables[name] = path
        }
        var extra: [String] = []
        for path in executables.values.sorted() where !systemPrefixes.contains(where: { path.hasPrefix($0) }) {
            let root = ((path as NSString).deletingLastPathComponent as NSString).deletingLastPathComponent
            if !extra.contains(root) { extra.append(root) }
        }
        return DetectedTool(
            definition: definition, mainName: main, executables: executables,
            version: version(definition, executables: executables), extraBinds: extra)
    }

    /// A tool by absolute path, else beside `directory`, else on PATH.
    private static func executable(_ name: String, besides directory: String?) -> String? {
        if name.hasPrefix("/") {
            let real = realPath(name)
            return FileManager.default.isExecutableFile(atPath: real) ? real : nil
        }
        if let directory, FileManager.default.isExecutableFile(atPath: directory + "/" + name) {
            let real = realPath(directory + "/" + name)
            if isUsable(real) { return real }
        }
        return realExecutable(named: name)
    }

    /// The first `name` on PATH (then /usr/local/bin, /usr/bin, /bin) that is usable in the
    /// sandbox (`isUsable`).
    static func realExecutable(named name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        let directories = path.split(separator: ":").map(String.init) + ["/usr/local/bin", "/usr/bin", "/bin"]
        for directory in directories where !directory.isEmpty {
            let candidate = directory + "/" + name
            guard FileManager.default.isExecutableFile(atPath: candidate) else { continue }
            let real = realPath(candidate)
            if isUsable(real) { return real }
        }
        return nil
    }

    /// The path with every symbolic link resolved (realpath(3): Foundation's
    /// `resolvingSymlinksInPath` leaves some relative links, such as rustup's, unresolved).
    private static func realPath(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// An ELF binary that is no rustup proxy, or a script the system installed. A pyenv or
    /// asdf shim is a script that needs the user's home, and rustup's `rustc` is rustup itself
    /// choosing a toolchain from the user's home: both are skipped for the real tool behind
    /// a later PATH entry.
    private static func isUsable(_ real: String) -> Bool {
        if (real as NSString).lastPathComponent == "rustup" { return false }
        return isELF(real) || systemPrefixes.contains { real.hasPrefix($0) }
    }

    private static func isELF(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let magic = (try? handle.read(upToCount: 4)) ?? Data()
        return magic == Data([0x7F, 0x45, 0x4C, 0x46])
    }

    /// The first line the definition's version command prints ("Python 3.11.2", "v20.20.2").
    private static func version(_ definition: LanguageDefinition, executables: [String: String]) -> String {
        guard let command = definition.version, let first = command.first,
            let path = executables[first] ?? executable(first, besides: nil)
        else { return "unknown version" }
        let arguments = Array(command.dropFirst())
        return ToolVersionCache.standard().version(of: [path] + arguments) {
            HostCommand.firstLine(path, arguments, mergeErrors: true)
        } ?? "unknown version"
    }
}
