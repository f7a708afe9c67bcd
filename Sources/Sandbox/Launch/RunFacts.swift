/// How one launch ended, as the C launcher observed it; `ExecutionResult(facts:)` judges it.
struct RunFacts: Sendable, Hashable {
    enum Outcome: Sendable, Hashable {
        /// The program ran and ended (exit or signal).
        case ran
        /// The sandbox could not be set up; nothing of the program ran.
        case setupFailed(String)
        /// The command could not be executed inside the view.
        case execFailed(String)
    }

    var outcome: Outcome
    var exitCode: Int32?
    var signal: Int32?
    var wallExceeded = false
    var cpuExceeded = false
    /// "stdout" or "stderr" when that stream passed the output cap and the run was killed.
    var outputExceeded: String?
    var oomKills = 0
    var cpuMicroseconds = 0
    var wallMicroseconds = 0
    var peakMemoryBytes = 0
    var memoryFromCgroup = false
    var stdout: [UInt8] = []
    var stderr: [UInt8] = []
    var stdoutTruncated = false
    var stderrTruncated = false
    var leftoverProcesses = 0
    /// The first blocked system call the program made ("ptrace"); the run was killed for it.
    var blockedCall: String?
}
