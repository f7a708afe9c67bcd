import CLauncher
import Foundation
import Glibc
import Synchronization

/// Confined mode's uids when SpecGrade runs as root: one per concurrent run, so that a run's
/// processes can be told from every other's and all killed by uid when it ends.
///
/// A uid is held through a lock file (`flock`) for as long as its run lasts, so SpecGrade
/// processes grading side by side on one machine never share one; uids named in the passwd
/// database are skipped. Each uid is swept (its processes killed) before it is handed out.
final class RunUsers: Sendable {
    /// The range handed out: above ordinary accounts and Debian's reserved ranges' users.
    static let first: uid_t = 62_000
    static let count: uid_t = 1_024
    let lockDirectory: String
    private let cursor = Mutex(0)

    /// One uid, held until `release`.
    struct Lease: Sendable {
        let uid: uid_t
        fileprivate let lockDescriptor: Int32

        func release() { close(lockDescriptor) }
    }

    init(lockDirectory: String) throws(SandboxError) {
        self.lockDirectory = lockDirectory
        if mkdir(lockDirectory, 0o700) != 0 && errno != EEXIST {
            throw SandboxError.runtimeDirectory("mkdir \(lockDirectory): \(String(cString: strerror(errno)))")
        }
        guard PrivatePath.isDirectory(lockDirectory) else {
            throw SandboxError.runtimeDirectory(
                "\(lockDirectory) must be a directory owned by uid \(geteuid()) and writable by no one else")
        }
    }

    /// The lock files' directory: `/run/specgrade-run-users` where `/run` is writable, else
    /// under `/tmp`.
    static func defaultLockDirectory() -> String {
        access("/run", W_OK) == 0 ? "/run/specgrade-run-users" : "/tmp/specgrade-run-users-\(geteuid())"
    }

    /// A free uid, or nil when all are in use.
    func acquire() -> Lease? {
        let start = cursor.withLock { value -> Int in
            defer { value = (value + 1) % Int(RunUsers.count) }
            return value
        }
        for offset in 0..<Int(RunUsers.count) {
            let uid = RunUsers.first + uid_t((start + offset) % Int(RunUsers.count))
            guard getpwuid(uid) == nil else { continue }
            let descriptor = open("\(lockDirectory)/\(uid)", O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o600)
            guard descriptor >= 0 else { continue }
            guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
                close(descriptor)
                continue
            }
            sg_kill_uid(Int32(bitPattern: uid))
            return Lease(uid: uid, lockDescriptor: descriptor)
        }
        return nil
    }
}
