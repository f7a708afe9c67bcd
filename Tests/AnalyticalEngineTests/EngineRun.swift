import Execution

@testable import AnalyticalEngine

/// Compiles and runs a program through the public API, as the grader does.
enum EngineRun {
    static func deck(
        _ source: String, path: String = "deck.ae", stdin: String = "", limits: ResourceLimits = ResourceLimits(),
        language: Language = .babbage
    ) -> ExecutionResult {
        switch AnalyticalEngine.compile(source: source, path: path, language: language) {
        case .success(let program): return AnalyticalEngine.run(program, stdin: stdin, limits: limits)
        case .failure(let error): return error.executionResult
        }
    }

    static func registers(
        _ source: String, stdin: String = "", limits: ResourceLimits = ResourceLimits()
    ) -> ExecutionResult {
        deck(source, path: "prog.bab", stdin: stdin, limits: limits, language: .babbageAssembly)
    }
}
