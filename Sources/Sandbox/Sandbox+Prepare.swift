import Execution
import Foundation

extension Sandbox {
    /// Copies the submission's source files (regular files under `sourceDirectory`; symbolic
    /// links are not followed) into a private build directory and compiles once, sandboxed
    /// with `ResourceLimits.compile`. `entry` is relative to `sourceDirectory`.
    public func prepare(
        language: Language, sourceDirectory: String, entry: String, toolchains: Toolchains
    ) async
        -> Preparation
    {
        if language.runsInEngine { return .unavailable("runs in the Analytical Engine, not the sandbox") }
        guard let tool = toolchains.found[language], let toolchain = Toolchains.toolchain(for: tool)
        else { return .unavailable(toolchains.missingMessage(language)) }
        var build: BuildDirectory
        do {
            build = try BuildDirectory(root: launcher.runtime.buildRoot, owner: launcher.runtime.sandboxOwner)
            try build.copySources(from: sourceDirectory)
            for file in toolchain.stagedFiles {
                try build.makeFolder((file.name as NSString).deletingLastPathComponent)
                try build.write(file.bytes, to: file.name)
            }
        } catch {
            return .compileError(
                ExecutionResult(
                    verdict: .internalError, detail: "cannot copy the submission: \(error)",
                    isolation: capabilities.isolation))
        }
        guard let entryBytes = FileManager.default.contents(atPath: build.path + "/" + entry) else {
            build.remove()
            return .compileError(
                ExecutionResult(
                    verdict: .compileError, detail: "\(entry) is missing from the submission",
                    stderr: Array("\(entry): no such file in the submission\n".utf8), isolation: capabilities.isolation)
            )
        }
        // Only read for what the run command names (Java's main class and package); the compiler judges the bytes.
        let entrySource = String(decoding: entryBytes, as: UTF8.self)
        let sources = build.files
        if let command = toolchain.compileCommand(
            sources: CompileOperands.paths(sources), entry: CompileOperands.paths([entry])[0]),
            let failure = await compile(command, toolchain: toolchain, in: build.path)
        {
            build.remove()
            return .compileError(failure)
        }
        if let problem = toolchain.entryProblem(entry: entry, source: entrySource) {
            build.remove()
            return .compileError(
                ExecutionResult(
                    verdict: .compileError, detail: "no entry point", stderr: Array((problem + "\n").utf8),
                    isolation: capabilities.isolation))
        }
        return .ready(
            PreparedProgram(
                language: language, buildDirectory: build.path,
                runEntry: toolchain.runEntry(for: entry, source: entrySource),
                sources: sources, tool: tool, session: SandboxSession(pool: launcher.pool)))
    }

    /// Checks a prepared program's sources the way a compiler would, for languages that only
    /// have such a check (Python's `py_compile`). Grading asks for it when a run failed with
    /// a syntax error, so that correct submissions never pay for a second interpreter start.
    /// Returns the `compile_error` result, or nil when the sources pass or there is no check.
    public func syntaxCheck(_ program: PreparedProgram) async -> ExecutionResult? {
        guard let toolchain = Toolchains.toolchain(for: program.tool),
            let command = toolchain.syntaxCheckCommand(sources: CompileOperands.paths(program.sources))
        else { return nil }
        return await compile(command, toolchain: toolchain, in: program.buildDirectory)
    }

    /// Runs a compile (or check) command in `directory` under compile limits; nil when it
    /// succeeds, else the failure as `compile_error` with tidied diagnostics.
    func compile(_ command: [String], toolchain: LanguageToolchain, in directory: String) async -> ExecutionResult? {
        let limits = toolchain.launchLimits(.compile, cgroup: hasCgroup)
        var launch = Launcher.Launch(
            request: RunRequest(command: command, environment: toolchain.environment(compiling: true), limits: limits),
            workSource: directory)
        launch.extraBinds = toolchain.extraBinds.map { SystemBind(source: $0, target: $0) }
        var result = await run(launch)
        guard result.verdict != .accepted else { return nil }
        if result.verdict != .internalError {
            result.detail = "compiler: " + (result.detail ?? result.verdict.rawValue)
            result.verdict = .compileError
        }
        result.stderr = CompilerDiagnostics.tidy(result.stderr + result.stdout)
        result.stdout = []
        return result
    }

    /// Runs a prepared program with per-test stdin, arguments, files and limits.
    public func run(
        _ program: PreparedProgram, stdin: [UInt8], arguments: [String], files: [String: [UInt8]],
        limits: ResourceLimits
    ) async -> ExecutionResult {
        guard let toolchain = Toolchains.toolchain(for: program.tool) else {
            return ExecutionResult(
                verdict: .internalError, detail: "\(program.language.rawValue) does not run in the sandbox",
                isolation: capabilities.isolation)
        }
        let limits = toolchain.launchLimits(limits, cgroup: hasCgroup)
        let command =
            toolchain.runCommand(entry: program.runEntry, sources: program.sources, limits: limits, cgroup: hasCgroup)
            + arguments
        var launch = Launcher.Launch(
            request: RunRequest(
                command: command, programDirectory: program.buildDirectory, files: files, stdin: stdin,
                environment: toolchain.environment(compiling: false), limits: limits))
        launch.extraBinds = toolchain.extraBinds.map { SystemBind(source: $0, target: $0) }
        launch.session = program.session
        return toolchain.refine(await run(launch), limits: limits)
    }

    /// Whether a memory cgroup bounds each run (else RLIMIT_DATA does, per process).
    var hasCgroup: Bool { capabilities.isolation.layers.contains(.cgroup) }

    /// Removes a prepared program's build directory.
    public func discard(_ program: PreparedProgram) {
        try? FileManager.default.removeItem(atPath: program.buildDirectory)
    }
}
