import SpecModel

/// One entry of `spec.tests`, with its links to requirements in `covers`. Input and expected
/// output are written as in a spec: `"stdin": "3 4\n"` or `"stdin_file": "in.txt"`.
struct TestCaseDocument: Decodable {
    var id: String
    var name: String
    var covers: [String]
    var stdin: String?
    var stdinFile: String?
    var args: [String]
    var files: [String: String]
    var expect: ExpectationDocument
    var compare: ComparisonDocument?
    var points: Double
    var hidden: Bool
    var limits: LimitsDocument
    var checker: String?
    /// `"unit": "test_mean"`, or a name per language.
    var unit: UnitDocument?
    var location: SourceLocation

    enum CodingKeys: String, CodingKey {
        case id, name, covers, stdin, args, files, expect, compare, points, hidden, limits, checker, unit, location
        case stdinFile = "stdin_file"
    }

    func model() -> TestCase {
        TestCase(
            id: id, name: name, covers: covers, stdin: stdinFile.map(TestCase.Input.file) ?? .text(stdin ?? ""),
            args: args, files: files, expect: expect.model(), compare: compare?.model(), points: points,
            hidden: hidden, limits: limits.model(), checker: checker, unit: unit?.model(), location: location)
    }
}
