import Foundation

/// What a hostile run may have left on the host, looked up by the token in its command line.
enum HostTraces {
    /// Processes whose command line contains `token`.
    static func processes(marked token: String) -> [String] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.filter { Int($0) != nil }.compactMap { pid in
            guard let data = FileManager.default.contents(atPath: "/proc/\(pid)/cmdline") else { return nil }
            let command = String(decoding: data.map { $0 == 0 ? UInt8(ascii: " ") : $0 }, as: UTF8.self)
            return command.contains(token) ? "\(pid): \(command)" : nil
        }
    }

    /// Files named `token` in the places a program might have escaped to.
    static func files(named token: String, besides extra: [String]) -> [String] {
        let places = ["/", "/etc", "/usr", "/usr/lib", "/bin", "/tmp", "/root", "/home", "/var/tmp"] + extra
        return places.map { $0 + "/" + token }.filter { FileManager.default.fileExists(atPath: $0) }
    }
}
