import GRDB

extension HistoryError {
    /// The `HistoryError` for a failure on the database at `path`: SQLite's result code picks
    /// the case, so the user reads "not an SQLite database", not an SQL statement dump.
    init(_ error: any Error, path: String) {
        if let history = error as? HistoryError {
            self = history
            return
        }
        guard let sqlite = error as? DatabaseError else {
            self = .database(path: path, reason: String(describing: error))
            return
        }
        let reason = sqlite.message ?? "SQLite error \(sqlite.resultCode.rawValue)"
        switch sqlite.resultCode {
        case .SQLITE_NOTADB: self = .notADatabase(path: path)
        case .SQLITE_READONLY, .SQLITE_PERM: self = .readOnly(path: path)
        case .SQLITE_CORRUPT: self = .corrupt(path: path)
        case .SQLITE_BUSY, .SQLITE_LOCKED: self = .locked(path: path)
        case .SQLITE_CANTOPEN, .SQLITE_IOERR: self = .cannotOpen(path: path, reason: reason)
        default: self = .database(path: path, reason: reason)
        }
    }
}
