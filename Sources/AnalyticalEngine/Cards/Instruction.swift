/// One card, read once before the run into what the Engine does with it: a kind and two small
/// operands, eight bytes, so the hot loop does no string work.
///
/// `operand` is a column, a step or skip count, or an index into the chain's tables;
/// `primed` is the prime of a `Z` card.
struct Instruction: Sendable, Hashable {
    enum Kind: UInt8, Sendable {
        /// `+ - × ÷` and friends; `operand` is a `Mill.Operation` raw value.
        case operation
        /// `L`, `L'`.
        case load, loadPrimed
        /// `Z`: load, then zero the column (`primed` for `Z'`).
        case loadAndZero
        /// `S`, `S'`.
        case store, storePrimed
        /// `N`: `operand` is the column, `table` the index of the value.
        case number
        /// `<n`.
        case stepUp
        /// `>n`.
        case stepDown
        /// `CF+n` / `CF?n`; `operand` may be negative.
        case forward, forwardIfRunUp
        /// `CB+n` / `CB?n`.
        case backward, backwardIfRunUp
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
        /// Four cards `op`, `L a`, `L b`, `S c` run in one step (see `Fusion`): `operation`,
        /// `operand` a, `second` b, `third` c.
        case statement
        /// Two cards `L a`, `L b` run in one step: `operand` a, `second` b.
        case loadPair
    }

    var kind: Kind
    var primed: Bool = false
    /// The `Mill.Operation` of a `statement`.
    var operation: UInt8 = 0
    var operand: Int32 = 0
    var table: Int32 = -1
    var second: Int16 = 0
    var third: Int16 = 0
}
