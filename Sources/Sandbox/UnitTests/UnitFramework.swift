import Execution
import Foundation

/// What runs a language's unit-test suites on this machine: the interpreter or compiler of
/// the language's toolchain and, where the framework is not built in, where it was found.
///
/// 1. Python: the first `python3` (the toolchain's, then Debian's `/usr/bin/python3`) that
///    imports pytest; a pyenv interpreter often has none while the system's does.
/// 2. Java: the JUnit Platform console launcher jar (engine and launcher in one), from
///    `$JUNIT_PLATFORM_JAR`, then where Debian's `junit5` and a manual install put it.
/// 3. JavaScript: node 18 or newer (`node:test` is built in). C and C++: gcc and g++.
public struct UnitFramework: Sendable, Hashable {
    public let language: Language
    /// The language's toolchain, its executables swapped for the ones that have the framework.
    let tool: DetectedTool
    /// Java: the console launcher jar.
    let jar: String?
    /// "pytest 7.2.1", "JUnit Platform 1.9.1", "node:test (v20.20.2)", "gcc 12.2.0 ...".
    public let version: String

    /// Whether the suite is compiled with the submission (Java, C, C++), or loaded by the
    /// harness from each run's `/work` and removed before the submission's code runs.
    public var compilesSuite: Bool { [.java, .c, .cpp].contains(language) }

    /// Where an interpreted suite lies in a run's `/work` (see `Sandbox.prepareUnitSuite`).
    public static let runSuiteFolder = "specgrade-suite"

    /// The framework for `language`, or what to install.
    public static func detect(
        _ language: Language, toolchains: Toolchains
    ) -> Result<UnitFramework, UnitFrameworkMissing> {
        guard let tool = toolchains.found[language] else {
            return .failure(UnitFrameworkMissing(message: toolchains.missingMessage(language)))
        }
        switch language {
        case .python: return python(tool)
        case .java: return java(tool)
        case .javascript:
            let major = tool.version.drop { !$0.isNumber }.prefix { $0.isNumber }
            guard let number = Int(major), number >= 18 else {
                return .failure(
                    UnitFrameworkMissing(message: "node:test needs Node.js 18 or newer, found \(tool.version)"))
            }
            return .success(
                UnitFramework(language: language, tool: tool, jar: nil, version: "node:test (\(tool.version))"))
        case .c, .cpp:
            return .success(
                UnitFramework(
                    language: language, tool: tool, jar: nil, version: "SpecGrade's harness (\(tool.version))"))
        default:
            return .failure(UnitFrameworkMissing(message: "\(language.rawValue) has no unit-test framework"))
        }
    }

    private static func python(_ tool: DetectedTool) -> Result<UnitFramework, UnitFrameworkMissing> {
        let candidates = [tool.executables["python3"], "/usr/bin/python3"].compactMap { $0 }
        for interpreter in candidates {
            guard let version = firstLine(of: interpreter, ["-I", "-c", "import pytest; print(pytest.__version__)"])
            else { continue }
            var found = tool
            // The other candidate is the system's, which needs no bind beyond /usr.
            if interpreter != tool.executables["python3"] { found.extraBinds = [] }
            found.executables["python3"] = interpreter
            return .success(UnitFramework(language: .python, tool: found, jar: nil, version: "pytest \(version)"))
        }
        return .failure(
            UnitFrameworkMissing(
                message:
                    "pytest not found for \(candidates.joined(separator: " or ")): install it (Debian/Ubuntu: apt install python3-pytest)"
            ))
    }

    private static func java(_ tool: DetectedTool) -> Result<UnitFramework, UnitFrameworkMissing> {
        let environment = ProcessInfo.processInfo.environment["JUNIT_PLATFORM_JAR"]
        let candidates = [
            environment, "/usr/share/java/junit-platform-console-standalone.jar",
            "/usr/local/share/java/junit-platform-console-standalone.jar",
        ].compactMap { $0 }
        guard let jar = candidates.first(where: { FileManager.default.isReadableFile(atPath: $0) }) else {
            return .failure(
                UnitFrameworkMissing(
                    message:
                        "JUnit 5 not found (junit-platform-console-standalone.jar): install it (Debian/Ubuntu: apt install junit5) or set JUNIT_PLATFORM_JAR"
                ))
        }
        let real = (jar as NSString).resolvingSymlinksInPath
        var found = tool
        if !real.hasPrefix("/usr/") { found.extraBinds.append((real as NSString).deletingLastPathComponent) }
        // Debian links a versioned name to the jar: junit-platform-console-standalone-1.9.1.jar.
        let folder = (real as NSString).deletingLastPathComponent
        let stem = ((real as NSString).lastPathComponent as NSString).deletingPathExtension + "-"
        let names =
            [(real as NSString).lastPathComponent]
            + ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
        let version = names.lazy.filter { $0.hasPrefix(stem) && $0.hasSuffix(".jar") }
            .map { String($0.dropFirst(stem.count).dropLast(4)) }.first { $0.first?.isNumber == true }
        return .success(
            UnitFramework(
                language: .java, tool: found, jar: real,
                version: "JUnit Platform \(version ?? "(version unknown)")"))
    }

    /// The first line `executable arguments` prints when it exits 0, else nil.
    private static func firstLine(of executable: String, _ arguments: [String]) -> String? {
        guard let run = HostCommand.output(executable, arguments), run.succeeded else { return nil }
        return run.text.split(separator: "\n").first.map(String.init)
    }
}

/// Why a language's unit suites cannot run here, naming what to install.
public struct UnitFrameworkMissing: Error, Sendable, Hashable {
    public let message: String
}
