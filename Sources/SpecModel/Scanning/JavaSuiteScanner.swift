/// The tests of a JUnit 5 (Jupiter) class: methods annotated `@Test`, `@ParameterizedTest`
/// or `@RepeatedTest` (also written fully qualified), named by the method's name.
///
/// After such an annotation, further annotations and their arguments, modifiers, type
/// parameters and the return type are passed over; the first identifier followed by `(` is
/// the method. A `;`, `{` or `=` first means the annotation was not on a method.
enum JavaSuiteScanner {
    static let testAnnotations: Set<String> = ["Test", "ParameterizedTest", "RepeatedTest"]

    static func tests(in source: String) -> [SuiteTest] {
        let tokens = SourceLexer.tokens(in: source, dialect: .java)
        var tests: [SuiteTest] = []
        var annotated = false
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            if token.isPunctuation("@"), index + 1 < tokens.count,
                tokens[index + 1].identifier != nil, tokens[index + 1].identifier != "interface"
            {
                let (name, next) = annotation(tokens, from: index + 1)
                annotated = annotated || testAnnotations.contains(name)
                index = next
                continue
            }
            if annotated {
                if let name = token.identifier, index + 1 < tokens.count,
                    tokens[index + 1].isPunctuation("(")
                {
                    tests.append(SuiteTest(name: name, line: token.line, column: token.column))
                    annotated = false
                } else if token.isPunctuation(";") || token.isPunctuation("{")
                    || token.isPunctuation("=")
                {
                    annotated = false
                }
            }
            index += 1
        }
        return tests
    }

    /// An annotation's simple name (`Test` for `org.junit.jupiter.api.Test`) and the index
    /// after it and its arguments.
    private static func annotation(_ tokens: [SourceToken], from start: Int) -> (String, Int) {
        var index = start
        var name = tokens[index].identifier ?? ""
        index += 1
        while index + 1 < tokens.count, tokens[index].isPunctuation("."),
            let part = tokens[index + 1].identifier
        {
            name = part
            index += 2
        }
        guard index < tokens.count, tokens[index].isPunctuation("(") else { return (name, index) }
        var depth = 0
        while index < tokens.count {
            if tokens[index].isPunctuation("(") { depth += 1 }
            if tokens[index].isPunctuation(")") { depth -= 1 }
            index += 1
            if depth == 0 { break }
        }
        return (name, index)
    }
}
