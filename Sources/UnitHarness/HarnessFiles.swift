import Execution

/// SpecGrade's harness for each language's unit-test suites (docs/unit-tests.md), embedded
/// in the binary so that a release build needs no file beside it. Each is staged in a
/// suite's folder, `/program/suite/`, under its name.
public enum HarnessFiles {
    public struct File: Sendable {
        public let name: String
        public let bytes: [UInt8]
    }

    public static func files(for language: Language) -> [File] {
        switch language {
        case .python:
            return [
                File(name: "specgrade_pytest.py", bytes: PackageResources.specgrade_pytest_py),
                File(name: "specgrade_pystudent.py", bytes: PackageResources.specgrade_pystudent_py),
            ]
        case .javascript:
            return [
                File(name: "specgrade_node_test.js", bytes: PackageResources.specgrade_node_test_js),
                File(name: "specgrade_node_worker.js", bytes: PackageResources.specgrade_node_worker_js),
                File(name: "specgrade_node_reporter.mjs", bytes: PackageResources.specgrade_node_reporter_mjs),
            ]
        case .java: return [File(name: "SpecGradeJUnit.java", bytes: PackageResources.SpecGradeJUnit_java)]
        case .c, .cpp: return [File(name: "specgrade_test.h", bytes: PackageResources.specgrade_test_h)]
        default: return []
        }
    }
}
