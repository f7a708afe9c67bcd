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
        // Written straight into the output, then cut back if it went past the limit.
        value.appendDecimal(to: &output)
        return withinLimit() && endItem()
    }

    /// `A write annotation TEXT`.
    mutating func annotate(_ text: String) -> Bool {
        write(text) && endItem()
    }

    mutating func write(_ text: String) -> Bool {
        output.append(contentsOf: text.utf8)
        return withinLimit()
    }

    /// One byte: the bell, a line end.
    mutating func write(byte: UInt8) -> Bool {
        output.append(byte)
        return withinLimit()
    }

    private mutating func withinLimit() -> Bool {
        guard output.count > limit else { return true }
        output.removeLast(output.count - limit)
        overflowed = true
        return false
    }

    private mutating func endItem() -> Bool {
        writeInRows ? write(byte: 0x0A) : true
    }
}
