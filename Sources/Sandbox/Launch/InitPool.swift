import CLauncher

/// A few sandbox inits prepared ahead of their runs, refilled by a C thread (`pool.c`): each
/// in fresh namespaces with its own empty cgroup, the view every run shares already mounted
/// (system directories, devices, /proc), and its program process already waiting in the
/// cgroup. A run hands its configuration to a waiting init instead of paying for namespace
/// creation, the cgroup v1 attach (an RCU grace period, several milliseconds on busy cores)
/// and most mounts on its own path; the init is ended and its cgroup removed on the pool's
/// thread after the result is back. Each init serves one run, or the runs of one
/// `SandboxSession` in turn.
///
/// ```swift
/// let pool = InitPool(launcher: launcher, size: 2)
/// // Launcher(..., pool: pool): its runs take their init from the pool
/// ```
final class InitPool: @unchecked Sendable {
    /// Thread-safe on the C side (a mutex guards the slots).
    let raw: OpaquePointer
    /// Holds the cgroup root and network namespace the pool's inits use until it closes.
    private let runtime: SandboxRuntime

    /// A pool for runs of `launcher` with default limits (others remount their workspace).
    init?(launcher: Launcher, size: Int32) {
        let arena = CStringArena()
        var config = launcher.configuration(
            for: Launcher.Launch(request: RunRequest(command: [])), arena: arena)
        // sg_pool_open copies everything it keeps.
        let pool = withCLauncherPointers(
            of: launcher.runtime, cgroup: launcher.layers.contains(.cgroup), config: &config
        ) { sg_pool_open($0, size) }
        guard let pool else { return nil }
        raw = pool
        runtime = launcher.runtime
    }

    deinit {
        sg_pool_close(raw)
    }
}
