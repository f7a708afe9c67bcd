import Execution
import Testing

@testable import AnalyticalEngine

/// Decks that do not parse, abnormalities in the Mill, and the limits.
@Suite struct AbnormalityTests {
    @Test(arguments: [
        ("N001 1\nN002 12x\n", 2, "Bad number card"),
        ("N001 100000000000000000000000000000000000000000000000000\n", 1, "at most 50 digits"),
        ("N1000 5\n", 1, "column 1000"),
        ("N001 1 2\n", 1, "Bad number card"),
        ("+\nL1000\n", 2, "column 1000"),
        ("+\nLx\n", 2, "Bad variable card"),
        ("<101\n", 1, "Bad stepping"),
        ("> 5\n", 1, "Bad stepping"),
        ("CX+1\n", 1, "Bad combinatorial card"),
        ("CF+\n", 1, "Bad combinatorial card"),
        ("CF+x\n", 1, "cycle length"),
        ("DZ\n", 1, "Bad curve drawing card"),
        ("A fly to the moon\n", 1, "I do not understand"),
        ("A include cards other.ae\n", 1, "cannot include files"),
        ("N001 1\nA include from library cards for sqrt\n", 2, "could not find a chain of cards named sqrt"),
        ("(\nP\n", 1, "No matching end of cycle"),
        ("(\nP\n}\n", 3, "does not match ("),
        ("N001 1.5\n", 1, "decimal places"),
        ("A set decimal places to +2\n", 1, "relative decimal place"),
        ("A set decimal places to 51\n", 1, "between 0 and 50"),
        ("A write numbers with decimal point\n", 1, "decimal places"),
    ])
    func deckThatDoesNotParseIsACompileError(deck: String, line: Int, message: String) {
        switch AnalyticalEngine.compile(source: deck, path: "bad.ae", language: .babbage) {
        case .success:
            Issue.record("compiled: \(deck)")
        case .failure(let error):
            #expect(error.line == line)
            #expect(error.description.hasPrefix("bad.ae:\(line): error: "))
            #expect(error.message.contains(message), "\(error.message)")
            #expect(error.executionResult.verdict == .compileError)
            #expect(error.executionResult.stderrText.contains("bad.ae:\(line)"))
        }
    }

    @Test func deeplyNestedCyclesAreRefusedNotRecursedInto() {
        let deck = String(repeating: "(\n", count: 1_000) + String(repeating: ")\n", count: 1_000)
        guard case .failure(let error) = AnalyticalEngine.compile(source: deck, path: "deep.ae", language: .babbage)
        else {
            Issue.record("compiled")
            return
        }
        #expect(error.message.contains("nest more than"))
    }

    @Test func chainsOfManyCyclesOrCardsAreRefused() {
        let cycles = String(repeating: "(\nCF+1\n)\n", count: 2_001)
        if case .failure(let error) = AnalyticalEngine.compile(source: cycles, path: "many.ae", language: .babbage) {
            #expect(error.line == 6_001)
            #expect(error.message.contains("at most 2000 cycles"))
        } else {
            Issue.record("compiled \(2_001) cycles")
        }
        let cards = String(repeating: ".\n", count: 100_001)
        if case .failure(let error) = AnalyticalEngine.compile(source: cards, path: "long.ae", language: .babbage) {
            #expect(error.message.contains("at most 100000 cards"))
        } else {
            Issue.record("compiled 100001 cards")
        }
    }

    @Test func unknownOperationIsARuntimeErrorNamingTheCard() {
        let result = EngineRun.deck("N001 1\n+\nL001\nP\nQ001\nP\n", path: "q.ae")
        #expect(result.verdict == .runtimeError)
        #expect(result.stdoutText == "1\n")
        #expect(result.detail?.contains("Unknown operation at q.ae:5") == true)
        #expect(result.stderrText.contains("q.ae:5"))
    }

    @Test func unknownCardThatIsSkippedIsHarmless() {
        #expect(EngineRun.deck("CF+1\nQ\nN001 1\n").verdict == .accepted)
    }

    @Test func skipLandingAtTheEndFallsOnTheFloor() {
        let result = EngineRun.deck("N001 1\nCF+1\nP\n")
        #expect(result.verdict == .runtimeError)
        #expect(result.detail?.contains("Card chain fell on floor") == true)
        #expect(result.detail?.contains("deck.ae:2") == true)
        #expect(EngineRun.deck("N001 1\nCF+0\nP\n").verdict == .accepted)
    }

    @Test func skipBackBeforeTheFirstCardFallsOnTheFloor() {
        let result = EngineRun.deck("N001 1\nCB+3\n")
        #expect(result.verdict == .runtimeError)
        #expect(result.detail?.contains("fell on floor") == true)
    }

    @Test func divisionByZeroRaisesTheLeverAndIsNoError() {
        let deck = "N001 7\nN002 0\n÷\nL001\nL002\nCF?1\nA write annotation lever down\nP\nS003'\nL003\nP\n"
        let result = EngineRun.deck(deck)
        #expect(result.verdict == .accepted)
        #expect(result.stdoutText == "0\n0\n")
    }

    @Test func divisionByNegativeZeroIsARuntimeError() {
        let result = EngineRun.deck("N001 7\nN002 -0\n÷\nL001\nL002\n")
        #expect(result.verdict == .runtimeError)
        #expect(result.detail?.contains("negative zero") == true)
    }

    @Test func runawayLoopHitsTheCardBudget() {
        let result = EngineRun.deck("N001 1\n(\n+\nL001\nL001\n)\n", limits: ResourceLimits(cpuMs: 5, wallMs: 10_000))
        #expect(result.verdict == .timeLimit)
        #expect(result.detail?.contains("cards executed") == true)
    }

    @Test func wallClockIsCheckedToo() {
        let result = EngineRun.deck(
            "N001 1\n(\n+\nL001\nL001\n)\n", limits: ResourceLimits(cpuMs: 1_000_000, wallMs: 0))
        #expect(result.verdict == .timeLimit)
        #expect(result.detail?.contains("wall") == true)
    }

    @Test func printingPastTheCapIsAnOutputLimit() {
        let deck = "N001 12345\n+\nL001\n(\nP\n)\n"
        let result = EngineRun.deck(deck, limits: ResourceLimits(outputBytes: 100))
        #expect(result.verdict == .outputLimit)
        #expect(result.stdout.count == 100)
        #expect(result.stdoutTruncated)
    }
}

/// Skips whose target wraps in the reference's 32-bit card counter.
@Suite struct WrappingSkipTests {
    /// The reference adds 2147483647 to its card number, which wraps negative: no card
    /// there, and the run ends normally.
    @Test func aForwardSkipThatWrapsEndsTheRun() {
        let result = EngineRun.deck("N001 1\nCF+2147483647\nP\n")
        #expect(result.verdict == .accepted)
        #expect(result.stdout.isEmpty)
    }

    @Test func aSkipPastTheEndStillFallsOnTheFloor() {
        #expect(EngineRun.deck("N001 1\nCF+5\nP\n").verdict == .runtimeError)
    }
}
