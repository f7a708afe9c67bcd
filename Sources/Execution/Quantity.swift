import Foundation

/// Parses the quantities limits are written in: `2s`, `500ms`, `1.5s`, `256MiB`, `1MB`, `32`.
///
/// 1. Times take `ms`, `s`, `m` (minutes); a bare number is seconds. Result: milliseconds.
/// 2. Sizes take `B`, `K`/`KB`/`KiB`, `M`/`MB`/`MiB`, `G`/`GB`/`GiB`; all are binary
///    (1 MB = 1 MiB = 1,048,576 bytes), as judges and cgroups read them. A bare number is bytes.
/// 3. Counts are whole non-negative numbers.
public enum Quantity {
    public enum Kind: Sendable {
        case time, bytes, count
    }

    /// The parsed amount, or `nil` with nothing to say but "not a valid quantity of this kind".
    public static func parse(_ text: String, as kind: Kind) -> Int? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let numberEnd = trimmed.firstIndex { !($0.isNumber || $0 == ".") } ?? trimmed.endIndex
        let numberText = trimmed[..<numberEnd]
        let unit = trimmed[numberEnd...].trimmingCharacters(in: .whitespaces).lowercased()
        guard let number = Double(numberText), number >= 0, number.isFinite else { return nil }
        let scale: Double
        switch kind {
        case .count:
            guard unit.isEmpty, number == number.rounded() else { return nil }
            scale = 1
        case .time:
            switch unit {
            case "ms": scale = 1
            case "", "s", "sec": scale = 1_000
            case "m", "min": scale = 60_000
            default: return nil
            }
        case .bytes:
            switch unit {
            case "", "b": scale = 1
            case "k", "kb", "kib": scale = 1_024
            case "m", "mb", "mib": scale = 1_048_576
            case "g", "gb", "gib": scale = 1_073_741_824
            default: return nil
            }
        }
        let amount = number * scale
        guard amount < Double(Int.max / 2) else { return nil }
        return Int(amount.rounded())
    }

    /// How a quantity of this kind is written, for error messages.
    public static func example(of kind: Kind) -> String {
        switch kind {
        case .time: return "a time such as 2s or 500ms"
        case .bytes: return "a size such as 256MiB or 1MiB"
        case .count: return "a whole number such as 32"
        }
    }
}
