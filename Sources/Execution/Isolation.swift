/// One layer of confinement a run may be under.
public enum IsolationLayer: String, Codable, Sendable, CaseIterable, Hashable, Comparable {
    case userNamespace = "user_namespace"
    case pidNamespace = "pid_namespace"
    case networkNamespace = "network_namespace"
    case mountNamespace = "mount_namespace"
    case ipcNamespace = "ipc_namespace"
    case utsNamespace = "uts_namespace"
    /// The program runs as an unprivileged uid/gid, not as (namespaced) root.
    case unprivilegedUser = "unprivileged_user"
    case noNewPrivileges = "no_new_privs"
    case seccomp
    case rlimits
    case cgroup
    /// Not a process at all: the Analytical Engine runs decks inside SpecGrade, bounded by
    /// its own limits on cards executed and output.
    case inProcess = "in_process"

    public static func < (lhs: IsolationLayer, rhs: IsolationLayer) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}

/// The isolation actually in force for a run, as recorded in every result.
public struct Isolation: Codable, Sendable, Hashable {
    /// Layers that were in force.
    public var layers: Set<IsolationLayer>
    /// Layers that were asked for but could not be set up, each with the reason.
    public var missing: [String: String]
    /// A short description such as "cgroup v1" or "cgroup v2" or "engine".
    public var notes: [String]

    public init(layers: Set<IsolationLayer> = [], missing: [String: String] = [:], notes: [String] = []) {
        self.layers = layers
        self.missing = missing
        self.notes = notes
    }

    /// The layers every sandboxed run needs; a run without all of them is not fully confined.
    public static let required: Set<IsolationLayer> = [
        .userNamespace, .pidNamespace, .networkNamespace, .mountNamespace,
        .noNewPrivileges, .seccomp, .rlimits,
    ]

    /// Layers nothing may waive: without them there is no sandbox at all (the program would
    /// see the instructor's files, outlive its run, or run as root).
    public static let unwaivable: Set<IsolationLayer> = [
        .pidNamespace, .mountNamespace, .unprivilegedUser, .noNewPrivileges, .rlimits,
    ]

    /// True when every required layer is in force, or the run never left the process.
    public var isFullyConfined: Bool {
        layers.contains(.inProcess) || Isolation.required.isSubset(of: layers)
    }

    /// The isolation of a deck run inside the Engine.
    public static let inProcess = Isolation(layers: [.inProcess], notes: ["engine"])
}
