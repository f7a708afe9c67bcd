import Foundation
import Glibc

/// The curated copy of `/etc` every namespace view shows as `/etc`: the entries toolchains
/// read (`SystemBind.etcEntries`: the dynamic loader's cache and configuration, the
/// alternatives links, the time zone, Java's configuration), links kept as links; one mount
/// per run instead of one per entry, and nothing else of the host's `/etc` (no passwd, no
/// shadow) in view.
///
/// Made once per machine and user, not per invocation: its name carries a fingerprint of
/// what it copies (each entry's path, and each directory's and file's type, size, times and
/// inode), so a change to those entries makes a new one, and an unchanged `/etc` costs a
/// walk of its directories. It is built under a temporary name and renamed into place, so a concurrent
/// SpecGrade sees it whole or not at all. Nothing is synced to disk: the copy lives in
/// `/dev/shm` (or `$TMPDIR`) and is made again if it is ever gone. Snapshots of an `/etc`
/// that has since changed are removed once a day old.
enum EtcSnapshot {
    /// The snapshot's path under `base`, made now if no current one exists.
    static func prepare(in base: String) throws -> String {
        let entries = SystemBind.etcEntries()
        let path = "\(base)/specgrade-etc-\(geteuid())-\(fingerprint(of: entries))"
        if PrivatePath.isDirectory(path) { return path }
        sweepStale(in: base, keeping: path)
        let building = "\(path).\(getpid()).\(UInt32.random(in: 0...UInt32.max))"
        guard mkdir(building, 0o755) == 0 else { throw posixError("mkdir \(building)") }
        do {
            for name in entries { try copyTree(from: "/etc/" + name, to: building + "/" + name) }
            _ = chmod(building, 0o755)
            if rename(building, path) != 0 {
                // Another SpecGrade made it meanwhile: use theirs.
                try? FileManager.default.removeItem(atPath: building)
                guard PrivatePath.isDirectory(path) else { throw posixError("rename to \(path)") }
            }
        } catch {
            try? FileManager.default.removeItem(atPath: building)
            throw error
        }
        return path
    }

    /// Removes this user's snapshots of an `/etc` that has since changed, once a day old: a
    /// SpecGrade that started before the change may still be showing one to its runs.
    private static func sweepStale(in base: String, keeping current: String) {
        let prefix = "specgrade-etc-\(geteuid())-"
        let dayAgo = time(nil) - 86_400
        for name in (try? FileManager.default.contentsOfDirectory(atPath: base)) ?? [] where name.hasPrefix(prefix) {
            let path = base + "/" + name
            var info = stat()
            guard path != current, !name.contains("."), PrivatePath.isDirectory(path), lstat(path, &info) == 0,
                info.st_mtim.tv_sec < dayAgo
            else { continue }
            try? FileManager.default.removeItem(atPath: path)
        }
    }

    /// A `Fingerprint` of the `lstat` of every copied directory and regular file, walked in name
    /// order. Links are named, not `lstat`ed (hundreds under `alternatives`): a link is never
    /// changed in place, only replaced, which changes its directory's times.
    private static func fingerprint(of entries: [String]) -> String {
        var fingerprint = Fingerprint()
        func walk(_ path: String, isLink: Bool) {
            fingerprint.add(path.utf8)
            var info = stat()
            guard !isLink, lstat(path, &info) == 0 else { return }
            for value in [
                UInt64(info.st_mode), UInt64(info.st_ino), UInt64(bitPattern: Int64(info.st_size)),
                UInt64(bitPattern: Int64(info.st_mtim.tv_sec)), UInt64(bitPattern: Int64(info.st_mtim.tv_nsec)),
                UInt64(bitPattern: Int64(info.st_ctim.tv_sec)), UInt64(bitPattern: Int64(info.st_ctim.tv_nsec)),
            ] {
                fingerprint.add(value)
            }
            guard info.st_mode & S_IFMT == S_IFDIR, let directory = opendir(path) else { return }
            var children: [(name: String, isLink: Bool)] = []
            while let entry = readdir(directory) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) {
                    String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self)
                }
                if name != "." && name != ".." { children.append((name, entry.pointee.d_type == UInt8(DT_LNK))) }
            }
            closedir(directory)
            for child in children.sorted(by: { $0.name < $1.name }) {
                walk(path + "/" + child.name, isLink: child.isLink)
            }
        }
        for name in entries { walk("/etc/" + name, isLink: false) }
        return fingerprint.hex
    }

    /// Copies files, directories and links (as links), readable by all; unreadable entries
    /// are left out. FileManager's copy would try to keep owners, which only root may, and
    /// its atomic writes sync every file.
    private static func copyTree(from source: String, to destination: String) throws {
        var info = stat()
        guard lstat(source, &info) == 0 else { return }
        switch info.st_mode & S_IFMT {
        case S_IFLNK:
            var target = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let length = readlink(source, &target, target.count - 1)
            guard length >= 0 else { return }
            let linked = String(decoding: target.prefix(length).map { UInt8(bitPattern: $0) }, as: UTF8.self)
            guard symlink(linked, destination) == 0 else { throw posixError("symlink \(destination)") }
        case S_IFDIR:
            guard mkdir(destination, 0o755) == 0 else { throw posixError("mkdir \(destination)") }
            _ = chmod(destination, 0o755)
            for name in (try? FileManager.default.contentsOfDirectory(atPath: source)) ?? [] {
                try copyTree(from: source + "/" + name, to: destination + "/" + name)
            }
        case S_IFREG:
            guard let data = FileManager.default.contents(atPath: source) else { return }
            let descriptor = open(destination, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o644)
            guard descriptor >= 0 else { throw posixError("create \(destination)") }
            defer { close(descriptor) }
            _ = fchmod(descriptor, 0o644)
            let written = data.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            guard written == data.count else { throw posixError("write \(destination)") }
        default:
            return
        }
    }

    private static func posixError(_ what: String) -> SandboxError {
        SandboxError.runtimeDirectory("\(what): \(String(cString: strerror(errno)))")
    }
}
