import Execution
import Foundation
import Testing

@testable import Reports

@Suite struct SupportTests {
    @Test(arguments: [
        (7.0, "7"), (2.5, "2.5"), (1.0 / 3.0, "0.333"), (-1.25, "-1.25"), (0.0004, "0"), (-0.0004, "0"),
        (12.3456, "12.346"), (Double.nan, "0"),
    ])
    func scores(value: Double, text: String) {
        #expect(Figures.score(value) == text)
    }

    @Test func secondsAndPercents() {
        #expect(Figures.seconds(milliseconds: 1_234) == "1.234")
        #expect(Figures.seconds(milliseconds: 5) == "0.005")
        #expect(Figures.seconds(milliseconds: -3) == "0.000")
        #expect(Figures.percent(5, of: 7) == "71.4")
        #expect(Figures.percent(7, of: 7) == "100")
        #expect(Figures.percent(1, of: 0) == "0")
    }

    @Test func visibleTextEscapesControlsAndKeepsTheRest() {
        #expect(
            VisibleText.lines("a\u{1B}[1mb\u{0}\u{7F}\u{85}\u{FFFE}\tc\n")
                == "a\\x1B[1mb\\x00\\x7F\\x85\\u{FFFE}\tc\n")
        #expect(VisibleText.line("a\tb\r\n") == "a\\x09b\\x0D\\x0A")
        #expect(VisibleText.line("Zoë 李雷 \u{FFFD}") == "Zoë 李雷 \u{FFFD}")
    }

    @Test func aFolderNameCannotRetitleTheTerminal() {
        #expect(VisibleText.line("evil\u{1B}]0;pwned\u{07}") == "evil\\x1B]0;pwned\\x07")
        #expect(VisibleText.lines("evil\u{1B}]0;pwned\u{07}") == "evil\\x1B]0;pwned\\x07")
    }

    @Test func bidiOverridesAndIsolatesAreEscaped() {
        // "Trojan Source": U+202E makes what follows read right to left.
        #expect(VisibleText.line("ada\u{202E}txt.exe\u{202C}") == "ada\\u{202E}txt.exe\\u{202C}")
        #expect(
            VisibleText.line("\u{202A}\u{2066}\u{2067}\u{2068}\u{2069}")
                == "\\u{202A}\\u{2066}\\u{2067}\\u{2068}\\u{2069}")
        // Right-to-left names need no override and are left alone.
        #expect(VisibleText.line("שלום سلام") == "שלום سلام")
    }

    @Test func linesReadCRLFAsLFAndEscapeALoneCR() {
        #expect(VisibleText.lines("one\r\ntwo\rTWO\n") == "one\ntwo\\x0DTWO\n")
        #expect(VisibleText.lines("\r") == "\\x0D")
        #expect(VisibleText.lines("plain\ttext\n") == "plain\ttext\n")
    }

    @Test func jsonWriterWritesMarkupCharactersAsUnicodeEscapes() throws {
        enum Key: String, CodingKey { case text }
        let markup = "</script><b>&amp;</b>"
        var json = JSONWriter()
        json.object { $0.field(Key.text, markup) }
        let data = json.finished()
        let text = String(decoding: data, as: UTF8.self)
        #expect(!text.contains("<") && !text.contains(">") && !text.contains("&"))
        #expect(text.contains("\\u003c/script\\u003e"))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: String])
        #expect(object["text"] == markup)
    }

    @Test func jsonWriterOutputIsJSONThatReadsBack() throws {
        enum Key: String, CodingKey { case text, number, flag, list, map, empty, nothing }
        let hostile = "\"quoted\" \\ \u{0}\u{1F}\n\t/ é 李 \u{2028}"
        var json = JSONWriter()
        json.object {
            $0.field(Key.text, hostile)
            $0.field(Key.number, 0.1)
            $0.field(Key.flag, true)
            $0.field(Key.list, ["a", "b"])
            $0.field(Key.map, ["b": "2", "a": "1"])
            $0.field(Key.empty, [String]())
            $0.field(Key.nothing, ifPresent: nil as String?)
        }
        let data = json.finished()
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["text"] as? String == hostile)
        #expect(object["number"] as? Double == 0.1)
        #expect(object["flag"] as? Bool == true)
        #expect(object["list"] as? [String] == ["a", "b"])
        #expect(object["map"] as? [String: String] == ["a": "1", "b": "2"])
        #expect(object["nothing"] == nil)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("\"map\": {\n    \"a\": \"1\",\n    \"b\": \"2\"\n  }"))
        #expect(text.contains("\"empty\": []"))
    }

    @Test func uniqueNamesNumberRepeats() {
        var names = UniqueNames()
        #expect(["a", "a", "b", "a", "a (2)"].map { names.claim($0) } == ["a", "a (2)", "b", "a (3)", "a (2) (2)"])
    }
}
