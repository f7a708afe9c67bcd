import Foundation

/// Runs the built `specgrade` binary as a user would, from the repository root.
struct CommandLine {
    /// The repository checkout this test file belongs to.
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Built beside the test bundle, because EndToEndTests depends on the executable target.
    static let binary = Bundle.main.bundleURL.appendingPathComponent("specgrade")

    struct Outcome {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs `specgrade arguments...` to completion.
    static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> Outcome {
        let process = try start(arguments, environment: environment)
        let stdout = (process.standardOutput as? Pipe)?.fileHandleForReading.readDataToEndOfFile() ?? Data()
        let stderr = (process.standardError as? Pipe)?.fileHandleForReading.readDataToEndOfFile() ?? Data()
        process.waitUntilExit()
        return Outcome(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// Starts `specgrade arguments...` and returns at once; output goes to pipes.
    static func start(_ arguments: [String], environment: [String: String] = [:]) throws -> Process {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = repository
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.standardOutput = Pipe()
        process.standardError = Pipe()
        try process.run()
        return process
    }
}

/// A temporary folder removed when the value goes away.
final class Scratch: Sendable {
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("specgrade-e2e-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }
}
