import Yams

/// Reads typed fields out of YAML nodes, appending one precise diagnostic for each field of
/// the wrong kind (`'points' must be a number of at least 0, e.g. points: 2; found 'many'`).
///
/// Scalars are read as written: `stdout: 0` is the text "0", not a number. A field that fails
/// to read is left out, so one mistake yields one diagnostic and not a cascade.
struct YAMLReader {
    var block: YAMLBlock
    var diagnostics: [Diagnostic] = []
    var sourceMap = SourceMap()

    init(block: YAMLBlock) {
        self.block = block
    }

    func location(of node: Node) -> SourceLocation { block.location(of: node) }

    mutating func error(_ message: String, at node: Node) {
        diagnostics.append(Diagnostic(.error, at: location(of: node), message))
    }

    mutating func record(_ key: SourceMap.Key, _ node: Node) {
        sourceMap[key] = location(of: node)
    }

    /// The node as a mapping, or an error saying what `what` should have been.
    mutating func mapping(_ node: Node, _ what: String, example: String) -> Node.Mapping? {
        if let mapping = node.mapping { return mapping }
        error("\(what) must be a mapping of 'key: value' lines, e.g. \(example); found \(describe(node))", at: node)
        return nil
    }

    /// Flags every key of `mapping` not among `allowed`, suggesting the nearest known one.
    mutating func rejectUnknownKeys(_ mapping: Node.Mapping, allowed: [String], in what: String) {
        for key in mapping.keys {
            guard let name = key.scalar?.string else {
                error("\(what): keys must be plain names such as '\(allowed[0])'", at: key)
                continue
            }
            guard !allowed.contains(name) else { continue }
            error(
                "\(what): unknown field '\(name)'\(Spelling.hint(for: name, among: allowed)); known fields: \(allowed.joined(separator: ", "))",
                at: key)
        }
    }

    /// A scalar as the text it was written as.
    mutating func string(_ node: Node, _ field: String) -> String? {
        if let scalar = node.scalar { return scalar.string }
        error("'\(field)' must be a single value (text or number); found \(describe(node))", at: node)
        return nil
    }

    mutating func bool(_ node: Node, _ field: String) -> Bool? {
        if let value = node.bool { return value }
        error("'\(field)' must be true or false; found \(describe(node))", at: node)
        return nil
    }

    /// A finite number at least `minimum`.
    mutating func number(_ node: Node, _ field: String, minimum: Double, example: String) -> Double? {
        if let value = node.float ?? node.int.map(Double.init), value.isFinite, value >= minimum { return value }
        error(
            "'\(field)' must be a number of at least \(minimum.formatted), e.g. \(example); found \(describe(node))",
            at: node)
        return nil
    }

    /// A whole number within `range`.
    mutating func integer(_ node: Node, _ field: String, in range: ClosedRange<Int>) -> Int? {
        if let value = node.int, range.contains(value) { return value }
        error(
            "'\(field)' must be a whole number from \(range.lowerBound) to \(range.upperBound); found \(describe(node))",
            at: node)
        return nil
    }

    /// A list of scalars with the node of each (for positions); a single scalar is a list of
    /// one when `singleAllowed`.
    mutating func strings(_ node: Node, _ field: String, singleAllowed: Bool = false) -> [(text: String, node: Node)]? {
        if singleAllowed, let scalar = node.scalar { return [(scalar.string, node)] }
        guard let sequence = node.sequence else {
            error("'\(field)' must be a list, e.g. \(field): [a, b]; found \(describe(node))", at: node)
            return nil
        }
        var items: [(text: String, node: Node)] = []
        for item in sequence {
            guard let scalar = item.scalar else {
                error("each item of '\(field)' must be a single value; found \(describe(item))", at: item)
                continue
            }
            items.append((scalar.string, item))
        }
        return items
    }

    /// A short description of what a node is, quoted when it is a short scalar.
    func describe(_ node: Node) -> String {
        switch node {
        case .scalar(let scalar):
            let text = scalar.string
            if text.isEmpty || node.null != nil && scalar.style == .plain { return "nothing" }
            return text.count <= 40 ? "'\(text)'" : "'\(text.prefix(40))...'"
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        }
    }
}

extension Double {
    /// `2` rather than `2.0`, for messages.
    var formatted: String {
        self == rounded() && abs(self) < 1e15 ? String(Int(self)) : String(self)
    }
}
