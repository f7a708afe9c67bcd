import Execution
import SpecModel

/// A test's `unit` in `compliance.json`: one name for every suite, or a name per language.
enum UnitDocument: Decodable {
    case everySuite(String)
    case perLanguage([String: String])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let name = try? container.decode(String.self) {
            self = .everySuite(name)
        } else {
            self = .perLanguage(try container.decode([String: String].self))
        }
    }

    func model() -> UnitTestReference {
        switch self {
        case .everySuite(let name): return .everySuite(name)
        case .perLanguage(let names):
            return .perLanguage(
                Language.allCases.compactMap { language in
                    names[language.rawValue].map { UnitTestName(language: language, name: $0) }
                })
        }
    }
}
