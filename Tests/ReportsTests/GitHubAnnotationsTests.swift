import Execution
import Testing

@testable import Reports

@Suite struct GitHubAnnotationsTests {
    @Test func aClassGetsOneCommandPerFailedRequirementAtItsLine() {
        let lines = GitHubAnnotations.render(SyntheticRun.hostileClass)
        #expect(lines.count == 4)  // REQ-3 is untested, not failed
        #expect(
            lines[0] == "::error file=Specs/word-count.md,line=12,col=1,title=REQ-1 not met by 3 of 4 submissions::"
                + "REQ-1 (Count words): Zoë \"Z\" Ng (partial), 李雷 \\x1B[2J (unmet), bob (unmet)")
        #expect(
            lines[3].hasPrefix(
                "::error file=Specs/word-count.md,line=22,col=1,title=REQ-2 not met by 2 of 4 submissions::"
                    + "REQ-2 (Punctuation, quotes: \"and\" more)"))
    }

    @Test func oneSubmissionGetsItsSuggestionUnlessTheTestIsHidden() {
        let alone = SyntheticRun.run([
            SyntheticRun.submission("ada", verdicts: [.accepted, .wrongAnswer, .accepted, .wrongAnswer])
        ])
        let lines = GitHubAnnotations.render(alone)
        #expect(
            lines == [
                "::warning file=Specs/word-count.md,line=12,col=1,title=REQ-1 not met::REQ-1 (Count words) is partial for ada",
                "::error file=Specs/word-count.md,line=19,col=1,title=AC-1.2 not met::AC-1.2 (One word) is unmet for ada: T-one: expected \"2\", got \"3\"",
            ])
    }

    @Test func everythingMetPrintsNothing() {
        let run = SyntheticRun.run([
            SyntheticRun.submission("ada", verdicts: [.accepted, .accepted, .accepted, .accepted])
        ])
        #expect(GitHubAnnotations.render(run).isEmpty)
    }

    @Test func messagesAndPropertiesAreEscapedAsTheRunnerReadsThem() {
        #expect(GitHubAnnotations.data("100%\r\ndone: a,b") == "100%25%0Adone: a,b")
        #expect(GitHubAnnotations.data("ok\rFAILED") == "ok\\x0DFAILED")
        #expect(GitHubAnnotations.property("Specs/a:b,c%.md\n") == "Specs/a%3Ab%2Cc%25.md%0A")
    }

    @Test func aSpecPathWithCommasCannotAddProperties() {
        var run = SyntheticRun.run([
            SyntheticRun.submission("ada", verdicts: [.accepted, .wrongAnswer, .accepted, .accepted])
        ])
        run.spec.requirements[2].location.path = "Specs/x,line=1.md"
        let line = GitHubAnnotations.render(run).first { $0.contains("AC-1.2") }
        #expect(line?.hasPrefix("::error file=Specs/x%2Cline=1.md,line=19,") == true)
    }
}
