/// The printing apparatus: what `P`, annotations, `B` (the bell, a BEL character) and a
/// halt message write, as the reference writes them to standard output, with the attendant's
/// number picture and the rows-or-columns setting.
///
/// It holds at most `limit` bytes; past that the run ends with `output_limit`.
struct PrintingApparatus {
    private(set) var output: [UInt8] = []
    private(set) var overflowed = false
    private let limit: Int
    /// The picture in force, nil for plain numbers.
    var picture: NumberPicture?
    /// `A write in rows` (each item ends a line, the default) or `A write in columns`.
    var writeInRows = true

    init(limit: Int) {
        self.limit = max(0, limit)
    }

    /// `P`: the number, then a line end when writing in rows. Returns false past the limit.
    mutating func print(_ value: Decimal50) -> Bool {
        if let picture {
            return write(picture.format(value)) && endItem()
        }
        var digits: [UInt8] = []
        value.appendDecimal(to: &digits)
        return write(digits) && endItem()
    }

    /// `A write annotation TEXT`.
    mutating func annotate(_ text: String) -> Bool {
        write(text) && endItem()
    }

    mutating func write(_ text: String) -> Bool {
        write(Array(text.utf8))
    }

    mutating func write(_ bytes: [UInt8]) -> Bool {
        let room = limit - output.count
        if bytes.count > room {
            output += bytes.prefix(room)
            overflowed = true
            return false
        }
        output += bytes
        return true
    }

    private mutating func endItem() -> Bool {
        writeInRows ? write([0x0A]) : true
    }
}
