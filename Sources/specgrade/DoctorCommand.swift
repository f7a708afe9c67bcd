import ArgumentParser

struct DoctorCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "doctor", abstract: "Show which isolation layers work on this machine.")

    func run() async throws {
        throw CLIFailure.internalError("'specgrade doctor' is not built yet")
    }
}
