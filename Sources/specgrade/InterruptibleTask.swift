import Dispatch
import Foundation

/// Runs work that the first Ctrl-C cancels (cleanly: what finished is kept) and a second
/// Ctrl-C ends at once.
enum InterruptibleTask {
    static func run<T: Sendable>(_ body: @escaping @Sendable () async throws -> T) async throws -> T {
        let task = Task { try await body() }
        signal(SIGINT, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        source.setEventHandler {
            FileHandle.standardError.write(
                Data("\nstopping: finishing the submissions under way (Ctrl-C again to quit now)\n".utf8))
            task.cancel()
            signal(SIGINT, SIG_DFL)
        }
        source.resume()
        defer {
            source.cancel()
            signal(SIGINT, SIG_DFL)
        }
        return try await task.value
    }
}
