import Yams

/// Parses the Markdown form of a spec: YAML front matter, `## Requirements` with `### ID: title`
/// requirements and `#### ID: title` criteria, and fenced `test` blocks of YAML.
///
/// 1. The file opens with front matter between two `---` lines.
/// 2. `## Requirements` and `## Test cases` (or `## Tests`) each appear at most once; any
///    other `##` heading ends them. Prose before the first `##` section is the description.
/// 3. Inside `## Requirements`, every `###` heading is a requirement and every `####` a
///    criterion of the requirement above it; `Weight: N` and `Parent: ID` lines are metadata.
/// 4. A ```` ```test ```` block may stand anywhere outside the front matter; headings inside
///    any fence are text.
struct MarkdownSpecParser {
    private let text: SpecText
    private let baseDirectory: String
    private var diagnostics: [Diagnostic] = []
    private var sourceMap = SourceMap()
    private var requirements: [Requirement] = []
    private var tests: [TestCase] = []
    private var description: [String] = []
    private var firstHeading: String?
    private var section = Section.preamble
    private var sectionLines: [Section: Int] = [:]
    /// The requirement or criterion whose body lines are being read.
    private var open: OpenRequirement?
    /// The text lines of `open`, kept apart so that appending never copies them.
    private var openBody: [String] = []
    /// The id of the last `###` requirement, parent of the `####` criteria that follow.
    private var currentRequirement: String?

    private enum Section: Hashable {
        case preamble, requirements, tests, other
    }

    private struct OpenRequirement {
        var requirement: Requirement
        var sawWeight = false
        var sawParent = false
    }

    static func parse(_ text: SpecText, baseDirectory: String) -> ParsedSpec {
        var parser = MarkdownSpecParser(text: text, baseDirectory: baseDirectory)
        return parser.run()
    }

    private init(text: SpecText, baseDirectory: String) {
        self.text = text
        self.baseDirectory = baseDirectory
    }

    private mutating func run() -> ParsedSpec {
        let (header, bodyStart) = frontMatter()
        if let bodyStart { readBody(from: bodyStart) }
        let spec = Spec(
            id: header.id, title: header.title ?? firstHeading ?? header.id, languages: header.languages,
            scoring: header.scoring, limits: header.limits, compare: header.compare, allowMissing: header.allowMissing,
            unitTests: header.unitTests, engineLibrary: header.engineLibrary,
            description: Self.trimBlankLines(description), requirements: requirements, tests: tests,
            path: text.path, baseDirectory: baseDirectory)
        return ParsedSpec(spec: spec, sourceMap: sourceMap, diagnostics: diagnostics)
    }

    // MARK: Front matter

    /// The header, and the index of the first body line; `nil` when the body cannot be found.
    private mutating func frontMatter() -> (SpecHeader, Int?) {
        let top = SourceLocation(path: text.path, line: 1)
        guard text.lines[0].trimmingWhitespace() == "---" else {
            diagnostics.append(
                Diagnostic(
                    .error, at: top,
                    "no front matter: a Markdown spec starts with a line '---', then fields such as 'id: word-count', then a line '---'"
                ))
            return (SpecHeader(), 0)
        }
        guard let close = text.lines.indices.dropFirst().first(where: { text.lines[$0].trimmingWhitespace() == "---" })
        else {
            diagnostics.append(
                Diagnostic(
                    .error, at: top,
                    "the front matter opened on line 1 is never closed; add a line '---' after its last field"))
            return (SpecHeader(), nil)
        }
        let block = YAMLBlock(path: text.path, firstLine: 2, lines: text.lines[1..<close], name: "front matter")
        let header = read(block, opening: top, ifEmpty: "the front matter is empty; add at least 'id: my-assignment'") {
            (reader: inout YAMLReader, root: Node) -> SpecHeader? in
            guard let mapping = reader.mapping(root, "the front matter", example: "id: word-count") else { return nil }
            reader.rejectUnknownKeys(mapping, allowed: SpecHeader.keys, in: "front matter")
            return reader.header(mapping, missingAt: top)
        }
        return (header ?? SpecHeader(), close + 1)
    }

    /// Composes a YAML block and hands its root to `body`, keeping the block's diagnostics and
    /// positions; an empty block is an error at `opening`.
    private mutating func read<T>(
        _ block: YAMLBlock, opening: SourceLocation, ifEmpty: String, _ body: (inout YAMLReader, Node) -> T?
    ) -> T? {
        var reader = YAMLReader(block: block)
        defer {
            diagnostics += reader.diagnostics
            sourceMap.merge(reader.sourceMap)
        }
        guard let root = block.compose(into: &reader.diagnostics) else {
            if reader.diagnostics.isEmpty { reader.diagnostics.append(Diagnostic(.error, at: opening, ifEmpty)) }
            return nil
        }
        return body(&reader, root)
    }

    // MARK: Body

    private mutating func readBody(from start: Int) {
        var fence: (MarkdownLine.Fence, Int)?
        for index in start..<text.lines.count {
            let line = text.lines[index]
            if let (openFence, openIndex) = fence {
                if openFence.isClosed(by: line) {
                    fence = nil
                    if openFence.info == "test" {
                        readTestBlock(lines: text.lines[(openIndex + 1)..<index], fenceIndex: openIndex)
                        continue
                    }
                }
                if openFence.info != "test" { bodyLine(line) }
                continue
            }
            if let opening = MarkdownLine.fence(line) {
                fence = (opening, index)
                if opening.info != "test" { bodyLine(line) }
            } else if let heading = MarkdownLine.heading(line) {
                self.heading(heading, index: index, line: line)
            } else {
                bodyLine(line, index: index)
            }
        }
        if let (openFence, openIndex) = fence {
            diagnostics.append(
                Diagnostic(
                    .error, at: SourceLocation(path: text.path, line: openIndex + 1),
                    "the code fence opened here is never closed; add a line \(String(repeating: openFence.character, count: openFence.length)) after its last line"
                ))
        }
        closeRequirement()
    }

    private mutating func heading(_ heading: MarkdownLine.Heading, index: Int, line: String) {
        switch heading.level {
        case 1:
            if firstHeading == nil, !heading.text.isEmpty { firstHeading = heading.text }
            closeRequirement()
            if section != .preamble { section = .other }
            bodyLine(line, index: index)
        case 2:
            closeRequirement()
            enterSection(Self.section(named: heading.text), index: index)
            bodyLine(line, index: index)
        case 3 where section == .requirements, 4 where section == .requirements:
            closeRequirement()
            requirementHeading(heading, index: index)
        default:
            bodyLine(line, index: index)
        }
    }

    private static func section(named title: String) -> Section {
        switch title.lowercased() {
        case "requirements": return .requirements
        case "test cases", "tests": return .tests
        default: return .other
        }
    }

    private mutating func enterSection(_ next: Section, index: Int) {
        currentRequirement = nil
        section = next
        guard next == .requirements || next == .tests else { return }
        if let first = sectionLines[next] {
            let name = next == .requirements ? "## Requirements" : "## Test cases"
            diagnostics.append(
                Diagnostic(
                    .error, at: SourceLocation(path: text.path, line: index + 1),
                    "a second '\(name)' section (the first is on line \(first + 1)); merge them into one"))
        } else {
            sectionLines[next] = index
        }
    }

    /// `### REQ-1: Count words` or `#### AC-1.1: Empty input`.
    private mutating func requirementHeading(_ heading: MarkdownLine.Heading, index: Int) {
        let kind: Requirement.Kind = heading.level == 3 ? .requirement : .criterion
        let at = SourceLocation(path: text.path, line: index + 1, column: heading.textColumn)
        let shape = kind == .requirement ? "### REQ-1: Count words" : "#### AC-1.1: Empty input"
        guard let colon = heading.text.firstIndex(of: ":") else {
            diagnostics.append(
                Diagnostic(
                    .error, at: at,
                    "a heading inside '## Requirements' reads '\(shape)'; found '\(heading.text)' (move prose headings out of the section, or use ##### for them)"
                ))
            return
        }
        let id = String(heading.text[..<colon].trimmingWhitespace())
        let title = String(heading.text[heading.text.index(after: colon)...].trimmingWhitespace())
        guard Identifier.isRequirementID(id) else {
            diagnostics.append(
                Diagnostic(
                    .error, at: at,
                    "'\(id)' is not a requirement id; ids match \(Identifier.requirementPattern), e.g. REQ-1 or AC-1.1")
            )
            return
        }
        if title.isEmpty {
            diagnostics.append(Diagnostic(.error, at: at, "'\(id)' has no title; write '\(shape)'"))
        }
        var parent: String?
        if kind == .criterion {
            guard let currentRequirement else {
                diagnostics.append(
                    Diagnostic(
                        .error, at: at,
                        "criterion '\(id)' stands under no requirement; put it below a '### REQ-1: ...' heading"))
                return
            }
            parent = currentRequirement
        } else {
            currentRequirement = id
        }
        sourceMap[SourceMap.Key(.requirement(requirements.count), "id")] = at
        open = OpenRequirement(requirement: Requirement(id: id, title: title, kind: kind, parent: parent, location: at))
    }

    /// A body line: metadata or text of the open requirement, or description prose.
    private mutating func bodyLine(_ line: String, index: Int? = nil) {
        if open != nil {
            if let index, metadata(line, index: index) { return }
            openBody.append(line)
        } else if section == .preamble {
            description.append(line)
        }
    }

    /// Reads `Weight: 3` or `Parent: REQ-1` into the open requirement; false for any other line.
    private mutating func metadata(_ line: String, index: Int) -> Bool {
        guard var item = open, let colon = line.firstIndex(of: ":") else { return false }
        let (indent, _) = MarkdownLine.splitIndent(line)
        let key = line[..<colon].trimmingWhitespace().lowercased()
        guard indent <= 3, key == "weight" || key == "parent" else { return false }
        let value = String(line[line.index(after: colon)...].trimmingWhitespace())
        let valueColumn =
            line[..<line.index(after: colon)].unicodeScalars.count
            + line[line.index(after: colon)...].prefix(while: \.isWhitespace).unicodeScalars.count + 1
        let at = SourceLocation(path: text.path, line: index + 1, column: valueColumn)
        let keyAt = SourceLocation(path: text.path, line: index + 1, column: indent + 1)
        let who = "'\(item.requirement.id)'"
        if key == "weight" {
            if item.requirement.kind == .criterion {
                diagnostics.append(
                    Diagnostic(
                        .error, at: keyAt, "criterion \(who) takes no 'Weight:'; weights belong to requirements (###)"))
            } else if item.sawWeight {
                diagnostics.append(
                    Diagnostic(.error, at: keyAt, "requirement \(who) has a second 'Weight:' line; keep one"))
            } else if let weight = Double(value), weight.isFinite, weight >= 0 {
                item.requirement.weight = weight
            } else {
                diagnostics.append(
                    Diagnostic(
                        .error, at: at, "'Weight:' takes a number of at least 0, e.g. 'Weight: 3'; found '\(value)'"))
            }
            item.sawWeight = true
        } else {
            if item.requirement.kind == .criterion {
                diagnostics.append(
                    Diagnostic(
                        .error, at: keyAt,
                        "criterion \(who) takes no 'Parent:'; its parent is the requirement it stands under"))
            } else if item.sawParent {
                diagnostics.append(
                    Diagnostic(.error, at: keyAt, "requirement \(who) has a second 'Parent:' line; keep one"))
            } else if value.isEmpty {
                diagnostics.append(Diagnostic(.error, at: at, "'Parent:' names a requirement id, e.g. 'Parent: REQ-1'"))
            } else {
                item.requirement.parent = value
                sourceMap[SourceMap.Key(.requirement(requirements.count), "parent")] = at
            }
            item.sawParent = true
        }
        open = item
        return true
    }

    private mutating func closeRequirement() {
        guard var item = open else { return }
        item.requirement.text = Self.trimBlankLines(openBody)
        requirements.append(item.requirement)
        open = nil
        openBody = []
    }

    /// A ```` ```test ```` block: its YAML read with positions absolute in the file.
    private mutating func readTestBlock(lines: ArraySlice<String>, fenceIndex: Int) {
        let opening = SourceLocation(path: text.path, line: fenceIndex + 1)
        let block = YAMLBlock(path: text.path, firstLine: fenceIndex + 2, lines: lines, name: "test block")
        let index = tests.count
        let test = read(
            block, opening: opening, ifEmpty: "the test block is empty; write the test's YAML between the fences"
        ) { reader, root in
            reader.testCase(root, index: index, opening: opening)
        }
        if let test { tests.append(test) }
    }

    private static func trimBlankLines(_ lines: [String]) -> String {
        let isBlank: (String) -> Bool = { $0.allSatisfy(\.isWhitespace) }
        guard let first = lines.firstIndex(where: { !isBlank($0) }),
            let last = lines.lastIndex(where: { !isBlank($0) })
        else { return "" }
        return lines[first...last].joined(separator: "\n")
    }
}
