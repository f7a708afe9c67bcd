import Foundation

/// Writes a report so that readers see either the old file or the whole new one, never a
/// half-written one: `results/alice/results.json` is first written as
/// `results/alice/.results.json.<random>.tmp` in the same directory, flushed, then renamed over.
///
/// A rename within one directory is atomic on POSIX file systems; a temporary file in another
/// directory could sit on another file system, where rename is a copy.
public enum AtomicFile {
    /// Writes `data` to `path`, creating missing parent directories.
    public static func write(_ data: Data, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let temporary = directory.appendingPathComponent(
            ".\(url.lastPathComponent).\(UInt64.random(in: 0...UInt64.max)).tmp")
        do {
            try data.write(to: temporary, options: [.withoutOverwriting])
            guard rename(temporary.path, url.path) == 0 else {
                throw ReportError.cannotWrite(path: path, reason: String(cString: strerror(errno)))
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            if let reportError = error as? ReportError { throw reportError }
            throw ReportError.cannotWrite(path: path, reason: error.localizedDescription)
        }
    }
}
