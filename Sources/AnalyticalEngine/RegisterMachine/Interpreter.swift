/// Runs a register program (docs/babbage-asm.md): registers A-D and 2000 words of 50-digit
/// integers, a stack of 1024 words shared by CALL/RET and PUSH/POP, a condition (the sign
/// of the last arithmetic result or comparison) and an overflow flag.
struct Interpreter {
    static let stackSize = 1024

    let program: RegisterProgram
    let budget: RunBudget

    private struct Machine {
        var registers = [Decimal50](repeating: .zero, count: 4)
        var memory = [Decimal50](repeating: .zero, count: Assembler.storeSize)
        var stack: [Decimal50] = []
        var condition = 0
        var overflow = false
        var input: [Substring]
        var nextInput = 0
    }

    /// A runtime fault with its message; the caller adds the line.
    private struct Fault: Error {
        var message: String
    }

    func run(input: String, printer: inout PrintingApparatus) -> RunStop {
        var machine = Machine(input: Interpreter.integers(in: input))
        let code = program.instructions
        var next = 0
        var executed = 0
        var checkpoint = budget.nextCheckpoint(after: 0)
        while next < code.count {
            let instruction = code[next]
            next += 1
            executed += 1
            if executed >= checkpoint {
                if let exhausted = budget.exhausted(executed: executed) { return .timeLimit(exhausted) }
                checkpoint = budget.nextCheckpoint(after: executed)
            }
            do throws(Fault) {
                switch try step(instruction, machine: &machine, next: &next, printer: &printer) {
                case .continue: continue
                case .halt: return .halted
                case .outputLimit: return .outputLimit
                }
            } catch {
                return .abnormality(
                    error.message, place: "\(program.path):\(instruction.line) (\(instruction.opcode.rawValue))")
            }
        }
        return .halted
    }

    /// The tokens RDCRD reads: whitespace-separated, skipping comment lines (starting with
    /// `.`) and number-card column tokens (`N001`), so one input deck of number cards
    /// (`N001 5`) serves decks and register programs alike.
    static func integers(in input: String) -> [Substring] {
        input.split(separator: "\n", omittingEmptySubsequences: true)
            .filter { !$0.hasPrefix(".") }
            .flatMap { $0.split(whereSeparator: { $0.isWhitespace }) }
            .filter { token in
                !(token.first == "N" && token.count > 1 && token.dropFirst().allSatisfy(\.isASCII)
                    && token.dropFirst().allSatisfy(\.isNumber))
            }
    }

    private enum StepResult {
        case `continue`, halt, outputLimit
    }

    private func step(
        _ instruction: RegisterInstruction, machine: inout Machine, next: inout Int, printer: inout PrintingApparatus
    ) throws(Fault) -> StepResult {
        let first = instruction.first
        let second = instruction.second
        switch instruction.opcode {
        case .load:
            machine.registers[try register(first)] = try value(second, machine)
        case .store:
            machine.memory[try address(second, machine)] = machine.registers[try register(first)]
        case .add, .subtract:
            let target = try register(first)
            let x = machine.registers[target]
            let y = try value(second, machine)
            let raw = instruction.opcode == .add ? Decimal50.referenceSum(x, y) : Decimal50.referenceDifference(x, y)
            guard let raw else { throw Fault(message: "internal: sum past capacity") }
            machine.registers[target] = settle(raw, machine: &machine)
        case .multiply:
            let target = try register(first)
            let product = WideDecimal.referenceProduct(
                WideDecimal(machine.registers[target]), WideDecimal(try value(second, machine)))
            guard let product else { throw Fault(message: "internal: product past capacity") }
            let (_, low) = WideDecimal.referenceQuotientAndRemainder(product, WideDecimal(.tenToThe50), exact: true)
            machine.registers[target] = settle(low.narrowed ?? .zero, machine: &machine)
            machine.overflow = WideDecimal.compareMagnitudes(product, WideDecimal(.tenToThe50)) >= 0
        case .divide:
            let target = try register(first)
            let divisor = try value(second, machine)
            guard !divisor.isZero else { throw Fault(message: "division by zero") }
            let (quotient, remainder) = WideDecimal.referenceQuotientAndRemainder(
                WideDecimal(machine.registers[target]), WideDecimal(divisor), exact: true)
            machine.registers[target] = settle(quotient.narrowed ?? .zero, machine: &machine)
            machine.registers[3] = Interpreter.normalised(remainder.narrowed ?? .zero)
        case .compare:
            machine.condition = Decimal50.referenceCompare(
                machine.registers[try register(first)], try value(second, machine))
        case .jump, .jumpIfZero, .jumpIfNotZero, .jumpIfLess, .jumpIfGreater, .jumpIfLessOrEqual,
            .jumpIfGreaterOrEqual, .jumpIfOverflow, .jumpIfNoOverflow:
            if Interpreter.taken(instruction.opcode, machine: machine), case .target(let target) = first {
                next = target
            }
        case .call:
            guard machine.stack.count < Interpreter.stackSize else {
                throw Fault(message: "stack overflow (1024 words)")
            }
            machine.stack.append(Decimal50(next))
            if case .target(let target) = first { next = target }
        case .return:
            guard let address = machine.stack.popLast() else { throw Fault(message: "RET with an empty stack") }
            guard let target = address.intValue, (0...program.instructions.count).contains(target) else {
                throw Fault(message: "RET to \(address), which is not an instruction (was a PUSH not POPped?)")
            }
            next = target
        case .push:
            guard machine.stack.count < Interpreter.stackSize else {
                throw Fault(message: "stack overflow (1024 words)")
            }
            machine.stack.append(machine.registers[try register(first)])
        case .pop:
            guard let value = machine.stack.popLast() else { throw Fault(message: "POP with an empty stack") }
            machine.registers[try register(first)] = value
        case .readCard:
            guard machine.nextInput < machine.input.count else {
                throw Fault(message: "RDCRD: no more integers in the input")
            }
            let token = machine.input[machine.nextInput]
            machine.nextInput += 1
            let digits = token.hasPrefix("+") ? token.dropFirst() : token
            guard let read = Decimal50(referenceText: digits), !read.reaches10e50 else {
                throw Fault(message: "RDCRD: input '\(token)' is not an integer of at most 50 digits")
            }
            machine.registers[try register(first)] = Interpreter.normalised(read)
        case .write:
            // The printer has no picture here and writes in rows: the integer and a line end.
            guard printer.print(try value(first, machine)) else { return .outputLimit }
        case .halt:
            return .halt
        case .noOperation:
            break
        }
        return .continue
    }

    /// Wraps an add/sub/mult/div result into (-10^50, 10^50), setting the overflow flag and
    /// the condition.
    private func settle(_ raw: Decimal50, machine: inout Machine) -> Decimal50 {
        var result = raw
        machine.overflow = result.reaches10e50
        if machine.overflow { result.high -= Decimal50.topOf10e50 }
        result = Interpreter.normalised(result)
        machine.condition = result.isZero ? 0 : (result.isNegative ? -1 : 1)
        return result
    }

    /// The dialect has no negative zero.
    private static func normalised(_ value: Decimal50) -> Decimal50 {
        value.isZero ? .zero : value
    }

    private static func taken(_ opcode: RegisterInstruction.Opcode, machine: Machine) -> Bool {
        switch opcode {
        case .jumpIfZero: return machine.condition == 0
        case .jumpIfNotZero: return machine.condition != 0
        case .jumpIfLess: return machine.condition < 0
        case .jumpIfGreater: return machine.condition > 0
        case .jumpIfLessOrEqual: return machine.condition <= 0
        case .jumpIfGreaterOrEqual: return machine.condition >= 0
        case .jumpIfOverflow: return machine.overflow
        case .jumpIfNoOverflow: return !machine.overflow
        default: return true
        }
    }

    private func register(_ operand: RegisterInstruction.Operand) throws(Fault) -> Int {
        guard case .register(let index) = operand else { throw Fault(message: "internal: register operand expected") }
        return index
    }

    private func address(_ operand: RegisterInstruction.Operand, _ machine: Machine) throws(Fault) -> Int {
        switch operand {
        case .memory(let address):
            return address
        case .indirect(let register):
            let value = machine.registers[register]
            guard let address = value.intValue, (0..<Assembler.storeSize).contains(address) else {
                throw Fault(
                    message:
                        "address \(value) (in register \("ABCD".map { $0 }[register])) is outside the store (0-1999)")
            }
            return address
        default:
            throw Fault(message: "internal: memory operand expected")
        }
    }

    private func value(_ operand: RegisterInstruction.Operand, _ machine: Machine) throws(Fault) -> Decimal50 {
        switch operand {
        case .register(let index): return machine.registers[index]
        case .constant(let value): return value
        case .memory, .indirect: return machine.memory[try address(operand, machine)]
        case .none, .target: throw Fault(message: "internal: value operand expected")
        }
    }
}
