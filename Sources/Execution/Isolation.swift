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
    /// Confined mode: a Landlock ruleset instead of a mount namespace's view (read the
    /// toolchains, write only the run's own directory; no TCP; from ABI 6 abstract Unix
    /// sockets and signals scoped to the run).
    case landlock
    /// Confined mode as root: each concurrent run under a uid of its own, every process of
    /// which is killed when the run ends (what a PID namespace does otherwise).
    case separateUser = "separate_user"
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
    /// run as root, gain privileges or be unbounded). Waiving the PID and mount namespaces
    /// chooses confined mode, where `confinedRequired` stand in for them.
    public static let unwaivable: Set<IsolationLayer> = [.unprivilegedUser, .noNewPrivileges, .rlimits]

    /// The namespaces, which `--allow-missing namespaces` waives together: confined mode.
    public static let namespaces: Set<IsolationLayer> = [
        .userNamespace, .pidNamespace, .networkNamespace, .mountNamespace, .ipcNamespace, .utsNamespace,
    ]

    /// The layers a policy name stands for: one layer, or `namespaces` for all six; nil for
    /// an unknown name.
    public static func layers(named name: String) -> Set<IsolationLayer>? {
        if name == "namespaces" { return namespaces }
        guard let layer = IsolationLayer(rawValue: name), layer != .inProcess else { return nil }
        return [layer]
    }

    /// Names a policy may waive: the layers but `unwaivable` ones, and `namespaces`.
    public static var waivableNames: [String] {
        ["namespaces"] + IsolationLayer.allCases.filter { $0 != .inProcess && !unwaivable.contains($0) }.map(\.rawValue)
    }

    /// What confined mode needs unless waived one by one: the Landlock allowlist, the seccomp
    /// filter (no sockets), and as root a uid per run.
    public static let confinedRequired: Set<IsolationLayer> = [
        .unprivilegedUser, .noNewPrivileges, .seccomp, .rlimits, .landlock, .separateUser,
    ]

    /// True when the run was confined without namespaces (the policy chose confined mode).
    public var isConfinedMode: Bool { notes.contains(Isolation.confinedModeNote) }

    /// The note every confined-mode result carries.
    public static let confinedModeNote = "confined mode (no namespaces)"

    /// True when every required layer is in force, or the run never left the process.
    public var isFullyConfined: Bool {
        layers.contains(.inProcess) || Isolation.required.isSubset(of: layers)
    }

    /// The isolation of a deck run inside the Engine.
    public static let inProcess = Isolation(layers: [.inProcess], notes: ["engine"])
}
