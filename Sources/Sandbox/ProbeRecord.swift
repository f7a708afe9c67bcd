import Execution
import Foundation
import Glibc

/// That namespace mode's every layer worked on this machine since it booted, for this user
/// in this process's circumstances: a file in the runtime directories' base named by the
/// boot's id and a digest of what decides whether namespaces can be made (this process's
/// user, mount, PID and cgroup namespaces, its seccomp filters, capabilities and
/// no_new_privs), so that `specgrade run` pays for its layer probe (a whole sandbox set up
/// and torn down) once, not per invocation, and a process under a container's filter never
/// trusts a record made outside it. Only a probe where every layer worked is recorded;
/// anything missing is probed again each time, so its reason is current. Nothing here
/// relaxes a run: every run still sets up every layer it asks for, or fails before the
/// program starts.
struct ProbeRecord {
    let path: String?

    init(base: String, cgroupVersion: CgroupVersion) {
        let bootID = (try? String(contentsOfFile: "/proc/sys/kernel/random/boot_id", encoding: .utf8))?
            .trimmingCharacters(in: .whitespacesAndNewlines)
        path = bootID.map {
            "\(base)/specgrade-probed-\(geteuid())-\($0)-\(ProbeRecord.circumstances())-cgroup-\(cgroupVersion.rawValue)"
        }
    }

    /// A digest of this process's namespaces, seccomp state, capabilities and no_new_privs.
    private static func circumstances() -> String {
        var facts: [String] = ["user", "mnt", "pid", "cgroup"].map { name in
            (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/ns/" + name)) ?? name + ":?"
        }
        let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
        for line in status.split(separator: "\n")
        where ["Seccomp:", "Seccomp_filters:", "CapEff:", "NoNewPrivs:"].contains(where: { line.hasPrefix($0) }) {
            facts.append(line.split(whereSeparator: \.isWhitespace).joined(separator: " "))
        }
        var fingerprint = Fingerprint()
        fingerprint.add(facts.joined(separator: "\n").utf8)
        return fingerprint.hex
    }

    /// True when a probe this boot found every layer working.
    var allLayersWorked: Bool {
        path.map(PrivatePath.isFile) ?? false
    }

    func recordAllLayersWorked() {
        guard let path else { return }
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o644)
        if descriptor >= 0 { close(descriptor) }
    }
}
