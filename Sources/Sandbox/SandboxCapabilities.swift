import Execution

/// What the machine provides, as probed once by `Sandbox.init`; `specgrade doctor` prints it.
public struct SandboxCapabilities: Sendable, Hashable {
    /// One layer: in force for every run, or unavailable and why.
    public struct LayerStatus: Sendable, Hashable {
        public var layer: IsolationLayer
        public var available: Bool
        /// How it is provided ("cgroup v1: memory, pids, cpuacct") or why not.
        public var detail: String
    }

    public var layers: [LayerStatus]
    public var cgroupVersion: CgroupVersion
    public var runningAsRoot: Bool
    public var mode: SandboxMode = .namespaces

    /// True when the PID and mount namespaces work: namespace mode can confine runs here.
    public var namespacesWork: Bool {
        [IsolationLayer.pidNamespace, .mountNamespace].allSatisfy { status(of: $0)?.available == true }
    }

    /// The isolation every run gets here: layers in force and the missing ones with reasons.
    public var isolation: Isolation {
        Isolation(
            layers: Set(layers.filter(\.available).map(\.layer)),
            missing: Dictionary(
                uniqueKeysWithValues: layers.filter { !$0.available }.map { ($0.layer.rawValue, $0.detail) }),
            notes: (mode == .confined ? [Isolation.confinedModeNote] : [])
                + (cgroupVersion == .none ? [] : ["cgroup \(cgroupVersion.rawValue)"]))
    }

    public func status(of layer: IsolationLayer) -> LayerStatus? {
        layers.first { $0.layer == layer }
    }
}
