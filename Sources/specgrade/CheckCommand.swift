import ArgumentParser

struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "check", abstract: "Parse and lint specs.")

    func run() async throws {
        throw CLIFailure.internalError("'specgrade check' is not built yet")
    }
}
