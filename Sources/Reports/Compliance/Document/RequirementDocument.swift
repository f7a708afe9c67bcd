import SpecModel

/// One entry of `spec.requirements`: a requirement or an acceptance criterion, with the
/// place in the spec it was written (`"location": {"path": "Specs/wc.md", "line": 12, "column": 1}`).
struct RequirementDocument: Decodable {
    var id: String
    var title: String
    var kind: Requirement.Kind
    var text: String
    var weight: Double
    var parent: String?
    var location: SourceLocation

    enum CodingKeys: String, CodingKey {
        case id, title, kind, text, weight, parent, location
    }

    func model() -> Requirement {
        Requirement(
            id: id, title: title, kind: kind, text: text, weight: weight, parent: parent, location: location)
    }
}
