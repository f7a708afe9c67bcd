import Execution
import Foundation
import UnitHarness

extension Sandbox {
    /// Stages a submission with its instructor's suite and SpecGrade's harness
    /// (docs/unit-tests.md) and compiles them together where the language compiles. For the
    /// interpreted languages the suite goes into every run's `/work/specgrade-suite/` instead
    /// (`UnitSuiteCommands.runFiles`), and their harness removes it before any code of the
    /// submission runs. A missing module file is a compile error naming it.
    public func prepareUnitSuite(_ request: UnitSuiteRequest) async -> Preparation {
        let language = request.framework.language
        guard let toolchain = Toolchains.toolchain(for: request.framework.tool) else {
            return .unavailable("\(language.rawValue) does not run in the sandbox")
        }
        var build: BuildDirectory
        do {
            build = try BuildDirectory(root: launcher.runtime.buildRoot, owner: launcher.runtime.sandboxOwner)
            try build.copySources(from: request.studentDirectory, into: "student")
            try build.makeFolder("suite")
            if request.framework.compilesSuite { try build.write(request.suite, to: "suite/" + request.suiteFile) }
            for file in HarnessFiles.files(for: language) { try build.write(file.bytes, to: "suite/" + file.name) }
        } catch {
            return .compileError(
                ExecutionResult(
                    verdict: .internalError, detail: "cannot stage the submission with its suite: \(error)",
                    isolation: capabilities.isolation))
        }
        guard build.files.contains(request.moduleFile) else {
            build.remove()
            return .compileError(
                ExecutionResult(
                    verdict: .compileError, detail: "\(request.moduleFile) is missing from the submission",
                    stderr: Array("\(request.moduleFile): no such file in the submission (the suite tests it)\n".utf8),
                    isolation: capabilities.isolation))
        }
        var commands = UnitSuiteCommands(
            framework: request.framework, suiteFile: request.suiteFile, module: request.module,
            studentFiles: build.files)
        if !request.framework.compilesSuite {
            commands.runFiles = [UnitFramework.runSuiteFolder + "/" + request.suiteFile: request.suite]
        }
        for command in commands.compile {
            if var failure = await compile(command, toolchain: toolchain, in: build.path) {
                build.remove()
                failure.stderr = CompilerDiagnostics.hidingSuiteSource(failure.stderr)
                return .compileError(failure)
            }
        }
        var program = PreparedProgram(
            language: language, buildDirectory: build.path, runEntry: request.moduleFile, sources: build.files,
            tool: request.framework.tool, session: SandboxSession(pool: launcher.pool))
        program.unitSuite = commands
        return .ready(program)
    }

    /// One run of a prepared suite's harness: `input` is the protocol's stdin.
    public func runUnitSuite(
        _ program: PreparedProgram, input: [UInt8], limits: ResourceLimits
    ) async -> ExecutionResult {
        guard let commands = program.unitSuite, let toolchain = Toolchains.toolchain(for: program.tool)
        else {
            return ExecutionResult(
                verdict: .internalError, detail: "not prepared with a unit-test suite",
                isolation: capabilities.isolation)
        }
        let limits = toolchain.launchLimits(limits, cgroup: hasCgroup)
        var launch = Launcher.Launch(
            request: RunRequest(
                command: commands.run(limits: limits, cgroup: hasCgroup), programDirectory: program.buildDirectory,
                files: commands.runFiles, stdin: input, limits: limits))
        launch.extraBinds = program.tool.extraBinds.map { SystemBind(source: $0, target: $0) }
        launch.session = program.session
        return toolchain.refine(await run(launch), limits: limits)
    }
}
