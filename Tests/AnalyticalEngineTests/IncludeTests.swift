import Execution
import Foundation
import Testing

@testable import AnalyticalEngine

/// `A include cards PATH`, `@PATH` and library folders, on decks in a temporary folder laid
/// out as a spec's: `course/submission/` (the deck's folder) beside `course/expected.txt`.
/// Expected outputs are what the reference emulator prints for the same decks.
@Suite struct IncludeTests {
    /// A fresh folder tree; `files` maps paths relative to it to their bytes.
    struct Tree {
        let root: String

        init(_ files: [String: [UInt8]]) throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("include-\(UUID().uuidString)").path
            for (path, bytes) in files {
                let full = root + "/" + path
                try FileManager.default.createDirectory(
                    atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                try Data(bytes).write(to: URL(fileURLWithPath: full))
            }
        }

        /// Compiles `deck.ae` in `folder` (relative to the root) and runs it.
        func run(
            _ folder: String = "submission", deck: String = "deck.ae", libraries: [String] = [], stdin: String = ""
        ) -> ExecutionResult {
            let bytes = FileManager.default.contents(atPath: root + "/" + folder + "/" + deck).map { [UInt8]($0) } ?? []
            let sources = DeckSources(folder: root + "/" + folder, libraries: libraries.map { root + "/" + $0 })
            switch AnalyticalEngine.compile(bytes: bytes, path: deck, language: .babbage, sources: sources) {
            case .success(let program): return AnalyticalEngine.run(program, stdin: stdin, limits: ResourceLimits())
            case .failure(let error): return error.executionResult
            }
        }

        func remove() { try? FileManager.default.removeItem(atPath: root) }
    }

    @Test func includesResolveAgainstTheIncludingDecksFolder() throws {
        let tree = try Tree([
            "submission/deck.ae": Array("N001 20\nN002 22\nA include cards parts/add.ae\nP\n".utf8),
            "submission/parts/add.ae": Array("+\n@more/operands.ae\n".utf8),
            "submission/parts/more/operands.ae": Array("L001\nL002\n".utf8),
        ])
        defer { tree.remove() }
        let result = tree.run()
        #expect(result.verdict == .accepted, "\(result.stderrText)")
        #expect(result.stdoutText == "42\n")
    }

    /// `CF+3` jumps the Begin and End interpolation cards and the one card between them.
    @Test func interpolationCommentsCountInSkips() throws {
        let tree = try Tree([
            "submission/deck.ae": Array("N001 7\n+\nL001\nL001\nCF+3\n@one.ae\nP\n".utf8),
            "submission/one.ae": Array("P\n".utf8),
        ])
        defer { tree.remove() }
        #expect(tree.run().stdoutText == "14\n")
    }

    @Test(arguments: [
        "A include cards ../expected.txt", "@../expected.txt", "@/etc/hostname",
        "A include cards parts/../../expected.txt",
    ])
    func aDeckCannotIncludeOutsideItsFolder(_ request: String) throws {
        let tree = try Tree([
            "submission/deck.ae": Array("N001 1\n\(request)\nP\n".utf8),
            "submission/parts/x.ae": Array("P\n".utf8),
            "expected.txt": Array("N001 42\n".utf8),
        ])
        defer { tree.remove() }
        let result = tree.run()
        #expect(result.verdict == .compileError)
        #expect(result.stdout.isEmpty)
        #expect(
            result.stderrText.hasPrefix("deck.ae:2: error: I may not fetch the file of cards named "),
            "\(result.stderrText)")
        #expect(result.stderrText.contains("outside the deck's folder"))
    }

    @Test func aLinkOutOfTheFolderIsRefusedToo() throws {
        let tree = try Tree([
            "submission/deck.ae": Array("N001 1\nA write annotation x\n@answers.ae\n".utf8),
            "expected.txt": Array("A write annotation secret\n".utf8),
        ])
        defer { tree.remove() }
        try FileManager.default.createSymbolicLink(
            atPath: tree.root + "/submission/answers.ae", withDestinationPath: tree.root + "/expected.txt")
        let result = tree.run()
        #expect(result.verdict == .compileError)
        #expect(result.stderrText.hasPrefix("deck.ae:3: error: I may not fetch the file of cards named answers.ae"))
        #expect(!result.stdoutText.contains("secret") && !result.stderrText.contains("secret"))
    }

    @Test func aMissingFileIsACompileErrorAtTheIncludingCard() throws {
        let tree = try Tree([
            "submission/deck.ae": Array("N001 1\n@parts/a.ae\n".utf8),
            "submission/parts/a.ae": Array(". first\nA include cards arcsine.ae\n".utf8),
        ])
        defer { tree.remove() }
        #expect(tree.run().stderrText == "parts/a.ae:2: error: I could not find the file of cards named arcsine.ae\n")
    }

    @Test func aDeckIncludingItselfStops() throws {
        let tree = try Tree(["submission/deck.ae": Array("@deck.ae\n".utf8)])
        defer { tree.remove() }
        let result = tree.run()
        #expect(result.verdict == .compileError)
        #expect(result.stderrText.contains("nest more than"))
    }

    @Test func aTestsInputDeckCannotIncludeFiles() throws {
        let tree = try Tree(["submission/deck.ae": Array("P\n".utf8), "submission/n.ae": Array("N001 1\n".utf8)])
        defer { tree.remove() }
        let result = tree.run(stdin: "@n.ae\n")
        #expect(result.verdict == .internalError)
        #expect(result.stderrText.contains("stdin:1: error: A test's input deck cannot include files"))
    }

    @Test func libraryFoldersAfterTheShippedLibrary() throws {
        let tree = try Tree([
            "submission/deck.ae": Array(
                "N900 5\nA include from library cards for Square\nP\nA include from library cards for factorial\n+\nL901\nP\n"
                    .utf8),
            "lib/square.ae": Array("×\nL900\nL900\n@parts/print.ae\n".utf8),
            "lib/parts/print.ae": Array("P\n".utf8),
            "lib/factorial.ae": Array("H the shipped factorial comes first\n".utf8),
        ])
        defer { tree.remove() }
        let result = tree.run(libraries: ["lib"])
        #expect(result.verdict == .accepted, "\(result.stderrText)")
        #expect(result.stdoutText == "25\n25\n120\n")
    }

    @Test(arguments: ["../submission/deck", "sq uare", "nothing"])
    func libraryNamesStayInTheirFolder(_ name: String) throws {
        let tree = try Tree([
            "submission/deck.ae": Array("A include from library cards for \(name)\n".utf8),
            "lib/x.ae": Array("P\n".utf8),
        ])
        defer { tree.remove() }
        #expect(
            tree.run(libraries: ["lib"]).stderrText
                == "deck.ae:1: error: I could not find a chain of cards named \(name) in the library\n")
    }

    @Test func latin1DecksReadAsTheReferenceReadsThem() throws {
        // × is the single byte D7, é the byte E9: not UTF-8, so the file is Latin-1.
        let tree = try Tree([
            "submission/deck.ae": [UInt8]("N001 6\nN002 4\n".utf8) + [0xD7, 0x0A]
                + Array("L001\nL002\nP\nA write annotation caf".utf8) + [0xE9, 0x0A]
        ])
        defer { tree.remove() }
        #expect(tree.run().stdoutText == "24\ncafé\n")
    }

    @Test func aLoneCarriageReturnEndsACard() {
        #expect(EngineRun.deck("N001 12\r+\rL001\rP\r").stdoutText == "12\n")
        #expect(EngineRun.deck("N001 12\r\n\r+\rL001\nP").stdoutText == "12\n")
    }
}
