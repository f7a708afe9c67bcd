/// The run a grader records into, as `HistoryStore.beginRun` returns it.
///
/// For a fresh run `resumed` is false and `finishedStudents` empty. For a resumed run, e.g.
/// one killed after grading `alice` and `bob`, `finishedStudents` is `["alice", "bob"]`: the
/// grader skips them and takes their results from `HistoryStore.results(inRun:)`.
public struct RunHandle: Hashable, Sendable {
    public var id: Int64
    public var resumed: Bool
    public var finishedStudents: Set<String>

    public init(id: Int64, resumed: Bool, finishedStudents: Set<String>) {
        self.id = id
        self.resumed = resumed
        self.finishedStudents = finishedStudents
    }
}
