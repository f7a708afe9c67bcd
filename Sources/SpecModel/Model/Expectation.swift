/// What a test expects of a run: `expect: { stdout: "0\n", exit_code: 0 }`.
public struct Expectation: Codable, Sendable, Hashable {
    public var stdout: OutputExpectation?
    /// The exit code the program must end with; 0 unless the test says otherwise.
    public var exitCode: Int32
    /// Strings that must each occur in stderr.
    public var stderrContains: [String]

    public init(stdout: OutputExpectation? = nil, exitCode: Int32 = 0, stderrContains: [String] = []) {
        self.stdout = stdout
        self.exitCode = exitCode
        self.stderrContains = stderrContains
    }
}

/// The form of a test's expected standard output.
public enum OutputExpectation: Codable, Sendable, Hashable {
    /// `stdout:` compared under the test's comparison.
    case text(String)
    /// `stdout_file:` a path relative to the spec's folder, compared under the comparison.
    case file(String)
    /// `stdout_contains:` every string must occur somewhere in stdout.
    case contains([String])
    /// `stdout_regex:` must match somewhere; `^` and `$` match at line boundaries.
    case regex(String)
}
