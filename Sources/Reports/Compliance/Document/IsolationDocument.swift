import Execution

/// The isolation a submission ran under: `{"layers": ["cgroup", "pid_namespace"],
/// "missing": {"seccomp": "kernel without seccomp"}, "notes": ["cgroup v2"]}`, layers sorted
/// so that the same run always writes the same file.
struct IsolationDocument: Codable {
    var layers: [IsolationLayer]
    var missing: [String: String]
    var notes: [String]

    init(_ isolation: Isolation) {
        layers = isolation.layers.sorted()
        missing = isolation.missing
        notes = isolation.notes
    }

    func model() -> Isolation {
        Isolation(layers: Set(layers), missing: missing, notes: notes)
    }
}
