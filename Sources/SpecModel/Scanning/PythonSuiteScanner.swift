/// The tests of a pytest module, by pytest's default collection rules: functions whose name
/// starts with `test` at module level, and such methods of classes whose name starts with
/// `Test` (nested `Test` classes too), named like pytest node ids: `test_mean`,
/// `TestMean::test_even`, `TestMean::TestEmpty::test_raises`.
///
/// A parametrized test is one name: its cases pass or fail together, as one spec test.
/// Only the statements' shape is read: functions nested in functions are not collected,
/// and lines inside brackets, strings (docstrings included) and comments are passed over.
enum PythonSuiteScanner {
    /// A `class` or `def` whose body is being read.
    private struct Scope {
        var indent: Int
        /// The class's name when the class is collected (a `Test` class inside collected
        /// classes only); `nil` for functions and other classes.
        var testClass: String?
    }

    static func tests(in source: String) -> [SuiteTest] {
        var tests: [SuiteTest] = []
        var scopes: [Scope] = []
        for statement in PythonStatements.starts(in: source) {
            while let last = scopes.last, last.indent >= statement.indent { scopes.removeLast() }
            guard let (keyword, name, column) = definition(statement.text) else { continue }
            let collecting = scopes.allSatisfy { $0.testClass != nil }
            if keyword == "class" {
                let collected = collecting && name.hasPrefix("Test")
                scopes.append(Scope(indent: statement.indent, testClass: collected ? name : nil))
            } else {
                if collecting, name.hasPrefix("test") {
                    let path = scopes.compactMap(\.testClass) + [name]
                    tests.append(
                        SuiteTest(
                            name: path.joined(separator: "::"), line: statement.line,
                            column: statement.indent + column))
                }
                scopes.append(Scope(indent: statement.indent, testClass: nil))
            }
        }
        return tests
    }

    /// `("def", "test_mean", 5)` for `def test_mean(xs):` (the column is 1-based in `text`);
    /// `async def` is a `def`.
    private static func definition(_ text: Substring) -> (String, String, Int)? {
        var rest = text
        var column = 1
        if rest.hasPrefix("async ") {
            let after = rest.dropFirst(6).drop { $0 == " " || $0 == "\t" }
            column += rest.count - after.count
            rest = after
        }
        let keyword: String
        if rest.hasPrefix("def ") || rest.hasPrefix("def\t") {
            keyword = "def"
        } else if rest.hasPrefix("class ") || rest.hasPrefix("class\t"), column == 1 {
            keyword = "class"
        } else {
            return nil
        }
        let afterKeyword = rest.dropFirst(keyword.count).drop { $0 == " " || $0 == "\t" }
        column += rest.count - afterKeyword.count
        let name = afterKeyword.prefix { $0 == "_" || $0.isLetter || $0.isNumber }
        guard !name.isEmpty else { return nil }
        return (keyword, String(name), column)
    }
}
