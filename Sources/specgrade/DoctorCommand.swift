import ArgumentParser
import Execution
import Glibc
import Sandbox
import SpecModel

struct DoctorCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "doctor", abstract: "Show which isolation layers work on this machine.")

    func run() async throws {
        // Probe with every layer waivable so that the report lists what is missing instead of
        // stopping at the first gap; a strict Sandbox() is tried afterwards for the verdict.
        let waivable = Set(IsolationLayer.allCases).subtracting(IsolationPolicy.unwaivable)
        let sandbox: Sandbox
        do {
            sandbox = try Sandbox(policy: IsolationPolicy(allowedMissing: waivable))
        } catch {
            throw CLIFailure.unmet("sandbox: unusable on this machine: \(error.description)")
        }
        let capabilities = sandbox.capabilities
        print("running as \(capabilities.runningAsRoot ? "root (programs drop to uid 65534)" : "uid \(getuid())")")
        print("cgroup: \(capabilities.cgroupVersion.rawValue)")
        for status in capabilities.layers {
            let mark = status.available ? "in force   " : "UNAVAILABLE"
            print("  \(mark) \(status.layer.rawValue.padding(toLength: 18, withPad: " ", startingAt: 0)) \(status.detail)")
        }
        print("unit-test frameworks:")
        LanguagesCommand.unitFrameworkLines(Toolchains.detect(UnitTestSuites.supportedLanguages)).forEach { print("  " + $0) }
        do {
            _ = try Sandbox()
            print("strict policy: every layer is in force; runs are fully confined")
        } catch {
            print("strict policy: \(error.description)")
            throw CLIFailure.unmet("")
        }
    }
}
