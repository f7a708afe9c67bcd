import Execution
import Yams

extension YAMLReader {
    /// The spec-wide fields of `mapping`; `missingAt` is where a missing `id` is reported.
    mutating func header(_ mapping: Node.Mapping, missingAt: SourceLocation) -> SpecHeader {
        var header = SpecHeader()
        if let node = mapping["id"], let id = string(node, "id") {
            if Identifier.isSpecID(id) {
                header.id = id
            } else {
                error("spec id '\(id)' must match \(Identifier.specPattern) (lowercase letters, digits and '-'), e.g. word-count", at: node)
            }
        } else if mapping["id"] == nil {
            diagnostics.append(Diagnostic(.error, at: missingAt, "the spec has no 'id'; add a line such as 'id: word-count'"))
        }
        if let node = mapping["title"] { header.title = string(node, "title") }
        if let node = mapping["languages"] { header.languages = languages(node) }
        if let node = mapping["scoring"], let name = string(node, "scoring") {
            if let scoring = Spec.Scoring(rawValue: name) {
                header.scoring = scoring
            } else {
                error("unknown scoring '\(name)'; write 'scoring: tests' (sum of test points) or 'scoring: requirements' (weights)", at: node)
            }
        }
        if let node = mapping["limits"], let limits = limits(node) { header.limits = limits }
        if let node = mapping["compare"] {
            record(SourceMap.Key(.spec, "compare"), node)
            if let comparison = comparison(node) { header.compare = comparison }
        }
        return header
    }

    /// `languages: [python, c]` (or one name); every name one of `Execution.Language`.
    private mutating func languages(_ node: Node) -> [String] {
        let known = Language.allCases.map(\.rawValue)
        var names: [String] = []
        for (name, item) in strings(node, "languages", singleAllowed: true) ?? [] {
            guard Language(rawValue: name) != nil else {
                error("unknown language '\(name)'\(Spelling.hint(for: name, among: known)); known languages: \(known.joined(separator: ", "))", at: item)
                continue
            }
            if !names.contains(name) { names.append(name) }
        }
        return names
    }
}
