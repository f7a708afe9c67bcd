/// The JSON shape of a Gradescope `results.json` (field names from Gradescope's autograder
/// specification), plus SpecGrade's own facts under `extra_data`.
struct GradescopeDocument: Encodable {
    var score: Double
    var executionTime: Int
    var output: String
    var tests: [Test]
    var extraData: ExtraData

    enum CodingKeys: String, CodingKey {
        case score, output, tests
        case executionTime = "execution_time"
        case extraData = "extra_data"
    }

    struct Test: Encodable {
        var name: String
        /// Gradescope takes the number as a string ("1", "1.2").
        var number: String
        var score: Double
        var maxScore: Double
        /// `passed` or `failed`.
        var status: String
        var output: String
        var tags: [String]
        /// `visible`, `after_published`, `after_due_date` or `hidden`.
        var visibility: String

        enum CodingKeys: String, CodingKey {
            case name, number, score, status, output, tags, visibility
            case maxScore = "max_score"
        }
    }

    struct ExtraData: Encodable {
        var student: String
        var status: String
        var maxScore: Double
        var language: String?
        var requirements: [String: String]

        enum CodingKeys: String, CodingKey {
            case student, status, language, requirements
            case maxScore = "max_score"
        }
    }
}
