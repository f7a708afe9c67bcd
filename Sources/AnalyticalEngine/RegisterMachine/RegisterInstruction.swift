/// One assembled instruction of the register dialect, e.g. `ADD A, [12]`.
struct RegisterInstruction: Sendable, Hashable {
    enum Opcode: String, Sendable, CaseIterable {
        case load = "LOAD", store = "STOR", add = "ADD", subtract = "SUB", multiply = "MULT", divide = "DIV"
        case compare = "CMP", jump = "JMP", jumpIfZero = "JZ", jumpIfNotZero = "JNZ", jumpIfLess = "JLT"
        case jumpIfGreater = "JGT", jumpIfLessOrEqual = "JLE", jumpIfGreaterOrEqual = "JGE"
        case jumpIfOverflow = "JOV", jumpIfNoOverflow = "JNO"
        case call = "CALL", `return` = "RET", push = "PUSH", pop = "POP"
        case readCard = "RDCRD", write = "WRPRN", halt = "HALT", noOperation = "NOP"

        /// Spellings accepted besides the canonical one.
        static let aliases: [String: Opcode] = [
            "STORE": .store, "MUL": .multiply, "JE": .jumpIfZero, "JNE": .jumpIfNotZero,
        ]

        /// What the operands must be, in order.
        var shape: [OperandShape] {
            switch self {
            case .load, .add, .subtract, .multiply, .divide, .compare: return [.register, .value]
            case .store: return [.register, .memory]
            case .jump, .jumpIfZero, .jumpIfNotZero, .jumpIfLess, .jumpIfGreater, .jumpIfLessOrEqual,
                .jumpIfGreaterOrEqual, .jumpIfOverflow, .jumpIfNoOverflow, .call:
                return [.label]
            case .push, .readCard, .pop: return [.register]
            case .write: return [.value]
            case .return, .halt, .noOperation: return []
            }
        }
    }

    /// The kinds of operand the assembler checks for.
    enum OperandShape {
        /// `A`, `B`, `C` or `D`.
        case register
        /// A register, an integer (`42`, `-7`) or a memory word (`[12]`, `[B]`).
        case value
        /// A memory word only.
        case memory
        /// A label.
        case label
    }

    /// An operand as assembled.
    enum Operand: Sendable, Hashable {
        case none
        case register(Int)
        case constant(Decimal50)
        case memory(Int)
        /// The word whose address is in a register.
        case indirect(Int)
        case target(Int)
    }

    var opcode: Opcode
    var first: Operand = .none
    var second: Operand = .none
    /// The source line, for runtime messages.
    var line: Int
}
