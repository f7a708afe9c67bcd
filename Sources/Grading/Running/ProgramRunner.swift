import AnalyticalEngine
import Execution
import Foundation
import Sandbox

/// Runs programs of any language: processes through the sandbox, decks in the Engine.
///
/// The sandbox is probed lazily, so that grading a spec for the Engine alone never needs one.
public struct ProgramRunner: Sendable {
    private let probe: SandboxProbe
    private var sandbox: Result<Sandbox, SandboxError> { probe.sandbox }
    public let toolchains: Toolchains
    /// Folders an Engine deck's `A include from library cards for NAME` searches after the
    /// shipped library (a spec's `engine: { library: }`, `run --library`).
    let engineLibraries: [String]
    /// The unit-test frameworks of `unitLanguages`, looked up once.
    let unitFrameworks: [Language: Result<UnitFramework, UnitFrameworkMissing>]
    /// Where decks run: a deck may compute for seconds without awaiting anything, and the
    /// cooperative pool (one thread a core) must not be held that long, or every other task
    /// of the grading (progress, history writes, sandboxed runs' continuations) waits for it.
    /// A concurrent queue adds a thread whenever all of its own are busy.
    private let engine = DispatchQueue(label: "specgrade.engine", attributes: .concurrent)

    /// `languages`: the ones this runner will be asked to run, as `catalog` defines them; only
    /// their toolchains are looked up, and the unit-test frameworks of `unitLanguages` (a
    /// unit-test spec's suites). `engineLibraries`: see the property. `pooledInits`: how many
    /// sandbox inits to keep ready ahead of runs (see `Sandbox`).
    public init(
        policy: IsolationPolicy = .strict, languages: [Language] = Language.allCases, unitLanguages: [Language] = [],
        catalog: LanguageCatalog = .builtIn, engineLibraries: [String] = [], pooledInits: Int32 = 4
    ) {
        toolchains = Toolchains.detect(languages, catalog: catalog)
        self.engineLibraries = engineLibraries
        var frameworks: [Language: Result<UnitFramework, UnitFrameworkMissing>] = [:]
        for language in unitLanguages where languages.contains(language) {
            frameworks[language] = UnitFramework.detect(language, toolchains: toolchains)
        }
        unitFrameworks = frameworks
        probe = SandboxProbe(policy: policy, pooledInits: pooledInits)
    }

    /// Why the sandbox cannot run programs here, or nil when it can.
    public var sandboxError: SandboxError? {
        if case .failure(let error) = sandbox { return error }
        return nil
    }

    /// Compiles (or parses) a submission whose files lie in `sourceDirectory`. A deck may
    /// include files from that folder only.
    public func prepare(language: Language, sourceDirectory: String, entry: String) async -> PreparationOutcome {
        if language.runsInEngine {
            let path = sourceDirectory + "/" + entry
            guard let data = FileManager.default.contents(atPath: path) else {
                return .notGradable("\(entry) cannot be read")
            }
            let sources = DeckSources(folder: sourceDirectory, libraries: engineLibraries)
            switch AnalyticalEngine.compile(bytes: [UInt8](data), path: entry, language: language, sources: sources) {
            case .success(let program): return .ready(.engine(program))
            case .failure(let error): return .compileError(error.executionResult)
            }
        }
        let sandbox: Sandbox
        switch self.sandbox {
        case .success(let probed): sandbox = probed
        case .failure(let error): return .notGradable("the sandbox cannot run programs here: \(error)")
        }
        switch await sandbox.prepare(
            language: language, sourceDirectory: sourceDirectory, entry: entry, toolchains: toolchains)
        {
        case .ready(let program): return .ready(.sandboxed(program))
        case .compileError(let result): return .compileError(result)
        case .unavailable(let message): return .notGradable(message)
        }
    }

    public func run(
        _ program: PreparedSubmission, stdin: [UInt8], arguments: [String], files: [String: [UInt8]],
        limits: ResourceLimits
    ) async -> ExecutionResult {
        switch program {
        case .engine(let deck):
            return await withCheckedContinuation { continuation in
                engine.async {
                    continuation.resume(returning: AnalyticalEngine.run(deck, input: stdin, limits: limits))
                }
            }
        case .sandboxed(let prepared):
            guard case .success(let sandbox) = self.sandbox else {
                return ExecutionResult(verdict: .internalError, detail: "sandbox unavailable")
            }
            return await sandbox.run(prepared, stdin: stdin, arguments: arguments, files: files, limits: limits)
        }
    }

    /// The language's syntax check (Python's `py_compile`) as a `compile_error`, or nil when
    /// the sources pass or the language has no such check.
    public func syntaxCheck(_ program: PreparedSubmission) async -> ExecutionResult? {
        guard case .sandboxed(let prepared) = program, case .success(let sandbox) = self.sandbox else { return nil }
        return await sandbox.syntaxCheck(prepared)
    }

    /// Stages a submission (its files in `studentDirectory`) with its instructor's suite.
    func prepareUnitSuite(
        language: Language, studentDirectory: String, module: String, moduleFile: String, suite: UnitSuiteFile
    ) async -> PreparationOutcome {
        guard let framework = unitFrameworks[language] else {
            return .notGradable("\(language.rawValue) unit tests were not looked for")
        }
        let found: UnitFramework
        switch framework {
        case .success(let value): found = value
        case .failure(let missing): return .notGradable(missing.message)
        }
        guard case .success(let sandbox) = self.sandbox else {
            return .notGradable("the sandbox cannot run programs here")
        }
        let request = UnitSuiteRequest(
            framework: found, studentDirectory: studentDirectory, module: module,
            moduleFile: moduleFile, suiteFile: suite.name, suite: suite.bytes)
        switch await sandbox.prepareUnitSuite(request) {
        case .ready(let program): return .ready(.sandboxed(program))
        case .compileError(let result): return .compileError(result)
        case .unavailable(let message): return .notGradable(message)
        }
    }

    /// One run of a prepared suite's harness (docs/unit-tests.md).
    func runUnitSuite(_ program: PreparedSubmission, input: [UInt8], limits: ResourceLimits) async -> ExecutionResult {
        guard case .sandboxed(let prepared) = program, case .success(let sandbox) = self.sandbox else {
            return ExecutionResult(verdict: .internalError, detail: "unit tests run in the sandbox")
        }
        return await sandbox.runUnitSuite(prepared, input: input, limits: limits)
    }

    public func discard(_ program: PreparedSubmission) {
        if case .sandboxed(let prepared) = program, case .success(let sandbox) = self.sandbox {
            sandbox.discard(prepared)
        }
    }

    /// Identifies the toolchain a language runs on, for the history cache: a compiler
    /// upgrade re-grades.
    func fingerprint(of language: Language) -> String {
        let framework = (try? unitFrameworks[language]?.get()).map { " " + $0.version } ?? ""
        return language.runsInEngine ? "engine" : "\(toolchains.status(of: language))" + framework
    }
}
