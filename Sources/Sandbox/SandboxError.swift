import Execution

/// Why a `Sandbox` cannot be created here; `description` says what to do about it.
public enum SandboxError: Error, CustomStringConvertible, Sendable, Equatable {
    /// A layer the policy requires is unavailable on this machine.
    case layerUnavailable(IsolationLayer, reason: String)
    /// The policy tries to waive a layer that cannot be waived.
    case unwaivableLayer(IsolationLayer)
    /// The runtime directory (mount point, build directories) cannot be created.
    case runtimeDirectory(String)

    public var description: String {
        switch self {
        case let .layerUnavailable(layer, reason):
            let confined =
                Isolation.namespaces.contains(layer)
                ? " Where namespaces are refused (a container), `--allow-missing namespaces` or the spec's "
                    + "`sandbox: { allow_missing: [namespaces] }` grades in confined mode instead."
                : ""
            return "isolation layer \(layer.rawValue) is unavailable on this machine: \(reason). "
                + "Run `specgrade doctor` for details; enable it (see docs/sandbox.md) or allow it to be "
                + "missing in the spec's isolation policy." + confined
        case let .unwaivableLayer(layer):
            return "isolation layer \(layer.rawValue) cannot be waived: without it a program is not sandboxed"
        case let .runtimeDirectory(message):
            return "cannot prepare the sandbox's runtime directory: \(message)"
        }
    }
}
