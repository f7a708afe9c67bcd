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
                case .load:
                    try mill.transferIn(store[Int(card.operand)], primed: card.primed)
                case .store:
                    store[Int(card.operand)] = mill.transferOut(primed: card.primed)
                case .operation:
                    mill.setOperation(Mill.Operation(rawValue: UInt8(card.operand)) ?? .none)
                case .forward, .backward:
                    guard !card.primed || mill.runUp else { break }
                    let target = card.kind == .forward ? next + Int(card.operand) : next - Int(card.operand)
                    // The reference's reader: landing at or past the end, or before the start.
                    guard card.kind == .forward ? target < count : target >= 0 else {
                        return abnormality("Card chain fell on floor during", at: next - 1)
                    }
                    next = target
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
