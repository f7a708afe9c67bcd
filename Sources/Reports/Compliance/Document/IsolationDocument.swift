import Execution

/// The isolation a submission ran under: `{"layers": ["cgroup", "pid_namespace"],
/// "missing": {"seccomp": "kernel without seccomp"}, "notes": ["cgroup v2"]}`.
struct IsolationDocument: Decodable {
    var layers: [IsolationLayer]
    var missing: [String: String]
    var notes: [String]

    enum CodingKeys: String, CodingKey {
        case layers, missing, notes
    }

    func model() -> Isolation {
        Isolation(layers: Set(layers), missing: missing, notes: notes)
    }
}
