import Execution

/// Lists the tests a suite file defines, without running or compiling it, so that `check`
/// can match `unit:` names against the suite before any submission is graded.
///
/// Each language's scanner reads the conventions its framework collects by, and nothing a
/// framework discovers only at run time (generated tests, dynamic names):
///
/// - Python (pytest): top-level `def test_*` functions, and `test_*` methods of `Test*`
///   classes named `Class::method` like pytest node ids; a parametrized test is one name.
/// - Java (JUnit 5): methods annotated `@Test`, `@ParameterizedTest` or `@RepeatedTest`,
///   by method name.
/// - JavaScript (node:test): `test("name", ...)` and `it("name", ...)`; inside
///   `describe("group", ...)` or `suite("group", ...)` the name is `group > name`.
/// - C and C++ (SpecGrade's harness): `SG_TEST(name)`.
public enum SuiteScanner {
    /// The tests of `source`, a suite in `language`, in the order they are written.
    /// Languages without a supported framework have none.
    public static func tests(in source: String, language: Language) -> [SuiteTest] {
        switch language {
        case .python: return PythonSuiteScanner.tests(in: source)
        case .java: return JavaSuiteScanner.tests(in: source)
        case .javascript: return JavaScriptSuiteScanner.tests(in: source)
        case .c, .cpp: return HarnessSuiteScanner.tests(in: source)
        default: return []
        }
    }
}
