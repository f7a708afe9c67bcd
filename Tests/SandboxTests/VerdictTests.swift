import Execution
import Glibc
import Testing

@testable import Sandbox

/// How launch facts become verdicts, without launching anything.
@Suite("Verdicts from launch facts")
struct VerdictTests {
    let limits = ResourceLimits(cpuMs: 1_000, wallMs: 2_000, memoryBytes: 64 << 20)

    private func judge(_ change: (inout RunFacts) -> Void) -> ExecutionResult {
        var facts = RunFacts(outcome: .ran, exitCode: 0)
        change(&facts)
        return ExecutionResult(facts: facts, limits: limits, isolation: Isolation())
    }

    @Test func acceptedOnCleanExit() {
        #expect(judge { _ in }.verdict == .accepted)
    }

    @Test func wallBeatsEverythingButOutput() {
        let result = judge {
            $0.wallExceeded = true; $0.exitCode = nil; $0.signal = SIGKILL
        }
        #expect(result.verdict == .timeLimit)
        #expect(result.detail?.hasPrefix("wall") == true)
        #expect(
            judge {
                $0.wallExceeded = true; $0.outputExceeded = "stdout"
            }.verdict == .outputLimit)
    }

    @Test func cpuFromTheWatchOrTheRlimit() {
        #expect(judge { $0.cpuExceeded = true }.detail?.hasPrefix("cpu") == true)
        #expect(
            judge {
                $0.exitCode = nil; $0.signal = SIGXCPU
            }.verdict == .timeLimit)
        #expect(
            judge {
                $0.exitCode = nil; $0.signal = SIGKILL; $0.cpuMicroseconds = 2_100_000
            }.verdict == .timeLimit)
    }

    @Test func memoryFromTheCgroup() {
        let result = judge {
            $0.exitCode = nil; $0.signal = SIGKILL; $0.oomKills = 1; $0.memoryFromCgroup = true
        }
        #expect(result.verdict == .memoryLimit)
    }

    /// At its memory limit a program thrashes (its pages reclaimed again and again) until its
    /// CPU or wall time runs out: the limit it hit is the cause, at any size of limit.
    @Test func memoryBeatsTimeWhenThePeakReachedTheLimit() {
        let thrashed = judge {
            $0.cpuExceeded = true; $0.exitCode = nil; $0.signal = SIGKILL
            $0.memoryFromCgroup = true; $0.peakMemoryBytes = 64 << 20
        }
        #expect(thrashed.verdict == .memoryLimit)
        let killedWhileHigh = judge {
            $0.oomKills = 1; $0.memoryFromCgroup = true; $0.wallExceeded = true; $0.exitCode = nil; $0.signal = SIGKILL
        }
        #expect(killedWhileHigh.verdict == .memoryLimit)
        // Well below the limit, time is the cause.
        let busy = judge {
            $0.cpuExceeded = true; $0.exitCode = nil; $0.signal = SIGKILL
            $0.memoryFromCgroup = true; $0.peakMemoryBytes = 40 << 20
        }
        #expect(busy.verdict == .timeLimit)
    }

    @Test func seccompKillIsASecurityViolation() {
        let result = judge {
            $0.exitCode = nil; $0.signal = SIGSYS
        }
        #expect(result.verdict == .securityViolation)
        #expect(result.signal == "SIGSYS")
    }

    @Test func blockedCallIsNamed() {
        let result = judge {
            $0.exitCode = nil; $0.signal = SIGKILL; $0.blockedCall = "ptrace"; $0.wallExceeded = true
        }
        #expect(result.verdict == .securityViolation)
        #expect(result.detail == "blocked system call ptrace")
    }

    @Test func setupFailureIsNeverTheStudentsFault() {
        #expect(judge { $0.outcome = .setupFailed("mount failed") }.verdict == .internalError)
        #expect(judge { $0.outcome = .execFailed("cannot execute x") }.detail == "cannot execute x")
    }

    @Test func diagnosticsLoseSandboxPaths() {
        let tidy = CompilerDiagnostics.tidy(Array("/work/main.c:1:2: error: x\n\n".utf8))
        #expect(String(decoding: tidy, as: UTF8.self) == "main.c:1:2: error: x\n")
    }
}
