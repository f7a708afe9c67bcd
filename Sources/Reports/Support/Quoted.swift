/// A short piece of program output written in quotes on one line, escapes visible:
/// `Quoted.text("a\tb\n")` is `"a\tb\n"` with the backslashes written out, and an ESC
/// character reads `\x1B`, so a diff line can never break the line it is shown on.
enum Quoted {
    static func text(_ value: String) -> String {
        var result = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value):
                let hex = String(scalar.value, radix: 16, uppercase: true)
                result += "\\x" + (hex.count < 2 ? "0" + hex : hex)
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
