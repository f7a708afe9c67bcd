import ArgumentParser

struct GradescopeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "gradescope", abstract: "Run as a Gradescope autograder.")

    func run() async throws {
        throw CLIFailure.internalError("'specgrade gradescope' is not built yet")
    }
}
