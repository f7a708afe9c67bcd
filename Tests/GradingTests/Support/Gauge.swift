import Synchronization

/// Counts work done by many tasks at once: how much is in progress, the most there ever
/// was, and how much has ended.
final class Gauge: Sendable {
    private let state = Mutex((now: 0, most: 0, ended: 0))

    func enter() {
        state.withLock { state in
            state.now += 1
            state.most = max(state.most, state.now)
        }
    }

    func leave() {
        state.withLock { state in
            state.now -= 1
            state.ended += 1
        }
    }

    var most: Int { state.withLock { $0.most } }
    var ended: Int { state.withLock { $0.ended } }
}
