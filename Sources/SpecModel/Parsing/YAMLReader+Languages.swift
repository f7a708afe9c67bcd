import Execution
import Yams

extension YAMLReader {
    static let languageFields = ["name", "extensions", "run", "compile", "version", "entry", "env"]

    /// `languages:` of a `languages.yaml`: a list of definitions (docs/languages.md). A
    /// definition with an error is left out, with one diagnostic per mistake.
    mutating func languageDefinitions(_ root: Node) -> [LanguageDefinition] {
        let example = "languages: [{ name: ruby, extensions: [.rb], run: [ruby, \"{entry}\"] }]"
        guard let top = mapping(root, "a languages file", example: example) else { return [] }
        rejectUnknownKeys(top, allowed: ["languages"], in: "languages file")
        guard let list = top["languages"] else {
            error("a languages file holds 'languages:', a list of definitions, e.g. \(example)", at: root)
            return []
        }
        guard let items = list.sequence else {
            error("'languages' must be a list of definitions, e.g. \(example); found \(describe(list))", at: list)
            return []
        }
        var definitions: [LanguageDefinition] = []
        for item in items {
            guard
                let fields = mapping(
                    item, "a language definition",
                    example: "{ name: ruby, extensions: [.rb], run: [ruby, \"{entry}\"] }"),
                let definition = languageDefinition(fields, at: item)
            else { continue }
            if definitions.contains(where: { $0.name == definition.name }) {
                error(
                    "language '\(definition.name.rawValue)' is defined twice in this file; keep one definition",
                    at: item)
                continue
            }
            definitions.append(definition)
        }
        return definitions
    }

    private mutating func languageDefinition(_ fields: Node.Mapping, at node: Node) -> LanguageDefinition? {
        rejectUnknownKeys(fields, allowed: Self.languageFields, in: "language definition")
        let before = diagnostics.count
        var name: String?
        if let field = fields["name"], let text = string(field, "name") {
            if text.firstMatch(of: /^[a-z0-9][a-z0-9+#.-]*$/) == nil {
                error("'name' must be a lowercase name such as ruby or common-lisp; found '\(text)'", at: field)
            } else if text == Language.babbage.rawValue || text == Language.babbageAssembly.rawValue {
                error(
                    "'\(text)' runs in SpecGrade's Analytical Engine and cannot be redefined; choose another name",
                    at: field)
            } else {
                name = text
            }
        } else if fields["name"] == nil {
            error("a language definition needs 'name', e.g. name: ruby", at: node)
        }
        let extensions = requiredWords(fields, "extensions", at: node, example: "extensions: [.rb]") ?? []
        for (text, item) in zip(extensions, fields["extensions"]?.sequence.map(Array.init) ?? []) {
            if text.firstMatch(of: /^\.?[A-Za-z0-9_+-]+$/) == nil {
                error("each extension must be like .rb (a dot, then letters or digits); found '\(text)'", at: item)
            }
        }
        let run = requiredWords(fields, "run", at: node, example: "run: [ruby, \"{entry}\"]")
            .flatMap { _ in fields["run"].flatMap { command($0, "run") } }
        let compile = fields["compile"].flatMap { command($0, "compile") }
        let version = fields["version"].flatMap { command($0, "version") }
        let entry = fields["entry"].flatMap { strings($0, "entry", singleAllowed: true)?.map(\.text) } ?? []
        var environment: [String: String] = [:]
        if let env = fields["env"], let pairs = mapping(env, "'env'", example: "env: { RUBYOPT: -W0 }") {
            for (key, value) in pairs {
                guard let variable = key.scalar?.string, variable.firstMatch(of: /^[A-Za-z_][A-Za-z0-9_]*$/) != nil
                else {
                    error("'env' names must be variable names such as RUBYOPT", at: key)
                    continue
                }
                if let text = string(value, "env.\(variable)") { environment[variable] = text }
            }
        }
        if let run, let first = run.first, first == "{entry}" || first == "{sources}" {
            error("'run' must start with a tool (ruby) or \"{binary}\", not \(first)", at: fields["run"] ?? node)
        }
        if let run, run.contains("{binary}") || run.first == "{binary}", compile == nil {
            error(
                "'run' names {binary}, which only a 'compile' command makes; add compile: [...]",
                at: fields["run"] ?? node)
        }
        guard diagnostics.count == before, let name, let run else { return nil }
        return LanguageDefinition(
            name: Language(rawValue: name), extensions: extensions, compile: compile, run: run, version: version,
            entry: entry, environment: environment, origin: location(of: node).description)
    }

    /// A non-empty list of words that must be present.
    private mutating func requiredWords(
        _ fields: Node.Mapping, _ field: String, at node: Node, example: String
    ) -> [String]? {
        guard let value = fields[field] else {
            error("a language definition needs '\(field)', e.g. \(example)", at: node)
            return nil
        }
        guard let words = strings(value, field), !words.isEmpty else {
            if value.sequence?.isEmpty == true { error("'\(field)' must not be empty, e.g. \(example)", at: value) }
            return nil
        }
        return words.map(\.text)
    }

    /// An argv: a list of words, each placeholder one of the known ones.
    private mutating func command(_ node: Node, _ field: String) -> [String]? {
        guard let words = strings(node, field), !words.isEmpty else { return nil }
        for (text, item) in words {
            for placeholder in text.matches(of: /\{[a-z]+\}/)
            where !LanguageDefinition.placeholders.contains(String(placeholder.output)) {
                error(
                    "'\(field)': unknown placeholder \(placeholder.output); known: \(LanguageDefinition.placeholders.joined(separator: " "))",
                    at: item)
            }
        }
        return words.map(\.text)
    }
}
