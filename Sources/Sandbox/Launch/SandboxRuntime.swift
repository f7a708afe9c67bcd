import CLauncher
import Foundation

/// What a `Sandbox` owns on the host for as long as any copy of it lives: a private runtime
/// directory (the empty mount point every run's new root is mounted on, and build
/// directories, the /etc snapshot) and this sandbox's parent cgroup.
final class SandboxRuntime: Sendable {
    let directory: String
    let mountPoint: String
    let buildRoot: String
    /// The curated copy of `/etc` every namespace view shows (`EtcSnapshot`), shared by
    /// every SpecGrade process of this user on the machine.
    let etcSnapshot: String
    let cgroupRoot: CgroupRoot?
    let cgroupVersion: CgroupVersion
    /// Why no cgroup can be made, when `cgroupVersion` is `.none`.
    let cgroupUnavailableReason: String
    /// The uid/gid programs run as when SpecGrade runs as root (`nobody`).
    let sandboxUID: Int32 = 65534
    let sandboxGID: Int32 = 65534
    let isRoot: Bool

    /// Who owns build directories: the sandbox uid when running as root, else this user.
    var sandboxOwner: (uid: uid_t, gid: gid_t)? {
        isRoot ? (uid_t(sandboxUID), gid_t(sandboxGID)) : nil
    }

    /// A C `sg_cgroup_root`: plain paths, safe to share once filled.
    struct CgroupRoot: @unchecked Sendable {
        var raw: sg_cgroup_root
    }

    /// Where runtime directories, the /etc snapshot and probe records go (`base()`).
    let base: String

    init() throws(SandboxError) {
        isRoot = geteuid() == 0
        let base = SandboxRuntime.base()
        self.base = base
        SandboxRuntime.sweepStale(in: base)
        var template = Array("\(base)/specgrade-sandbox-\(getpid())-XXXXXX".utf8CString)
        let created = template.withUnsafeMutableBufferPointer { buffer -> String? in
            guard let baseAddress = buffer.baseAddress, mkdtemp(baseAddress) != nil else { return nil }
            return String(cString: baseAddress)
        }
        guard let created else {
            throw SandboxError.runtimeDirectory("mkdtemp under \(base): \(String(cString: strerror(errno)))")
        }
        directory = created
        mountPoint = created + "/root"
        buildRoot = created + "/builds"
        do {
            for path in [mountPoint, buildRoot] where mkdir(path, 0o700) != 0 {
                throw SandboxError.runtimeDirectory("mkdir \(path): \(String(cString: strerror(errno)))")
            }
            etcSnapshot = try EtcSnapshot.prepare(in: base)
        } catch {
            try? FileManager.default.removeItem(atPath: created)
            throw SandboxError.runtimeDirectory("preparing \(created): \(error)")
        }
        // This sandbox's own parent group, named after its runtime directory's unique suffix.
        var root = sg_cgroup_root()
        var reason = [CChar](repeating: 0, count: 512)
        let version = sg_cgroup_open(&root, String(created.suffix(6)), &reason, reason.count)
        cgroupVersion = version == SG_CGROUP_V1 ? .v1 : version == SG_CGROUP_V2 ? .v2 : .none
        cgroupRoot = cgroupVersion == .none ? nil : CgroupRoot(raw: root)
        cgroupUnavailableReason = String(
            decoding: reason.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Confined mode's parent of the runs' own directories, made on first use: the runs'
    /// uids may pass through this runtime directory (and reach their program's build
    /// directory) but list nothing in it.
    func confinedRunsRoot() throws(SandboxError) -> String {
        let runs = directory + "/runs"
        for path in [directory, buildRoot] where chmod(path, 0o711) != 0 {
            throw SandboxError.runtimeDirectory("chmod \(path): \(String(cString: strerror(errno)))")
        }
        if mkdir(runs, 0o711) != 0 && errno != EEXIST {
            throw SandboxError.runtimeDirectory("mkdir \(runs): \(String(cString: strerror(errno)))")
        }
        _ = chmod(runs, 0o711)
        return runs
    }

    /// Where runtime directories go: `$TMPDIR` when set; else `/dev/shm` when it is writable
    /// and allows exec (the /etc snapshot's ~400 links cost a tenth there of what ext4 charges,
    /// a quarter second on every `specgrade run`); else `/tmp`.
    private static func base() -> String {
        if let tmpdir = ProcessInfo.processInfo.environment["TMPDIR"], !tmpdir.isEmpty { return tmpdir }
        // ST_NOEXEC from <sys/statvfs.h>, an enum constant Swift does not import.
        let noExec: UInt = 8
        var info = statvfs()
        if statvfs("/dev/shm", &info) == 0, info.f_flag & noExec == 0, access("/dev/shm", W_OK | X_OK) == 0 {
            return "/dev/shm"
        }
        return "/tmp"
    }

    /// Removes runtime directories `specgrade-sandbox-<pid>-*` of processes that no longer
    /// exist (one that exited without releasing its sandbox).
    private static func sweepStale(in base: String) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: base)) ?? []
        for name in names where name.hasPrefix("specgrade-sandbox-") {
            let fields = name.split(separator: "-")
            guard fields.count == 4, let pid = Int32(fields[2]), pid > 0, kill(pid, 0) != 0, errno == ESRCH else {
                continue
            }
            var info = stat()
            guard lstat(base + "/" + name, &info) == 0, info.st_uid == geteuid() else { continue }
            try? FileManager.default.removeItem(atPath: base + "/" + name)
        }
    }

    deinit {
        if var root = cgroupRoot?.raw { sg_cgroup_close(&root) }
        try? FileManager.default.removeItem(atPath: directory)
    }
}
