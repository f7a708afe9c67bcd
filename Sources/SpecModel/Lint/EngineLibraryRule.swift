import Foundation

/// The folder `engine: { library: }` names exists beside the spec: without it every library
/// request a deck makes would fail, and that is the instructor's mistake, not the students'.
struct EngineLibraryRule: LintRule {
    func check(_ context: LintContext) -> [Diagnostic] {
        guard let library = context.spec.engineLibrary else { return [] }
        var isDirectory: ObjCBool = false
        let resolved = context.resolve(library)
        guard !FileManager.default.fileExists(atPath: resolved, isDirectory: &isDirectory) || !isDirectory.boolValue
        else {
            return []
        }
        return [
            Diagnostic(
                .error, at: context.location(spec: "engine.library"),
                "engine.library: '\(library)' is not a folder (looked for \(resolved)); "
                    + "name a folder of NAME.ae decks, relative to the spec's folder")
        ]
    }
}
