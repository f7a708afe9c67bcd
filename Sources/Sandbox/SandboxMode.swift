/// How runs are confined on this machine.
public enum SandboxMode: String, Sendable, Hashable {
    /// Namespaces (user, PID, mount, network, IPC, UTS) and a view of the system directories.
    case namespaces
    /// No namespaces (a container that refuses them): Landlock, a uid per run, seccomp,
    /// rlimits and cgroups where writable. Chosen only by a policy that waives the PID and
    /// mount namespaces.
    case confined
}
