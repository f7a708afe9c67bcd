import SpecModel

/// Combines the GradeRuns of shards (`--shard 1/N` ... `N/N`) into one run of the whole class.
public enum RunMerger {
    /// Throws when the runs are of different specs or tool versions, or a student appears twice.
    public static func merge(_ runs: [GradeRun]) throws(MergeError) -> GradeRun {
        guard let first = runs.first else { throw MergeError("no reports given") }
        var seen: [String: String] = [:]
        var submissions: [SubmissionResult] = []
        for run in runs {
            // Shards graded in different checkouts hold the spec at different paths.
            guard run.spec.content == first.spec.content else {
                throw MergeError(
                    "shard \(run.shard ?? "?") graded spec '\(run.spec.id)' as it differs from shard \(first.shard ?? "?")'s; grade every shard with the same spec"
                )
            }
            for submission in run.submissions {
                if let other = seen[submission.student] {
                    throw MergeError(
                        "student '\(submission.student)' is in shard \(other) and shard \(run.shard ?? "?")")
                }
                seen[submission.student] = run.shard ?? "?"
                submissions.append(submission)
            }
        }
        return GradeRun(
            spec: first.spec, submissions: submissions.sorted { $0.student < $1.student },
            startedAt: runs.map(\.startedAt).min() ?? first.startedAt,
            finishedAt: runs.map(\.finishedAt).max() ?? first.finishedAt,
            shard: nil, toolVersion: first.toolVersion)
    }
}
