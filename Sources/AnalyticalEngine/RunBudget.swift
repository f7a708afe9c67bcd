import Execution

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a run in the Engine may spend: a number of cards (or register instructions) derived
/// from the CPU limit at `cardsPerMillisecond`, and the wall-clock limit, looked at every
/// `checkInterval` cards so the hot loop stays a counter comparison.
///
/// With the default 2 s CPU limit a deck may execute 200 million cards — about 0.6 s here,
/// and some six times what Walker's emulator gets through in 2 s.
struct RunBudget: Sendable {
    /// Cards allowed per millisecond of `ResourceLimits.cpuMs`.
    static let cardsPerMillisecond = 100_000
    static let checkInterval = 1 << 20

    let cards: Int
    let wallMs: Int
    let started: ContinuousClock.Instant

    init(limits: ResourceLimits, started: ContinuousClock.Instant = .now) {
        let (product, overflow) = max(0, limits.cpuMs).multipliedReportingOverflow(by: RunBudget.cardsPerMillisecond)
        cards = overflow ? Int.max : product
        wallMs = limits.wallMs
        self.started = started
    }

    /// The executed count at which to look again.
    func nextCheckpoint(after executed: Int) -> Int {
        let (next, overflow) = executed.addingReportingOverflow(RunBudget.checkInterval)
        let boundary = cards == Int.max ? cards : cards + 1
        return overflow ? boundary : min(next, boundary)
    }

    /// Why the run must stop now, if it must.
    func exhausted(executed: Int) -> String? {
        if executed > cards {
            return
                "cpu time limit: more than \(cards) cards executed (\(RunBudget.cardsPerMillisecond) per ms of cpu limit)"
        }
        if elapsedMs > wallMs { return "wall time limit \(wallMs) ms" }
        return nil
    }

    var elapsedMs: Int {
        let elapsed = ContinuousClock.now - started
        return Int(elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000)
    }

    /// CPU time of the calling thread, in milliseconds.
    static func threadCPUMs() -> Int {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Int(time.tv_sec) * 1000 + Int(time.tv_nsec) / 1_000_000
    }
}
