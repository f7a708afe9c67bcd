import Execution
import Foundation

/// The `specgrade run --json` record: `{verdict, exit_code, signal, stdout, stderr, cpu_ms,
/// wall_ms, memory_kb, isolation}`, plus `detail` and the truncation flags.
struct RunRecord: Encodable {
    struct IsolationRecord: Encodable {
        var layers: [String]
        var missing: [String: String]
        var notes: [String]
    }

    var verdict: String
    var detail: String?
    var exit_code: Int32?
    var signal: String?
    var stdout: String
    var stderr: String
    var stdout_truncated: Bool
    var stderr_truncated: Bool
    var cpu_ms: Int
    var wall_ms: Int
    var memory_kb: Int
    var isolation: IsolationRecord

    init(_ result: ExecutionResult) {
        verdict = result.verdict.rawValue
        detail = result.detail
        exit_code = result.exitCode
        signal = result.signal
        stdout = result.stdoutText
        stderr = result.stderrText
        stdout_truncated = result.stdoutTruncated
        stderr_truncated = result.stderrTruncated
        cpu_ms = result.cpuMs
        wall_ms = result.wallMs
        memory_kb = result.memoryKB
        isolation = IsolationRecord(
            layers: result.isolation.layers.map(\.rawValue).sorted(), missing: result.isolation.missing,
            notes: result.isolation.notes)
    }

    func encoded() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return (try? encoder.encode(self)) ?? Data("{\"verdict\":\"internal_error\"}".utf8)
    }
}
