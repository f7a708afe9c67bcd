import Sandbox
import Synchronization

/// The sandbox a runner uses, probed the first time a program needs it: a run or a grading
/// of Analytical Engine decks alone (which run in-process) never starts the sandbox's
/// runtime folder, layer probes or pool of inits.
final class SandboxProbe: Sendable {
    private let policy: IsolationPolicy
    private let pooledInits: Int32
    private let probed = Mutex<Result<Sandbox, SandboxError>?>(nil)

    init(policy: IsolationPolicy, pooledInits: Int32) {
        self.policy = policy
        self.pooledInits = pooledInits
    }

    /// The sandbox, or why this machine cannot give one; probed once.
    var sandbox: Result<Sandbox, SandboxError> {
        probed.withLock { probed in
            if let probed { return probed }
            let result: Result<Sandbox, SandboxError>
            do throws(SandboxError) {
                result = .success(try Sandbox(policy: policy, pooledInits: pooledInits))
            } catch {
                result = .failure(error)
            }
            probed = result
            return result
        }
    }
}
