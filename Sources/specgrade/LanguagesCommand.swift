import ArgumentParser
import Execution
import Sandbox

struct LanguagesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "languages", abstract: "List languages and their toolchains.")

    func run() async throws {
        let toolchains = Toolchains.detect()
        for language in Language.allCases {
            let extensions = language.fileExtensions.map { "." + $0 }.joined(separator: " ")
            let state: String
            switch toolchains.status(of: language) {
            case let .available(path, version): state = "available  \(version) (\(path))"
            case let .missing(hint): state = "missing    \(hint)"
            case .builtIn: state = "built in   Analytical Engine emulator"
            }
            print("\(language.rawValue.padding(toLength: 12, withPad: " ", startingAt: 0)) "
                + "\(extensions.padding(toLength: 14, withPad: " ", startingAt: 0)) \(state)")
        }
    }
}
