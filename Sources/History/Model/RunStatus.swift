/// Where a grading run stands, as stored in the `run` table.
///
/// A run killed outright (SIGKILL, power loss) cannot say so: it stays `running` until a later
/// `beginRun` with the same spec, directory and shard resumes it.
public enum RunStatus: String, Sendable, Hashable, CaseIterable {
    /// Started and not finished: in progress, or killed before it could finish.
    case running
    /// Every submission was recorded and the run was closed with `finishRun`.
    case finished
    /// Stopped on purpose (Ctrl-C) with `interruptRun`; its recorded results stay.
    case interrupted
}
