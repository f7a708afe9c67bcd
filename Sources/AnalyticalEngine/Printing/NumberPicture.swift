/// A picture from `A write numbers as …`, applied as the reference's `editToPicture` does,
/// from the right: `9` a digit or 0, `#` a digit while any remain, `,` a comma if the
/// picture has a `9` or digits remain, `-` a minus sign if negative, `±` a sign always, `+`
/// a minus or a space; anything else is copied. Digits left over are written in front, and
/// a negative number with no sign in its picture gets a `-` in front.
///
/// `9,999.99` prints 1234567 as `12,345.67`; `#,###` prints 42 as `42`; `9,999` prints 42 as `0,042`.
struct NumberPicture: Sendable, Hashable {
    let characters: [Character]
    private let hasNine: Bool

    init(_ picture: String) {
        characters = Array(picture)
        hasNine = characters.contains("9")
    }

    func format(_ value: Decimal50) -> String {
        var digitBytes: [UInt8] = []
        value.appendMagnitudeDigits(to: &digitBytes)
        var digits = digitBytes.map { Character(Unicode.Scalar($0)) }
        let negative = value.isNegative
        var signed = false
        var output: [Character] = []
        for character in characters.reversed() {
            switch character {
            case "9":
                output.append(digits.popLast() ?? "0")
            case "#":
                if let digit = digits.popLast() { output.append(digit) }
            case ",":
                if hasNine || !digits.isEmpty { output.append(",") }
            case "-":
                if negative {
                    output.append("-")
                    signed = true
                }
            case "±":
                output.append(negative ? "-" : "+")
                signed = true
            case "+":
                output.append(negative ? "-" : " ")
                signed = true
            default:
                output.append(character)
            }
        }
        output += digits.reversed()
        if negative && !signed { output.append("-") }
        return String(output.reversed())
    }
}
