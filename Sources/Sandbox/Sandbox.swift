import CLauncher
import Execution
import Glibc

/// The executor every student process goes through: namespaces, a minimal filesystem view,
/// an unprivileged uid, no_new_privs, seccomp, rlimits and a cgroup per run (docs/sandbox.md).
///
/// ```swift
/// let sandbox = try Sandbox()
/// let result = await sandbox.run(RunRequest(command: ["python3", "-c", "print(6 * 7)"]))
/// // result.verdict == .accepted, result.stdoutText == "42\n"
/// ```
public struct Sandbox: Sendable {
    /// What this machine provides, probed once.
    public let capabilities: SandboxCapabilities
    /// The policy the sandbox was created with.
    public let policy: IsolationPolicy
    let launcher: Launcher

    /// Probes the machine once: which layers work, cgroup v1/v2/none. Throws when a layer the
    /// policy does not waive is unavailable, naming it and why.
    public init(policy: IsolationPolicy = .strict) throws(SandboxError) {
        if let layer = policy.allowedMissing.intersection(IsolationPolicy.unwaivable).min() {
            throw SandboxError.unwaivableLayer(layer)
        }
        self.policy = policy
        let runtime = try SandboxRuntime()
        let cgroupVersion = runtime.cgroupVersion
        let cgroupReason = runtime.cgroupUnavailableReason
        let binds = SystemBind.standard(etcSnapshot: runtime.etcSnapshot)
        let probed = Sandbox.probeLayers(runtime: runtime, binds: binds, cgroupVersion: cgroupVersion,
                                         cgroupReason: cgroupReason)
        capabilities = SandboxCapabilities(layers: probed, cgroupVersion: cgroupVersion, runningAsRoot: runtime.isRoot)
        for status in probed where !status.available && !policy.allowedMissing.contains(status.layer) {
            throw SandboxError.layerUnavailable(status.layer, reason: status.detail)
        }
        let plain = Launcher(runtime: runtime, layers: capabilities.isolation.layers, systemBinds: binds)
        var pooled = plain
        pooled.pool = InitPool(launcher: plain, size: 4)
        launcher = pooled
    }

    /// Runs one command confined. The program's misbehaviour is its verdict, never a throw.
    public func run(_ request: RunRequest) async -> ExecutionResult {
        await run(Launcher.Launch(request: request))
    }

    func run(_ launch: Launcher.Launch) async -> ExecutionResult {
        if launch.request.command.isEmpty {
            return ExecutionResult(verdict: .internalError, detail: "empty command", isolation: capabilities.isolation)
        }
        let facts = await launcher.run(launch)
        return ExecutionResult(facts: facts, limits: launch.request.limits, isolation: capabilities.isolation)
    }

    /// The order layers are added in when the full set fails: each is kept only if a probe
    /// with it and every layer kept before it still works.
    static let probeOrder: [IsolationLayer] = [
        .userNamespace, .pidNamespace, .mountNamespace, .networkNamespace, .ipcNamespace, .utsNamespace,
        .unprivilegedUser, .rlimits, .noNewPrivileges, .seccomp, .cgroup,
    ]

    private static func probeLayers(
        runtime: SandboxRuntime, binds: [SystemBind], cgroupVersion: CgroupVersion, cgroupReason: String
    ) -> [SandboxCapabilities.LayerStatus] {
        var wanted = Set(probeOrder)
        var missing: [IsolationLayer: String] = [:]
        if cgroupVersion == .none {
            wanted.remove(.cgroup)
            missing[.cgroup] = cgroupReason
        }
        func attempt(_ layers: Set<IsolationLayer>) -> String? {
            let facts = Launcher(runtime: runtime, layers: layers, systemBinds: binds).probe()
            switch facts.outcome {
            case let .setupFailed(message), let .execFailed(message): return message
            case .ran: return facts.exitCode == 0 ? nil : "probe ended with \(facts.signal.map { "signal \($0)" } ?? "exit \(facts.exitCode ?? -1)")"
            }
        }
        if attempt(wanted) != nil {
            var kept: Set<IsolationLayer> = []
            for layer in probeOrder where wanted.contains(layer) {
                if let failure = attempt(kept.union([layer])) {
                    missing[layer] = failure
                } else {
                    kept.insert(layer)
                }
            }
        }
        return probeOrder.map { layer in
            if let reason = missing[layer] {
                return SandboxCapabilities.LayerStatus(layer: layer, available: false, detail: reason)
            }
            return SandboxCapabilities.LayerStatus(
                layer: layer, available: true, detail: description(of: layer, runtime: runtime, cgroupVersion: cgroupVersion))
        }
    }

    private static func description(of layer: IsolationLayer, runtime: SandboxRuntime, cgroupVersion: CgroupVersion) -> String {
        switch layer {
        case .userNamespace:
            return runtime.isRoot ? "root maps to itself for setup only; programs run as uid 65534"
                : "maps this user to itself"
        case .pidNamespace: return "the program is PID 2 under its own init; all its processes die with it"
        case .networkNamespace:
            return "a new empty namespace per sandbox init (loopback down); socket() is refused to every program"
        case .mountNamespace: return "pivot_root into a private tmpfs: system dirs read-only, /work and /tmp private"
        case .ipcNamespace: return "private System V IPC and POSIX message queues"
        case .utsNamespace: return "hostname 'sandbox'"
        case .unprivilegedUser:
            return runtime.isRoot ? "programs drop to uid/gid 65534 (nobody), no capabilities"
                : "SpecGrade itself runs unprivileged (uid \(getuid()))"
        case .noNewPrivileges: return "set before exec: setuid binaries gain nothing"
        case .seccomp: return "BPF filter kills on ptrace, mount, bpf, keyctl, perf, namespaces, modules...; socket() fails"
        case .rlimits: return "CPU (hard = soft + 1 s), file size, open files, core 0, stack, processes"
        case .cgroup: return "cgroup \(cgroupVersion.rawValue): memory limit and peak, pids limit, CPU time; kill-all on exit"
        case .inProcess: return "not used by the sandbox"
        }
    }
}
