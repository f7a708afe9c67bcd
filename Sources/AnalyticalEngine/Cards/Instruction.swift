/// One card, read once before the run into what the Engine does with it: a kind and two small
/// operands, eight bytes, so the hot loop does no string work.
///
/// `operand` is a column, a step or skip count, or an index into the chain's tables;
/// `primed` is the prime of a variable card or the `?` of a combinatorial card.
struct Instruction: Sendable, Hashable {
    enum Kind: UInt8, Sendable {
        /// `+ - × ÷` and friends; `operand` is a `Mill.Operation` raw value.
        case operation
        /// `L` (`primed` for `L'`).
        case load
        /// `Z`: load, then zero the column.
        case loadAndZero
        /// `S` (`primed` for `S'`).
        case store
        /// `N`: `operand` is the column, `table` the index of the value.
        case number
        /// `<n`.
        case stepUp
        /// `>n`.
        case stepDown
        /// `CF+n` / `CF?n` (`primed` for `?`); `operand` may be negative.
        case forward
        /// `CB+n` / `CB?n`.
        case backward
        case print
        case bell
        /// `H`: `table` indexes the message, -1 for none.
        case halt
        /// `A write numbers as …`: `table` indexes the picture, -1 for plain numbers.
        case picture
        /// `A write annotation …`: `table` indexes the text.
        case annotation
        case writeInColumns
        case writeInRows
        case newLine
        /// Comments, and the cards this Engine accepts but has no apparatus for (`T` trace,
        /// `D` curve drawing): they take their place in the chain and do nothing.
        case nothing
        /// A card whose first character names no operation: an abnormality when reached.
        case unknown
    }

    var kind: Kind
    var primed: Bool = false
    var operand: Int32 = 0
    var table: Int32 = -1
}
