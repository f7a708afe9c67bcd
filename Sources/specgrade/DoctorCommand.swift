import ArgumentParser
import Execution
import Glibc
import Sandbox
import SpecModel

struct DoctorCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doctor",
        abstract: "Show which isolation layers work on this machine, in namespace mode and in confined mode.")

    func run() async throws {
        let survey: (namespaces: SandboxCapabilities, confined: SandboxCapabilities)
        do {
            survey = try Sandbox.survey()
        } catch {
            throw CLIFailure.unmet("sandbox: cannot probe this machine: \(error.description)")
        }
        let root = survey.namespaces.runningAsRoot
        print("running as \(root ? "root" : "uid \(getuid())"); cgroup: \(survey.namespaces.cgroupVersion.rawValue)")
        print("namespace mode (the default):")
        print(lines(survey.namespaces))
        print("confined mode (no namespaces: chosen with --allow-missing namespaces where they are refused):")
        print(lines(survey.confined))
        print("unit-test frameworks:")
        LanguagesCommand.unitFrameworkLines(Toolchains.detect(UnitTestSuites.supportedLanguages)).forEach {
            print("  " + $0)
        }
        print(verdict(survey.namespaces, survey.confined))
        if !canGrade(survey.namespaces) && !canGrade(survey.confined) { throw CLIFailure.unmet("") }
    }

    private func lines(_ capabilities: SandboxCapabilities) -> String {
        capabilities.layers.map { status in
            let mark = status.available ? "in force   " : "UNAVAILABLE"
            return
                "  \(mark) \(status.layer.rawValue.padding(toLength: 18, withPad: " ", startingAt: 0)) \(status.detail)"
        }.joined(separator: "\n")
    }

    /// A mode can grade when the layers no policy waives are there (namespace mode needs its
    /// PID and mount namespaces besides).
    private func canGrade(_ capabilities: SandboxCapabilities) -> Bool {
        var needed = Isolation.unwaivable
        if capabilities.mode == .namespaces { needed.formUnion([.pidNamespace, .mountNamespace]) }
        return needed.allSatisfy { capabilities.status(of: $0)?.available == true }
    }

    /// Which mode grading will use and what to pass for it.
    private func verdict(_ namespaces: SandboxCapabilities, _ confined: SandboxCapabilities) -> String {
        func missing(_ capabilities: SandboxCapabilities, besides waived: Set<IsolationLayer>) -> [String] {
            capabilities.layers.filter { !$0.available && !waived.contains($0.layer) }.map(\.layer.rawValue)
        }
        if canGrade(namespaces) {
            let gaps = missing(namespaces, besides: [])
            if gaps.isEmpty { return "verdict: namespace mode, every layer in force: runs are fully confined" }
            return "verdict: namespace mode grades with --allow-missing \(gaps.joined(separator: " --allow-missing ")) "
                + "(or the spec's sandbox: { allow_missing: [\(gaps.joined(separator: ", "))] }); see docs/sandbox.md to enable them"
        }
        if canGrade(confined) {
            let gaps = missing(confined, besides: Isolation.namespaces)
            let flags = (["namespaces"] + gaps).map { "--allow-missing \($0)" }.joined(separator: " ")
            return "verdict: namespaces are refused here; confined mode grades with \(flags) "
                + "(docs/sandbox.md, \"Confined mode\", says what it protects and what it cannot)"
        }
        return
            "verdict: no mode can grade here: \(missing(confined, besides: Isolation.namespaces).joined(separator: ", ")) unavailable; see docs/sandbox.md"
    }
}
