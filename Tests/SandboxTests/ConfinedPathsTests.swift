import Testing

@testable import Sandbox

/// Confined mode rewrites the view's paths in commands and environments to the run's host
/// directories, only where a path starts.
@Suite("Confined paths")
struct ConfinedPathsTests {
    let paths = ConfinedPaths(["/work": "/tmp/r/work", "/tmp": "/tmp/r/tmp", "/program": "/b/1"])

    @Test func rewritesWholePathsAndPathPrefixes() {
        #expect(paths.translate("/work") == "/tmp/r/work")
        #expect(paths.translate("/work/main.c") == "/tmp/r/work/main.c")
        #expect(paths.translate("/program/Main.class") == "/b/1/Main.class")
    }

    @Test func rewritesPathsInOptionsAndLists() {
        #expect(paths.translate("-femit-bin=/work/main") == "-femit-bin=/tmp/r/work/main")
        #expect(paths.translate("/program:/usr/share/java/junit.jar") == "/b/1:/usr/share/java/junit.jar")
        #expect(paths.translate("a,/tmp/x") == "a,/tmp/r/tmp/x")
    }

    /// One pass: a host path put in (here under /tmp) is never rewritten again.
    @Test func neverRewritesWhatItPutIn() {
        #expect(paths.translate("/work/x:/tmp") == "/tmp/r/work/x:/tmp/r/tmp")
    }

    @Test func leavesOtherTextAlone() {
        #expect(paths.translate("/workshop/a") == "/workshop/a")
        #expect(paths.translate("data/work/x") == "data/work/x")
        #expect(paths.translate("/usr/bin/python3") == "/usr/bin/python3")
        #expect(paths.translate("") == "")
    }
}
