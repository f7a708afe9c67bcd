import Foundation
import History
import Reports
import Results
import Testing

/// Languages as data from the command line: a course's `languages.yaml`, `--languages`, and
/// submissions in no defined language listed in every report.
@Suite struct LanguagesCommandTests {
    /// A loose `dave.rb` and a folder of Ruby are students: not gradable, with the reason, in
    /// junit.xml, compliance.json, grades.csv, results.json, index.html and the summary.
    @Test func undefinedLanguageIsListedEverywhere() throws {
        let scratch = try Scratch()
        let submissions = scratch.path + "/submissions"
        try FileManager.default.createDirectory(atPath: submissions + "/erin", withIntermediateDirectories: true)
        try "STDIN.each_line { |l| puts l.split.map(&:to_i).sum }\n".write(
            toFile: submissions + "/dave.rb", atomically: true, encoding: .utf8)
        try "puts 1\n".write(toFile: submissions + "/erin/main.rb", atomically: true, encoding: .utf8)
        try "import sys\nfor line in sys.stdin: print(sum(int(x) for x in line.split()))\n"
            .write(toFile: submissions + "/pia.py", atomically: true, encoding: .utf8)
        let out = scratch.path + "/out"
        let outcome = try CommandLine.run([
            "grade", "Specs/line-sums", submissions, "--out", out, "--db", scratch.path + "/h.sqlite",
        ])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stderr.contains("dave: not_gradable"))
        #expect(outcome.stdout.contains("1 passed") && outcome.stdout.contains("2 not gradable"), "\(outcome.stdout)")
        #expect(outcome.stdout.contains("not gradable: dave: no language is defined for .rb"), "\(outcome.stdout)")
        let report = try ComplianceReport.decode(
            Data(contentsOf: URL(fileURLWithPath: out + "/compliance.json")), path: "compliance.json")
        let dave = try #require(report.submissions.first { $0.student == "dave" })
        #expect(dave.status.rawValue == "not_gradable")
        #expect(dave.message?.contains("no language is defined for .rb: define one in languages.yaml") == true)
        #expect(report.submissions.map(\.student).sorted() == ["dave", "erin", "pia"])
        for file in ["junit.xml", "grades.csv", "index.html", "results/dave/results.json"] {
            let text = try String(contentsOfFile: out + "/" + file, encoding: .utf8)
            #expect(text.contains("dave"), "\(file) leaves dave out")
            #expect(text.contains("no language is defined for .rb"), "\(file) does not say why")
        }
    }

    /// A language whose tool is missing here: its submissions are not gradable, saying what
    /// is missing and where the language was defined; the others are graded.
    @Test func missingToolchainIsNotGradableWithTheHint() throws {
        let scratch = try Scratch()
        let definitions = scratch.path + "/languages.yaml"
        try "languages:\n  - name: ghost\n    extensions: [.gh]\n    run: [no-such-interpreter-here, \"{entry}\"]\n"
            .write(toFile: definitions, atomically: true, encoding: .utf8)
        let submissions = scratch.path + "/submissions"
        try FileManager.default.createDirectory(atPath: submissions, withIntermediateDirectories: true)
        try "boo\n".write(toFile: submissions + "/gus.gh", atomically: true, encoding: .utf8)
        try "import sys\nfor line in sys.stdin: print(sum(int(x) for x in line.split()))\n"
            .write(toFile: submissions + "/pia.py", atomically: true, encoding: .utf8)
        let out = scratch.path + "/out"
        let outcome = try CommandLine.run([
            "grade", "Specs/line-sums", submissions, "--languages", definitions, "--out", out, "--db",
            scratch.path + "/h.sqlite",
        ])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let report = try ComplianceReport.decode(
            Data(contentsOf: URL(fileURLWithPath: out + "/compliance.json")), path: "compliance.json")
        let gus = try #require(report.submissions.first { $0.student == "gus" })
        #expect(gus.status.rawValue == "not_gradable")
        #expect(gus.message?.contains("no-such-interpreter-here not found on PATH") == true, "\(gus.message ?? "")")
        #expect(gus.message?.contains("\(definitions):2:5") == true, "\(gus.message ?? "")")
        #expect(report.submissions.first { $0.student == "pia" }?.status.rawValue == "passed")
    }

    /// `--languages FILE` defines a language for `run`, and `languages` lists it.
    @Test func languagesFileDefinesALanguageForRunAndLanguages() throws {
        let scratch = try Scratch()
        let definitions = scratch.path + "/languages.yaml"
        try """
        languages:
          - name: snake
            extensions: [.snk]
            run: [python3, "{entry}"]
            version: [python3, --version]
        """.write(toFile: definitions, atomically: true, encoding: .utf8)
        try "print(6 * 7)\n".write(toFile: scratch.path + "/answer.snk", atomically: true, encoding: .utf8)
        let run = try CommandLine.run([
            "run", scratch.path + "/answer.snk", "--languages", definitions, "--allow-missing", "cgroup",
        ])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "42\n")
        let unknown = try CommandLine.run(["run", scratch.path + "/answer.snk"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("no language is defined for '.snk'"))
        let listed = try CommandLine.run(["languages", "--languages", definitions])
        #expect(listed.status == 0)
        #expect(listed.stdout.contains("snake") && listed.stdout.contains(".snk") && listed.stdout.contains("Python 3"))
        #expect(listed.stdout.contains("rust") && listed.stdout.contains("common-lisp"))
    }

    /// A bad definition is an error at its line and column, saying what to write.
    @Test func badDefinitionIsAnErrorAtItsPlace() throws {
        let scratch = try Scratch()
        let definitions = scratch.path + "/languages.yaml"
        try "languages:\n  - name: ruby\n    extensions: [.rb]\n    run: [ruby, \"{file}\"]\n    colour: red\n"
            .write(toFile: definitions, atomically: true, encoding: .utf8)
        let outcome = try CommandLine.run(["check", "Specs/line-sums", "--languages", definitions])
        #expect(outcome.status == 2)
        #expect(
            outcome.stdout.contains("\(definitions):4:17: error: 'run': unknown placeholder {file}"),
            "\(outcome.stdout)")
        #expect(
            outcome.stdout.contains("\(definitions):5:5: error: language definition: unknown field 'colour'"),
            "\(outcome.stdout)")
    }
}
