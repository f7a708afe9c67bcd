import Execution
import Testing

@Suite struct QuantityTests {
    @Test(arguments: [("2s", 2_000), ("500ms", 500), ("1.5s", 1_500), ("3", 3_000), ("1m", 60_000)])
    func times(text: String, ms: Int) {
        #expect(Quantity.parse(text, as: .time) == ms)
    }

    @Test(arguments: [("256MiB", 256 << 20), ("1MB", 1 << 20), ("64k", 64 << 10), ("10", 10), ("1GiB", 1 << 30)])
    func sizes(text: String, bytes: Int) {
        #expect(Quantity.parse(text, as: .bytes) == bytes)
    }

    @Test(arguments: ["", "s", "-1s", "2 parsecs", "1.5.2s", "abc"])
    func rejectsGarbageTimes(text: String) {
        #expect(Quantity.parse(text, as: .time) == nil)
    }

    @Test func countsMustBeWhole() {
        #expect(Quantity.parse("32", as: .count) == 32)
        #expect(Quantity.parse("3.5", as: .count) == nil)
        #expect(Quantity.parse("32MiB", as: .count) == nil)
    }

    @Test func overridesLayer() {
        let spec = LimitOverrides(cpuMs: 1_000, memoryBytes: 64 << 20)
        let test = LimitOverrides(cpuMs: 5_000)
        let limits = test.over(spec).applied(to: ResourceLimits())
        #expect(limits.cpuMs == 5_000)
        #expect(limits.memoryBytes == 64 << 20)
        #expect(limits.wallMs == ResourceLimits().wallMs)
    }
}
