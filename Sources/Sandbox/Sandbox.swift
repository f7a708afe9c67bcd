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
    /// policy does not waive is unavailable, naming it and why. Where the PID and mount
    /// namespaces are unavailable and the policy waives them, runs are confined without
    /// namespaces (confined mode, `SandboxCapabilities.mode`).
    /// `pooledInits`: inits kept ready ahead of runs (namespace mode); a single run (`specgrade
    /// run`) gains nothing from them and pays for making them.
    public init(policy: IsolationPolicy = .strict, pooledInits: Int32 = 4) throws(SandboxError) {
        if let layer = policy.allowedMissing.intersection(IsolationPolicy.unwaivable).min() {
            throw SandboxError.unwaivableLayer(layer)
        }
        self.policy = policy
        let runtime = try SandboxRuntime()
        let survey = SandboxSurvey(runtime: runtime)
        var capabilities = survey.namespaceMode(reuseRecord: true)
        var confinement: Confinement?
        if !capabilities.namespacesWork && policy.allowedMissing.isSuperset(of: [.pidNamespace, .mountNamespace]) {
            let made = try survey.confinement()
            capabilities = survey.confinedMode(namespaces: capabilities, confinement: made)
            confinement = made
        }
        self.capabilities = capabilities
        for status in capabilities.layers where !status.available && !policy.allowedMissing.contains(status.layer) {
            throw SandboxError.layerUnavailable(status.layer, reason: status.detail)
        }
        var launcher = survey.launcher(for: capabilities, confinement: confinement)
        if capabilities.mode == .namespaces, pooledInits > 0 {
            launcher.pool = InitPool(launcher: launcher, size: pooledInits)
        }
        self.launcher = launcher
    }

    /// Both modes' layers on this machine, for `specgrade doctor`: never throws for a
    /// missing layer.
    public static func survey() throws(SandboxError) -> (namespaces: SandboxCapabilities, confined: SandboxCapabilities)
    {
        let survey = SandboxSurvey(runtime: try SandboxRuntime())
        let namespaces = survey.namespaceMode()
        return (namespaces, survey.confinedMode(namespaces: namespaces, confinement: try survey.confinement()))
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
}
