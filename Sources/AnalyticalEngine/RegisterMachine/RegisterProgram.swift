/// An assembled register program: its instructions in order, labels resolved to indices.
public struct RegisterProgram: Sendable {
    let instructions: [RegisterInstruction]
    let path: String
}
