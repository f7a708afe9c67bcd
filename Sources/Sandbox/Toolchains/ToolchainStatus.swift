/// Whether a language can be run here, as `specgrade languages` shows it.
public enum ToolchainStatus: Sendable, Hashable {
    /// Found: the main executable's real path (symlinks resolved) and its version line.
    case available(path: String, version: String)
    /// Not found; the message names what to install ("install python3 (Debian: apt install python3)").
    case missing(String)
    /// Runs inside SpecGrade (the Analytical Engine languages).
    case builtIn
}
