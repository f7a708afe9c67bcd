import Foundation
import Glibc
import Testing

@testable import Sandbox

/// A toolchain's version is asked once per tool file, not once per invocation.
@Suite("Tool version cache")
struct ToolVersionCacheTests {
    @Test func asksOnceThenAgainWhenTheToolChanges() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tool-versions-\(UUID().uuidString)")
            .path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let tool = folder + "/tool"
        try "#!/bin/sh\necho 1.0\n".write(toFile: tool, atomically: false, encoding: .utf8)
        let cache = ToolVersionCache(file: folder + "/cache/tool-versions")
        var asked = 0
        let ask = { () -> String? in
            asked += 1; return "tool \(asked)"
        }

        #expect(cache.version(of: [tool, "--version"], ask: ask) == "tool 1")
        #expect(cache.version(of: [tool, "--version"], ask: ask) == "tool 1")
        #expect(asked == 1)
        // Another command is another entry.
        #expect(cache.version(of: [tool, "-V"], ask: ask) == "tool 2")
        // An upgrade replaces the file: asked again.
        try "#!/bin/sh\necho 2.0 (upgraded)\n".write(toFile: tool, atomically: true, encoding: .utf8)
        #expect(cache.version(of: [tool, "--version"], ask: ask) == "tool 3")
        #expect(asked == 3)
    }

    @Test func withoutAFileItAlwaysAsks() {
        var asked = 0
        let cache = ToolVersionCache(file: nil)
        _ = cache.version(of: ["/bin/sh"]) {
            asked += 1; return "x"
        }
        _ = cache.version(of: ["/bin/sh"]) {
            asked += 1; return "x"
        }
        #expect(asked == 2)
    }
}
