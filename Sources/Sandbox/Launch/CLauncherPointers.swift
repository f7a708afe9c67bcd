import CLauncher

/// Calls `body` with `config` completed by pointers to `runtime`'s cgroup root (when `cgroup`
/// and the runtime has one) and shared network namespace, valid only during the call.
///
/// ```swift
/// let status = withCLauncherPointers(of: runtime, cgroup: true, config: &config) { sg_run($0, &result) }
/// ```
func withCLauncherPointers<Result>(
    of runtime: SandboxRuntime, cgroup: Bool, config: inout sg_run_config,
    _ body: (UnsafePointer<sg_run_config>) -> Result
) -> Result {
    var root = runtime.cgroupRoot?.raw ?? sg_cgroup_root()
    var namespace = runtime.sharedNetworkNamespace ?? -1
    return withUnsafePointer(to: &root) { rootPointer in
        withUnsafePointer(to: &namespace) { namespacePointer in
            config.cgroup_root = cgroup && runtime.cgroupRoot != nil ? rootPointer : nil
            config.shared_netns = runtime.sharedNetworkNamespace != nil ? namespacePointer : nil
            return withUnsafePointer(to: &config) { body($0) }
        }
    }
}
