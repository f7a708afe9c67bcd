import Execution

/// The Engine proper: runs a mounted chain through the card reader, the Store and the Mill
/// until a halt card, the end of the chain, an abnormality or a limit.
///
/// The card reader is an index into the chain; the Store a buffer of 1000 columns; the Mill
/// a value on the stack. Nothing is allocated per card except what the printer writes.
struct Engine {
    let chain: Chain
    let budget: RunBudget

    /// Runs the chain; the printer holds what was written.
    func run(printer: inout PrintingApparatus) -> RunStop {
        var store = ContiguousArray(repeating: Decimal50.zero, count: 1000)
        return store.withUnsafeMutableBufferPointer { store in
            chain.instructions.withUnsafeBufferPointer { code in
                chain.numbers.withUnsafeBufferPointer { numbers in
                    execute(code, store: store, numbers: numbers, printer: &printer)
                }
            }
        }
    }

    private func execute(
        _ code: UnsafeBufferPointer<Instruction>, store: UnsafeMutableBufferPointer<Decimal50>,
        numbers: UnsafeBufferPointer<Decimal50>, printer: inout PrintingApparatus
    ) -> RunStop {
        var mill = Mill()
        var next = 0
        var executed = 0
        var checkpoint = budget.nextCheckpoint(after: 0)
        let count = code.count
        do throws(Mill.Fault) {
            while next < count {
                let card = code[next]
                next &+= 1
                executed &+= 1
                if executed >= checkpoint {
                    if let exhausted = budget.exhausted(executed: executed) { return .timeLimit(exhausted) }
                    checkpoint = budget.nextCheckpoint(after: executed)
                }
                switch card.kind {
                case .statement:
                    next &+= 2  // a complaint from the crank names the second load card
                    store[Int(card.third)] = try mill.statement(
                        Mill.Operation(rawValue: card.operation) ?? .none, first: store[Int(card.operand)],
                        second: store[Int(card.second)])
                    next &+= 1
                    executed &+= 3
                case .loadPair:
                    if mill.loadsSinceCrank == 0 {
                        next &+= 1  // the crank is the second card's
                        try mill.loadBoth(store[Int(card.operand)], store[Int(card.second)])
                    } else {
                        try mill.transferIn(store[Int(card.operand)], primed: false)
                        next &+= 1
                        try mill.transferIn(store[Int(card.second)], primed: false)
                    }
                    executed &+= 1
                case .load:
                    try mill.transferIn(store[Int(card.operand)], primed: false)
                case .store:
                    store[Int(card.operand)] = mill.transferOut(primed: false)
                case .operation:
                    mill.setOperation(Mill.Operation(rawValue: UInt8(card.operand)) ?? .none)
                case .backwardIfRunUp, .backward:
                    guard card.kind == .backward || mill.runUp else { break }
                    // The reader's `repeat`, in its 32-bit arithmetic: before the first card is
                    // the floor; a negative count past the last card just ends the chain.
                    let target = Int(Int32(truncatingIfNeeded: next) &- card.operand)
                    guard target >= 0 else { return abnormality("Card chain fell on floor during", at: next - 1) }
                    next = target
                case .forwardIfRunUp, .forward:
                    guard card.kind == .forward || mill.runUp else { break }
                    // The reader's `advance`, in its 32-bit arithmetic: at or past the end is the
                    // floor; a target before the first card (a negative count, or one that wraps
                    // past 2^31 as `CF+2147483647` does) finds no card, which ends the run as the
                    // reference's does.
                    let target = Int(Int32(truncatingIfNeeded: next) &+ card.operand)
                    guard target < count else { return abnormality("Card chain fell on floor during", at: next - 1) }
                    guard target >= 0 else { return .halted }
                    next = target
                case .loadPrimed:
                    try mill.transferIn(store[Int(card.operand)], primed: true)
                case .storePrimed:
                    store[Int(card.operand)] = mill.transferOut(primed: true)
                case .loadAndZero:
                    try mill.transferIn(store[Int(card.operand)], primed: card.primed)
                    store[Int(card.operand)] = .zero
                case .number:
                    store[Int(card.operand)] = numbers[Int(card.table)]
                case .stepUp:
                    try mill.stepUp(Int(card.operand))
                case .stepDown:
                    try mill.stepDown(Int(card.operand))
                case .nothing:
                    break
                case .print:
                    guard printer.print(mill.currentAxis) else { return .outputLimit }
                case .halt:
                    if card.table >= 0 {
                        guard printer.write("Halt: \(chain.texts[Int(card.table)])\n") else { return .outputLimit }
                    }
                    return .halted
                case .bell:
                    guard printer.write(byte: 0x07) else { return .outputLimit }
                case .picture:
                    printer.picture = card.table >= 0 ? chain.pictures[Int(card.table)] : nil
                case .annotation:
                    guard printer.annotate(chain.texts[Int(card.table)]) else { return .outputLimit }
                case .writeInColumns:
                    printer.writeInRows = false
                case .writeInRows:
                    printer.writeInRows = true
                case .newLine:
                    guard printer.write(byte: 0x0A) else { return .outputLimit }
                case .unknown:
                    return abnormality("Unknown operation", at: next - 1)
                }
            }
        } catch {
            switch error {
            case .capacity:
                return abnormality(
                    "a value reached 10^54, past what this Engine's columns hold (the reference keeps every digit)",
                    at: next - 1)
            case .divisionByNegativeZero:
                return abnormality("division by a negative zero (the reference emulator crashes here)", at: next - 1)
            }
        }
        return .halted
    }

    private func abnormality(_ message: String, at index: Int) -> RunStop {
        let card = chain.cards[index]
        return .abnormality(message, place: "\(card.origin) (card '\(card.text)')")
    }
}
