import Glibc

/// A file of cards the attendant may read: a path inside a confining folder, checked after
/// every symbolic link is resolved, so that a deck reads neither a host file nor what lies
/// beside its folder (a spec's expected outputs).
struct CardFile {
    /// The confining folder and the including deck's folder within it ("" for its top).
    struct Place: Sendable, Hashable {
        var root: String
        var directory: String

        /// The folder of `relative`, a file's path within the same root.
        func folder(of relative: String) -> Place {
            let parts = relative.split(separator: "/")
            return Place(root: root, directory: parts.dropLast().joined(separator: "/"))
        }
    }

    /// Largest file a deck may include.
    static let maximumBytes = 1 << 20

    /// Why a file could not be read.
    enum Refusal: Error {
        case outside
        case missing
        case unreadable(String)
    }

    /// `request` resolved against the place: its path within the root (what messages name).
    static func relativePath(of request: String, in place: Place) throws(Refusal) -> String {
        guard !request.hasPrefix("/") else { throw .outside }
        var parts: [Substring] = place.directory.split(separator: "/")
        for part in request.split(separator: "/") {
            switch part {
            case ".": continue
            case "..":
                guard !parts.isEmpty else { throw .outside }
                parts.removeLast()
            default: parts.append(part)
            }
        }
        guard !parts.isEmpty else { throw .missing }
        return parts.joined(separator: "/")
    }

    /// The bytes of the file at `relative` within `root`, refused when its real path (links
    /// resolved) lies outside the root's real path.
    static func read(_ relative: String, root: String) throws(Refusal) -> [UInt8] {
        guard let realRoot = realPath(root) else { throw .missing }
        guard let real = realPath(root + "/" + relative) else { throw .missing }
        guard real.hasPrefix(realRoot == "/" ? "/" : realRoot + "/") else { throw .outside }
        let descriptor = open(real, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { throw .unreadable("it cannot be opened; check its permissions") }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
            throw .unreadable("it is not a regular file")
        }
        guard Int(info.st_size) <= maximumBytes else { throw .unreadable("it is over the 1 MiB a deck may hold") }
        var bytes = [UInt8](repeating: 0, count: Int(info.st_size))
        var filled = 0
        while filled < bytes.count {
            let count = bytes.withUnsafeMutableBytes { buffer in
                guard let base = buffer.baseAddress else { return 0 }
                return Glibc.read(descriptor, base + filled, buffer.count - filled)
            }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { break }
            filled += count
        }
        return Array(bytes[..<filled])
    }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
