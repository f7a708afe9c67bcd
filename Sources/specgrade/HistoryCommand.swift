import ArgumentParser

struct HistoryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "history", abstract: "List grading runs and per-student score changes.")

    func run() async throws {
        throw CLIFailure.internalError("'specgrade history' is not built yet")
    }
}
