import Execution
import Testing

@testable import AnalyticalEngine

/// The register dialect: assembler diagnostics and the interpreter's semantics.
@Suite struct RegisterMachineTests {
    @Test func sumsWhatTheCardReaderHolds() {
        let program = """
            ; read a count, then that many integers, and print their sum
                    RDCRD C
                    LOAD A, 0
            loop:   CMP C, 0
                    JLE done
                    RDCRD B
                    ADD A, B
                    SUB C, 1
                    JMP loop
            done:   WRPRN A
                    HALT
            """
        let result = EngineRun.registers(
            program, stdin: "3\n99999999999999999999999999999999999999999999999999\n-5 +7\n")
        #expect(result.verdict == .accepted)
        #expect(result.stdoutText == "1\n")
    }

    @Test func addWrapsAndSetsOverflow() {
        let program = """
            LOAD A, 99999999999999999999999999999999999999999999999999
            ADD A, 2
            WRPRN A
            JOV wrapped
            HALT
            wrapped: WRPRN 7
            LOAD B, -99999999999999999999999999999999999999999999999999
            SUB B, 1
            WRPRN B
            """
        #expect(EngineRun.registers(program).stdoutText == "1\n7\n0\n")
    }

    @Test func multiplicationKeepsTheLow50Digits() {
        let program =
            "LOAD A, 100000000000000000000000000000000000000000000000\nMULT A, -1003\nWRPRN A\nJNO no\nWRPRN 1\nno: HALT\n"
        #expect(EngineRun.registers(program).stdoutText == "-300000000000000000000000000000000000000000000000\n1\n")
    }

    @Test func divisionTruncatesAndLeavesTheRemainderInD() {
        let program = "LOAD A, -17\nDIV A, 5\nWRPRN A\nWRPRN D\nLOAD B, 17\nDIV B, -5\nWRPRN B\nWRPRN D\n"
        #expect(EngineRun.registers(program).stdoutText == "-3\n-2\n-3\n2\n")
    }

    @Test func memoryIndirectAddressingStackAndCalls() {
        let program = """
                    LOAD B, 10
                    LOAD A, 42
                    STOR A, [B]
                    LOAD C, [10]
                    PUSH C
                    CALL double
                    POP D
                    WRPRN D
                    HALT
            double: LOAD A, [10]    # a subroutine
                    ADD A, [B]
                    STOR A, [1999]
                    WRPRN [1999]
                    RET
            """
        #expect(EngineRun.registers(program).stdoutText == "84\n42\n")
    }

    @Test func comparisonsDriveTheJumps() {
        let program = """
            LOAD A, 5
            CMP A, 7
            JLT less
            WRPRN 0
            less: JGE never
            CMP A, 5
            JNZ never
            JZ equal
            never: WRPRN 99
            equal: WRPRN 1
            """
        #expect(EngineRun.registers(program).stdoutText == "1\n")
    }

    @Test(arguments: [
        ("LOAD A, 1\nFROB A\n", 2, 1, "unknown instruction 'FROB'"),
        ("ADD A\n", 1, 5, "ADD takes 2 operands, found 1"),
        ("LOAD E, 1\n", 1, 6, "expected a register"),
        ("STOR A, 5\n", 1, 9, "expected a memory word"),
        ("LOAD A, [2000]\n", 1, 10, "memory address '2000'"),
        ("LOAD A, 12x\n", 1, 9, "integer of at most 50 digits"),
        ("JMP nowhere\n", 1, 5, "undefined label 'nowhere'"),
        ("a: HALT\na: HALT\n", 2, 1, "label 'a' is defined twice"),
        ("LOAD A, [B\n", 1, 9, "unclosed memory operand"),
    ])
    func assemblerDiagnosticsNameLineAndColumn(source: String, line: Int, column: Int, message: String) {
        switch AnalyticalEngine.compile(source: source, path: "p.bab", language: .babbageAssembly) {
        case .success:
            Issue.record("assembled: \(source)")
        case .failure(let error):
            #expect(error.line == line)
            #expect(error.column == column)
            #expect(error.message.contains(message), "\(error.message)")
            #expect(error.description.hasPrefix("p.bab:\(line):\(column): error: "))
        }
    }

    @Test(arguments: [
        ("DIV A, 0\n", "division by zero"),
        ("RDCRD A\n", "no more integers"),
        ("RET\n", "empty stack"),
        ("LOAD B, 5000\nLOAD A, [B]\n", "outside the store"),
        ("loop: CALL loop\n", "stack overflow"),
    ])
    func runtimeFaultsNameTheLine(source: String, message: String) {
        let result = EngineRun.registers(source)
        #expect(result.verdict == .runtimeError)
        #expect(result.detail?.contains(message) == true, "\(result.detail ?? "")")
        #expect(result.detail?.contains("prog.bab:") == true)
    }

    @Test func badInputIsARuntimeError() {
        #expect(EngineRun.registers("RDCRD A\n", stdin: "twelve\n").verdict == .runtimeError)
    }

    @Test func runawayProgramHitsTheInstructionBudget() {
        let result = EngineRun.registers("top: JMP top\n", limits: ResourceLimits(cpuMs: 5))
        #expect(result.verdict == .timeLimit)
    }
}
