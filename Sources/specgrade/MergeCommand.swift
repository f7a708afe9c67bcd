import ArgumentParser

struct MergeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "merge", abstract: "Combine shard reports into one set of reports.")

    func run() async throws {
        throw CLIFailure.internalError("'specgrade merge' is not built yet")
    }
}
