import Execution
import Glibc

extension ExecutionResult {
    /// Judges a launch: the first cause that applies names the verdict.
    ///
    /// 1. setup or exec failure → `internal_error` (never the student's fault);
    /// 2. a blocked system call (reported by the sandbox's init, which killed the run) →
    ///    `security_violation` naming it;
    /// 3. output past the cap → `output_limit`;
    /// 4. a cgroup OOM kill, or a run stopped (or failed) with its memory cgroup's peak at the
    ///    limit → `memory_limit`: at its limit a program's pages are reclaimed over and over,
    ///    which spends its CPU and wall time, so that limit is the cause, whatever ran out
    ///    first (without a cgroup: a failed run that peaked near the RLIMIT_DATA limit);
    /// 5. wall limit, killed from outside → `time_limit` "wall time limit N ms";
    /// 6. CPU past the limit (cgroup watch, SIGXCPU, or SIGKILL at the hard rlimit) → `time_limit` "cpu ...";
    /// 7. SIGSYS → `security_violation` (the filter killed it outright: a namespace flag to
    ///    clone, a foreign architecture);
    /// 8. another signal, or a non-zero exit → `runtime_error` naming it;
    /// 9. otherwise `accepted`.
    init(facts: RunFacts, limits: ResourceLimits, isolation: Isolation) {
        self.init(
            verdict: .accepted, exitCode: facts.exitCode, signal: facts.signal.map(ExecutionResult.signalName),
            stdout: facts.stdout, stderr: facts.stderr, stdoutTruncated: facts.stdoutTruncated,
            stderrTruncated: facts.stderrTruncated, cpuMs: facts.cpuMicroseconds / 1000,
            wallMs: facts.wallMicroseconds / 1000, memoryKB: facts.peakMemoryBytes / 1024, isolation: isolation)
        let failed = facts.signal != nil || (facts.exitCode ?? 0) != 0
        let cpuOver = facts.cpuMicroseconds / 1000 > limits.cpuMs
        // The cgroup counts in pages and its peak can stop a page short of the limit.
        let atMemoryLimit = facts.memoryFromCgroup && facts.peakMemoryBytes >= limits.memoryBytes - (1 << 20)
        switch facts.outcome {
        case let .setupFailed(message), let .execFailed(message):
            (verdict, detail) = (.internalError, message)
        case .ran:
            if let call = facts.blockedCall {
                (verdict, detail) = (.securityViolation, "blocked system call \(call)")
            } else if let stream = facts.outputExceeded {
                (verdict, detail) = (.outputLimit, "\(stream) passed the output limit of \(limits.outputBytes) bytes")
            } else if facts.oomKills > 0 || (atMemoryLimit && (failed || facts.wallExceeded || facts.cpuExceeded))
                || (!facts.memoryFromCgroup && failed && !facts.wallExceeded && !facts.cpuExceeded
                    && facts.signal != SIGXCPU && !cpuOver && facts.peakMemoryBytes * 10 >= limits.memoryBytes * 8)
            {
                (verdict, detail) = (.memoryLimit, "memory limit \(limits.memoryBytes / 1_048_576) MiB")
            } else if facts.wallExceeded {
                (verdict, detail) = (.timeLimit, "wall time limit \(limits.wallMs) ms")
            } else if facts.cpuExceeded || facts.signal == SIGXCPU || (failed && cpuOver) {
                (verdict, detail) = (.timeLimit, "cpu time limit \(limits.cpuMs) ms")
            } else if facts.signal == SIGSYS {
                (verdict, detail) = (.securityViolation, "blocked system call (killed by SIGSYS)")
            } else if let signal = facts.signal {
                let extra = signal == SIGXFSZ ? " (file size limit)" : ""
                (verdict, detail) = (.runtimeError, "killed by \(ExecutionResult.signalName(signal))\(extra)")
            } else if let code = facts.exitCode, code != 0 {
                (verdict, detail) = (.runtimeError, "exit code \(code)")
            }
        }
    }

    /// "SIGSEGV" for 11; "signal 40" for a number without a name.
    static func signalName(_ number: Int32) -> String {
        let names: [Int32: String] = [
            SIGHUP: "SIGHUP", SIGINT: "SIGINT", SIGQUIT: "SIGQUIT", SIGILL: "SIGILL", SIGTRAP: "SIGTRAP",
            SIGABRT: "SIGABRT", SIGBUS: "SIGBUS", SIGFPE: "SIGFPE", SIGKILL: "SIGKILL", SIGUSR1: "SIGUSR1",
            SIGSEGV: "SIGSEGV", SIGUSR2: "SIGUSR2", SIGPIPE: "SIGPIPE", SIGALRM: "SIGALRM", SIGTERM: "SIGTERM",
            SIGCHLD: "SIGCHLD", SIGXCPU: "SIGXCPU", SIGXFSZ: "SIGXFSZ", SIGSYS: "SIGSYS", SIGVTALRM: "SIGVTALRM",
            SIGPROF: "SIGPROF", SIGTTIN: "SIGTTIN", SIGTTOU: "SIGTTOU", SIGSTOP: "SIGSTOP", SIGTSTP: "SIGTSTP",
        ]
        return names[number] ?? "signal \(number)"
    }
}
