import Foundation

/// What a lint rule looks at: the parsed spec, where its fields were written, and its folder.
struct LintContext {
    var spec: Spec
    var sourceMap: SourceMap

    /// The position of a test's field (`covers` item 2, `stdout_regex`), or of the test itself.
    func location(test index: Int, _ field: String, item: Int? = nil) -> SourceLocation {
        sourceMap.location(SourceMap.Key(.test(index), field, item: item), or: spec.tests[index].location)
    }

    /// The position of a requirement's field (`parent`), or of its heading.
    func location(requirement index: Int, _ field: String) -> SourceLocation {
        sourceMap.location(SourceMap.Key(.requirement(index), field), or: spec.requirements[index].location)
    }

    /// A path written in the spec, resolved against the spec's folder.
    func resolve(_ path: String) -> String {
        path.hasPrefix("/") ? path : (spec.baseDirectory as NSString).appendingPathComponent(path)
    }

    /// True when `path` (as written in the spec) names a regular file.
    func isFile(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: resolve(path), isDirectory: &isDirectory) && !isDirectory.boolValue
    }

    /// Requirement and criterion ids, in document order.
    var requirementIDs: [String] { spec.requirements.map(\.id) }
}
