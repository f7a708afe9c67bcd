import Execution
import Foundation
import Results
import SpecModel

extension SubmissionGrader {
    /// Grades a submission with its instructor's suite (docs/unit-tests.md): stage it with
    /// the suite of its language (a one-file submission under the module's name), compile
    /// where the language compiles, then run every test's unit test through the harness.
    func gradeUnitTests(
        _ submission: Submission, language: Language, unitTests: UnitTestSuites, contentHash: String
    )
        async -> SubmissionResult
    {
        func notGradable(_ message: String) -> SubmissionResult {
            self.notGradable(submission, language: language, message, contentHash: contentHash)
        }
        guard let suite = plan.unitSuites[language] else {
            let languages = unitTests.languages.map(\.rawValue).joined(separator: ", ")
            return notGradable("this spec has no \(language.rawValue) suite (it has suites for \(languages))")
        }
        let moduleFile = unitTests.moduleFile(for: language)
        let folder: String
        do {
            folder = try staging.stage(submission.files, from: submission.sourceDirectory)
            // One file handed in: it is the module, whatever it is called.
            if submission.root != submission.sourceDirectory, let file = submission.files.first, file != moduleFile {
                try FileManager.default.moveItem(atPath: folder + "/" + file, toPath: folder + "/" + moduleFile)
            }
        } catch {
            return notGradable("its files could not be read: \(error.localizedDescription)")
        }
        let preparation = await runner.prepareUnitSuite(
            language: language, studentDirectory: folder, module: unitTests.module, moduleFile: moduleFile, suite: suite
        )
        staging.remove(folder)
        switch preparation {
        case .notGradable(let message):
            return notGradable(message)
        case .compileError(let result):
            return compileFailure(submission, language: language, result, contentHash: contentHash)
        case .ready(let program):
            defer { runner.discard(program) }
            var units: [UnitSuiteRunner.Unit] = []
            var unnamed: [TestResult] = []
            for planned in plan.tests {
                if let name = planned.test.unit?.name(for: language) {
                    units.append(UnitSuiteRunner.Unit(planned: planned, name: name))
                } else {
                    unnamed += TestJudge.unrun(
                        [planned], verdict: .notGradable, detail: "no \(language.rawValue) unit test is named for it")
                }
            }
            let ran: (results: [TestResult], isolation: Isolation) =
                units.isEmpty
                ? ([], Isolation())
                : await UnitSuiteRunner(runner: runner, program: program).run(units)
            let byID = Dictionary((ran.results + unnamed).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            let tests = plan.tests.compactMap { byID[$0.test.id] }
            return finish(
                submission, language: language, tests: tests, message: nil, contentHash: contentHash,
                isolation: ran.isolation, gradable: true)
        }
    }
}
