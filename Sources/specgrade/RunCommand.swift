import ArgumentParser
import Execution
import Foundation
import Grading
import Sandbox

struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run one program in the sandbox (or a deck in the Analytical Engine) and print its output.",
        discussion:
            "Exit status: 0 accepted, 1 any other verdict (printed on stderr, or in the --json record), 2 bad usage.")

    @Argument(help: "The source file (.py, .c, .java, .go, .rs, .ae, ...: see specgrade languages).") var file: String
    @Option(help: "The language, when the extension does not say it.") var language: String?
    @OptionGroup var languages: LanguagesOption
    @Option(help: "A file fed to the program's standard input.") var stdin: String?
    @Option(
        help:
            "A folder of Analytical Engine library decks (NAME.ae) that 'A include from library cards for NAME' reads when the shipped library has no NAME."
    )
    var library: String?
    @Flag(help: "Print {verdict, exit_code, signal, stdout, stderr, cpu_ms, wall_ms, memory_kb, isolation}.") var json =
        false
    @Option(help: "CPU time limit (2s, 500ms).") var cpu: String?
    @Option(help: "Wall time limit.") var wall: String?
    @Option(help: "Memory limit (256MiB).") var memory: String?
    @Option(help: "Output limit per stream (1MiB).") var output: String?
    @Option(help: "Processes and threads at once.") var processes: String?
    @OptionGroup var allowMissing: AllowMissingOptions
    @Argument(parsing: .postTerminator, help: "Arguments for the program, after --.") var arguments: [String] = []

    /// Largest source file `run` accepts.
    static let maximumSourceBytes = 1 << 20

    func run() async throws {
        let limits = try parsedLimits()
        let catalog = try languages.catalog()
        let language = try resolvedLanguage(catalog)
        var input: [UInt8] = []
        if let path = stdin {
            // Read through a handle: FileManager refuses character devices such as /dev/null.
            guard let handle = FileHandle(forReadingAtPath: path), let data = try? handle.readToEnd() ?? Data() else {
                throw CLIFailure.usage("\(path): cannot read the --stdin file; check the path")
            }
            input = [UInt8](data)
        }
        let source = try readSource()
        // One compile and one run: inits made ahead would only compete with them.
        let runner = ProgramRunner(
            policy: try policy(), languages: [language], catalog: catalog, engineLibraries: try libraryFolders(),
            pooledInits: 0)
        let entry = (file as NSString).lastPathComponent
        let preparation: PreparationOutcome
        if language.runsInEngine {
            // In-process, without the sandbox or a staged copy: a deck includes files from
            // its own folder, which therefore is where it is read.
            let folder = (file as NSString).deletingLastPathComponent
            preparation = await runner.prepare(
                language: language, sourceDirectory: folder.isEmpty ? "." : folder, entry: entry)
        } else {
            preparation = try await prepareSandboxed(source, entry: entry, language: language, runner: runner)
        }
        let result: ExecutionResult
        switch preparation {
        case let .notGradable(message):
            throw CLIFailure.unmet("\(file): cannot run \(language.rawValue) here: \(message)")
        case let .compileError(failure):
            result = failure
        case let .ready(program):
            result = await runner.run(program, stdin: input, arguments: arguments, files: [:], limits: limits)
            runner.discard(program)
        }
        try report(result)
    }

    /// Stages the source in a private folder and compiles it there, in the sandbox.
    private func prepareSandboxed(
        _ source: Data, entry: String, language: Language, runner: ProgramRunner
    ) async throws -> PreparationOutcome {
        if let error = runner.sandboxError {
            var message = error.description
            if case let .layerUnavailable(layer, _) = error {
                message +=
                    " For this one run: --allow-missing \(Isolation.namespaces.contains(layer) ? "namespaces" : layer.rawValue)."
            }
            throw CLIFailure.usage(message)
        }
        let staging = FileManager.default.temporaryDirectory.appendingPathComponent(
            "specgrade-run-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: staging) }
        do {
            try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
            try source.write(to: staging.appendingPathComponent(entry))
        } catch {
            throw CLIFailure.internalError("cannot stage \(file): \(error)")
        }
        return await runner.prepare(language: language, sourceDirectory: staging.path, entry: entry)
    }

    /// `--library DIR`, checked to be a folder.
    private func libraryFolders() throws -> [String] {
        guard let library else { return [] }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: library, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw CLIFailure.usage("--library \(library): not a folder; give a folder of NAME.ae library decks")
        }
        return [library]
    }

    private func report(_ result: ExecutionResult) throws {
        if json {
            FileHandle.standardOutput.write(RunRecord(result).encoded() + Data("\n".utf8))
        } else {
            FileHandle.standardOutput.write(Data(result.stdout))
            FileHandle.standardError.write(Data(result.stderr))
        }
        guard result.verdict == .accepted else {
            let why = result.detail.map { " (\($0))" } ?? ""
            throw CLIFailure.unmet(json ? "" : "specgrade: \(file): \(result.verdict.rawValue)\(why)")
        }
    }

    private func policy() throws -> IsolationPolicy {
        IsolationPolicy(allowedMissing: try allowMissing.layers())
    }

    /// The source, read without following a symbolic link (as `grade` treats one: SpecGrade,
    /// often root, must not read a host file a student's link names and print it back in a
    /// compiler's message).
    private func readSource() throws -> Data {
        var info = stat()
        guard lstat(file, &info) == 0 else {
            throw CLIFailure.usage("\(file): no such file; give the path of a source file")
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFLNK:
            throw CLIFailure.usage(
                "\(file) is a symbolic link; SpecGrade does not follow links to sources (nor does `grade`): give the file itself"
            )
        default:
            throw CLIFailure.usage("\(file): not a regular file; give the path of a source file")
        }
        let descriptor = open(file, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw CLIFailure.usage("\(file): cannot read it; check its permissions")
        }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        guard let data = try? handle.read(upToCount: RunCommand.maximumSourceBytes + 1) ?? Data() else {
            throw CLIFailure.usage("\(file): cannot read it; check its permissions")
        }
        guard data.count <= RunCommand.maximumSourceBytes else {
            throw CLIFailure.usage("\(file): over the 1 MiB limit for a source file; is it the right file?")
        }
        return data
    }

    private func resolvedLanguage(_ catalog: LanguageCatalog) throws -> Language {
        if let language {
            let named = Language(rawValue: language.lowercased())
            guard catalog.definition(of: named) != nil else {
                let known = catalog.languages.map(\.rawValue).joined(separator: ", ")
                throw CLIFailure.usage(
                    "--language \(language): unknown language; use one of \(known), or define it with --languages FILE")
            }
            return named
        }
        let ext = (file as NSString).pathExtension
        guard let detected = catalog.language(forExtension: ext) else {
            throw CLIFailure.usage(
                "\(file): no language is defined for '.\(ext)'; use one of \(catalog.extensionList), pass --language, or define one with --languages FILE"
            )
        }
        return detected
    }

    private func parsedLimits() throws -> ResourceLimits {
        var overrides = LimitOverrides()
        let flags: [(String, String?, String)] = [
            ("cpu", cpu, "--cpu"), ("wall", wall, "--wall"), ("memory", memory, "--memory"),
            ("output", output, "--output"), ("processes", processes, "--processes"),
        ]
        for (key, value, flag) in flags {
            guard let value else { continue }
            guard let kind = LimitOverrides.keys.first(where: { $0.key == key })?.kind,
                let amount = Quantity.parse(value, as: kind), amount > 0
            else {
                let kind = LimitOverrides.keys.first { $0.key == key }?.kind ?? .count
                throw CLIFailure.usage("\(flag) \(value): not a valid limit; give \(Quantity.example(of: kind))")
            }
            _ = overrides.set(key, to: amount)
        }
        return overrides.applied(to: ResourceLimits())
    }
}
