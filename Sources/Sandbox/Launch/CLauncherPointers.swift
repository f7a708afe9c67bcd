import CLauncher

/// Calls `body` with `config` completed by pointers to `runtime`'s cgroup root (when `cgroup`
/// and the runtime has one), valid only during the call.
///
/// ```swift
/// let status = withCLauncherPointers(of: runtime, cgroup: true, config: &config) { sg_run($0, &result) }
/// ```
func withCLauncherPointers<Result>(
    of runtime: SandboxRuntime, cgroup: Bool, config: inout sg_run_config,
    _ body: (UnsafePointer<sg_run_config>) -> Result
) -> Result {
    var root = runtime.cgroupRoot?.raw ?? sg_cgroup_root()
    return withUnsafePointer(to: &root) { rootPointer in
        config.cgroup_root = cgroup && runtime.cgroupRoot != nil ? rootPointer : nil
        return withUnsafePointer(to: &config) { body($0) }
    }
}
