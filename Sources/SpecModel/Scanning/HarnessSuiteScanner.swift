/// The tests of a C or C++ suite written with SpecGrade's harness (`specgrade_test.h`):
/// every `SG_TEST(name)` outside comments, strings and preprocessor lines.
enum HarnessSuiteScanner {
    static func tests(in source: String) -> [SuiteTest] {
        let tokens = SourceLexer.tokens(in: source, dialect: .c)
        var tests: [SuiteTest] = []
        for index in tokens.indices where tokens[index].identifier == "SG_TEST" {
            guard index + 3 < tokens.count, tokens[index + 1].isPunctuation("("),
                let name = tokens[index + 2].identifier, tokens[index + 3].isPunctuation(")")
            else { continue }
            tests.append(
                SuiteTest(
                    name: name, line: tokens[index + 2].line,
                    column: tokens[index + 2].column))
        }
        return tests
    }
}
