import Foundation
import Glibc

/// What confined mode (no namespaces) adds to a launch: a uid of the run's own when
/// SpecGrade is root, a fresh directory of the run's own on the host, the Landlock
/// allowlist, and the view's paths rewritten to the host's (docs/sandbox.md, "Confined mode").
struct Confinement: Sendable {
    /// The uids runs take, when SpecGrade is root (nil: programs run as SpecGrade's own user).
    let runUsers: RunUsers?
    /// Where each run's directory is made (traversable, not listable, by the runs' uids).
    let runsRoot: String
    /// The host paths every run may read (`SystemBind.confined`).
    let systemBinds: [SystemBind]

    /// One run's share: its uid (held until `release`) and its directory (removed then).
    struct Run: Sendable {
        let lease: RunUsers.Lease?
        let directory: String
        /// Where the compile's host directory was handed to the run's uid (given back after).
        let compileDirectory: String?

        func release() {
            try? FileManager.default.removeItem(atPath: directory)
            if let compileDirectory, lease != nil { Confinement.changeOwner(of: compileDirectory, to: 0, 0) }
            lease?.release()
        }
    }

    init(runUsers: RunUsers?, runsRoot: String) {
        self.runUsers = runUsers
        self.runsRoot = runsRoot
        systemBinds = SystemBind.confined()
    }

    /// Starts a run: takes a uid and names its directory; a compile's directory becomes the
    /// uid's for the compile. Nil with a reason when no uid is free.
    func begin(workSource: String?) -> Result<Run, ConfinementFailure> {
        var lease: RunUsers.Lease?
        if let runUsers {
            guard let taken = runUsers.acquire() else { return .failure(.noFreeUser(runUsers.lockDirectory)) }
            lease = taken
        }
        if let workSource, let lease { Confinement.changeOwner(of: workSource, to: lease.uid, gid_t(lease.uid)) }
        return .success(Run(lease: lease, directory: runsRoot + "/" + UUID().uuidString, compileDirectory: workSource))
    }

    /// Why a confined run could not start.
    enum ConfinementFailure: Error {
        case noFreeUser(String)

        var message: String {
            switch self {
            case let .noFreeUser(directory):
                return
                    "no free uid for a confined run among \(RunUsers.first)-\(RunUsers.first + RunUsers.count - 1) (locks in \(directory))"
            }
        }
    }

    /// Every entry under `path` (links themselves, never followed) and `path` itself.
    static func changeOwner(of path: String, to uid: uid_t, _ gid: gid_t) {
        _ = lchown(path, uid, gid)
        guard let entries = FileManager.default.enumerator(atPath: path) else { return }
        while let relative = entries.nextObject() as? String {
            _ = lchown(path + "/" + relative, uid, gid)
        }
    }
}
