import Execution
import Foundation
import History
import Results
import Testing

@testable import Grading

/// Whole gradings of Engine decks: discovery, the sliding window, the history's resume and
/// cache, custom checkers, shards. Nothing here needs the sandbox.
@Suite struct GraderTests {
    /// What one grading returned and what its progress lines said.
    struct Graded {
        var outcome: Grader.Outcome
        var progress: String
        var byStudent: [String: SubmissionResult] {
            Dictionary(uniqueKeysWithValues: outcome.run.submissions.map { ($0.student, $0) })
        }
    }

    static func grade(_ course: EngineCourse, history: String? = nil, shard: Shard? = nil) async throws -> Graded {
        let plan = try course.plan()
        let grader = Grader(
            plan: plan, options: Grader.Options(jobs: 2, shard: shard, historyPath: history, toolVersion: "test"),
            runner: EngineCourse.runner(for: plan))
        let captured = ProgressReporterTests.Captured()
        let outcome = try await grader.grade(
            directory: course.submissions, progress: ProgressReporter(style: .lines, output: { captured.append($0) }))
        return Graded(outcome: outcome, progress: captured.text)
    }

    @Test func everySubmissionIsGradedAndReportedInOrder() async throws {
        let course = try EngineCourse(decks: [
            "dot": EngineCourse.Deck.typo, "ada": EngineCourse.Deck.double, "bert": EngineCourse.Deck.plusTwo,
        ])
        defer { course.remove() }
        try course.write("print(4)\n", to: course.submissions + "/eve.py")
        let graded = try await Self.grade(course)
        #expect(graded.outcome.run.submissions.map(\.student) == ["ada", "bert", "dot", "eve"])
        #expect(graded.outcome.run.submissions.map(\.status) == [.passed, .partial, .failed, .notGradable])
        #expect(graded.outcome.total == 4)
        #expect(!graded.outcome.interrupted)
        #expect(graded.outcome.run.spec.id == "doubling")
        #expect(graded.outcome.run.toolVersion == "test")
        #expect(graded.outcome.run.shard == nil)
        #expect(graded.progress.hasPrefix("grading 4 submissions\n"), "\(graded.progress)")
        #expect(graded.progress.contains("graded 4 of 4"), "\(graded.progress)")
    }

    /// Unchanged work is taken from the cache (under whatever name hands the same files in);
    /// changed work is graded again.
    @Test func unchangedWorkComesFromTheCacheAndChangedWorkIsGradedAgain() async throws {
        let course = try EngineCourse(decks: ["ada": EngineCourse.Deck.double, "bert": EngineCourse.Deck.plusTwo])
        defer { course.remove() }
        try course.setDeck(EngineCourse.Deck.double, of: "cleo", inFolder: true)
        let history = course.root + "/history.sqlite"
        let first = try await Self.grade(course, history: history)
        #expect(!first.progress.contains("(cached)"), "\(first.progress)")

        let second = try await Self.grade(course, history: history)
        #expect(second.outcome.run.submissions == first.outcome.run.submissions)
        #expect(second.progress.contains("ada: passed 3/3 (cached)"), "\(second.progress)")
        #expect(second.progress.contains("bert: partial 1/3 (cached)"), "\(second.progress)")

        try course.setDeck(EngineCourse.Deck.double, of: "bert")
        try course.setDeck(EngineCourse.Deck.double, of: "zed", inFolder: true)
        let third = try await Self.grade(course, history: history)
        #expect(third.progress.contains("bert: passed 3/3\n"), "\(third.progress)")
        #expect(third.progress.contains("zed: passed 3/3 (cached)"), "\(third.progress)")
        #expect(third.byStudent["zed"]?.student == "zed")
    }

    /// A run killed part-way is resumed: what it recorded stands, the rest is graded, and the
    /// run is finished in place rather than a second one begun.
    @Test func anInterruptedRunIsResumed() async throws {
        let course = try EngineCourse(decks: ["ada": EngineCourse.Deck.double, "bert": EngineCourse.Deck.plusTwo])
        defer { course.remove() }
        let historyPath = course.root + "/history.sqlite"
        let plan = try course.plan()
        let runner = EngineCourse.runner(for: plan)
        let ada = try #require(
            try Grader(plan: plan, options: Grader.Options(historyPath: nil, toolVersion: "test"), runner: runner)
                .discover(in: course.submissions).first { $0.student == "ada" })
        // What the killed run recorded for ada: marked, so that reuse shows.
        var recorded = try await SubmissionGraderTests.grade("ada", in: course)
        recorded.contentHash = ContentHasher.hash(ada)
        recorded.message = "recorded before the run was killed"
        let store = try HistoryStore(path: historyPath)
        let handle = try await store.beginRun(
            specID: plan.spec.id, specHash: plan.fingerprint, toolVersion: "test", shard: nil,
            submissionsDirectory: URL(fileURLWithPath: course.submissions).standardizedFileURL.path)
        try await store.record(
            runID: handle.id, student: "ada", key: CacheKey(contentHash: "elsewhere", specHash: "", toolchainHash: ""),
            status: recorded.status.rawValue, score: recorded.score, maxScore: recorded.maxScore,
            result: try JSONEncoder().encode(recorded))

        let graded = try await Self.grade(course, history: historyPath)
        #expect(
            graded.progress.hasPrefix("grading 2 submissions (1 already graded in the interrupted run)\n"),
            "\(graded.progress)")
        #expect(graded.byStudent["ada"]?.message == "recorded before the run was killed")
        #expect(graded.byStudent["bert"]?.status == .partial)
        let runs = try await store.runs(specID: plan.spec.id, limit: 10)
        #expect(runs.map(\.id) == [handle.id])
        #expect(runs.first?.status == .finished)
    }

    /// A result SpecGrade failed to produce (here: a test whose input deck does not mount) is
    /// graded again next time, never taken from the cache.
    @Test func anInternalErrorIsNeverCached() async throws {
        let spec = EngineCourse.doubling.replacingOccurrences(of: "stdin: \"N001 2\\n\"", with: "stdin: \"N001 2O\\n\"")
        let course = try EngineCourse(spec: spec, decks: ["ada": EngineCourse.Deck.double])
        defer { course.remove() }
        let history = course.root + "/history.sqlite"
        let first = try await Self.grade(course, history: history)
        #expect(first.byStudent["ada"]?.hasInternalError == true)
        #expect(first.byStudent["ada"]?.status == .notGradable)
        let second = try await Self.grade(course, history: history)
        #expect(second.byStudent["ada"]?.hasInternalError == true)
        #expect(!second.progress.contains("(cached)"), "\(second.progress)")
    }

    /// Each custom checker is prepared once before any student, and judges every test that
    /// names it: here it awards half the points.
    @Test func aCustomCheckerJudgesTheTestsThatNameIt() async throws {
        let course = try EngineCourse.withChecker(
            "A write annotation 0.5\nA write new line\n", decks: ["ada": EngineCourse.Deck.double])
        defer { course.remove() }
        let ada = try #require(try await Self.grade(course).byStudent["ada"])
        #expect(ada.tests.map(\.verdict) == [.accepted, .accepted])
        #expect(ada.tests.map(\.score) == [0.5, 2])
        #expect(ada.score == 2.5)
    }

    /// A checker that cannot be prepared stops the grading before any student: it is the
    /// instructor's to fix.
    @Test func aCheckerThatDoesNotMountStopsTheGrading() async throws {
        let course = try EngineCourse.withChecker("N001 1O\n", decks: ["ada": EngineCourse.Deck.double])
        defer { course.remove() }
        await #expect {
            try await Self.grade(course)
        } throws: { error in
            guard case GradingError.unreadableSpecFile(let path, let why) = error else { return false }
            return path == course.root + "/judge.ae" && why.hasPrefix("checker does not compile")
        }
    }

    /// Shards graded apart and merged are the class graded at once.
    @Test func shardsMergedAreTheWholeClass() async throws {
        let course = try EngineCourse(decks: [
            "ada": EngineCourse.Deck.double, "bert": EngineCourse.Deck.plusTwo, "cy": EngineCourse.Deck.typo,
            "dot": EngineCourse.Deck.double, "eli": EngineCourse.Deck.plusTwo,
        ])
        defer { course.remove() }
        let whole = try await Self.grade(course)
        let first = try await Self.grade(course, shard: Shard(index: 1, count: 2))
        let second = try await Self.grade(course, shard: Shard(index: 2, count: 2))
        #expect(first.outcome.run.shard == "1/2")
        #expect(first.outcome.total + second.outcome.total == 5)
        let merged = try RunMerger.merge([first.outcome.run, second.outcome.run])
        let summary = { (run: GradeRun) in run.submissions.map { "\($0.student) \($0.status.rawValue) \($0.score)" } }
        #expect(summary(merged) == summary(whole.outcome.run))
    }
}
