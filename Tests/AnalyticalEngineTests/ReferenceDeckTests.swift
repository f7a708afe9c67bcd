import Execution
import Testing

@testable import AnalyticalEngine

/// Decks whose expected output is what Walker's emulator printed for them.
@Suite struct ReferenceDeckTests {
    @Test(arguments: ReferenceDeck.all)
    func printsWhatTheReferencePrints(_ reference: ReferenceDeck) {
        let result = EngineRun.deck(reference.deck, path: "\(reference.name).ae")
        #expect(result.verdict == .accepted, "\(reference.purpose): \(result.detail ?? "")")
        #expect(result.stdoutText == reference.expected, "\(reference.purpose)")
    }
}
