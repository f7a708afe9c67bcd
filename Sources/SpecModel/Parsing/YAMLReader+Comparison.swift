import Yams

extension YAMLReader {
    static let comparisonKeys = ["mode", "case_insensitive", "float_abs", "float_rel"]

    /// `compare: lines` or `compare: { mode: tokens, case_insensitive: true, float_abs: 1e-6, float_rel: 1e-9 }`.
    mutating func comparison(_ node: Node) -> Comparison? {
        if node.scalar != nil {
            guard let mode = comparisonMode(node) else { return nil }
            return Comparison(mode: mode)
        }
        guard let mapping = mapping(node, "'compare'", example: "{ mode: tokens, float_abs: 1e-6 }") else { return nil }
        rejectUnknownKeys(mapping, allowed: Self.comparisonKeys, in: "compare")
        var comparison = Comparison()
        var valid = true
        if let modeNode = mapping["mode"] {
            if let mode = comparisonMode(modeNode) { comparison.mode = mode } else { valid = false }
        }
        if let flag = mapping["case_insensitive"] {
            if let value = bool(flag, "case_insensitive") { comparison.caseInsensitive = value } else { valid = false }
        }
        if let tolerance = mapping["float_abs"] {
            comparison.floatAbsolute = number(tolerance, "float_abs", minimum: 0, example: "float_abs: 1e-6")
            valid = valid && comparison.floatAbsolute != nil
        }
        if let tolerance = mapping["float_rel"] {
            comparison.floatRelative = number(tolerance, "float_rel", minimum: 0, example: "float_rel: 1e-9")
            valid = valid && comparison.floatRelative != nil
        }
        return valid ? comparison : nil
    }

    private mutating func comparisonMode(_ node: Node) -> Comparison.Mode? {
        guard let name = string(node, "compare mode") else { return nil }
        if let mode = Comparison.Mode(rawValue: name) { return mode }
        let known = Comparison.Mode.allCases.map(\.rawValue)
        error(
            "unknown compare mode '\(name)'\(Spelling.hint(for: name, among: known)); modes: \(known.joined(separator: ", "))",
            at: node)
        return nil
    }
}
