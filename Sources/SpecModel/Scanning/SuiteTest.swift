/// A test a suite file defines, named as a spec's `unit:` names it, and where it stands.
public struct SuiteTest: Codable, Sendable, Hashable {
    /// `test_mean`, `TestMean::test_even` (Python); `meanEven` (Java);
    /// `mean > even list` (JavaScript, inside `describe("mean")`); `mean_even` (C, C++).
    public var name: String
    /// 1-based line and column of the name (or of the call that defines it) in the suite.
    public var line: Int
    public var column: Int

    public init(name: String, line: Int, column: Int = 1) {
        self.name = name
        self.line = line
        self.column = column
    }
}
