/// Works through a list with at most `width` items in progress: the next item starts as soon
/// as any one ends, so a slow submission never holds back the rest, and none starts once the
/// task is cancelled.
struct SlidingWindow: Sendable {
    let width: Int

    /// The non-nil results of `operation` on every item started, in the order they ended.
    func compactMap<Item: Sendable, Output: Sendable>(
        _ items: [Item], _ operation: @escaping @Sendable (Item) async -> Output?
    ) async -> [Output] {
        await withTaskGroup(of: Output?.self) { group in
            var pending = items[...]
            func startNext() {
                guard !Task.isCancelled, let item = pending.popFirst() else { return }
                group.addTask { await operation(item) }
            }
            for _ in 0..<width { startNext() }
            var outputs: [Output] = []
            while let output = await group.next() {
                if let output { outputs.append(output) }
                startNext()
            }
            return outputs
        }
    }
}
