import Execution
import Foundation

/// How each language builds and runs a suite staged as docs/unit-tests.md lays out: paths
/// are the sandbox's (`/work` the build directory while compiling, `/program` when running).
struct UnitSuiteCommands: Sendable, Hashable {
    let framework: UnitFramework
    /// The suite's file name in `suite/`.
    let suiteFile: String
    let module: String
    /// The submission's files under `student/`, relative to it.
    let studentFiles: [String]
    /// What every run's `/work` holds: an interpreted suite, which its harness removes before
    /// any code of the submission runs (a compiled one is part of the program).
    var runFiles: [String: [UInt8]] = [:]

    private var tool: DetectedTool { framework.tool }

    /// The compile commands, in order; none for the interpreted languages, whose harness
    /// reports a module that does not load as `import_error`.
    var compile: [[String]] {
        let work = RunRequest.workDirectory
        switch framework.language {
        case .java:
            let javac = [tool.executables["javac"] ?? "javac"] + JVMAdaptation.compilerOptions + ["-encoding", "UTF-8"]
            // One javac (each start of it costs most of a second): a submission's class named
            // like the harness's is a duplicate, a compile error.
            let sources = students(withExtensions: ["java"])
            return [
                javac + ["-d", work + "/classes", "-cp", framework.jar ?? ""] + sources
                    + [work + "/suite/" + suiteFile, work + "/suite/SpecGradeJUnit.java"]
            ]
        case .c, .cpp:
            let isC = framework.language == .c
            let compiler = tool.executables[isC ? "gcc" : "g++"] ?? (isC ? "gcc" : "g++")
            let sources = students(withExtensions: isC ? ["c"] : ["cpp", "cc", "cxx"])
            return [
                [
                    compiler, "-O2", "-pipe", "-std=" + (isC ? "gnu17" : "gnu++17"),
                    // The submission's own main becomes an ordinary function; the harness's runs.
                    "-Dmain=specgrade_student_main", "-I" + work + "/suite", "-o", work + "/tests",
                ]
                    + sources + [work + "/suite/" + suiteFile, "-lm"]
            ]
        default:
            return []
        }
    }

    /// The harness's run; its stdin carries the protocol's input.
    func run(limits: ResourceLimits, cgroup: Bool) -> [String] {
        let program = RunRequest.programMount
        let runSuite = RunRequest.workDirectory + "/" + UnitFramework.runSuiteFolder + "/" + suiteFile
        switch framework.language {
        case .python:
            // -I: neither the working directory nor PYTHON* variables on the harness's path.
            return [
                tool.executables["python3"] ?? "python3", "-I", program + "/suite/specgrade_pytest.py",
                runSuite, program + "/student", module,
            ]
        case .javascript:
            let heapMiB = max(16, limits.memoryBytes / 1_048_576 * 3 / 4)
            // node 20 takes a custom reporter from its command line only.
            return [
                tool.executables["node"] ?? "node", "--max-old-space-size=\(heapMiB)",
                "--test-reporter=" + program + "/suite/specgrade_node_reporter.mjs",
                "--test-reporter-destination=stdout",
                program + "/suite/specgrade_node_test.js", runSuite, program + "/student", module,
            ]
        case .java:
            let jar = framework.jar ?? ""
            let suiteClass = (suiteFile as NSString).deletingPathExtension
            // JUnit first: a submission's own org.junit classes cannot shadow it.
            return [tool.executables["java"] ?? "java"] + JVMAdaptation.fastStart
                + JVMAdaptation.memoryOptions(limits, cgroup: cgroup)
                + ["-cp", jar + ":" + program + "/classes", "specgrade.SpecGradeJUnit", suiteClass]
        default:
            return [program + "/tests"]
        }
    }

    /// The submission's files with these extensions, as absolute operands (`CompileOperands`).
    private func students(withExtensions extensions: [String]) -> [String] {
        let names = studentFiles.filter { file in extensions.contains { file.hasSuffix("." + $0) } }
        return CompileOperands.paths(names.map { "student/" + $0 })
    }
}
