import Foundation

/// `Fixtures/<spec>/expected.json`: what grading each shipped submission must report.
struct FixtureExpectations: Decodable {
    struct Student: Decodable {
        var status: String
        var score: Double?
        /// Tests that are not accepted, with their verdict; every other test is accepted.
        var tests: [String: String]?
        /// Set when every test has this one verdict.
        var allTests: String?

        enum CodingKeys: String, CodingKey {
            case status, score, tests
            case allTests = "all_tests"
        }
    }

    var students: [String: Student]

    static func load(spec: String) throws -> FixtureExpectations {
        let url = CommandLine.repository.appendingPathComponent("Fixtures/\(spec)/expected.json")
        return try JSONDecoder().decode(FixtureExpectations.self, from: Data(contentsOf: url))
    }
}
