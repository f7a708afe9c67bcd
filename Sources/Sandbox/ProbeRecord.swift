import Execution
import Foundation
import Glibc

/// That namespace mode's every layer worked on this machine since it booted, for this user:
/// a file in the runtime directories' base named by the boot's id, so that `specgrade run`
/// pays for its layer probe (a whole sandbox set up and torn down) once per boot, not per
/// invocation. Only a probe where every layer worked is recorded; anything missing is probed
/// again each time, so its reason is current. Nothing here relaxes a run: every run still
/// sets up every layer it asks for, or fails before the program starts.
struct ProbeRecord {
    let path: String?

    init(base: String, cgroupVersion: CgroupVersion) {
        let bootID = (try? String(contentsOfFile: "/proc/sys/kernel/random/boot_id", encoding: .utf8))?
            .trimmingCharacters(in: .whitespacesAndNewlines)
        path = bootID.map { "\(base)/specgrade-probed-\(geteuid())-\($0)-cgroup-\(cgroupVersion.rawValue)" }
    }

    /// True when a probe this boot found every layer working.
    var allLayersWorked: Bool {
        guard let path else { return false }
        var info = stat()
        return lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFREG && info.st_uid == geteuid()
    }

    func recordAllLayersWorked() {
        guard let path else { return }
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o644)
        if descriptor >= 0 { close(descriptor) }
    }
}
