import Foundation
import Glibc

/// A host path shown read-only in every sandbox view at the same path, or a symbolic link
/// recreated there (on merged-/usr systems `/bin` is a link to `usr/bin`).
struct SystemBind: Sendable, Hashable {
    var source: String
    var target: String
    var link: String?
    /// Writable by the program (confined mode's /dev/null, a compile's directory).
    var writable = false

    init(source: String, target: String, link: String? = nil, writable: Bool = false) {
        self.source = source
        self.target = target
        self.link = link
        self.writable = writable
    }

    /// The directories of `standard` without `/etc` (shared by both modes).
    private static func systemDirectories() -> [SystemBind] {
        let manager = FileManager.default
        var binds: [SystemBind] = []
        for path in ["/usr", "/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32"] {
            if let destination = try? manager.destinationOfSymbolicLink(atPath: path) {
                binds.append(SystemBind(source: path, target: path, link: destination))
            } else if manager.fileExists(atPath: path) {
                binds.append(SystemBind(source: path, target: path))
            }
        }
        return binds
    }

    /// The entries of `/etc` toolchains read: the dynamic loader's cache and configuration,
    /// the alternatives links, the time zone, Java's configuration.
    static func etcEntries() -> [String] {
        let wanted: Set<String> = ["ld.so.cache", "ld.so.conf", "ld.so.conf.d", "alternatives", "localtime"]
        let names = (try? FileManager.default.contentsOfDirectory(atPath: "/etc")) ?? []
        return names.filter { wanted.contains($0) || $0.hasPrefix("java-") }.sorted()
    }

    /// Confined mode's allowlist (Landlock; no view is built, so targets are the sources):
    /// the system directories and the same `/etc` entries as `standard`, read-only; the
    /// devices a program uses; of `/proc`, the program's own directory (`/proc/self` as the
    /// program process opens it, before exec: its children see none of theirs) and the
    /// machine-wide files runtimes size themselves by. No other process's directory: their
    /// command lines would show other runs' arguments.
    static func confined() -> [SystemBind] {
        var binds = systemDirectories().filter { $0.link == nil }
        binds += etcEntries().map { SystemBind(source: "/etc/" + $0, target: "/etc/" + $0) }
        // Node reads OpenSSL's configuration at start and stops on EACCES (a missing file,
        // as in the namespace view, it takes).
        if FileManager.default.fileExists(atPath: "/etc/ssl/openssl.cnf") {
            binds.append(SystemBind(source: "/etc/ssl/openssl.cnf", target: "/etc/ssl/openssl.cnf"))
        }
        binds += ["/dev/null", "/dev/zero", "/dev/urandom"].map {
            SystemBind(source: $0, target: $0, writable: $0 == "/dev/null")
        }
        let procFiles = ["self", "cpuinfo", "meminfo", "stat", "filesystems", "version", "loadavg", "uptime", "sys"]
        binds += procFiles.map { SystemBind(source: "/proc/" + $0, target: "/proc/" + $0) }
        return binds
    }

    /// What toolchains need of the host: `/usr` and the top-level library and binary
    /// directories, and `etcSnapshot` as `/etc`. Not `/home`, `/root`, `/tmp`, `/work`, `/opt`,
    /// `/srv`, `/var`, nor the host's `/etc` itself.
    static func standard(etcSnapshot: String) -> [SystemBind] {
        var binds = systemDirectories()
        binds.append(SystemBind(source: etcSnapshot, target: "/etc"))
        return binds
    }
}
