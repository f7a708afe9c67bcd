import Execution
import Foundation
import Testing

@testable import Grading

@Suite struct SubmissionDiscoveryTests {
    /// A fresh folder under the system temp dir with the given files (path -> content).
    static func makeTree(_ files: [String: String]) throws -> String {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("sg-discovery-\(UUID().uuidString)")
            .path
        for (path, content) in files {
            let full = root + "/" + path
            try FileManager.default.createDirectory(
                atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data(content.utf8).write(to: URL(fileURLWithPath: full))
        }
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        return root
    }

    @Test func foldersAndSingleFiles() throws {
        let root = try Self.makeTree([
            "alice/main.py": "print(1)", "bob.c": "int main(void){return 0;}",
            "carol/util.c": "int f(void){return 1;}", "carol/prog.c": "int main(void){return f();}",
            "José Ñ/solution.js": "console.log(1)", ".hidden/main.py": "",
        ])
        defer { try? FileManager.default.removeItem(atPath: root) }
        let found = try SubmissionDiscovery(allowed: []).discover(in: root)
        #expect(found.map(\.student) == ["José Ñ", "alice", "bob", "carol"].sorted())
        let plans = Dictionary(uniqueKeysWithValues: found.map { ($0.student, $0.plan) })
        #expect(plans["alice"] == .gradable(language: .python, entry: "main.py"))
        #expect(plans["bob"] == .gradable(language: .c, entry: "bob.c"))
        #expect(plans["carol"] == .gradable(language: .c, entry: "prog.c"))
        #expect(plans["José Ñ"] == .gradable(language: .javascript, entry: "solution.js"))
        #expect(found.first { $0.student == "carol" }?.files == ["prog.c", "util.c"])
    }

    /// Every non-hidden entry is a student: a file or folder in no defined language is listed,
    /// not gradable, with the extension to define.
    @Test func undefinedLanguagesAreStudentsNotGradable() throws {
        let root = try Self.makeTree([
            "dave.rb": "puts 1", "README.txt": "hello", "erin/main.rb": "puts 1", "erin/notes.md": "",
            "fay/Makefile": "",
        ])
        defer { try? FileManager.default.removeItem(atPath: root) }
        let found = try SubmissionDiscovery(allowed: []).discover(in: root)
        #expect(found.map(\.student) == ["README", "dave", "erin", "fay"])
        let reasons = found.map { submission -> String in
            guard case .notGradable(let why) = submission.plan else { return "gradable" }
            return why
        }
        #expect(reasons[0].hasPrefix("no language is defined for .txt: define one in languages.yaml"))
        #expect(reasons[1].hasPrefix("no language is defined for .rb: define one in languages.yaml"))
        #expect(reasons[2].hasPrefix("no language is defined for .rb, .md:"))
        #expect(reasons[3].hasPrefix("no language is defined for files without an extension:"))
    }

    /// A course's language is discovered like a built-in one, by its extension and entry name.
    @Test func courseLanguagesAreDiscovered() throws {
        let ruby = LanguageDefinition(name: Language(rawValue: "ruby"), extensions: [".rb"], run: ["ruby", "{entry}"])
        let catalog = LanguageCatalog.builtIn.overlaid(with: [ruby])
        let root = try Self.makeTree(["dave.rb": "puts 1", "erin/helper.rb": "", "erin/main.rb": "", "gil/main.py": ""])
        defer { try? FileManager.default.removeItem(atPath: root) }
        let found = try SubmissionDiscovery(allowed: [], catalog: catalog).discover(in: root)
        #expect(
            found.map(\.plan) == [
                .gradable(language: ruby.name, entry: "dave.rb"), .gradable(language: ruby.name, entry: "main.rb"),
                .gradable(language: .python, entry: "main.py"),
            ])
    }

    @Test func ambiguousEntryPointsAreNotGradableWithAClearMessage() throws {
        let root = try Self.makeTree(["dave/a.py": "", "dave/b.py": "", "erin/x.py": "", "erin/y.c": "int main(){}"])
        defer { try? FileManager.default.removeItem(atPath: root) }
        let found = try SubmissionDiscovery(allowed: []).discover(in: root)
        guard case .notGradable(let dave) = found[0].plan, case .notGradable(let erin) = found[1].plan else {
            Issue.record("expected both not gradable, got \(found.map(\.plan))")
            return
        }
        #expect(dave.contains("a.py, b.py") && dave.contains("main.py"))
        #expect(erin.contains("several languages"))
    }

    @Test func disallowedLanguageIsNotGradable() throws {
        let root = try Self.makeTree(["frank.java": "class Main { public static void main(String[] a){} }"])
        defer { try? FileManager.default.removeItem(atPath: root) }
        let found = try SubmissionDiscovery(allowed: [.python, .c]).discover(in: root)
        guard case .notGradable(let message) = found[0].plan else {
            Issue.record("expected not gradable")
            return
        }
        #expect(message.contains("does not allow") && message.contains("python, c"))
    }

    @Test func symlinksAreNeverFollowedOutOfASubmission() throws {
        let root = try Self.makeTree(["gina/main.py": "print(1)", "gina/inner.txt": "x"])
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createSymbolicLink(atPath: root + "/gina/shadow", withDestinationPath: "/etc/shadow")
        try FileManager.default.createSymbolicLink(
            atPath: root + "/gina/alias.txt", withDestinationPath: root + "/gina/inner.txt")
        try FileManager.default.createSymbolicLink(atPath: root + "/henry", withDestinationPath: "/etc")
        let found = try SubmissionDiscovery(allowed: []).discover(in: root)
        let gina = try #require(found.first { $0.student == "gina" })
        #expect(gina.files == ["alias.txt", "inner.txt", "main.py"])
        #expect(gina.notes.contains { $0.contains("shadow") && $0.contains("outside") })
        let henry = try #require(found.first { $0.student == "henry" })
        guard case .notGradable(let message) = henry.plan else {
            Issue.record("a top-level symlink must not be graded")
            return
        }
        #expect(message.contains("symbolic link"))
    }

    @Test func oversizedFilesAreLeftOut() throws {
        let root = try Self.makeTree(["ivy/main.py": "print(1)", "ivy/big.py": String(repeating: "#", count: 2 << 20)])
        defer { try? FileManager.default.removeItem(atPath: root) }
        let found = try SubmissionDiscovery(allowed: []).discover(in: root)
        #expect(found[0].files == ["main.py"])
        #expect(found[0].notes.contains { $0.contains("big.py") })
    }

    @Test func missingOrEmptyDirectories() throws {
        #expect(throws: GradingError.self) { try SubmissionDiscovery(allowed: []).discover(in: "/nonexistent/sg-dir") }
        let root = try Self.makeTree([:])
        defer { try? FileManager.default.removeItem(atPath: root) }
        #expect(try SubmissionDiscovery(allowed: []).discover(in: root).isEmpty)
    }

    @Test func twoSubmissionsOfOneStudent() throws {
        let root = try Self.makeTree(["kim/main.py": "", "kim.py": ""])
        defer { try? FileManager.default.removeItem(atPath: root) }
        let found = try SubmissionDiscovery(allowed: []).discover(in: root)
        #expect(found.count == 1)
        guard case .notGradable(let message) = found[0].plan else {
            Issue.record("expected not gradable")
            return
        }
        #expect(message.contains("keep one"))
    }
}
