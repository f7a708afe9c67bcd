import Execution
import Foundation
import Testing

@testable import SpecModel

/// `languages.yaml`: definitions read with their positions, mistakes reported where they are.
@Suite struct LanguageFileTests {
    private func load(_ text: String) throws -> (definitions: [LanguageDefinition], lines: [String]) {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("languages-\(UUID().uuidString).yaml")
            .path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let loaded = LanguageFileLoader.load(file: path)
        return (loaded.definitions, loaded.diagnostics.map { String($0.description.dropFirst(path.count + 1)) })
    }

    @Test func readsEveryField() throws {
        let loaded = try load(
            """
            languages:
              - name: zig
                extensions: [.zig, ZIG]
                compile: [zig, build-exe, "{sources}", "-femit-bin={binary}"]
                run: ["{binary}"]
                version: [zig, version]
                entry: [main.zig, app.zig]
                env: { ZIG_GLOBAL_CACHE_DIR: /tmp/zig }
            """)
        #expect(loaded.lines == [])
        let zig = try #require(loaded.definitions.first)
        #expect(zig.name.rawValue == "zig")
        #expect(zig.extensions == ["zig", "zig"])
        #expect(zig.compile == ["zig", "build-exe", "{sources}", "-femit-bin={binary}"])
        #expect(zig.run == ["{binary}"])
        #expect(zig.tools == ["zig"])
        #expect(zig.isEntryName("src/App.zig"))
        #expect(zig.environment == ["ZIG_GLOBAL_CACHE_DIR": "/tmp/zig"])
        #expect(zig.origin?.hasSuffix(":2:5") == true)
    }

    @Test func mistakesAreReportedWhereTheyAre() throws {
        let loaded = try load(
            """
            languages:
              - name: Ruby
                extensions: [.rb]
                run: ["{entry}"]
              - extensions: [rb]
                run: [ruby, "{entry}"]
              - name: cobol
                run: ["{binary}"]
              - name: babbage
                extensions: [.x]
                run: [x]
            """)
        #expect(loaded.definitions.isEmpty)
        #expect(
            loaded.lines == [
                "2:11: error: 'name' must be a lowercase name such as ruby or common-lisp; found 'Ruby'",
                "4:10: error: 'run' must start with a tool (ruby) or \"{binary}\", not {entry}",
                "5:5: error: a language definition needs 'name', e.g. name: ruby",
                "7:5: error: a language definition needs 'extensions', e.g. extensions: [.rb]",
                "8:10: error: 'run' names {binary}, which only a 'compile' command makes; add compile: [...]",
                "9:11: error: 'babbage' runs in SpecGrade's Analytical Engine and cannot be redefined; choose another name",
            ])
    }

    /// A course definition replaces the built-in one of its name and takes its extensions.
    @Test func courseDefinitionsOverlayTheBuiltIns() {
        let pypy = LanguageDefinition(name: .python, extensions: [".py"], run: ["pypy3", "{entry}"])
        let header = LanguageDefinition(name: Language(rawValue: "c-header"), extensions: ["h", "c"], run: ["true"])
        let catalog = LanguageCatalog.builtIn.overlaid(with: [pypy, header])
        #expect(catalog.definition(of: .python)?.run == ["pypy3", "{entry}"])
        #expect(catalog.languages.first == .python)
        #expect(catalog.language(forExtension: "C") == header.name)
        #expect(catalog.definition(of: .c)?.extensions == [])
    }

    /// `languages:` in a spec accepts a language the course defines beside it.
    @Test func specAcceptsCourseLanguages() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("course-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try minimalSpec(frontMatter: "languages: [python, ruby]\n").write(
            toFile: folder + "/spec.md", atomically: true, encoding: .utf8)
        #expect(SpecLoader.load(path: folder).spec == nil)
        try "languages:\n  - name: ruby\n    extensions: [.rb]\n    run: [ruby, \"{entry}\"]\n"
            .write(toFile: folder + "/languages.yaml", atomically: true, encoding: .utf8)
        let loaded = SpecLoader.load(path: folder)
        #expect(loaded.errors.isEmpty, "\(loaded.diagnostics)")
        #expect(loaded.spec?.allowedLanguages == [.python, Language(rawValue: "ruby")])
    }
}
