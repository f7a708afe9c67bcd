import Foundation
import Testing

@testable import SpecModel

/// Broken files each get one precise diagnostic, never a crash and never a half-loaded spec.
@Suite("Malformed input")
struct MalformedInputTests {
    private func only(_ result: SpecLoadResult) -> String? {
        #expect(result.spec?.id == nil)
        return result.lines.count == 1 ? result.lines[0] : "\(result.lines)"
    }

    @Test func emptyFile() {
        #expect(
            only(parse(""))
                == "1:1: error: the file is empty; a spec starts with front matter ('---', then 'id: my-assignment', then '---')"
        )
        #expect(
            only(parse(" \n\n"))
                == "1:1: error: the file is empty; a spec starts with front matter ('---', then 'id: my-assignment', then '---')"
        )
    }

    @Test func binaryGarbageWithNULBytes() {
        let result = SpecLoader.parse(
            Array("---\nid: x\n".utf8) + [0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01], path: "a.out", baseDirectory: ".")
        #expect(
            only(result)
                == "3:5: error: the file contains a NUL byte, so it is binary, not a spec; save the spec as UTF-8 text")
    }

    @Test func invalidUTF8() {
        let result = SpecLoader.parse(Array("---\nid: caf".utf8) + [0xE9, 0x0A], path: "latin1.md", baseDirectory: ".")
        #expect(only(result) == "2:8: error: the file is not valid UTF-8 here; save the spec as UTF-8 text")
    }

    @Test func noFrontMatter() {
        let result = parse("# Word Count\n\n## Requirements\n\n### REQ-1: Count\n")
        #expect(result.spec?.id == nil)
        #expect(
            result.lines.first
                == "1:1: error: no front matter: a Markdown spec starts with a line '---', then fields such as 'id: word-count', then a line '---'"
        )
    }

    @Test func unterminatedFrontMatter() {
        #expect(
            only(parse("---\nid: x\ntitle: y\n# Heading\n"))
                == "1:1: error: the front matter opened on line 1 is never closed; add a line '---' after its last field"
        )
    }

    @Test func emptyFrontMatter() {
        #expect(
            parse("---\n---\n# x\n").lines.first
                == "1:1: error: the front matter is empty; add at least 'id: my-assignment'")
    }

    @Test func unterminatedFence() {
        let result = parse(minimalSpec(tests: "```test\nid: T-2\ncovers: [REQ-1]\n"))
        #expect(
            result.lines.contains(
                "19:1: error: the code fence opened here is never closed; add a line ``` after its last line"))
    }

    @Test func duplicateSections() {
        let result = parse(minimalSpec(tests: "## Requirements\n\n### REQ-2: Again\n\n## Tests\n"))
        #expect(
            result.lines.contains(
                "19:1: error: a second '## Requirements' section (the first is on line 6); merge them into one"))
        #expect(
            result.lines.contains(
                "23:1: error: a second '## Test cases' section (the first is on line 11); merge them into one"))
    }

    @Test func windowsLineEndingsParseLikeUnix() throws {
        let crlf = minimalSpec(
            tests: "```test\nid: T-2\ncovers: [REQ-1]\nstdin: |\n  a\n  b\nexpect: { stdout: \"a\\nb\\n\" }\n```\n"
        )
        .replacingOccurrences(of: "\n", with: "\r\n")
        let spec = try #require(parse(crlf).spec)
        #expect(spec.tests[1].stdin == .text("a\nb\n"))
        #expect(spec.tests[1].location.line == 19)
        #expect(spec.requirements[0].text == "Echo the input.")
    }

    @Test func byteOrderMarkIsIgnored() throws {
        let spec = try #require(
            SpecLoader.parse([0xEF, 0xBB, 0xBF] + Array(minimalSpec().utf8), path: "bom.md", baseDirectory: ".").spec)
        #expect(spec.id == "tiny")
    }

    @Test func testBlockThatIsNotAMapping() {
        let result = parse(minimalSpec(tests: "```test\n- id: T-2\n- covers: [REQ-1]\n```\n"))
        #expect(
            only(result)
                == "20:1: error: a test holds a YAML mapping such as 'id: T-1', 'covers: [REQ-1]', 'stdin: ...', 'expect: { stdout: ... }'; found a list"
        )
    }

    @Test func emptyTestBlock() {
        #expect(
            only(parse(minimalSpec(tests: "```test\n```\n")))
                == "19:1: error: the test block is empty; write the test's YAML between the fences")
    }

    @Test func tabsInYAML() {
        let result = parse(minimalSpec(tests: "```test\nid: T-2\ncovers: [REQ-1]\nexpect:\n\tstdout: x\n```\n"))
        #expect(
            only(result)?.hasPrefix(
                "23:1: error: test block: invalid YAML: found character that cannot start any token") == true)
        #expect(
            result.lines.first?.hasSuffix("YAML indents with spaces, not tabs: replace the tab characters on this line")
                == true)
    }

    @Test func duplicateKeysInYAML() {
        let result = parse(minimalSpec(tests: "```test\nid: T-2\ncovers: [REQ-1]\nid: T-3\n```\n"))
        #expect(
            only(result) == "20:1: error: test block: key 'id' appears more than once in the same mapping; keep one")
    }

    @Test func deeplyNestedYAMLIsRefusedNotACrash() {
        let deep = String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000)
        let result = parse(minimalSpec(tests: "```test\nid: T-2\ncovers: [REQ-1]\nargs: \(deep)\n```\n"))
        #expect(result.lines.first?.hasPrefix("22:") == true)
        #expect(result.lines.first?.contains("nests more than 1000 levels") == true)
    }

    @Test func tenMegabyteSpecLoads() throws {
        let paragraph =
            String(repeating: "Lorem ipsum dolor sit amet, consectetur adipiscing elit. ", count: 20) + "\n\n"
        let prose = String(repeating: paragraph, count: 10_000_000 / paragraph.utf8.count + 1)
        let text = minimalSpec().replacingOccurrences(of: "Echo the input.\n", with: "Echo the input.\n" + prose)
        #expect(text.utf8.count > 10_000_000)
        let result = parse(text)
        #expect(result.diagnostics.isEmpty)
        #expect((result.spec?.requirements[0].text.utf8.count ?? 0) > 9_000_000)
    }

    @Test func tenMegabytesOfGarbageSections() {
        let noise = String(repeating: "%%% : [ { ~~ ", count: 40) + "\n"
        let unit = "## Requirements\n### not an id\n```test\n- x\n```\n" + noise
        let garbage = String(repeating: unit, count: 10_000_000 / unit.utf8.count + 1)
        let units = 10_000_000 / unit.utf8.count + 1
        let result = parse("---\nid: x\n---\n" + garbage + "```\n")
        #expect(garbage.utf8.count > 10_000_000)
        #expect(result.spec?.id == nil)
        #expect(result.errors.count == 3 * units)
        #expect(
            result.lines.last
                == "\(6 * units + 4):1: error: the code fence opened here is never closed; add a line ``` after its last line"
        )
    }

    @Test func aSpecWithNothingInItWarns() {
        #expect(
            parse("---\nid: x\n---\n").lines == [
                "1:1: warning: the spec has no requirements; add '### REQ-1: title' headings under '## Requirements'",
                "1:1: warning: the spec has no tests; add ```test blocks (or a 'tests:' list in a YAML spec)",
            ])
    }

    @Test func missingFileAndFolders() throws {
        let fixture = try SpecFixture(files: [
            "both/spec.md": minimalSpec(), "both/spec.yaml": "id: x\n", "empty/x.txt": "",
        ])
        defer { fixture.remove() }
        let missing = SpecLoader.load(path: fixture.path("nope.md"))
        #expect(
            missing.lines == [
                "1:1: error: no such file or folder; give the path of a spec (.md, .yaml) or of a folder holding spec.md"
            ])
        #expect(missing.diagnostics[0].location.path == fixture.path("nope.md"))
        #expect(
            SpecLoader.load(path: fixture.path("both")).lines == [
                "1:1: error: the folder holds spec.md and spec.yaml; keep one spec per folder"
            ])
        #expect(
            SpecLoader.load(path: fixture.path("empty")).lines == [
                "1:1: error: the folder holds no spec.md, spec.yaml or spec.yml"
            ])
    }

    @Test func randomBytesNeverCrash() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            let bytes = (0..<Int.random(in: 0...400, using: &generator)).map { _ in
                UInt8.random(in: 1...127, using: &generator)
            }
            let result = SpecLoader.parse(Array("---\nid: x\n".utf8) + bytes, path: "r.md", baseDirectory: ".")
            #expect(result.spec != nil || !result.errors.isEmpty)
        }
    }
}
