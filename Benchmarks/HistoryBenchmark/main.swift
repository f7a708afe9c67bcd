// Times the run history under a grader's load: records from many tasks at once, cache lookups,
// resuming a run and comparing two runs. Prints figures; asserts nothing.
//
//     swift run -c release HistoryBenchmark [--db PATH] [--students N]
//
// HistoryTests also runs it with a huge --students and kills it with SIGKILL midway, then
// checks that the run resumes with no duplicate rows: its first phase is the kill target.
import Foundation
import History

let arguments = CommandLine.arguments
func option(_ name: String) -> String? {
    arguments.firstIndex(of: name).flatMap { arguments.indices.contains($0 + 1) ? arguments[$0 + 1] : nil }
}
let students = option("--students").flatMap(Int.init) ?? 5_000
let path =
    option("--db")
    ?? FileManager.default.temporaryDirectory.appendingPathComponent(
        "history-bench-\(UUID().uuidString)/specgrade.sqlite"
    ).path
/// Records in flight at once, as a grader with that many jobs would have.
let width = 16
let result = Data(String(repeating: #"{"test":"T-1","verdict":"accepted","cpu_ms":12},"#, count: 40).utf8)

func key(_ student: String, version: Int) -> CacheKey {
    CacheKey(contentHash: "\(student)-v\(version)", specHash: "bench-spec", toolchainHash: "bench-toolchain")
}

func seconds(_ work: () async throws -> Void) async rethrows -> Double {
    let start = ContinuousClock.now
    try await work()
    let elapsed = ContinuousClock.now - start
    return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
}

/// Records every student into `run` with at most `width` records in flight.
func recordAll(_ store: HistoryStore, run: Int64, version: Int) async throws {
    try await withThrowingTaskGroup(of: Void.self) { group in
        for index in 0..<students {
            if index >= width { try await group.next() }
            let student = String(format: "student-%06d", index)
            group.addTask {
                try await store.record(
                    runID: run, student: student, key: key(student, version: version), status: "partial",
                    score: Double((index + version) % 11), maxScore: 10, result: result)
            }
        }
        try await group.waitForAll()
    }
}

func begin(_ store: HistoryStore) async throws -> RunHandle {
    try await store.beginRun(
        specID: "bench", specHash: "bench-spec", toolVersion: "bench", shard: nil,
        submissionsDirectory: "/bench/submissions")
}

do {
    let store = try HistoryStore(path: path)
    print("history benchmark: \(students) students, \(width) in flight, \(result.count)-byte results, \(path)")
    let first = try await begin(store)
    let recording = try await seconds { try await recordAll(store, run: first.id, version: 1) }
    try await store.finishRun(first.id)
    print(String(format: "record:   %8.0f records/s (%.2f s)", Double(students) / recording, recording))

    let lookup = try await seconds {
        for index in 0..<students {
            _ = try await store.cachedResult(for: key(String(format: "student-%06d", index), version: 1))
        }
    }
    print(String(format: "cache:    %8.0f lookups/s (%.2f s, one at a time)", Double(students) / lookup, lookup))

    let second = try await begin(store)
    try await recordAll(store, run: second.id, version: 2)
    try await store.finishRun(second.id)
    let comparing = try await seconds { _ = try await store.scoreChanges(specID: "bench", from: nil, to: nil) }
    print(String(format: "changes:  %8.3f s for two runs of %d students", comparing, students))
    var third: RunHandle?
    let beginning = try await seconds { third = try await begin(store) }
    if let third { try await store.finishRun(third.id) }
    print(String(format: "begin:    %8.3f s for a fresh run", beginning))
} catch {
    FileHandle.standardError.write(Data("history benchmark: \(error)\n".utf8))
    exit(3)
}
