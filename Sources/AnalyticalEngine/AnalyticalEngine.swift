import Execution

/// SpecGrade's Analytical Engine: compiles and runs card decks (`babbage`, Walker's card
/// language) and register programs (`babbage-asm`) in-process.
///
///     switch AnalyticalEngine.compile(source: deck, path: "alice.ae", language: .babbage) {
///     case .success(let program):
///         let result = AnalyticalEngine.run(program, stdin: "N001 6\n", limits: ResourceLimits())
///     case .failure(let error):
///         record(error.executionResult)          // compile_error, "alice.ae:3: error: …"
///     }
///
/// Both calls are pure functions of their arguments: safe to call from many tasks at once.
public enum AnalyticalEngine {
    /// Parses a deck (mounting it as the attendant would) or assembles a register program.
    /// A deck's `A include` requests are refused: use `compile(bytes:path:language:sources:)`.
    public static func compile(
        source: String, path: String, language: Language
    ) -> Result<EngineProgram, EngineCompileError> {
        compile(bytes: Array(source.utf8), path: path, language: language, sources: DeckSources())
    }

    /// Parses a deck file's bytes (UTF-8, or Latin-1 as the reference reads it), fetching the
    /// cards it includes from `sources`, or assembles a register program. `path` is where
    /// messages say the deck is, relative to `sources.folder` when there is one.
    public static func compile(
        bytes: [UInt8], path: String, language: Language, sources: DeckSources
    ) -> Result<EngineProgram, EngineCompileError> {
        switch language {
        case .babbage:
            do throws(Attendant.Complaint) {
                let place = sources.folder.map { CardFile.Place(root: $0, directory: "").folder(of: path) }
                let cards = try Attendant.load(
                    Card.cards(of: bytes, source: path),
                    reach: Attendant.Reach(place: place, libraries: sources.libraries))
                return .success(
                    .deck(
                        EngineProgram.Deck(
                            cards: cards, libraries: sources.libraries, chain: try mount(stdin: [], deck: cards))))
            } catch {
                return .failure(EngineCompileError(error))
            }
        case .babbageAssembly:
            do throws(EngineCompileError) {
                return .success(.registers(try Assembler.assemble(String(decoding: bytes, as: UTF8.self), path: path)))
            } catch {
                return .failure(error)
            }
        default:
            return .failure(
                EngineCompileError(
                    path: path, line: 0, message: "\(language.displayName) does not run in the Analytical Engine"))
        }
    }

    /// Runs a program. For a deck, `stdin` is itself a deck, mounted in front of the
    /// program's cards; for a register program it holds the integers RDCRD reads.
    ///
    /// Limits: `cpuMs` becomes a budget of cards (or instructions) executed, 100,000 per
    /// millisecond (`time_limit`); `wallMs` is checked every 2^20 cards; `outputBytes` caps what
    /// is printed (`output_limit`). A normal halt is `accepted`, an abnormality `runtime_error`.
    public static func run(_ program: EngineProgram, stdin: String, limits: ResourceLimits) -> ExecutionResult {
        run(program, input: Array(stdin.utf8), limits: limits)
    }

    /// Runs a program on standard input's bytes: an input deck is read as a deck file is
    /// (UTF-8, or Latin-1), a register program's integers as UTF-8.
    public static func run(_ program: EngineProgram, input: [UInt8], limits: ResourceLimits) -> ExecutionResult {
        let budget = RunBudget(limits: limits)
        let cpuStart = RunBudget.threadCPUMs()
        var printer = PrintingApparatus(limit: limits.outputBytes)
        let stop: RunStop
        switch program {
        case .deck(let deck):
            let chain: Chain
            if input.isEmpty {
                chain = deck.chain
            } else {
                switch remount(deck, behind: input) {
                case .chain(let combined): chain = combined
                case .failed(let failure): return failure
                }
            }
            stop = Engine(chain: chain, budget: budget).run(printer: &printer)
        case .registers(let registers):
            stop = Interpreter(program: registers, budget: budget).run(
                input: String(decoding: input, as: UTF8.self), printer: &printer)
        }
        var result = ExecutionResult(
            verdict: .accepted, exitCode: 0, stdout: printer.output, stdoutTruncated: printer.overflowed,
            cpuMs: RunBudget.threadCPUMs() - cpuStart, wallMs: budget.elapsedMs, isolation: .inProcess)
        switch stop {
        case .halted:
            break
        case .abnormality(let message, let place):
            result.verdict = .runtimeError
            result.exitCode = nil
            result.detail = "\(message) at \(place)"
            result.stderr = Array("\(place): Abnormality in the Mill: \(message)\n".utf8)
        case .timeLimit(let reason):
            result.verdict = .timeLimit
            result.exitCode = nil
            result.detail = reason
        case .outputLimit:
            result.verdict = .outputLimit
            result.exitCode = nil
            result.detail = "output limit \(limits.outputBytes) bytes"
        }
        return result
    }

    /// Examines and reads a test's input deck's cards and the program's, in order, as one chain.
    static func mount(stdin: [Card], deck: [Card]) throws(Attendant.Complaint) -> Chain {
        var cards = stdin + deck
        try Attendant.examine(&cards)
        return try CardReader.compile(cards)
    }

    /// The chain of the test's input deck followed by the program's: the attendant mounts them
    /// together, as the reference does with two files on its command line. The input deck may
    /// draw on the library but not include files.
    private static func remount(_ deck: EngineProgram.Deck, behind input: [UInt8]) -> Remount {
        do throws(Attendant.Complaint) {
            let stdin = try Attendant.load(
                Card.cards(of: input, source: "stdin"), reach: Attendant.Reach(place: nil, libraries: deck.libraries))
            return .chain(try mount(stdin: stdin, deck: deck.cards))
        } catch {
            let diagnostic = EngineCompileError(error)
            guard error.origin.source != "stdin" else {
                return .failed(
                    ExecutionResult(
                        verdict: .internalError, detail: "the test's input deck does not mount: \(diagnostic)",
                        stderr: Array("\(diagnostic)\n".utf8), isolation: .inProcess))
            }
            return .failed(diagnostic.executionResult)
        }
    }

    private enum Remount {
        case chain(Chain)
        case failed(ExecutionResult)
    }
}
