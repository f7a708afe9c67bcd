import ArgumentParser

struct ViewCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "view", abstract: "Show a compliance report in the terminal.")

    func run() async throws {
        throw CLIFailure.internalError("'specgrade view' is not built yet")
    }
}
