import Yams

/// Parses the pure-YAML form of a spec: the front matter's fields at the top level, then
/// `description`, `requirements` (each with optional nested `criteria`) and `tests`.
///
/// ```yaml
/// id: word-count
/// requirements:
///   - id: REQ-1
///     title: Count words
///     weight: 3
///     criteria:
///       - { id: AC-1.1, title: Empty input, text: Given an empty input, the program prints 0. }
/// tests:
///   - { id: T-empty, covers: [AC-1.1], stdin: "", expect: { stdout: "0\n" } }
/// ```
enum YAMLSpecParser {
    static let topKeys = SpecHeader.keys + ["description", "requirements", "tests"]
    static let requirementKeys = ["id", "title", "text", "weight", "parent", "criteria"]
    static let criterionKeys = ["id", "title", "text"]

    static func parse(_ text: SpecText, baseDirectory: String) -> ParsedSpec {
        let top = SourceLocation(path: text.path, line: 1)
        let block = YAMLBlock(path: text.path, firstLine: 1, lines: text.lines[...], name: "spec")
        var reader = YAMLReader(block: block)
        var spec = Spec(id: "", title: "", path: text.path, baseDirectory: baseDirectory)
        let root = block.compose(into: &reader.diagnostics)
        if let root, let mapping = reader.mapping(root, "a YAML spec", example: "id: word-count") {
            reader.rejectUnknownKeys(mapping, allowed: topKeys, in: "spec")
            let header = reader.header(mapping, missingAt: top)
            spec.id = header.id
            spec.title = header.title ?? header.id
            spec.languages = header.languages
            spec.scoring = header.scoring
            spec.limits = header.limits
            spec.compare = header.compare
            spec.allowMissing = header.allowMissing
            spec.unitTests = header.unitTests
            spec.engineLibrary = header.engineLibrary
            if let node = mapping["description"] { spec.description = reader.string(node, "description") ?? "" }
            if let node = mapping["requirements"] { spec.requirements = reader.requirements(node) }
            if let node = mapping["tests"] { spec.tests = reader.tests(node) }
        } else if root == nil, reader.diagnostics.isEmpty {
            reader.diagnostics.append(Diagnostic(.error, at: top, "the spec is empty; start with 'id: my-assignment'"))
        }
        return ParsedSpec(spec: spec, sourceMap: reader.sourceMap, diagnostics: reader.diagnostics)
    }
}

extension YAMLReader {
    /// `requirements:` as a flat list in document order, each requirement followed by its criteria.
    fileprivate mutating func requirements(_ node: Node) -> [Requirement] {
        guard let sequence = node.sequence else {
            error(
                "'requirements' must be a list of requirements, each '- id: REQ-1' with a title; found \(describe(node))",
                at: node)
            return []
        }
        var requirements: [Requirement] = []
        for item in sequence {
            guard let requirement = requirement(item, kind: .requirement, parent: nil, index: requirements.count) else {
                continue
            }
            requirements.append(requirement)
            guard let criteria = item.mapping?["criteria"] else { continue }
            guard let list = criteria.sequence else {
                error(
                    "'criteria' must be a list, each '- id: AC-1.1' with a title; found \(describe(criteria))",
                    at: criteria)
                continue
            }
            for entry in list {
                if let criterion = self.requirement(
                    entry, kind: .criterion, parent: requirement.id, index: requirements.count)
                {
                    requirements.append(criterion)
                }
            }
        }
        return requirements
    }

    private mutating func requirement(_ node: Node, kind: Requirement.Kind, parent: String?, index: Int) -> Requirement?
    {
        let what = kind == .requirement ? "requirement" : "criterion"
        guard let mapping = mapping(node, "a \(what)", example: "{ id: REQ-1, title: Count words }") else { return nil }
        rejectUnknownKeys(
            mapping, allowed: kind == .requirement ? YAMLSpecParser.requirementKeys : YAMLSpecParser.criterionKeys,
            in: what)
        guard let idNode = mapping["id"] else {
            error(
                "the \(what) has no 'id'; add one such as 'id: \(kind == .requirement ? "REQ-1" : "AC-1.1")'", at: node)
            return nil
        }
        guard let id = string(idNode, "id") else { return nil }
        guard Identifier.isRequirementID(id) else {
            error(
                "'\(id)' is not a requirement id; ids match \(Identifier.requirementPattern), e.g. REQ-1 or AC-1.1",
                at: idNode)
            return nil
        }
        record(SourceMap.Key(.requirement(index), "id"), idNode)
        var requirement = Requirement(id: id, title: "", kind: kind, parent: parent, location: location(of: idNode))
        if let node = mapping["title"], let title = string(node, "title") { requirement.title = title }
        if requirement.title.isEmpty { error("'\(id)' has no title; add 'title: ...'", at: idNode) }
        if let node = mapping["text"], let text = string(node, "text") { requirement.text = text }
        if let node = mapping["weight"], let weight = number(node, "weight", minimum: 0, example: "weight: 3") {
            requirement.weight = weight
        }
        if let node = mapping["parent"], let parent = string(node, "parent") {
            record(SourceMap.Key(.requirement(index), "parent"), node)
            requirement.parent = parent
        }
        return requirement
    }

    fileprivate mutating func tests(_ node: Node) -> [TestCase] {
        guard let sequence = node.sequence else {
            error(
                "'tests' must be a list of tests, each '- id: T-1' with covers, stdin and expect; found \(describe(node))",
                at: node)
            return []
        }
        var tests: [TestCase] = []
        for item in sequence {
            if let test = testCase(item, index: tests.count, opening: location(of: item)) { tests.append(test) }
        }
        return tests
    }
}
