/// Fuses the commonest runs of cards into single instructions, so the Engine dispatches
/// once for `+ L001 L002 S003` instead of four times.
///
/// A fused instruction replaces only the first card of its run; the cards after it stay as
/// they are, so a skip landing inside the run still finds them. Running the fused
/// instruction does exactly what its cards do one by one, counts every card, and names the
/// right card if the Mill complains.
enum Fusion {
    static func fuse(_ code: inout [Instruction]) {
        // Each step looks only at cards after `index`, which are still unfused.
        for index in code.indices {
            let kinds = code[index...].prefix(4).map(\.kind)
            if kinds == [.operation, .load, .load, .store] {
                code[index] = Instruction(
                    kind: .statement, operation: UInt8(code[index].operand), operand: code[index + 1].operand,
                    second: Int16(code[index + 2].operand), third: Int16(code[index + 3].operand))
            } else if kinds.starts(with: [.load, .load]) {
                code[index] = Instruction(
                    kind: .loadPair, operand: code[index].operand, second: Int16(code[index + 1].operand))
            }
        }
    }
}
