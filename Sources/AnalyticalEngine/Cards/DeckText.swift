/// How the bytes of a deck file become text.
enum DeckText {
    /// UTF-8 when the bytes are valid UTF-8, Latin-1 (each byte the character of that code)
    /// otherwise. Latin-1 text with accented letters or `×` is almost never valid UTF-8, and
    /// ASCII reads the same either way.
    static func decode(_ bytes: [UInt8]) -> String {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(bytes.count)
        for byte in bytes { scalars.append(Unicode.Scalar(byte)) }
        return String(scalars)
    }
}
