import Execution
import SpecModel

/// A test case with everything it needs read from the spec's folder, ready to run many times.
public struct PlannedTest: Sendable {
    public var test: TestCase
    public var stdin: [UInt8]
    /// The expected stdout text (`stdout` or the content of `stdout_file`), when the test compares text.
    public var expectedStdout: String?
    public var files: [String: [UInt8]]
    public var limits: ResourceLimits
    public var comparison: Comparison
}
