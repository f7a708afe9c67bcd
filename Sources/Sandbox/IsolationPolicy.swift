import Execution

/// Which isolation layers a run may go without when this machine cannot provide them.
///
/// `.strict` (the default) waives nothing: a machine missing any layer fails `Sandbox.init`
/// with a message naming the layer and why. A spec may waive some, for example
/// `IsolationPolicy(allowedMissing: [.cgroup])` on a machine where cgroups are not writable
/// (then memory is bounded per process by RLIMIT_DATA and processes by RLIMIT_NPROC); every
/// result still records what was missing.
public struct IsolationPolicy: Sendable, Hashable, Codable {
    public var allowedMissing: Set<IsolationLayer>

    public init(allowedMissing: Set<IsolationLayer> = []) {
        self.allowedMissing = allowedMissing
    }

    public static let strict = IsolationPolicy()

    /// Layers no policy can waive (`Isolation.unwaivable`).
    public static let unwaivable = Isolation.unwaivable
}
