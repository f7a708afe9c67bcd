import CLauncher
import Foundation

/// What a `Sandbox` owns on the host for as long as any copy of it lives: a private runtime
/// directory (the empty mount point every run's new root is mounted on, and build
/// directories) and this process's parent cgroup.
final class SandboxRuntime: Sendable {
    let directory: String
    let mountPoint: String
    let buildRoot: String
    let cgroupRoot: CgroupRoot?
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

    init(cgroupRoot: CgroupRoot?) throws(SandboxError) {
        isRoot = geteuid() == 0
        let base = ProcessInfo.processInfo.environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        var template = Array("\(base)/specgrade-sandbox-XXXXXX".utf8CString)
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
        self.cgroupRoot = cgroupRoot
        for path in [mountPoint, buildRoot] where mkdir(path, 0o700) != 0 {
            throw SandboxError.runtimeDirectory("mkdir \(path): \(String(cString: strerror(errno)))")
        }
    }

    deinit {
        if var root = cgroupRoot?.raw { sg_cgroup_close(&root) }
        try? FileManager.default.removeItem(atPath: directory)
    }
}
