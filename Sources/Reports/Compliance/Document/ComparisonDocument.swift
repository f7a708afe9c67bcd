import SpecModel

/// A `compare` object: `{"mode": "tokens", "case_insensitive": false, "float_abs": 1e-6}`.
struct ComparisonDocument: Decodable {
    var mode: Comparison.Mode
    var caseInsensitive: Bool
    var floatAbs: Double?
    var floatRel: Double?

    enum CodingKeys: String, CodingKey {
        case mode
        case caseInsensitive = "case_insensitive"
        case floatAbs = "float_abs"
        case floatRel = "float_rel"
    }

    func model() -> Comparison {
        Comparison(mode: mode, caseInsensitive: caseInsensitive, floatAbsolute: floatAbs, floatRelative: floatRel)
    }
}
