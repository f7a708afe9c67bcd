import Foundation

/// Writes reports so that readers see either the old file or the whole new one, never a
/// half-written one: `results/alice/results.json` is first written as
/// `results/alice/.results.json.<random>.tmp` in the same directory, flushed to disk, then
/// renamed over the old file.
///
/// 1. The temporary file sits beside the target because a rename is atomic only within one
///    file system.
/// 2. Data reaches the disk before the rename (fsync, or one `sync` for a batch), so a crash
///    or power cut cannot leave a renamed but empty file.
/// 3. A batch (5,000 Gradescope files) writes every temporary file, flushes once and then
///    renames: one flush instead of 5,000. (`syncfs`, which would flush only this file system,
///    is not visible to Swift through Glibc.)
/// 4. A large report can be streamed in pieces, so a 60 MB file never sits whole in memory.
/// 5. On any failure the temporary files written so far are removed.
public enum AtomicFile {
    /// Writes `data` to `path`, creating missing parent directories.
    public static func write(_ data: Data, to path: String) throws {
        try write([(path, data)])
    }

    /// Writes whatever `produce` hands to its `emit` argument, piece by piece, as one file.
    public static func write(
        to path: String, _ produce: (_ emit: (UnsafeRawBufferPointer) throws -> Void) throws -> Void
    ) throws {
        var batch = Batch()
        try batch.stage(path, sync: true, produce)
        try batch.commit()
    }

    /// Writes every `(path, data)` pair, each atomically, with one flush for the lot.
    public static func write(_ files: [(path: String, data: Data)]) throws {
        var batch = Batch()
        for file in files {
            try batch.stage(file.path, sync: files.count == 1) { emit in try file.data.withUnsafeBytes(emit) }
        }
        if files.count > 1 { sync() }
        try batch.commit()
    }

    /// Temporary files written and waiting to be renamed into place.
    private struct Batch: ~Copyable {
        private var staged: [(temporary: String, path: String)] = []
        private var directories: Set<String> = []

        init() {}

        deinit {
            for leftover in staged { unlink(leftover.temporary) }
        }

        /// Creates a temporary file beside `path` holding what `produce` emits, fsynced when `sync`.
        mutating func stage(
            _ path: String, sync: Bool, _ produce: (_ emit: (UnsafeRawBufferPointer) throws -> Void) throws -> Void
        ) throws {
            let directory = (path as NSString).deletingLastPathComponent
            if directories.insert(directory).inserted {
                do {
                    try FileManager.default.createDirectory(
                        atPath: directory.isEmpty ? "." : directory, withIntermediateDirectories: true)
                } catch {
                    throw ReportError.cannotWrite(path: path, reason: "cannot create the folder \(directory)")
                }
            }
            let name = (path as NSString).lastPathComponent
            let temporary = (directory as NSString).appendingPathComponent(
                ".\(name).\(UInt64.random(in: 0...UInt64.max)).tmp")
            let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
            guard descriptor >= 0 else {
                throw ReportError.cannotWrite(path: path, reason: String(cString: strerror(errno)))
            }
            staged.append((temporary, path))
            do {
                try produce { bytes in
                    var offset = 0
                    while offset < bytes.count, let base = bytes.baseAddress {
                        let written = Foundation.write(descriptor, base + offset, bytes.count - offset)
                        if written >= 0 {
                            offset += written
                        } else if errno != EINTR {
                            throw ReportError.cannotWrite(path: path, reason: String(cString: strerror(errno)))
                        }
                    }
                }
                if sync, fsync(descriptor) != 0 {
                    throw ReportError.cannotWrite(path: path, reason: String(cString: strerror(errno)))
                }
            } catch {
                close(descriptor)
                throw error
            }
            guard close(descriptor) == 0 else {
                throw ReportError.cannotWrite(path: path, reason: String(cString: strerror(errno)))
            }
        }

        /// Renames every staged file into place, in order.
        mutating func commit() throws {
            for (index, next) in staged.enumerated() where rename(next.temporary, next.path) != 0 {
                let reason = String(cString: strerror(errno))
                staged.removeFirst(index)
                throw ReportError.cannotWrite(path: next.path, reason: reason)
            }
            staged.removeAll()
        }
    }
}
