import Results

/// Who reads the JUnit, HTML and Gradescope reports, as `specgrade grade --audience` names it.
///
/// `instructor` (the default) shows everything grading found. `student` is for reports handed
/// to the students themselves (a CI job on a student's repository, a page published to the
/// class): a hidden test still appears, with its id, name, verdict and points, but nothing
/// that would let a student reconstruct it: no input, no expected output, no actual output, no
/// first difference, no stderr, no verdict detail, no suggestion drawn from it.
/// `compliance.json` is always the instructor's full record, whatever the audience.
public enum ReportAudience: String, CaseIterable, Sendable, Hashable {
    case instructor
    case student

    /// The run as this audience may read it; every student-facing writer takes its input from
    /// here, so a hidden test's details are removed in this one place.
    public func view(of run: GradeRun) -> GradeRun {
        switch self {
        case .instructor: return run
        case .student: return run.withoutHiddenDetails
        }
    }

    /// One submission as this audience may read it (`specgrade gradescope`).
    public func view(of submission: SubmissionResult) -> SubmissionResult {
        switch self {
        case .instructor: return submission
        case .student: return submission.withoutHiddenDetails
        }
    }
}
