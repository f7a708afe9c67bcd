import Foundation
import Testing
@testable import Reports

@Suite struct SupportTests {
    @Test(arguments: [(7.0, "7"), (2.5, "2.5"), (1.0 / 3.0, "0.333"), (-1.25, "-1.25"), (0.0004, "0"), (-0.0004, "0"),
                      (12.3456, "12.346"), (Double.nan, "0")])
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
        #expect(VisibleText.escaped("a\u{1B}[1mb\u{0}\u{7F}\u{85}\u{FFFE}\tc\n", keepingLineBreaks: true)
            == "a\\x1B[1mb\\x00\\x7F\\x85\\u{FFFE}\tc\n")
        #expect(VisibleText.escaped("a\tb\r\n", keepingLineBreaks: false) == "a\\x09b\\x0D\\x0A")
        #expect(VisibleText.escaped("Zoë 李雷 \u{FFFD}", keepingLineBreaks: false) == "Zoë 李雷 \u{FFFD}")
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
