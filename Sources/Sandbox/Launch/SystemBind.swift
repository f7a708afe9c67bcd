import Foundation

/// A host path shown read-only in every sandbox view at the same path, or a symbolic link
/// recreated there (on merged-/usr systems `/bin` is a link to `usr/bin`).
struct SystemBind: Sendable, Hashable {
    var source: String
    var target: String
    var link: String?

    init(source: String, target: String, link: String? = nil) {
        self.source = source
        self.target = target
        self.link = link
    }

    /// What toolchains need of the host: `/usr` and the top-level library and binary
    /// directories, and the few files of `/etc` the dynamic loader, timezone and Java read.
    /// Not `/home`, `/root`, `/tmp`, `/work`, `/opt`, `/srv`, `/var` or the rest of `/etc`.
    static func standard() -> [SystemBind] {
        let manager = FileManager.default
        var binds: [SystemBind] = []
        for path in ["/usr", "/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32"] {
            if let destination = try? manager.destinationOfSymbolicLink(atPath: path) {
                binds.append(SystemBind(source: path, target: path, link: destination))
            } else if manager.fileExists(atPath: path) {
                binds.append(SystemBind(source: path, target: path))
            }
        }
        let etc = (try? manager.contentsOfDirectory(atPath: "/etc")) ?? []
        let wanted: Set<String> = ["ld.so.cache", "ld.so.conf", "ld.so.conf.d", "alternatives", "localtime"]
        for name in etc.sorted() where wanted.contains(name) || name.hasPrefix("java-") {
            binds.append(SystemBind(source: "/etc/" + name, target: "/etc/" + name))
        }
        return binds
    }
}
