import Foundation
import Testing

@testable import SpecModel

/// The example specs in Specs/ lint clean: no errors and no warnings.
@Suite("Shipped specs")
struct ShippedSpecsTests {
    static let specsFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Specs").path

    @Test func everyShippedSpecLintsClean() {
        let paths = SpecLocator.specs(for: Self.specsFolder)
        #expect(paths.count >= 2)
        for path in paths {
            let result = SpecLoader.load(path: path)
            #expect(result.spec != nil && result.diagnostics.isEmpty, "\(path): \(result.lines)")
        }
    }

    @Test func locatorFindsSpecFilesAndSpecFolders() {
        let names = SpecLocator.specs(for: Self.specsFolder).map { ($0 as NSString).lastPathComponent }
        #expect(names.contains("word-count.md") && names.contains("statistics"))
    }
}
