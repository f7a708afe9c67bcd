import Execution
import Yams

extension YAMLReader {
    /// `limits: { cpu: 2s, wall: 10s, memory: 256MiB, output: 1MiB, processes: 32 }`; each key
    /// of `LimitOverrides.keys`, each value a `Quantity` of that key's kind.
    mutating func limits(_ node: Node) -> LimitOverrides? {
        guard let mapping = mapping(node, "'limits'", example: "{ cpu: 2s, memory: 256MiB }") else { return nil }
        let known = LimitOverrides.keys.map(\.key)
        rejectUnknownKeys(mapping, allowed: known, in: "limits")
        var limits = LimitOverrides()
        var valid = true
        for (key, kind) in LimitOverrides.keys {
            guard let valueNode = mapping[key], let text = string(valueNode, "limits.\(key)") else { continue }
            if let amount = Quantity.parse(text, as: kind), amount > 0, limits.set(key, to: amount) { continue }
            error("limits.\(key): '\(text)' is not \(Quantity.example(of: kind)) greater than 0", at: valueNode)
            valid = false
        }
        return valid ? limits : nil
    }
}
