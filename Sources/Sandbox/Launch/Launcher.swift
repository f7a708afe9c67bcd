import CLauncher
import Execution
import Foundation

/// Turns a request into the C launcher's configuration and runs it off the cooperative pool
/// (`sg_run` blocks for the whole run; the cooperative pool must not).
struct Launcher: Sendable {
    let runtime: SandboxRuntime
    var layers: Set<IsolationLayer>
    let systemBinds: [SystemBind]
    /// Inits prepared ahead for runs with exactly `layers` (nil: each run clones its own).
    var pool: InitPool? = nil
    /// Confined mode's per-run parts (nil: namespaces confine the runs).
    var confinement: Confinement? = nil
    /// Where runs block: a concurrent queue's threads serve run after run, and the queue adds
    /// one whenever all are busy (a thread started per run cost about 0.1 ms and two context
    /// switches more).
    private let blocking = DispatchQueue(label: "specgrade.sandbox.launch", attributes: .concurrent)

    /// One launch: `workSource` replaces the fresh `/work` with a host directory (compiles).
    struct Launch: Sendable {
        var request: RunRequest
        var workSource: String?
        var extraBinds: [SystemBind] = []
        /// The init this launch's program shares with its other runs, when it has one.
        var session: SandboxSession?
    }

    func run(_ launch: Launch) async -> RunFacts {
        await withCheckedContinuation { continuation in
            blocking.async { continuation.resume(returning: self.runBlocking(launch)) }
        }
    }

    /// Probes: sets up exactly `layers` and exits where the program would be executed.
    func probe() -> RunFacts {
        runBlocking(Launch(request: RunRequest(command: [], limits: ResourceLimits(wallMs: 5_000))))
    }

    static let baseEnvironment: [String: String] = [
        "PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": RunRequest.workDirectory, "TMPDIR": "/tmp",
        "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8",
    ]

    private func runBlocking(_ launch: Launch) -> RunFacts {
        var confined: Confinement.Run?
        if let confinement {
            switch confinement.begin(workSource: launch.workSource) {
            case let .success(run): confined = run
            case let .failure(failure): return RunFacts(outcome: .setupFailed(failure.message))
            }
        }
        defer { confined?.release() }
        let arena = CStringArena()
        var config = configuration(for: launch, arena: arena, confined: confined)
        config.pool = pool?.raw
        config.session = launch.session?.raw
        var result = sg_run_result()
        let status = withCLauncherPointers(of: runtime, cgroup: layers.contains(.cgroup), config: &config) { config in
            sg_run(config, &result)
        }
        defer { sg_run_result_free(&result) }
        return RunFacts(status: status, result: result)
    }

    /// The C configuration of `launch`, its strings in `arena`; the cgroup root and network
    /// namespace are set by `withCLauncherPointers`.
    func configuration(for launch: Launch, arena: CStringArena, confined: Confinement.Run? = nil) -> sg_run_config {
        let request = launch.request
        var binds = (confinement?.systemBinds ?? systemBinds) + launch.extraBinds
        if let program = request.programDirectory {
            binds.append(SystemBind(source: program, target: RunRequest.programMount))
        }
        // Confined: no view; the allowlist names host paths, and so must the command.
        var paths: ConfinedPaths?
        if let confined {
            if let work = launch.workSource { binds.append(SystemBind(source: work, target: work, writable: true)) }
            var mapping = [
                RunRequest.workDirectory: launch.workSource ?? confined.directory + "/work",
                "/tmp": confined.directory + "/tmp",
            ]
            if let program = request.programDirectory { mapping[RunRequest.programMount] = program }
            paths = ConfinedPaths(mapping)
        }
        let cBinds = arena.array(of: sg_bind.self, count: binds.count)
        for (index, bind) in binds.enumerated() {
            cBinds[index] = sg_bind(
                source: bind.link == nil ? arena.string(bind.source) : nil, target: arena.string(bind.target),
                writable: bind.writable ? 1 : 0, link: bind.link.map { arena.string($0) })
        }
        let files = request.files.sorted { $0.key < $1.key }
        let cFiles = arena.array(of: sg_file.self, count: files.count)
        for (index, file) in files.enumerated() {
            cFiles[index] = sg_file(name: arena.string(file.key), data: arena.bytes(file.value), size: file.value.count)
        }
        let environment = Launcher.baseEnvironment.merging(request.environment) { $1 }
            .map { "\($0.key)=\(paths?.translate($0.value) ?? $0.value)" }.sorted()
        let limits = request.limits
        let inputSize = request.files.values.reduce(0) { $0 + $1.count }
        var config = sg_run_config()
        let command = paths.map { paths in request.command.map(paths.translate) } ?? request.command
        config.argv = command.isEmpty ? nil : arena.stringArray(command)
        config.envp = arena.stringArray(environment)
        config.binds = UnsafePointer(cBinds)
        config.bind_count = Int32(binds.count)
        config.system_bind_count = Int32(systemBinds.count)
        config.work_source = launch.workSource.map { arena.string($0) }
        config.files = UnsafePointer(cFiles)
        config.file_count = Int32(files.count)
        config.stdin_data = arena.bytes(request.stdin)
        config.stdin_size = request.stdin.count
        config.limits = sg_limits(
            cpu_ms: Int64(limits.cpuMs), wall_ms: Int64(limits.wallMs), memory_bytes: Int64(limits.memoryBytes),
            output_bytes: Int64(limits.outputBytes), processes: Int64(limits.processes),
            file_size_bytes: Int64(limits.fileSizeBytes), open_files: Int64(limits.openFiles),
            stack_bytes: Int64(limits.stackBytes),
            // /work and /tmp, each a tmpfs: the inputs, plus room for files the size limit allows.
            workspace_bytes: Int64(inputSize + 2 * limits.fileSizeBytes + (1 << 20)))
        config.mount_point = arena.string(runtime.mountPoint)
        config.layers = Launcher.mask(of: layers)
        config.sandbox_uid = confined?.lease.map { Int32(bitPattern: $0.uid) } ?? runtime.sandboxUID
        config.sandbox_gid = confined?.lease.map { Int32(bitPattern: $0.uid) } ?? runtime.sandboxGID
        config.run_directory = confined.map { arena.string($0.directory) }
        return config
    }

    /// The C launcher's bit for each layer.
    static func mask(of layers: Set<IsolationLayer>) -> UInt32 {
        let bits: [IsolationLayer: Int] = [
            .userNamespace: SG_LAYER_USER_NS, .pidNamespace: SG_LAYER_PID_NS, .networkNamespace: SG_LAYER_NET_NS,
            .mountNamespace: SG_LAYER_MOUNT_NS, .ipcNamespace: SG_LAYER_IPC_NS, .utsNamespace: SG_LAYER_UTS_NS,
            .unprivilegedUser: SG_LAYER_UNPRIVILEGED, .noNewPrivileges: SG_LAYER_NO_NEW_PRIVS,
            .seccomp: SG_LAYER_SECCOMP, .rlimits: SG_LAYER_RLIMITS, .cgroup: SG_LAYER_CGROUP,
            .landlock: SG_LAYER_LANDLOCK, .separateUser: SG_LAYER_SEPARATE_USER,
        ]
        return layers.reduce(0) { $0 | UInt32(bits[$1] ?? 0) }
    }
}

extension RunFacts {
    init(status: Int32, result: sg_run_result) {
        var copy = result
        let error = withUnsafeBytes(of: &copy.error) { raw in
            String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
        }
        guard status == 0 else {
            self.init(outcome: .setupFailed(error))
            return
        }
        switch result.outcome {
        case 1: self.init(outcome: .setupFailed(error))
        case 2: self.init(outcome: .execFailed(error))
        default: self.init(outcome: .ran)
        }
        exitCode = result.exited != 0 ? result.exit_code : nil
        signal = result.term_signal > 0 ? result.term_signal : nil
        wallExceeded = result.wall_exceeded != 0
        cpuExceeded = result.cpu_exceeded != 0
        outputExceeded = result.output_exceeded == 1 ? "stdout" : result.output_exceeded == 2 ? "stderr" : nil
        oomKills = Int(result.oom_kills)
        cpuMicroseconds = Int(result.cpu_us)
        wallMicroseconds = Int(result.wall_us)
        peakMemoryBytes = Int(result.peak_memory_bytes)
        memoryFromCgroup = result.memory_from_cgroup != 0
        stdout = result.out.map { Array(UnsafeBufferPointer(start: $0, count: result.out_len)) } ?? []
        stderr = result.err.map { Array(UnsafeBufferPointer(start: $0, count: result.err_len)) } ?? []
        stdoutTruncated = result.out_truncated != 0
        stderrTruncated = result.err_truncated != 0
        leftoverProcesses = Int(result.leftover_processes)
        let blocked = withUnsafeBytes(of: &copy.blocked_call) { raw in
            String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
        }
        blockedCall = blocked.isEmpty ? nil : blocked
    }
}
