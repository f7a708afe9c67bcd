import Foundation
import Glibc

/// Toolchain versions remembered between invocations: asking a tool costs a process (a JVM's
/// `-version` about 100 ms, Python's 10 ms), and `specgrade run` would pay it every time.
///
/// An entry is keyed by the version command and, for the tool it runs, the real path, size,
/// modification time and inode: an upgrade replaces the file and so asks again. Entries live
/// in `$XDG_CACHE_HOME/specgrade/tool-versions` (else `~/.cache/...`), one per line, written
/// whole under a temporary name and renamed; a missing or unreadable cache only means asking.
struct ToolVersionCache: Sendable {
    let file: String?

    /// The cache of this user's environment, or one that remembers nothing without a home.
    static func standard() -> ToolVersionCache {
        let environment = ProcessInfo.processInfo.environment
        let base =
            environment["XDG_CACHE_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil }
            ?? environment["HOME"].flatMap { $0.hasPrefix("/") ? $0 + "/.cache" : nil }
        return ToolVersionCache(file: base.map { $0 + "/specgrade/tool-versions" })
    }

    /// The version `ask` finds for `command` (whose first element is the tool's real path),
    /// from the cache when the tool is unchanged.
    func version(of command: [String], ask: () -> String?) -> String? {
        guard let key = key(for: command) else { return ask() }
        var entries = load()
        if let known = entries[key] { return known }
        guard let answer = ask() else { return nil }
        entries[key] = answer
        store(entries)
        return answer
    }

    private func key(for command: [String]) -> String? {
        guard let tool = command.first, file != nil else { return nil }
        var info = stat()
        guard stat(tool, &info) == 0 else { return nil }
        let identity = "\(info.st_size) \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec) \(info.st_ino)"
        return (command + [identity]).joined(separator: "\u{1F}")
    }

    private func load() -> [String: String] {
        guard let file, let text = try? String(contentsOfFile: file, encoding: .utf8) else { return [:] }
        var entries: [String: String] = [:]
        for line in text.split(separator: "\n") {
            let fields = line.split(separator: "\t", maxSplits: 1, omittingEmptySubsequences: false)
            if fields.count == 2 { entries[String(fields[0])] = String(fields[1]) }
        }
        return entries
    }

    private func store(_ entries: [String: String]) {
        guard let file else { return }
        let folder = (file as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let text =
            entries.filter { !$0.key.contains("\t") && !$0.key.contains("\n") && !$0.value.contains("\n") }
            .map { "\($0.key)\t\($0.value)" }.sorted().joined(separator: "\n") + "\n"
        let temporary = "\(file).\(getpid())"
        guard FileManager.default.createFile(atPath: temporary, contents: Data(text.utf8)) else { return }
        if rename(temporary, file) != 0 { unlink(temporary) }
    }
}
