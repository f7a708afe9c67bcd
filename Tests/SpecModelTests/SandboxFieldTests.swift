import Execution
import Testing

@testable import SpecModel

/// `sandbox: { allow_missing: [...] }`: the isolation layers a spec lets grading go without.
@Suite struct SandboxFieldTests {
    static func spec(_ sandbox: String) -> String {
        """
        ---
        id: demo
        \(sandbox)
        ---
        # Demo
        ## Requirements
        ### REQ-1: One
        Text.

        ```test
        id: T-1
        covers: [REQ-1]
        expect: { stdout: "1\\n" }
        ```
        """
    }

    @Test func waivableLayersAreRead() {
        let loaded = parse(Self.spec("sandbox: { allow_missing: [cgroup, network_namespace] }"))
        #expect(loaded.diagnostics.filter { $0.severity == .error }.isEmpty)
        #expect(loaded.spec?.allowMissing == [.cgroup, .networkNamespace])
    }

    @Test func noSandboxKeyWaivesNothing() {
        #expect(parse(Self.spec("title: Demo")).spec?.allowMissing == [])
    }

    @Test func unwaivableAndUnknownLayersAreErrorsAtTheirPosition() {
        let loaded = parse(Self.spec("sandbox: { allow_missing: [no_new_privs, cgroop] }"))
        #expect(loaded.spec == nil)
        let errors = loaded.diagnostics.filter { $0.severity == .error }
        #expect(errors.count == 2)
        #expect(errors.allSatisfy { $0.location.line == 3 })
        #expect(errors.contains { $0.message.contains("'no_new_privs' is a layer that cannot be waived") })
        #expect(errors.contains { $0.message.contains("'cgroop' is unknown") && $0.message.contains("cgroup") })
    }

    /// `namespaces` waives all six: confined mode where a container refuses them.
    @Test func namespacesWaivesEveryNamespace() {
        let waived = parse(Self.spec("sandbox: { allow_missing: [namespaces, cgroup] }")).spec?.allowMissing ?? []
        #expect(Set(waived) == Isolation.namespaces.union([.cgroup]))
    }

    @Test func unknownKeysInsideSandboxAreErrors() {
        let loaded = parse(Self.spec("sandbox: { allow: [cgroup] }"))
        #expect(loaded.spec == nil)
        #expect(loaded.diagnostics.contains { $0.message.contains("allow") })
    }
}
