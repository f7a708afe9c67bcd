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
                error(
                    "spec id '\(id)' must match \(Identifier.specPattern) (lowercase letters, digits and '-'), e.g. word-count",
                    at: node)
            }
        } else if mapping["id"] == nil {
            diagnostics.append(
                Diagnostic(.error, at: missingAt, "the spec has no 'id'; add a line such as 'id: word-count'"))
        }
        if let node = mapping["title"] { header.title = string(node, "title") }
        if let node = mapping["languages"] { header.languages = languages(node) }
        if let node = mapping["scoring"], let name = string(node, "scoring") {
            if let scoring = Spec.Scoring(rawValue: name) {
                header.scoring = scoring
            } else {
                error(
                    "unknown scoring '\(name)'; write 'scoring: tests' (sum of test points) or 'scoring: requirements' (weights)",
                    at: node)
            }
        }
        if let node = mapping["limits"], let limits = limits(node) { header.limits = limits }
        if let node = mapping["compare"] {
            record(SourceMap.Key(.spec, "compare"), node)
            if let comparison = comparison(node) { header.compare = comparison }
        }
        if let node = mapping["sandbox"] { header.allowMissing = sandbox(node) }
        if let node = mapping["unit_tests"] { header.unitTests = unitTests(node, in: mapping) }
        if let node = mapping["engine"] { header.engineLibrary = engine(node) }
        return header
    }

    /// `engine: { library: lib/ }`: the folder, relative to the spec, of library decks that
    /// `A include from library cards for NAME` finds after the shipped library.
    private mutating func engine(_ node: Node) -> String? {
        guard let mapping = mapping(node, "'engine'", example: "{ library: lib/ }") else { return nil }
        rejectUnknownKeys(mapping, allowed: ["library"], in: "engine")
        guard let library = mapping["library"] else { return nil }
        record(SourceMap.Key(.spec, "engine.library"), library)
        guard let path = string(library, "engine.library") else { return nil }
        guard !path.isEmpty else {
            error("engine.library is empty; name the folder of library decks, e.g. 'library: lib/'", at: library)
            return nil
        }
        return path
    }

    /// `sandbox: { allow_missing: [cgroup, network_namespace] }`: layers grading may go without.
    private mutating func sandbox(_ node: Node) -> [IsolationLayer] {
        guard let mapping = mapping(node, "'sandbox'", example: "{ allow_missing: [cgroup] }") else { return [] }
        rejectUnknownKeys(mapping, allowed: ["allow_missing"], in: "sandbox")
        guard let list = mapping["allow_missing"] else { return [] }
        let names = Isolation.waivableNames
        var layers: [IsolationLayer] = []
        for (name, item) in strings(list, "sandbox.allow_missing", singleAllowed: true) ?? [] {
            guard let named = Isolation.layers(named: name), named.isDisjoint(with: Isolation.unwaivable) else {
                let why =
                    Isolation.layers(named: name) == nil ? "unknown isolation layer" : "a layer that cannot be waived"
                error(
                    "sandbox.allow_missing: '\(name)' is \(why)\(Spelling.hint(for: name, among: names)); layers that may be waived: \(names.joined(separator: ", "))",
                    at: item)
                continue
            }
            for layer in named.sorted() where !layers.contains(layer) { layers.append(layer) }
        }
        return layers
    }

    /// `languages: [python, c]` (or one name), each name's position recorded: whether a
    /// language of that name is defined is `LanguageNameRule`'s to say, once the course's
    /// definitions are known.
    private mutating func languages(_ node: Node) -> [String] {
        var names: [String] = []
        for (name, item) in strings(node, "languages", singleAllowed: true) ?? [] where !names.contains(name) {
            record(SourceMap.Key(.spec, "languages", item: names.count), item)
            names.append(name)
        }
        return names
    }
}
