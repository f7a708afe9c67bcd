import Execution

/// How one language is compiled (or checked) once, then run per test: its definition's
/// commands with the tools found here, and what its runtimes need to meet the sandbox.
///
/// Paths are inside the sandbox: the compile runs with the build directory as `/work`; the
/// program runs with it read-only at `/program` and a fresh `/work` as its cwd.
struct LanguageToolchain: Sendable {
    let definition: LanguageDefinition
    let tool: DetectedTool
    /// The runtimes' adaptations whose tools the definition names (docs/languages.md).
    let adaptations: [any RuntimeAdaptation]

    init(tool: DetectedTool) {
        self.definition = tool.definition
        self.tool = tool
        self.adaptations = RuntimeAdaptations.matching(tool.definition)
    }

    /// Host directories the toolchain needs shown beyond the standard system ones.
    var extraBinds: [String] { tool.extraBinds + adaptations.flatMap(\.hostFolders) }

    /// The compile command for the copied sources, nil for none. `sources` and `entry` are
    /// absolute paths under `/work` (see `CompileOperands`); `staged` are SpecGrade's own
    /// files written beside them (`stagedFiles`).
    func compileCommand(sources: [String], entry: String) -> [String]? {
        guard let template = definition.compile, let first = template.first else { return nil }
        let options = adaptations.filter { $0.matches(first) }.flatMap(\.compileOptions)
        let staged = CompileOperands.paths(stagedFiles.map(\.name))
        return expand(
            template, options: options, entry: entry, sources: sources.filter(definition.isSource) + staged,
            build: RunRequest.workDirectory)
    }

    /// A check that only confirms what a failed run already said (a syntax error), run on
    /// demand by `Sandbox.syntaxCheck`; nil for none.
    func syntaxCheckCommand(sources: [String]) -> [String]? {
        adaptations.lazy.compactMap {
            $0.syntaxCheck(tool: self.tool, sources: sources.filter(self.definition.isSource))
        }.first
    }

    /// Why the compiled entry cannot start a program, when a runtime can tell (Java).
    func entryProblem(entry: String, source: String) -> String? {
        adaptations.lazy.compactMap { $0.entryProblem(entry: entry, source: source) }.first
    }

    /// What `{entry}` names when running: the entry's path under `/program`, or what a
    /// runtime calls it instead (Java's main class, TypeScript's compiled file).
    func runEntry(for entry: String, source: String) -> String {
        adaptations.lazy.compactMap { $0.runEntry(for: entry, source: source) }.first
            ?? RunRequest.programMount + "/" + entry
    }

    /// The command that runs the program under `limits`; `entry` is `runEntry`'s answer;
    /// `cgroup` tells whether a memory cgroup bounds the run (else RLIMIT_DATA, per process).
    func runCommand(entry: String, sources: [String], limits: ResourceLimits, cgroup: Bool) -> [String] {
        guard let first = definition.run.first else { return [] }
        let options = adaptations.filter { $0.matches(first) }.flatMap { $0.runOptions(limits: limits, cgroup: cgroup) }
        let program = sources.filter(definition.isSource).map { RunRequest.programMount + "/" + $0 }
        return expand(definition.run, options: options, entry: entry, sources: program, build: RunRequest.programMount)
    }

    /// The definition's environment and what the runtimes add, for a compile or a run.
    func environment(compiling: Bool) -> [String: String] {
        var environment = definition.environment
        for adaptation in adaptations {
            environment.merge(adaptation.environment(compiling: compiling)) { own, _ in own }
        }
        return environment
    }

    /// SpecGrade's files staged beside the sources before compiling (TypeScript's Node
    /// declarations), under a hidden folder no submission file can take.
    var stagedFiles: [(name: String, bytes: [UInt8])] { adaptations.flatMap(\.stagedFiles) }

    /// Adjusts a run's verdict for what the runtime reports in its own way (the JVM's
    /// OutOfMemoryError is a memory limit).
    func refine(_ result: ExecutionResult, limits: ResourceLimits) -> ExecutionResult {
        adaptations.reduce(result) { $1.refine($0, limits: limits) }
    }

    /// The limits a run (or compile) is launched with; `cgroup` tells whether a memory
    /// cgroup bounds it (else RLIMIT_DATA does, per process).
    func launchLimits(_ limits: ResourceLimits, cgroup: Bool) -> ResourceLimits {
        adaptations.reduce(limits) { $1.launchLimits($0, cgroup: cgroup) }
    }

    /// A template with its tool resolved, the runtime's options after it and every
    /// placeholder replaced.
    private func expand(
        _ template: [String], options: [String], entry: String, sources: [String], build: String
    ) -> [String] {
        var command: [String] = []
        for (index, word) in template.enumerated() {
            if word == "{sources}" {
                command += sources
                continue
            }
            let expanded = word.replacingOccurrences(of: "{entry}", with: entry)
                .replacingOccurrences(of: "{binary}", with: build + "/" + LanguageToolchain.binaryName)
                .replacingOccurrences(of: "{build}", with: build)
            command.append(index == 0 ? tool.executables[word] ?? expanded : expanded)
            if index == 0 { command += options }
        }
        return command
    }

    /// The compiled program's file name in the build directory.
    static let binaryName = "main"
}
