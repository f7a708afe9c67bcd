/// Assembles the register dialect (`.bab`, see docs/babbage-asm.md):
///
///     ; sum two numbers from the card reader
///     start:  RDCRD A
///             RDCRD B
///             ADD A, B        ; A = A + B
///             WRPRN A
///             HALT
///
/// One instruction per line, an optional `label:` before it, `;` or `#` to the end of the line
/// a comment. Mnemonics and registers are case-insensitive; labels are not. Operands are
/// separated by commas: a register `A`-`D`, an integer, a memory word `[0]`-`[1999]` or
/// `[B]` (the word whose address is in B), or a label.
enum Assembler {
    static let storeSize = 2000

    static func assemble(_ source: String, path: String) throws(EngineCompileError) -> RegisterProgram {
        let lines = source.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { String($0) }
        var labels: [String: Int] = [:]
        var pending: [Statement] = []
        for (index, text) in lines.enumerated() {
            var statement = Statement(text: text, line: index + 1, path: path)
            for label in statement.takeLabels() {
                guard labels[label.name] == nil else {
                    throw statement.error("label '\(label.name)' is defined twice", at: label.column)
                }
                labels[label.name] = pending.count
            }
            if statement.hasInstruction { pending.append(statement) }
        }
        var instructions: [RegisterInstruction] = []
        for statement in pending {
            instructions.append(try statement.assemble(labels: labels))
        }
        return RegisterProgram(instructions: instructions, path: path)
    }
}

/// One line of source being assembled, with positions for diagnostics.
private struct Statement {
    let line: Int
    let path: String
    /// The line without its comment, as scalars so columns count characters.
    private let scalars: [Unicode.Scalar]
    private var position = 0

    init(text: String, line: Int, path: String) {
        self.line = line
        self.path = path
        var scalars = Array(text.unicodeScalars)
        if let comment = scalars.firstIndex(where: { $0 == ";" || $0 == "#" }) { scalars.removeSubrange(comment...) }
        if scalars.last == "\r" { scalars.removeLast() }
        self.scalars = scalars
    }

    var hasInstruction: Bool {
        scalars[position...].contains { !$0.properties.isWhitespace }
    }

    func error(_ message: String, at column: Int) -> EngineCompileError {
        EngineCompileError(path: path, line: line, column: column, message: message)
    }

    /// Takes `name:` prefixes off the line.
    mutating func takeLabels() -> [(name: String, column: Int)] {
        var labels: [(String, Int)] = []
        while true {
            skipSpace()
            let start = position
            var end = start
            while end < scalars.count, Statement.isNameScalar(scalars[end]) { end += 1 }
            guard end > start, end < scalars.count, scalars[end] == ":" else { return labels }
            labels.append((String(String.UnicodeScalarView(scalars[start..<end])), start + 1))
            position = end + 1
        }
    }

    func assemble(labels: [String: Int]) throws(EngineCompileError) -> RegisterInstruction {
        var cursor = self
        cursor.skipSpace()
        let mnemonicColumn = cursor.position + 1
        let mnemonic = cursor.word().uppercased()
        guard
            let opcode = RegisterInstruction.Opcode(rawValue: mnemonic) ?? RegisterInstruction.Opcode.aliases[mnemonic]
        else {
            throw error(
                "unknown instruction '\(mnemonic)'; expected one of \(RegisterInstruction.Opcode.allCases.map(\.rawValue).joined(separator: " "))",
                at: mnemonicColumn)
        }
        let pieces = cursor.operandTexts()
        let shape = opcode.shape
        guard pieces.count == shape.count else {
            let column = pieces.first?.column ?? cursor.scalars.count + 1
            throw error(
                "\(opcode.rawValue) takes \(shape.count) operand\(shape.count == 1 ? "" : "s"), found \(pieces.count)",
                at: column)
        }
        var operands: [RegisterInstruction.Operand] = []
        for (piece, expected) in zip(pieces, shape) {
            operands.append(try operand(piece.text, column: piece.column, shape: expected, labels: labels))
        }
        return RegisterInstruction(
            opcode: opcode, first: operands.first ?? .none, second: operands.dropFirst().first ?? .none, line: line)
    }

    private func operand(
        _ text: String, column: Int, shape: RegisterInstruction.OperandShape, labels: [String: Int]
    ) throws(EngineCompileError) -> RegisterInstruction.Operand {
        let register = Statement.register(text)
        switch shape {
        case .register:
            guard let register else { throw error("expected a register A, B, C or D, found '\(text)'", at: column) }
            return .register(register)
        case .label:
            guard let target = labels[text] else {
                throw error(
                    Statement.isName(text) ? "undefined label '\(text)'" : "expected a label, found '\(text)'",
                    at: column)
            }
            return .target(target)
        case .memory, .value:
            if text.hasPrefix("[") {
                guard text.hasSuffix("]"), text.count > 2 else {
                    throw error("unclosed memory operand '\(text)'", at: column)
                }
                let inner = String(text.dropFirst().dropLast()).javaTrimmed
                if let register = Statement.register(inner) { return .indirect(register) }
                guard let address = Int(inner), (0..<Assembler.storeSize).contains(address) else {
                    throw error(
                        "memory address '\(inner)' is not a word of the store (0-\(Assembler.storeSize - 1)) or a register",
                        at: column + 1)
                }
                return .memory(address)
            }
            guard shape == .value else {
                throw error("expected a memory word such as [12] or [B], found '\(text)'", at: column)
            }
            if let register { return .register(register) }
            let digits = text.hasPrefix("+") ? String(text.dropFirst()) : text
            guard let value = Decimal50(referenceText: digits), !value.reaches10e50 else {
                throw error(
                    "expected a register, an integer of at most 50 digits or a memory word, found '\(text)'", at: column
                )
            }
            return .constant(value.isZero ? .zero : value)
        }
    }

    private mutating func skipSpace() {
        while position < scalars.count, scalars[position].properties.isWhitespace { position += 1 }
    }

    private mutating func word() -> String {
        let start = position
        while position < scalars.count, !scalars[position].properties.isWhitespace { position += 1 }
        return String(String.UnicodeScalarView(scalars[start..<position]))
    }

    /// The comma-separated operands after the mnemonic, trimmed, with their columns.
    private mutating func operandTexts() -> [(text: String, column: Int)] {
        skipSpace()
        guard position < scalars.count else { return [] }
        var pieces: [(String, Int)] = []
        var start = position
        for index in position...scalars.count where index == scalars.count || scalars[index] == "," {
            var from = start
            while from < index, scalars[from].properties.isWhitespace { from += 1 }
            let text = String(String.UnicodeScalarView(scalars[start..<index])).javaTrimmed
            pieces.append((text, from + 1))
            start = index + 1
        }
        return pieces
    }

    private static func register(_ text: String) -> Int? {
        switch text.uppercased() {
        case "A": return 0
        case "B": return 1
        case "C": return 2
        case "D": return 3
        default: return nil
        }
    }

    private static func isNameScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "_" || scalar == "." || (scalar.isASCII && scalar.properties.isAlphabetic)
            || ("0"..."9").contains(scalar)
    }

    private static func isName(_ text: String) -> Bool {
        !text.isEmpty && text.unicodeScalars.allSatisfy(isNameScalar)
    }
}
