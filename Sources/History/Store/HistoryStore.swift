import Foundation
import GRDB

/// The run history: an SQLite database (through GRDB) of grading runs, the cache of graded
/// submissions, and each student's result in each run.
///
/// Results are opaque JSON (`Data`) with a few scalar columns for queries, so this module
/// knows nothing of the grading model. For example:
///
///     let store = try HistoryStore(path: "reports/specgrade.sqlite")
///     let run = try await store.beginRun(specID: "word-count", specHash: h, toolVersion: "0.1.0",
///                                        shard: nil, submissionsDirectory: "/course/subs")
///     try await store.record(runID: run.id, student: "alice", key: key, status: "passed",
///                            score: 7, maxScore: 7, result: json)
///     try await store.finishRun(run.id)
///
/// Safe to share between tasks: reads run in parallel (WAL mode), writes are serialized by
/// GRDB's single writer connection. Every write is its own transaction, committed before the
/// call returns, so a process killed with SIGKILL loses only the students still in flight.
/// (WAL with `synchronous = NORMAL`: a committed transaction survives a process kill; only a
/// power loss can take back the last ones.)
public final class HistoryStore: Sendable {
    /// The database file, as given to `init`.
    public let path: String
    let pool: DatabasePool

    /// Opens the database at `path`, creating it and its parent folders when missing, and
    /// brings its schema up to date.
    ///
    /// Throws a `HistoryError` naming the file when it is not an SQLite database, cannot be
    /// written, or was written by a newer SpecGrade.
    public init(path: String) throws {
        self.path = path
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw HistoryError.cannotCreateFolder(path: path, reason: Self.reason(error))
        }
        var configuration = Configuration()
        configuration.label = "SpecGrade history"
        // Two `specgrade grade` processes may share a database (shards on one machine): wait
        // for the other's write instead of failing at once.
        configuration.busyMode = .timeout(10)
        do {
            pool = try DatabasePool(path: path, configuration: configuration)
            let migrator = HistorySchema.migrator
            if try pool.read({ try migrator.hasBeenSuperseded($0) }) {
                throw HistoryError.newerSchema(path: path)
            }
            try migrator.migrate(pool)
        } catch {
            throw HistoryError(error, path: path)
        }
    }

    /// Runs `updates` in one write transaction, turning failures into `HistoryError`s.
    func write<T: Sendable>(_ updates: @Sendable (Database) throws -> T) async throws -> T {
        do {
            return try await pool.write(updates)
        } catch {
            throw HistoryError(error, path: path)
        }
    }

    /// Runs `value` in one read transaction, turning failures into `HistoryError`s.
    func read<T: Sendable>(_ value: @Sendable (Database) throws -> T) async throws -> T {
        do {
            return try await pool.read(value)
        } catch {
            throw HistoryError(error, path: path)
        }
    }

    /// The folder that failed and the system's reason, e.g. `/srv/grades: Not a directory`.
    private static func reason(_ error: any Error) -> String {
        guard let cocoa = error as? CocoaError, let posix = cocoa.underlying as? POSIXError else {
            return error.localizedDescription
        }
        let cause = String(cString: strerror(posix.code.rawValue))
        return cocoa.filePath.map { "\($0): \(cause)" } ?? cause
    }
}
