import CLauncher
import Execution
import Foundation
import Glibc

/// Probes which isolation layers work on this machine, in either mode: each layer is kept
/// only if a probe run with it (and every layer kept before it) still reaches the point of
/// executing the program.
struct SandboxSurvey {
    let runtime: SandboxRuntime

    /// The order layers are added in when the full set fails.
    static let namespaceOrder: [IsolationLayer] = [
        .userNamespace, .pidNamespace, .mountNamespace, .networkNamespace, .ipcNamespace, .utsNamespace,
        .unprivilegedUser, .rlimits, .noNewPrivileges, .seccomp, .cgroup,
    ]
    static let confinedOrder: [IsolationLayer] = [
        .unprivilegedUser, .rlimits, .noNewPrivileges, .seccomp, .landlock, .separateUser, .cgroup,
    ]

    /// Namespace mode's layers.
    /// `reuseRecord`: trust a `ProbeRecord` of this boot instead of probing (never for
    /// `doctor`, which always probes).
    func namespaceMode(reuseRecord: Bool = false) -> SandboxCapabilities {
        let record = ProbeRecord(base: runtime.base, cgroupVersion: runtime.cgroupVersion)
        let unavailable = cgroupGap()
        let layers: [SandboxCapabilities.LayerStatus]
        if reuseRecord, record.allLayersWorked {
            layers = SandboxSurvey.namespaceOrder.map { layer in
                SandboxCapabilities.LayerStatus(
                    layer: layer, available: true, detail: description(of: layer, confined: false, landlockABI: 0))
            }
        } else {
            let launcher = Launcher(
                runtime: runtime, layers: [], systemBinds: SystemBind.standard(etcSnapshot: runtime.etcSnapshot))
            layers = probe(SandboxSurvey.namespaceOrder, launcher: launcher, unavailable: unavailable)
            if layers.allSatisfy(\.available) { record.recordAllLayersWorked() }
        }
        return SandboxCapabilities(layers: layers, cgroupVersion: runtime.cgroupVersion, runningAsRoot: runtime.isRoot)
    }

    /// Confined mode's layers, probed with `confinement`, the namespaces listed as missing with
    /// namespace mode's reasons.
    func confinedMode(namespaces: SandboxCapabilities, confinement: Confinement) -> SandboxCapabilities {
        var unavailable = cgroupGap()
        let abi = sg_landlock_abi()
        if abi == 0 {
            unavailable[.landlock] =
                "this kernel offers no Landlock (Linux 5.13 or later, with landlock among its LSMs)"
        }
        if !runtime.isRoot {
            unavailable[.separateUser] =
                "SpecGrade runs as uid \(getuid()), not root: it cannot give runs uids of their own, so a run's leftover processes are killed only through a cgroup"
        }
        let launcher = Launcher(runtime: runtime, layers: [], systemBinds: [], confinement: confinement)
        var layers = namespaces.layers.filter { Isolation.namespaces.contains($0.layer) }.map { status in
            var missing = status
            missing.available = false
            missing.detail = status.available ? "not used in confined mode" : status.detail
            return missing
        }
        layers += probe(
            SandboxSurvey.confinedOrder, launcher: launcher, unavailable: unavailable, landlockABI: Int(abi))
        return SandboxCapabilities(
            layers: layers, cgroupVersion: runtime.cgroupVersion, runningAsRoot: runtime.isRoot,
            mode: .confined)
    }

    /// The launcher with exactly `capabilities`' available layers: confined by `confinement`
    /// when there is one, else in namespace mode's view.
    func launcher(for capabilities: SandboxCapabilities, confinement: Confinement?) -> Launcher {
        let systemBinds = confinement == nil ? SystemBind.standard(etcSnapshot: runtime.etcSnapshot) : []
        return Launcher(
            runtime: runtime, layers: capabilities.isolation.layers, systemBinds: systemBinds,
            confinement: confinement)
    }

    /// Confined mode's per-run parts on this machine: the uids' lock folder, the runs' folder.
    func confinement() throws(SandboxError) -> Confinement {
        let users = runtime.isRoot ? try RunUsers(lockDirectory: RunUsers.defaultLockDirectory()) : nil
        return Confinement(runUsers: users, runsRoot: try runtime.confinedRunsRoot())
    }

    private func cgroupGap() -> [IsolationLayer: String] {
        runtime.cgroupVersion == .none ? [.cgroup: runtime.cgroupUnavailableReason] : [:]
    }

    private func probe(
        _ order: [IsolationLayer], launcher: Launcher, unavailable: [IsolationLayer: String], landlockABI: Int = 0
    ) -> [SandboxCapabilities.LayerStatus] {
        var missing = unavailable
        let wanted = Set(order).subtracting(unavailable.keys)
        func attempt(_ layers: Set<IsolationLayer>) -> String? {
            var trial = launcher
            trial.layers = layers
            let facts = trial.probe()
            switch facts.outcome {
            case let .setupFailed(message), let .execFailed(message): return message
            case .ran:
                return facts.exitCode == 0
                    ? nil : "probe ended with \(facts.signal.map { "signal \($0)" } ?? "exit \(facts.exitCode ?? -1)")"
            }
        }
        if attempt(wanted) != nil {
            var kept: Set<IsolationLayer> = []
            for layer in order where wanted.contains(layer) {
                if launcher.confinement == nil, !Isolation.namespaces.contains(layer), !kept.contains(.mountNamespace) {
                    missing[layer] = "not probed: namespace mode needs the mount namespace (confined mode lists it)"
                } else if let failure = attempt(kept.union([layer])) {
                    missing[layer] = failure
                } else {
                    kept.insert(layer)
                }
            }
        }
        let confined = launcher.confinement != nil
        return order.map { layer in
            if let reason = missing[layer] {
                return SandboxCapabilities.LayerStatus(layer: layer, available: false, detail: reason)
            }
            return SandboxCapabilities.LayerStatus(
                layer: layer, available: true,
                detail: description(of: layer, confined: confined, landlockABI: landlockABI))
        }
    }

    private func description(of layer: IsolationLayer, confined: Bool, landlockABI: Int) -> String {
        switch layer {
        case .userNamespace:
            return runtime.isRoot
                ? "root maps to itself for setup only; programs run as uid 65534"
                : "maps this user to itself"
        case .pidNamespace: return "the program is PID 2 under its own init; all its processes die with it"
        case .networkNamespace:
            return "a new empty namespace per sandbox init (loopback down); socket() is refused to every program"
        case .mountNamespace: return "pivot_root into a private tmpfs: system dirs read-only, /work and /tmp private"
        case .ipcNamespace: return "private System V IPC and POSIX message queues"
        case .utsNamespace: return "hostname 'sandbox'"
        case .unprivilegedUser:
            if !runtime.isRoot { return "SpecGrade itself runs unprivileged (uid \(getuid()))" }
            return confined
                ? "each run under a uid of its own (from \(RunUsers.first)), no capabilities"
                : "programs drop to uid/gid 65534 (nobody), no capabilities"
        case .noNewPrivileges: return "set before exec: setuid binaries gain nothing"
        case .seccomp:
            return confined
                ? "BPF filter kills on ptrace, mount, bpf, keyctl, perf, namespaces...; socket(), bind, connect, keyed System V IPC and message queues fail"
                : "BPF filter kills on ptrace, mount, bpf, keyctl, perf, namespaces, modules...; socket() fails"
        case .rlimits: return "CPU (hard = soft + 1 s), file size, open files, core 0, stack, processes"
        case .cgroup:
            return
                "cgroup \(runtime.cgroupVersion.rawValue): memory limit and peak, pids limit, CPU time; kill-all on exit"
        case .landlock:
            var scope = "ABI \(landlockABI): read only the toolchains, write only the run's own directory"
            if landlockABI >= 4 { scope += "; no TCP" }
            scope +=
                landlockABI >= 6
                ? "; abstract Unix sockets and signals scoped to the run"
                : "; abstract Unix sockets unscoped (needs ABI 6: bind and connect are refused by seccomp instead)"
            return scope
        case .separateUser: return "every process of the run's uid killed when it ends (setsid escapees included)"
        case .inProcess: return "not used by the sandbox"
        }
    }
}
