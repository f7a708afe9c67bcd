import ArgumentParser

struct GradeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "grade", abstract: "Grade every submission in a directory.")

    func run() async throws {
        throw CLIFailure.internalError("'specgrade grade' is not built yet")
    }
}
