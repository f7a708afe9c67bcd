import Execution
import Foundation
import History
import Logging
import Results

/// Grades a submissions directory against a spec: the whole job on one screen.
///
/// discover → shard → resume or cache → stage, compile, run, check (SubmissionGrader) →
/// score, comply → record in history → GradeRun for the reports.
public struct Grader: Sendable {
    public struct Options: Sendable {
        /// Submissions graded at once; default: twice the number of cores, because a run spends
        /// part of its life waiting on the kernel (namespace set-up, cgroup teardown), and two
        /// jobs a core keep both busy (measured: 80 C and Python submissions in 5.5 s against
        /// 6.3 s with one job a core).
        public var jobs: Int
        public var shard: Shard?
        /// Reuse a stored result when submission, spec and toolchain are unchanged.
        public var useCache: Bool
        /// The SQLite history; nil keeps no history (and so no cache).
        public var historyPath: String?
        public var toolVersion: String

        public init(jobs: Int? = nil, shard: Shard? = nil, useCache: Bool = true, historyPath: String?, toolVersion: String) {
            self.jobs = max(1, jobs ?? 2 * ProcessInfo.processInfo.activeProcessorCount)
            self.shard = shard
            self.useCache = useCache
            self.historyPath = historyPath
            self.toolVersion = toolVersion
        }
    }

    /// A run's results, and whether Ctrl-C cut it short (finished results are kept in history).
    public struct Outcome: Sendable {
        public var run: GradeRun
        public var interrupted: Bool
        public var total: Int
    }

    public let plan: GradingPlan
    public let options: Options
    public let runner: ProgramRunner
    private let logger = Logger(label: "specgrade.grading")

    public init(plan: GradingPlan, options: Options, runner: ProgramRunner) {
        self.plan = plan
        self.options = options
        self.runner = runner
    }

    /// The submissions a directory holds (one shard of them with `--shard`).
    public func discover(in directory: String) throws(GradingError) -> [Submission] {
        let submissions = try discovery.discover(in: directory)
        guard !submissions.isEmpty else {
            throw .unusableDirectory(directory, "it holds no submission (no student folder and no source file)")
        }
        guard let shard = options.shard else { return submissions }
        return submissions.filter { shard.contains(student: $0.student) }
    }

    public var discovery: SubmissionDiscovery {
        SubmissionDiscovery(allowed: plan.spec.allowedLanguages, unitTests: plan.spec.unitTests, catalog: plan.spec.catalog)
    }

    public func grade(directory: String, progress: ProgressReporter) async throws -> Outcome {
        try await grade(discover(in: directory), from: directory, progress: progress)
    }

    /// Grades these submissions; `directory` identifies the run in the history (a run of the
    /// same spec, folder and shard that was cut short is resumed).
    public func grade(_ submissions: [Submission], from directory: String, progress: ProgressReporter) async throws -> Outcome {
        let startedAt = Date()
        if let problem = runner.sandboxError, submissions.contains(where: \.runsInSandbox) {
            var message = "\(problem)"
            if case .layerUnavailable(let layer, _) = problem, !Isolation.unwaivable.contains(layer) {
                message += "\nTo grade without it, add to the spec's front matter: sandbox: { allow_missing: [\(layer.rawValue)] }"
            }
            throw GradingError.sandboxUnavailable(message)
        }
        let history = try options.historyPath.map { try HistoryStore(path: $0) }
        let handle = try await history?.beginRun(
            specID: plan.spec.id, specHash: plan.fingerprint, toolVersion: options.toolVersion,
            shard: options.shard?.description,
            submissionsDirectory: URL(fileURLWithPath: directory).standardizedFileURL.path)
        var earlier: [String: Data] = [:]
        if let history, let handle, handle.resumed {
            for stored in try await history.results(inRun: handle.id) { earlier[stored.student] = stored.result }
        }
        let resumed = earlier
        let runID = handle?.id

        let staging = try StagingArea()
        defer { staging.removeAll() }
        let checkers = try await prepareCheckers(staging: staging)
        defer { checkers.values.forEach { runner.discard($0.program) } }
        let grader = SubmissionGrader(plan: plan, runner: runner, checkers: checkers, staging: staging)
        await progress.begin(total: submissions.count, resumed: resumed.count)

        var results: [SubmissionResult] = []
        await withTaskGroup(of: SubmissionResult?.self) { group in
            var pending = submissions[...]
            func startNext() {
                guard !Task.isCancelled, let submission = pending.popFirst() else { return }
                group.addTask {
                    await gradeOrReuse(submission, grader: grader, history: history, runID: runID,
                                       resumed: resumed[submission.student], progress: progress)
                }
            }
            for _ in 0..<options.jobs { startNext() }
            while let result = await group.next() {
                if let result { results.append(result) }
                startNext()
            }
        }
        let interrupted = Task.isCancelled || results.count < submissions.count
        if let history, let handle {
            try await Self.uncancelled {
                if interrupted { try await history.interruptRun(handle.id) } else { try await history.finishRun(handle.id) }
            }
        }
        await progress.end(interrupted: interrupted)
        let run = GradeRun(
            spec: plan.spec, submissions: results.sorted { $0.student < $1.student },
            startedAt: Self.timestamp(startedAt), finishedAt: Self.timestamp(Date()),
            shard: options.shard?.description, toolVersion: options.toolVersion)
        return Outcome(run: run, interrupted: interrupted, total: submissions.count)
    }

    /// One submission: from the interrupted run being resumed, from the cache, or graded now;
    /// then recorded. Nil when cancelled before it finished.
    private func gradeOrReuse(
        _ submission: Submission, grader: SubmissionGrader, history: HistoryStore?, runID: Int64?,
        resumed: Data?, progress: ProgressReporter
    ) async -> SubmissionResult? {
        let contentHash = ContentHasher.hash(submission)
        let toolchain = submission.language.map(runner.fingerprint(of:)) ?? "none"
        let key = CacheKey(contentHash: contentHash, specHash: plan.fingerprint, toolchainHash: toolchain + "/" + options.toolVersion)
        let decoder = JSONDecoder()
        var reused: SubmissionResult?
        if let resumed, let earlier = try? decoder.decode(SubmissionResult.self, from: resumed), earlier.contentHash == contentHash {
            reused = earlier
        } else if options.useCache, let history, let data = try? await history.cachedResult(for: key) {
            reused = try? decoder.decode(SubmissionResult.self, from: data)
        }
        // A result SpecGrade failed to produce is graded again, never reused.
        if reused?.hasInternalError == true { reused = nil }
        var result: SubmissionResult
        if var reused {
            // The cache is keyed by content; the name is whoever handed it in this time.
            reused.student = submission.student
            result = reused
        } else {
            result = await grader.grade(submission, contentHash: contentHash)
            if result.hasInternalError, !Task.isCancelled {
                // A failure of the sandbox or of SpecGrade may pass (a machine short of memory,
                // a kernel refusing a mount): once more before it is reported.
                logger.warning("internal error grading \(submission.student); grading it once more")
                result = await grader.grade(submission, contentHash: contentHash)
            }
            // A run cut short by Ctrl-C is not a result: grade it again next time.
            if Task.isCancelled { return nil }
        }
        result.student = submission.student
        // Never recorded, so never cached: the next run grades it again.
        if let history, let runID, !result.hasInternalError {
            do {
                let data = try JSONEncoder().encode(result)
                let recorded = result
                try await Self.uncancelled {
                    try await history.record(
                        runID: runID, student: submission.student, key: key, status: recorded.status.rawValue,
                        score: recorded.score, maxScore: recorded.maxScore, result: data)
                }
            } catch {
                logger.warning("could not record \(submission.student) in the history: \(error)")
            }
        }
        await progress.finished(result, fromCache: reused != nil)
        return result
    }

    /// Each custom checker the spec names, compiled once in the sandbox. A checker that cannot
    /// be prepared stops the run before any student is graded: it is the instructor's to fix.
    private func prepareCheckers(staging: StagingArea) async throws(GradingError) -> [String: CustomChecker] {
        var checkers: [String: CustomChecker] = [:]
        for (relative, absolute) in plan.checkers.sorted(by: { $0.key < $1.key }) {
            let url = URL(fileURLWithPath: absolute)
            guard let language = plan.spec.catalog.language(forExtension: url.pathExtension) else {
                throw .unreadableSpecFile(absolute, "checker has no language extension; name it checker.py, checker.c, ...")
            }
            guard let folder = try? staging.stage([url.lastPathComponent], from: url.deletingLastPathComponent().path) else {
                throw .unreadableSpecFile(absolute, "checker cannot be read")
            }
            let outcome = await runner.prepare(language: language, sourceDirectory: folder, entry: url.lastPathComponent)
            staging.remove(folder)
            switch outcome {
            case .ready(let program):
                checkers[relative] = CustomChecker(path: relative, program: program)
            case .compileError(let result):
                throw .unreadableSpecFile(absolute, "checker does not compile:\n\(result.stderrText)")
            case .notGradable(let why):
                throw .unreadableSpecFile(absolute, "checker cannot run here: \(why)")
            }
        }
        return checkers
    }

    /// Runs a history write to its end even when Ctrl-C has cancelled grading: a finished
    /// result must be kept, and GRDB's async writes give up on a cancelled task.
    private static func uncancelled(_ write: @escaping @Sendable () async throws -> Void) async throws {
        try await Task.detached(operation: write).value
    }

    static func timestamp(_ date: Date) -> String {
        ISO8601DateFormatter().string(from: date)
    }
}
