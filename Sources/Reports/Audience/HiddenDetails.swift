import Results
import SpecModel

/// A run, submission, result or spec test with everything a hidden test would give away
/// removed, for `ReportAudience.student`. What stays is what a student may know of a hidden
/// test before and after publication alike: that it exists, its id and name, the requirements
/// it covers, its verdict, its points and its time.
extension GradeRun {
    var withoutHiddenDetails: GradeRun {
        var run = self
        run.spec.tests = spec.tests.map(\.withoutHiddenDetails)
        run.submissions = submissions.map(\.withoutHiddenDetails)
        return run
    }
}

extension SubmissionResult {
    /// Hidden tests' details cleared, and the suggestions drawn from hidden tests dropped (they
    /// quote expected against actual output). The message stays: it is the compiler's output
    /// or why the submission could not be graded, decided before any test ran.
    var withoutHiddenDetails: SubmissionResult {
        var submission = self
        submission.tests = tests.map(\.withoutHiddenDetails)
        let hidden = Set(tests.filter(\.hidden).map(\.id))
        submission.suggestions = suggestions.filter { !hidden.contains($0.test) }
        return submission
    }
}

extension TestResult {
    /// No detail (it can hold an exit code, a line number or an assertion's values), no diff,
    /// no stdout or stderr (a program may echo its input); a visible test is left as it is.
    var withoutHiddenDetails: TestResult {
        guard hidden else { return self }
        var result = self
        result.detail = nil
        result.diff = nil
        result.stdoutExcerpt = ""
        result.stderrExcerpt = ""
        return result
    }
}

extension TestCase {
    /// No stdin, arguments, files, expectation or checker: no student-facing report prints a
    /// spec's tests today, and none can start to by accident.
    var withoutHiddenDetails: TestCase {
        guard hidden else { return self }
        var test = self
        test.stdin = .text("")
        test.args = []
        test.files = [:]
        test.expect = Expectation()
        test.checker = nil
        return test
    }
}
