/// How reports write numbers: a score of `7.0` as `7`, `2.5` as `2.5`, one third as `0.333`;
/// 1234 ms as `1.234` seconds. Integer arithmetic, so 100,000 times cost next to nothing and no
/// locale ever turns the point into a comma.
public enum Figures {
    /// At most three decimals, trailing zeros dropped: `7`, `2.5`, `0.333`, `-1.25`.
    public static func score(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let thousandths = Int((abs(value) * 1000).rounded())
        let sign = value < 0 && thousandths != 0 ? "-" : ""
        var fraction = thousandths % 1000
        guard fraction != 0 else { return "\(sign)\(thousandths / 1000)" }
        var digits = 3
        while fraction % 10 == 0 {
            fraction /= 10
            digits -= 1
        }
        return "\(sign)\(thousandths / 1000).\(padded(fraction, to: digits))"
    }

    /// Milliseconds as seconds with exactly three decimals: `1234` -> `1.234`, `5` -> `0.005`.
    public static func seconds(milliseconds: Int) -> String {
        let value = max(0, milliseconds)
        return "\(value / 1000).\(padded(value % 1000, to: 3))"
    }

    /// `part` of `whole` as a percentage with one decimal (`71.4`); 0 when `whole` is 0.
    public static func percent(_ part: Double, of whole: Double) -> String {
        guard whole > 0, part.isFinite else { return "0" }
        let tenths = Int((part / whole * 1000).rounded())
        return tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10).\(abs(tenths % 10))"
    }

    private static func padded(_ value: Int, to digits: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}
