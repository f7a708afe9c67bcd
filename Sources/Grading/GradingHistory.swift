import Foundation
import History
import Logging
import Results

/// A grading's record in the history: the run it writes to (a run of the same spec, folder and
/// shard that was cut short is resumed), the results that run already holds, the cache of
/// earlier runs, and writes that reach the database even once Ctrl-C has cancelled grading.
struct GradingHistory: Sendable {
    private let store: HistoryStore
    private let runID: Int64
    /// The interrupted run's results, by student, as stored: reused when the files are unchanged.
    private let resumed: [String: Data]
    private let specHash: String
    private let toolVersion: String
    private let useCache: Bool
    private let logger = Logger(label: "specgrade.grading")

    /// Opens the history at `path` and begins, or resumes, the run of `plan`
    /// over `directory`.
    init(path: String, plan: GradingPlan, options: Grader.Options, directory: String) async throws {
        store = try HistoryStore(path: path)
        let handle = try await store.beginRun(
            specID: plan.spec.id, specHash: plan.fingerprint, toolVersion: options.toolVersion,
            shard: options.shard?.description,
            submissionsDirectory: URL(fileURLWithPath: directory).standardizedFileURL.path)
        var resumed: [String: Data] = [:]
        if handle.resumed {
            for stored in try await store.results(inRun: handle.id) { resumed[stored.student] = stored.result }
        }
        self.resumed = resumed
        runID = handle.id
        specHash = plan.fingerprint
        toolVersion = options.toolVersion
        useCache = options.useCache
    }

    /// How many students the resumed run had graded; 0 for a fresh run.
    var resumedCount: Int { resumed.count }

    /// What a stored result must match to stand in for a grading: the submission's files
    /// (`contentHash`), the spec and every file it reads, the toolchain and SpecGrade's version.
    func key(contentHash: String, toolchain: String) -> CacheKey {
        CacheKey(contentHash: contentHash, specHash: specHash, toolchainHash: toolchain + "/" + toolVersion)
    }

    /// The result to give `student` without grading: the resumed run's when the files are
    /// unchanged, else the cache's. Never one SpecGrade failed to produce: that is graded again.
    func reusable(student: String, key: CacheKey) async -> SubmissionResult? {
        let decoder = JSONDecoder()
        var reused: SubmissionResult?
        if let data = resumed[student], let earlier = try? decoder.decode(SubmissionResult.self, from: data),
            earlier.contentHash == key.contentHash
        {
            reused = earlier
        } else if useCache, let data = try? await store.cachedResult(for: key) {
            reused = try? decoder.decode(SubmissionResult.self, from: data)
        }
        guard var reused, !reused.hasInternalError else { return nil }
        // The cache is keyed by content; the name is whoever handed it in this time.
        reused.student = student
        return reused
    }

    /// Records a result in the run, and so in the cache. One SpecGrade failed to produce is
    /// never recorded, so the next run grades it again. A failed write is logged: the result
    /// still reaches this run's reports.
    func record(_ result: SubmissionResult, key: CacheKey) async {
        guard !result.hasInternalError else { return }
        do {
            let data = try JSONEncoder().encode(result)
            try await Self.uncancelled { [store, runID] in
                try await store.record(
                    runID: runID, student: result.student, key: key, status: result.status.rawValue,
                    score: result.score, maxScore: result.maxScore, result: data)
            }
        } catch {
            logger.warning("could not record \(result.student) in the history: \(error)")
        }
    }

    /// Marks the run finished, or interrupted so that the next grading resumes it.
    func close(interrupted: Bool) async throws {
        try await Self.uncancelled { [store, runID] in
            if interrupted { try await store.interruptRun(runID) } else { try await store.finishRun(runID) }
        }
    }

    /// Runs a write to its end even when Ctrl-C has cancelled grading: a finished result must
    /// be kept, and GRDB's async writes give up on a cancelled task.
    private static func uncancelled(_ write: @escaping @Sendable () async throws -> Void) async throws {
        try await Task.detached(operation: write).value
    }
}
