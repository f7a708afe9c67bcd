/// How many columns text takes on a terminal, for aligning tables.
enum TerminalText {
    /// Columns `text` occupies: 2 for East Asian wide and emoji characters, 1 for others;
    /// combining marks ride on the character before them.
    static func width(_ text: String) -> Int {
        text.reduce(0) { total, character in
            total + (character.unicodeScalars.contains(where: isWide) ? 2 : 1)
        }
    }

    /// `text` cut to at most `limit` columns, ending in `…` when anything was cut.
    static func truncate(_ text: String, to limit: Int) -> String {
        guard width(text) > limit else { return text }
        var kept = ""
        var used = 0
        for character in text {
            let next = width(String(character))
            guard used + next <= limit - 1 else { break }
            kept.append(character)
            used += next
        }
        return kept + "…"
    }

    private static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
            0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
            0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}
