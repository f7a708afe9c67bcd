import Execution
import Testing

@testable import AnalyticalEngine

/// One behaviour per card type; expected outputs are the reference emulator's.
@Suite struct CardTests {
    @Test func numberCardsOperationSpellingsAndPrimedEgress() {
        let deck = """
            N001 +5
            N002 -0007
            N003\t42
            N004 9 . nine
            x
            L001
            L002
            P
            *
            L003
            L004
            P
            /
            L003
            L001
            P
            S005'
            L005
            P

            """
        let result = EngineRun.deck(deck)
        #expect(result.verdict == .accepted)
        #expect(result.stdoutText == "-35\n378\n2\n8\n")
    }

    @Test func unicodeOperationSymbols() {
        let deck = "N001 6\nN002 4\n×\nL001\nL002\nP\n÷\nL001\nL002\nS003'\nL003\nP\n"
        #expect(EngineRun.deck(deck).stdoutText == "24\n1\n")
    }

    @Test func bellWritesBELAndHaltStopsTheChain() {
        let result = EngineRun.deck("N001 1\nB\nL001\nP\nH\nP\n")
        #expect(result.verdict == .accepted)
        #expect(result.stdout == [0x07] + Array("1\n".utf8))
    }

    @Test func zeroCardAndHaltMessage() {
        let deck = "N001 3\nN002 4\n+\nZ001\nL002\nP\nL001\nL002\nP\nH  stopped here  \n"
        #expect(EngineRun.deck(deck).stdoutText == "7\n4\nHalt: stopped here\n")
    }

    @Test func commentCardsCountInSkips() {
        let deck =
            "N001 1\nCF+2\n. skipped comment\nP\nA write annotation after: the comment counts. so P was skipped\n"
        #expect(EngineRun.deck(deck).stdoutText == "after: the comment counts. so P was skipped\n")
    }

    @Test func writingInColumnsAndRows() {
        let deck =
            "A write in columns\nN001 1\nN002 22\n+\nL001\nP\nL002\nP\nA write annotation |\nA write new line\nA write in rows\nP\n"
        #expect(EngineRun.deck(deck).stdoutText == "123|\n23\n")
    }

    @Test func endOfChainIsANormalHalt() {
        let result = EngineRun.deck("N001 1\n+\nL001\nP\n")
        #expect(result.verdict == .accepted)
        #expect(result.exitCode == 0)
        #expect(result.isolation == .inProcess)
    }

    @Test func crlfDecksReadLikeLFDecks() {
        #expect(EngineRun.deck("N001 12\r\n<2\r\n+\r\nL001\r\nP\r\n").stdoutText == "12\n")
    }

    @Test func pictureHandlesNegativeZeroAsTheReference() {
        let deck = "N001 -0\nA write numbers as 9999\n+\nL001\nP\nA write numbers as \nL001\nP\n"
        #expect(EngineRun.deck(deck).stdoutText == "-0000\n0\n")
    }
}
