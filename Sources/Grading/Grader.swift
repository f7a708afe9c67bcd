import Execution
import Foundation
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

        public init(
            jobs: Int? = nil, shard: Shard? = nil, useCache: Bool = true, historyPath: String?, toolVersion: String
        ) {
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
        SubmissionDiscovery(
            allowed: plan.spec.allowedLanguages, unitTests: plan.spec.unitTests, catalog: plan.spec.catalog)
    }

    public func grade(directory: String, progress: ProgressReporter) async throws -> Outcome {
        try await grade(discover(in: directory), from: directory, progress: progress)
    }

    /// Grades these submissions; `directory` identifies the run in the history (a run of the
    /// same spec, folder and shard that was cut short is resumed).
    public func grade(
        _ submissions: [Submission], from directory: String, progress: ProgressReporter
    ) async throws -> Outcome {
        let startedAt = Date()
        try requireSandbox(for: submissions)
        let history: GradingHistory? =
            if let path = options.historyPath {
                try await GradingHistory(path: path, plan: plan, options: options, directory: directory)
            } else {
                nil
            }
        let staging = try StagingArea()
        defer { staging.removeAll() }
        let checkers = try await prepareCheckers(staging: staging)
        defer { checkers.values.forEach { runner.discard($0.program) } }
        let grader = SubmissionGrader(plan: plan, runner: runner, checkers: checkers, staging: staging)
        await progress.begin(total: submissions.count, resumed: history?.resumedCount ?? 0)

        let results = await SlidingWindow(width: options.jobs).compactMap(submissions) { submission in
            await gradeOrReuse(submission, grader: grader, history: history, progress: progress)
        }
        let interrupted = Task.isCancelled || results.count < submissions.count
        try await history?.close(interrupted: interrupted)
        await progress.end(interrupted: interrupted)
        let run = GradeRun(
            spec: plan.spec, submissions: results.sorted { $0.student < $1.student },
            startedAt: Self.timestamp(startedAt), finishedAt: Self.timestamp(Date()),
            shard: options.shard?.description, toolVersion: options.toolVersion)
        return Outcome(run: run, interrupted: interrupted, total: submissions.count)
    }

    /// Stops before anything is graded when a submission needs the sandbox and this machine
    /// cannot give one, saying how to waive a missing layer the spec may go without.
    private func requireSandbox(for submissions: [Submission]) throws(GradingError) {
        guard let problem = runner.sandboxError, submissions.contains(where: \.runsInSandbox) else { return }
        var message = "\(problem)"
        if case .layerUnavailable(let layer, _) = problem, !Isolation.unwaivable.contains(layer) {
            message +=
                "\nTo grade without it, add to the spec's front matter: sandbox: { allow_missing: [\(layer.rawValue)] }"
        }
        throw .sandboxUnavailable(message)
    }

    /// One submission: from the interrupted run being resumed, from the cache, or graded now;
    /// then recorded. Nil when cancelled before it finished.
    private func gradeOrReuse(
        _ submission: Submission, grader: SubmissionGrader, history: GradingHistory?, progress: ProgressReporter
    ) async -> SubmissionResult? {
        let contentHash = ContentHasher.hash(submission)
        let key = history?.key(
            contentHash: contentHash, toolchain: submission.language.map(runner.fingerprint(of:)) ?? "none")
        var reused: SubmissionResult?
        if let history, let key { reused = await history.reusable(student: submission.student, key: key) }
        var result: SubmissionResult
        if let reused {
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
        if let history, let key { await history.record(result, key: key) }
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
                throw .unreadableSpecFile(
                    absolute, "checker has no language extension; name it checker.py, checker.c, ...")
            }
            guard let folder = try? staging.stage([url.lastPathComponent], from: url.deletingLastPathComponent().path)
            else {
                throw .unreadableSpecFile(absolute, "checker cannot be read")
            }
            let outcome = await runner.prepare(
                language: language, sourceDirectory: folder, entry: url.lastPathComponent)
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

    static func timestamp(_ date: Date) -> String {
        ISO8601DateFormatter().string(from: date)
    }
}
