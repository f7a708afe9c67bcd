import Glibc

/// Whether a path SpecGrade keeps between invocations (the /etc snapshot, the run uids' lock
/// folder, a probe record) may be trusted: it is no link, it is this user's, and no one else
/// may write it.
enum PrivatePath {
    static func isDirectory(_ path: String) -> Bool { check(path, type: S_IFDIR) }

    static func isFile(_ path: String) -> Bool { check(path, type: S_IFREG) }

    private static func check(_ path: String, type: mode_t) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && info.st_mode & S_IFMT == type && info.st_uid == geteuid()
            && info.st_mode & 0o022 == 0
    }
}
