import ArgumentParser
import Execution
import Sandbox
import SpecModel

struct LanguagesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "languages", abstract: "List languages and their toolchains.",
        discussion: "Built-in languages, then a course's own from --languages FILE (docs/languages.md).")

    @OptionGroup var languages: LanguagesOption

    func run() async throws {
        let catalog = try languages.catalog()
        let toolchains = Toolchains.detect(catalog: catalog)
        for definition in catalog.definitions {
            let language = definition.name
            let extensions = definition.extensions.map { "." + $0 }.joined(separator: " ")
            let state: String
            switch toolchains.status(of: language) {
            case let .available(path, version): state = "available  \(version) (\(path))"
            case let .missing(hint): state = "missing    \(hint)"
            case .builtIn: state = "built in   Analytical Engine emulator"
            }
            print(
                "\(language.rawValue.padding(toLength: 12, withPad: " ", startingAt: 0)) "
                    + "\(extensions.padding(toLength: 14, withPad: " ", startingAt: 0)) \(state)")
        }
        print("")
        print("unit tests (a spec's unit_tests:)")
        Self.unitFrameworkLines(toolchains).forEach { print($0) }
    }

    /// A line per language that can run unit-test suites: its framework, or what to install.
    static func unitFrameworkLines(_ toolchains: Toolchains) -> [String] {
        UnitTestSuites.supportedLanguages.map { language in
            let state: String
            switch UnitFramework.detect(language, toolchains: toolchains) {
            case let .success(framework): state = "available  \(framework.version)"
            case let .failure(missing): state = "missing    \(missing.message)"
            }
            return "\(language.rawValue.padding(toLength: 12, withPad: " ", startingAt: 0)) \(state)"
        }
    }
}
