import SpecModel

/// A test's `expect` object, keyed as in a spec: at most one of `stdout`, `stdout_file`,
/// `stdout_contains`, `stdout_regex`, then `exit_code` and `stderr_contains`.
struct ExpectationDocument: Decodable {
    var stdout: String?
    var stdoutFile: String?
    var stdoutContains: [String]?
    var stdoutRegex: String?
    var exitCode: Int32
    var stderrContains: [String]

    enum CodingKeys: String, CodingKey {
        case stdout
        case stdoutFile = "stdout_file"
        case stdoutContains = "stdout_contains"
        case stdoutRegex = "stdout_regex"
        case exitCode = "exit_code"
        case stderrContains = "stderr_contains"
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        stdout = try container.decodeIfPresent(String.self, forKey: .stdout)
        stdoutFile = try container.decodeIfPresent(String.self, forKey: .stdoutFile)
        stdoutContains = try container.decodeIfPresent([String].self, forKey: .stdoutContains)
        stdoutRegex = try container.decodeIfPresent(String.self, forKey: .stdoutRegex)
        exitCode = try container.decode(Int32.self, forKey: .exitCode)
        stderrContains = try container.decode([String].self, forKey: .stderrContains)
        let forms = [stdout != nil, stdoutFile != nil, stdoutContains != nil, stdoutRegex != nil]
        if forms.filter({ $0 }).count > 1 {
            throw DecodingError.dataCorruptedError(
                forKey: .stdout, in: container,
                debugDescription: "at most one of stdout, stdout_file, stdout_contains, stdout_regex")
        }
    }

    func model() -> Expectation {
        let output: OutputExpectation? =
            if let stdout { .text(stdout) } else if let stdoutFile { .file(stdoutFile) } else if let stdoutContains {
                .contains(stdoutContains)
            } else if let stdoutRegex { .regex(stdoutRegex) } else { nil }
        return Expectation(stdout: output, exitCode: exitCode, stderrContains: stderrContains)
    }
}
