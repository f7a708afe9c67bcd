import Foundation

/// Where a streamed report's bytes go: a file being written (`AtomicFile`) or memory.
///
/// Renderers call `emit` with each finished piece (a submission's JSON, a student's HTML),
/// so memory holds one piece at a time, not the whole report.
typealias ByteSink = (UnsafeRawBufferPointer) throws -> Void

enum ByteSinks {
    /// Runs `produce` with a sink that gathers everything into one `Data`.
    static func collect(_ produce: ((UnsafeRawBufferPointer) -> Void) throws -> Void) rethrows -> Data {
        var data = Data()
        try produce { data.append(contentsOf: $0) }
        return data
    }
}
