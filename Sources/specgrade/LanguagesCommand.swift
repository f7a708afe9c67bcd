import ArgumentParser

struct LanguagesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "languages", abstract: "List languages and their toolchains.")

    func run() async throws {
        throw CLIFailure.internalError("'specgrade languages' is not built yet")
    }
}
