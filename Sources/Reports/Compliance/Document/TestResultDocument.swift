import Execution
import Results

/// One entry of a submission's `tests`: `{"id": "T-count", "verdict": "accepted", "score": 1,
/// "max_score": 1, "cpu_ms": 12, "wall_ms": 20, "memory_kb": 9000, ...}`.
struct TestResultDocument: Decodable {
    var id: String
    var name: String
    var verdict: Verdict
    var detail: String?
    var score: Double
    var maxScore: Double
    var hidden: Bool
    var covers: [String]
    var cpuMs: Int
    var wallMs: Int
    var memoryKB: Int
    var diff: DiffExcerpt?
    var stdoutExcerpt: String
    var stderrExcerpt: String

    enum CodingKeys: String, CodingKey {
        case id, name, verdict, detail, score, hidden, covers, diff
        case maxScore = "max_score"
        case cpuMs = "cpu_ms"
        case wallMs = "wall_ms"
        case memoryKB = "memory_kb"
        case stdoutExcerpt = "stdout_excerpt"
        case stderrExcerpt = "stderr_excerpt"
    }

    func model() -> TestResult {
        TestResult(
            id: id, name: name, verdict: verdict, detail: detail, score: score, maxScore: maxScore,
            hidden: hidden, covers: covers, cpuMs: cpuMs, wallMs: wallMs, memoryKB: memoryKB, diff: diff,
            stdoutExcerpt: stdoutExcerpt, stderrExcerpt: stderrExcerpt)
    }
}
