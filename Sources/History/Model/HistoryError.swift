/// Why the run history could not be opened, read or written, worded for the person at the
/// terminal: each names the database file and says what to do.
///
/// For example: `reports/specgrade.sqlite is not an SQLite database; move it away, or pass
/// --db with another path.`
public enum HistoryError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The folder that should hold the database could not be created.
    case cannotCreateFolder(path: String, reason: String)
    /// The file exists and is not an SQLite database.
    case notADatabase(path: String)
    /// The file or its folder cannot be written.
    case readOnly(path: String)
    /// The file is an SQLite database whose pages are damaged.
    case corrupt(path: String)
    /// Another process holds the database's write lock for too long.
    case locked(path: String)
    /// The database holds migrations this SpecGrade does not know: a newer version wrote it.
    case newerSchema(path: String)
    /// The file cannot be opened for another reason, given by SQLite.
    case cannotOpen(path: String, reason: String)
    /// No run has this id.
    case unknownRun(id: Int64, path: String)
    /// A comparison needs two finished runs; the spec (nil: any spec) has fewer.
    case notEnoughRuns(specID: String?, path: String)
    /// Any other SQLite failure while reading or writing.
    case database(path: String, reason: String)

    public var description: String {
        switch self {
        case .cannotCreateFolder(let path, let reason):
            "cannot create the folder of the history database \(path): \(reason); pass --db with a writable path"
        case .notADatabase(let path):
            "\(path) is not an SQLite database; move it away, or pass --db with another path"
        case .readOnly(let path):
            "cannot write the history database \(path): the file or its folder is read-only; pass --db with a writable path"
        case .corrupt(let path):
            "the history database \(path) is corrupted; move it away (the reports of past runs stay in their folders) and grade again"
        case .locked(let path):
            "the history database \(path) is locked by another process; wait for it to finish, or pass --db with another path"
        case .newerSchema(let path):
            "the history database \(path) was written by a newer SpecGrade; upgrade SpecGrade, or pass --db with another path"
        case .cannotOpen(let path, let reason):
            "cannot open the history database \(path): \(reason); check that its folder exists and is writable, or pass --db with another path"
        case .unknownRun(let id, let path):
            "there is no run \(id) in \(path); `specgrade history` lists the runs"
        case .notEnoughRuns(let specID, let path):
            "\(path) holds fewer than two finished runs\(specID.map { " of \($0)" } ?? ""); grade again to compare"
        case .database(let path, let reason):
            "history database \(path): \(reason)"
        }
    }
}
