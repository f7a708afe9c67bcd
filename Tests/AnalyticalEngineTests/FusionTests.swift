import Execution
import Testing

@testable import AnalyticalEngine

/// Fused runs of cards (`op L L S`, `L L`) behave exactly as the cards one by one.
@Suite struct FusionTests {
    @Test func fusionReplacesOnlyTheFirstCardOfARun() throws {
        let chain = try AnalyticalEngine.mount(
            stdin: [], deck: Card.cards(of: "+\nL001\nL002\nS003\nL004\nL005\n", source: "f.ae"))
        #expect(chain.instructions.map(\.kind) == [.statement, .loadPair, .load, .store, .loadPair, .load])
    }

    /// Skips landing inside a fused statement (outputs from the reference emulator).
    @Test(arguments: [("CF+1", "6\n"), ("CF+2", "0\n")])
    func skipsIntoAFusedRunFindTheCards(skip: String, expected: String) {
        let deck = "N001 4\nN002 6\n\(skip)\n×\nL001\nL002\nS003\nL003\nP\n"
        #expect(EngineRun.deck(deck).stdoutText == expected)
    }

    @Test func aComplaintInsideAStatementNamesItsSecondLoadCard() {
        // Unchecked negative overflow doubles -(10^50 - 1) until the 14th statement needs a
        // 55th digit; that statement's second L card is line 4 + 4 * 13.
        let deck =
            "N001 -99999999999999999999999999999999999999999999999999\n"
            + String(repeating: "+\nL001\nL001\nS001\n", count: 20)
        let result = EngineRun.deck(deck, path: "grow.ae")
        #expect(result.verdict == .runtimeError)
        #expect(result.detail?.contains("grow.ae:56 (card 'L001')") == true, "\(result.detail ?? "")")
    }

    /// The budget of 1 ms is 100,000 cards: 9,090 passes of the 11-card loop (99,997 cards
    /// in all) fit, 9,091 (100,008) do not — so fused runs count every card.
    @Test(arguments: [(9_090, Verdict.accepted), (9_091, Verdict.timeLimit)])
    func cardsAreCountedOneByOneInFusedRuns(passes: Int, verdict: Verdict) {
        let deck =
            "N000 \(passes)\nN001 1\nN002 7\nN003 0\nN004 0\n"
            + "+\nL003\nL002\nS003\n-\nL000\nL001\nS000\nL004\nL000\nCB?11\nL003\nP\n"
        let result = EngineRun.deck(deck, limits: ResourceLimits(cpuMs: 1))
        #expect(result.verdict == verdict)
        if verdict == .accepted { #expect(result.stdoutText == "\(7 * passes)\n") }
    }
}
