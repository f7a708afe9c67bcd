import ArgumentParser

struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "run", abstract: "Run one program in the sandbox and print its output.")

    func run() async throws {
        throw CLIFailure.internalError("'specgrade run' is not built yet")
    }
}
