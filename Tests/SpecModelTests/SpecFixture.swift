import Foundation

@testable import SpecModel

/// A spec written into its own temporary folder (tests run in parallel), with data files beside it.
struct SpecFixture {
    let folder: String

    init(files: [String: String] = [:]) throws {
        folder = NSTemporaryDirectory() + "specmodel-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for (name, content) in files { try write(name, content) }
    }

    func write(_ name: String, _ content: String) throws {
        try write(name, bytes: Array(content.utf8))
    }

    func write(_ name: String, bytes: [UInt8]) throws {
        let path = (folder as NSString).appendingPathComponent(name)
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
    }

    func path(_ name: String) -> String { (folder as NSString).appendingPathComponent(name) }

    /// Writes `content` as `name` and loads it.
    func load(_ content: String, as name: String = "spec.md") throws -> SpecLoadResult {
        try write(name, content)
        return SpecLoader.load(path: path(name))
    }

    func remove() { try? FileManager.default.removeItem(atPath: folder) }
}

/// Spec text in memory, parsed as if it were `path` in the current folder.
func parse(_ text: String, path: String = "spec.md") -> SpecLoadResult {
    SpecLoader.parse(Array(text.utf8), path: path, baseDirectory: ".")
}

extension SpecLoadResult {
    /// `line:col: severity: message` of each diagnostic, without the path.
    var lines: [String] {
        diagnostics.map { "\($0.location.line):\($0.location.column): \($0.severity.rawValue): \($0.message)" }
    }

    /// The diagnostics whose message contains `text`.
    func diagnostics(containing text: String) -> [Diagnostic] {
        diagnostics.filter { $0.message.contains(text) }
    }
}

/// The smallest sound spec: one requirement, one test covering it; `extra` is added at the end.
func minimalSpec(frontMatter: String = "", requirements: String = "", tests: String = "") -> String {
    """
    ---
    id: tiny
    \(frontMatter)---
    # Tiny

    ## Requirements

    ### REQ-1: Echo
    Echo the input.
    \(requirements)
    ## Test cases

    ```test
    id: T-1
    covers: [REQ-1]
    stdin: "a\\n"
    expect: { stdout: "a\\n" }
    ```
    \(tests)
    """
}
