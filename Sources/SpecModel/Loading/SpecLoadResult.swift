/// The outcome of loading one spec: the model when it is sound, and every diagnostic.
public struct SpecLoadResult: Sendable {
    /// The path the spec was asked for (a file, or a folder holding `spec.md`).
    public var path: String
    /// Non-nil only when there are no errors: nothing is half-loaded.
    public var spec: Spec?
    /// Errors and warnings, lint included, sorted by position.
    public var diagnostics: [Diagnostic]

    public init(path: String, spec: Spec?, diagnostics: [Diagnostic]) {
        self.path = path
        self.spec = spec
        self.diagnostics = diagnostics
    }

    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }

    /// The counts of a loaded spec, `nil` when it has errors.
    public var summary: SpecSummary? { spec.map(SpecSummary.init) }
}
