import Yams

extension YAMLReader {
    static let testKeys = [
        "id", "name", "covers", "stdin", "stdin_file", "args", "files", "expect", "compare",
        "points", "hidden", "limits", "checker", "unit",
    ]
    static let expectKeys = [
        "stdout", "stdout_file", "stdout_contains", "stdout_regex", "exit_code", "stderr_contains",
    ]

    /// The test a block or list item holds, or `nil` when it has no usable id (an error says so).
    ///
    /// `index` is the test's place in document order (for the source map); `opening` is where
    /// the test starts (the fence line of a Markdown block, the list item of a YAML spec).
    mutating func testCase(_ node: Node, index: Int, opening: SourceLocation) -> TestCase? {
        guard let mapping = node.mapping else {
            diagnostics.append(
                Diagnostic(
                    .error, at: node.mark == nil ? opening : location(of: node),
                    "a test holds a YAML mapping such as 'id: T-1', 'covers: [REQ-1]', 'stdin: ...', 'expect: { stdout: ... }'; found \(describe(node))"
                ))
            return nil
        }
        rejectUnknownKeys(mapping, allowed: Self.testKeys, in: "test")
        guard let id = testID(mapping, opening: opening) else { return nil }
        var test = TestCase(id: id, name: id, location: opening)
        let owner = SourceMap.Key.Owner.test(index)
        record(SourceMap.Key(owner, "id"), mapping["id"] ?? node)
        if let node = mapping["name"], let name = string(node, "name") { test.name = name }
        if let node = mapping["covers"] {
            record(SourceMap.Key(owner, "covers"), node)
            let covers = strings(node, "covers", singleAllowed: true) ?? []
            for (item, (_, itemNode)) in covers.enumerated() {
                record(SourceMap.Key(owner, "covers", item: item), itemNode)
            }
            test.covers = covers.map(\.text)
        }
        readInput(mapping, into: &test, owner: owner)
        if let node = mapping["args"] {
            record(SourceMap.Key(owner, "args"), node)
            test.args = strings(node, "args")?.map(\.text) ?? []
        }
        if let node = mapping["files"] { test.files = files(node) }
        if let node = mapping["expect"] {
            record(SourceMap.Key(owner, "expect"), node)
            test.expect = expectation(node, owner: owner)
        }
        if let node = mapping["compare"] {
            record(SourceMap.Key(owner, "compare"), node)
            test.compare = comparison(node)
        }
        if let node = mapping["points"], let points = number(node, "points", minimum: 0, example: "points: 2") {
            test.points = points
        }
        if let node = mapping["hidden"], let hidden = bool(node, "hidden") { test.hidden = hidden }
        if let node = mapping["limits"], let limits = limits(node) { test.limits = limits }
        if let node = mapping["checker"], let checker = string(node, "checker") {
            record(SourceMap.Key(owner, "checker"), node)
            test.checker = checker
        }
        if let node = mapping["unit"] { test.unit = unitReference(node, owner: owner) }
        return test
    }

    private mutating func testID(_ mapping: Node.Mapping, opening: SourceLocation) -> String? {
        guard let node = mapping["id"] else {
            diagnostics.append(
                Diagnostic(.error, at: opening, "the test has no 'id'; add a line such as 'id: T-empty'"))
            return nil
        }
        guard let id = string(node, "id") else { return nil }
        guard Identifier.isTestID(id) else {
            error("test id '\(id)' must match \(Identifier.testPattern), e.g. T-empty", at: node)
            return nil
        }
        return id
    }

    /// `stdin: text` or `stdin_file: path`, not both.
    private mutating func readInput(_ mapping: Node.Mapping, into test: inout TestCase, owner: SourceMap.Key.Owner) {
        let text = mapping["stdin"]
        let file = mapping["stdin_file"]
        if let text, let file {
            let second = location(of: text) < location(of: file) ? file : text
            error("a test takes 'stdin' or 'stdin_file', not both; remove one", at: second)
            return
        }
        if let text, let value = string(text, "stdin") {
            record(SourceMap.Key(owner, "stdin"), text)
            test.stdin = .text(value)
        }
        if let file, let path = string(file, "stdin_file") {
            record(SourceMap.Key(owner, "stdin_file"), file)
            test.stdin = .file(path)
        }
    }

    /// `files: { data.txt: "1 2 3\n" }`: names are relative paths inside the working folder.
    private mutating func files(_ node: Node) -> [String: String] {
        guard let mapping = mapping(node, "'files'", example: "{ data.txt: \"1 2 3\\n\" }") else { return [:] }
        var files: [String: String] = [:]
        for (key, value) in mapping {
            guard let name = string(key, "file name"), let content = string(value, "files.\(name)") else { continue }
            let parts = name.split(separator: "/", omittingEmptySubsequences: false)
            if name.isEmpty || name.hasPrefix("/") || parts.contains("..") || parts.contains("") || name.contains("\0")
            {
                error(
                    "file name '\(name)' must be a relative path inside the working folder, e.g. data.txt or in/a.txt",
                    at: key)
                continue
            }
            files[name] = content
        }
        return files
    }

    /// `expect: { stdout: "0\n", exit_code: 0, stderr_contains: [usage] }`; at most one stdout form.
    private mutating func expectation(_ node: Node, owner: SourceMap.Key.Owner) -> Expectation {
        var expectation = Expectation()
        guard let mapping = mapping(node, "'expect'", example: "{ stdout: \"0\\n\" }") else { return expectation }
        rejectUnknownKeys(mapping, allowed: Self.expectKeys, in: "expect")
        let forms = ["stdout", "stdout_file", "stdout_contains", "stdout_regex"].compactMap { key in
            mapping[key].map { (key, $0) }
        }
        for (key, extra) in forms.dropFirst() {
            error(
                "'expect' takes one of stdout, stdout_file, stdout_contains, stdout_regex; '\(key)' comes after '\(forms[0].0)': keep one",
                at: extra)
        }
        if let (key, value) = forms.first {
            record(SourceMap.Key(owner, key), value)
            expectation.stdout = outputExpectation(key, value, owner: owner)
        }
        if let node = mapping["exit_code"], let code = integer(node, "exit_code", in: 0...255) {
            expectation.exitCode = Int32(code)
        }
        if let node = mapping["stderr_contains"] {
            expectation.stderrContains = strings(node, "stderr_contains", singleAllowed: true)?.map(\.text) ?? []
        }
        return expectation
    }

    private mutating func outputExpectation(
        _ key: String, _ node: Node, owner: SourceMap.Key.Owner
    ) -> OutputExpectation? {
        switch key {
        case "stdout": return string(node, key).map(OutputExpectation.text)
        case "stdout_file": return string(node, key).map(OutputExpectation.file)
        case "stdout_regex": return string(node, key).map(OutputExpectation.regex)
        default:
            let items = strings(node, key, singleAllowed: true) ?? []
            for (item, (_, itemNode)) in items.enumerated() { record(SourceMap.Key(owner, key, item: item), itemNode) }
            return .contains(items.map(\.text))
        }
    }
}
