import Testing

@testable import SpecModel

/// `engine: { library: lib/ }`: the spec's folder of Analytical Engine library decks.
@Suite struct EngineFieldTests {
    static func spec(_ engine: String) -> String {
        SandboxFieldTests.spec(engine)
    }

    @Test func theLibraryFolderIsReadAndLintedBesideTheSpec() throws {
        let fixture = try SpecFixture(files: ["lib/square.ae": "×\nL900\nL900\n"])
        defer { fixture.remove() }
        let loaded = try fixture.load(Self.spec("engine: { library: lib/ }"))
        #expect(loaded.diagnostics.filter { $0.severity == .error }.isEmpty)
        #expect(loaded.spec?.engineLibrary == "lib/")
    }

    @Test func aMissingLibraryFolderIsAnErrorAtItsLine() throws {
        let fixture = try SpecFixture(files: ["lib.ae": "P\n"])
        defer { fixture.remove() }
        let loaded = try fixture.load(Self.spec("engine:\n  library: lib.ae"))
        let errors = loaded.diagnostics.filter { $0.severity == .error }
        #expect(errors.count == 1)
        #expect(errors.first?.location.line == 4)
        #expect(errors.first?.location.path.hasSuffix("spec.md") == true)
        #expect(errors.first?.message.contains("engine.library: 'lib.ae' is not a folder") == true)
    }

    @Test func unknownKeysAndEmptyLibrariesAreErrors() {
        let unknown = parse(Self.spec("engine: { libary: lib/ }"))
        #expect(unknown.spec == nil)
        #expect(unknown.diagnostics.contains { $0.message.contains("libary") && $0.location.line == 3 })
        let empty = parse(Self.spec("engine: { library: \"\" }"))
        #expect(empty.spec == nil)
        #expect(empty.diagnostics.contains { $0.message.contains("engine.library is empty") })
    }

    @Test func noEngineKeyNamesNoLibrary() {
        #expect(parse(Self.spec("title: Demo")).spec?.engineLibrary == nil)
    }
}
