import CLauncher

/// One sandbox init kept between the runs of one prepared program (`session.c`): a
/// submission's tests after the first skip namespace creation, the view's mounts and the
/// cgroup's creation. Each still starts from nothing of the test before: fresh processes,
/// empty `/work` and `/tmp`, a fresh IPC namespace, and accounting of its own. A run that
/// ends abnormally (a limit, a setup failure) ends the init; the next run starts a new one.
///
/// ```swift
/// // Sandbox.prepare attaches one to each PreparedProgram; its runs use it in turn.
/// ```
final class SandboxSession: @unchecked Sendable {
    /// Thread-safe on the C side: a run that finds the session busy takes an init of its own.
    let raw: OpaquePointer
    /// Where the session's init is ended, off the caller's path, when the session goes.
    private let pool: InitPool?

    init?(pool: InitPool?) {
        guard let raw = sg_session_open() else { return nil }
        self.raw = raw
        self.pool = pool
    }

    deinit {
        sg_session_close(raw, pool?.raw)
    }
}
