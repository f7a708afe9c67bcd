import Execution
import Foundation

/// One program of `Fixtures/hostile/` with the verdict its header comment demands.
struct HostileProgram: Sendable, CustomStringConvertible {
    let name: String
    let path: String
    let language: Language
    let verdict: Verdict
    let detail: String?
    let stdout: String?
    let stderr: String?

    var description: String { name }

    static let directory: String = {
        let here = URL(fileURLWithPath: #filePath)
        return here.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/hostile").path
    }()

    /// The package root (for the built `specgrade` binary).
    static var packageRoot: String {
        URL(fileURLWithPath: directory).deletingLastPathComponent().deletingLastPathComponent().path
    }

    static func all() -> [HostileProgram] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.sorted().compactMap { load(name: $0) }
    }

    static func named(_ name: String) -> HostileProgram? { load(name: name) }

    private static func load(name: String) -> HostileProgram? {
        let path = directory + "/" + name
        guard let language = Language(fileExtension: (name as NSString).pathExtension),
            let text = try? String(contentsOfFile: path, encoding: .utf8)
        else { return nil }
        var fields: [String: String] = [:]
        for line in text.split(separator: "\n").prefix(6) {
            let stripped = line.drop { $0 == "/" || $0 == "#" || $0 == " " }
            guard let colon = stripped.firstIndex(of: ":") else { continue }
            fields[String(stripped[..<colon])] = stripped[stripped.index(after: colon)...].trimmingCharacters(
                in: .whitespaces)
        }
        // `confined:` overrides `expect:` in confined mode, where the host decides some calls
        // (a container's own seccomp profile answers mount with EPERM before SpecGrade's
        // filter can report it).
        let verdictField = HostileSuite.confined ? fields["confined"] ?? fields["expect"] : fields["expect"]
        guard let expected = verdictField.flatMap(Verdict.init(rawValue:)) else { return nil }
        // Confined mode kills on a blocked call without naming it (docs/sandbox.md).
        if HostileSuite.confined, expected == .securityViolation {
            return HostileProgram(
                name: name, path: path, language: language, verdict: expected, detail: nil,
                stdout: fields["stdout"], stderr: fields["stderr"])
        }
        if HostileSuite.confined, fields["confined"] != nil {
            return HostileProgram(
                name: name, path: path, language: language, verdict: expected,
                detail: fields["confined-detail"], stdout: fields["confined-stdout"], stderr: nil)
        }
        return HostileProgram(
            name: name, path: path, language: language, verdict: expected, detail: fields["detail"],
            stdout: fields["stdout"], stderr: fields["stderr"])
    }

    /// Small limits so that the whole suite stays quick. Memory stays at the default: a fork
    /// bomb's failed forks alone charge tens of MiB of kernel memory to the cgroup. The wall
    /// limit leaves a CPU loop room to reach its CPU limit first even when tests running in
    /// parallel give it a third of a core.
    static let limits = ResourceLimits(
        cpuMs: 1_000 * timeScale, wallMs: 6_000 * timeScale, memoryBytes: 256 << 20, outputBytes: 64 << 10,
        processes: 16, fileSizeBytes: 4 << 20, openFiles: 64, stackBytes: 8 << 20)

    /// `SPECGRADE_TEST_TIME_SCALE` (default 1) multiplies the CPU and wall limits, for machines
    /// that run everything several times slower: `.ci/cgroup-v2` runs this suite in an
    /// emulated virtual machine with 10.
    static let timeScale =
        ProcessInfo.processInfo.environment["SPECGRADE_TEST_TIME_SCALE"].flatMap(Int.init).map { max(1, $0) } ?? 1
}
