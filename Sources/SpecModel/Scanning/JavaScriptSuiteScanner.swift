/// The tests of a `node:test` suite: calls `test("name", ...)` and `it("name", ...)`
/// (also `.only`, `.skip`, `.todo`) whose first argument is a string literal standing alone.
///
/// Inside the arguments of `describe("group", ...)` or `suite("group", ...)` (or of
/// another test) a test is named by the path, `group > name`, so that two groups may each
/// hold a test named `empty`. Calls on an object (`t.test(...)`) and computed names
/// (`test(c.name, ...)`, templates with `${}`) are not listed: only literal names can be
/// named by a spec.
enum JavaScriptSuiteScanner {
    static let testFunctions: Set<String> = ["test", "it"]
    static let groupFunctions: Set<String> = ["describe", "suite"]
    static let modifiers: Set<String> = ["only", "skip", "todo"]
    static let separator = " > "

    private struct Scope {
        var name: String
        /// The parenthesis depth inside the call's argument list.
        var depth: Int
    }

    static func tests(in source: String) -> [SuiteTest] {
        let tokens = SourceLexer.tokens(in: source, dialect: .javascript)
        var tests: [SuiteTest] = []
        var scopes: [Scope] = []
        var depth = 0
        for index in tokens.indices {
            let token = tokens[index]
            if token.isPunctuation("(") {
                depth += 1
            } else if token.isPunctuation(")") {
                depth -= 1
                while let last = scopes.last, last.depth > depth { scopes.removeLast() }
            } else if let callee = token.identifier,
                testFunctions.contains(callee) || groupFunctions.contains(callee),
                index == 0 || !tokens[index - 1].isPunctuation("."),
                let name = literalName(tokens, afterCallee: index)
            {
                scopes.append(Scope(name: name, depth: depth + 1))
                if testFunctions.contains(callee) {
                    let path = scopes.map(\.name).joined(separator: separator)
                    tests.append(SuiteTest(name: path, line: token.line, column: token.column))
                }
            }
        }
        return tests
    }

    /// The first argument of the call whose callee stands at `index`, when it is a string
    /// literal followed by `,` or `)`.
    private static func literalName(_ tokens: [SourceToken], afterCallee index: Int) -> String? {
        var next = index + 1
        if next + 1 < tokens.count, tokens[next].isPunctuation("."),
            let modifier = tokens[next + 1].identifier, modifiers.contains(modifier)
        {
            next += 2
        }
        guard next + 2 < tokens.count, tokens[next].isPunctuation("("),
            case .string(let value?) = tokens[next + 1].kind,
            tokens[next + 2].isPunctuation(",") || tokens[next + 2].isPunctuation(")")
        else { return nil }
        return value
    }
}
