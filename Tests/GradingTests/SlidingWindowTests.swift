import Testing

@testable import Grading

@Suite struct SlidingWindowTests {
    /// No more than `width` items are ever in progress, and every item is worked through.
    @Test func neverMoreThanTheWidthAtOnce() async {
        let gauge = Gauge()
        let outputs = await SlidingWindow(width: 3).compactMap(Array(1...12)) { item in
            gauge.enter()
            try? await Task.sleep(for: .milliseconds(5))
            gauge.leave()
            return item
        }
        #expect(outputs.sorted() == Array(1...12))
        #expect(gauge.most <= 3)
        #expect(gauge.ended == 12)
    }

    /// A nil result (a submission cut short) is left out.
    @Test func nilResultsAreLeftOut() async {
        let outputs = await SlidingWindow(width: 2).compactMap([1, 2, 3, 4]) { $0 % 2 == 0 ? $0 : nil }
        #expect(outputs.sorted() == [2, 4])
    }

    /// Once the task is cancelled (Ctrl-C), nothing more starts.
    @Test func nothingStartsOnceCancelled() async {
        let gauge = Gauge()
        let task = Task {
            withUnsafeCurrentTask { $0?.cancel() }
            return await SlidingWindow(width: 2).compactMap([1, 2, 3]) { item in
                gauge.enter()
                gauge.leave()
                return item
            }
        }
        #expect(await task.value.isEmpty)
        #expect(gauge.most == 0)
    }
}
