import Execution
import Testing

@testable import AnalyticalEngine

/// A test's stdin is a deck mounted in front of the submission's cards.
@Suite struct InputDeckTests {
    @Test func inputDeckCardsComeFirst() {
        let result = EngineRun.deck("×\nL001\nL002\nP\n", stdin: "N001 6\nN002 7\n")
        #expect(result.stdoutText == "42\n")
    }

    /// Skips count from the start of the whole chain: CB+8 from the submission's fifth card
    /// goes before the first input card (the reference says the same).
    @Test func skipsSpanTheWholeChain() {
        let result = EngineRun.deck("×\nL001\nL002\nP\nCB+8\n", path: "s.ae", stdin: "N001 6\nN002 7\n")
        #expect(result.verdict == .runtimeError)
        #expect(result.stdoutText == "42\n")
        #expect(result.detail?.contains("s.ae:5") == true)
    }

    @Test func decimalPlacesSetInTheInputDeckApply() {
        let result = EngineRun.deck("+\nL001\nL002\nP\n", stdin: "A set decimal places to 2\nN001 1.5\nN002 0.25\n")
        #expect(result.stdoutText == "175\n")
    }

    @Test func badInputDeckIsNotTheStudentsFault() {
        let result = EngineRun.deck("P\n", stdin: "N001 x\n")
        #expect(result.verdict == .internalError)
        #expect(result.detail?.contains("stdin:1") == true)
    }
}
