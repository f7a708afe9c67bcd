import Execution
import Foundation

/// One toolchain as found on the host: its executables by name (real paths) and version.
struct DetectedTool: Sendable, Hashable {
    var mainName: String
    var executables: [String: String]
    var version: String
    /// Host directories the sandbox must show for it, beyond the standard system ones
    /// (a toolchain installed under /opt is shown at the same path, read-only).
    var extraBinds: [String]

    /// The executables each language needs; the first names the toolchain.
    static func executableNames(for language: Language) -> [String] {
        switch language {
        case .python: return ["python3"]
        case .c: return ["gcc"]
        case .cpp: return ["g++"]
        case .java: return ["java", "javac"]
        case .javascript: return ["node"]
        case .babbage, .babbageAssembly: return []
        }
    }

    static func installHint(for language: Language) -> String {
        switch language {
        case .python: return "python3 not found: install Python 3 (Debian/Ubuntu: apt install python3)"
        case .c: return "gcc not found: install a C compiler (Debian/Ubuntu: apt install gcc)"
        case .cpp: return "g++ not found: install a C++ compiler (Debian/Ubuntu: apt install g++)"
        case .java: return "java and javac not found: install a JDK (Debian/Ubuntu: apt install default-jdk-headless)"
        case .javascript: return "node not found: install Node.js (Debian/Ubuntu: apt install nodejs)"
        case .babbage, .babbageAssembly: return "built in"
        }
    }

    static func find(for language: Language) -> DetectedTool? {
        let names = executableNames(for: language)
        guard let main = names.first, let mainPath = realExecutable(named: main) else { return nil }
        var executables = [main: mainPath]
        // The rest come from the same installation (javac beside the real java).
        let directory = (mainPath as NSString).deletingLastPathComponent
        for name in names.dropFirst() {
            let sibling = directory + "/" + name
            guard FileManager.default.isExecutableFile(atPath: sibling) else { return nil }
            executables[name] = sibling
        }
        let systemPrefixes = ["/usr/", "/bin/", "/lib/", "/sbin/"]
        let root = ((directory as NSString).deletingLastPathComponent as String)
        let extra = systemPrefixes.contains { mainPath.hasPrefix($0) } ? [] : [root]
        return DetectedTool(mainName: main, executables: executables, version: version(of: mainPath, language: language),
                            extraBinds: extra)
    }

    /// The first `name` on PATH (then /usr/bin, /usr/local/bin) that resolves to an ELF binary.
    static func realExecutable(named name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        let directories = path.split(separator: ":").map(String.init) + ["/usr/local/bin", "/usr/bin", "/bin"]
        for directory in directories where !directory.isEmpty {
            let candidate = directory + "/" + name
            guard FileManager.default.isExecutableFile(atPath: candidate) else { continue }
            let real = (candidate as NSString).resolvingSymlinksInPath
            if isELF(real) { return real }
        }
        return nil
    }

    private static func isELF(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let magic = (try? handle.read(upToCount: 4)) ?? Data()
        return magic == Data([0x7F, 0x45, 0x4C, 0x46])
    }

    /// The first line the tool prints for its version flag ("Python 3.11.2", "v20.20.2").
    private static func version(of path: String, language: Language) -> String {
        HostCommand.firstLine(path, language == .java ? ["-version"] : ["--version"], mergeErrors: true)
            ?? "unknown version"
    }
}
