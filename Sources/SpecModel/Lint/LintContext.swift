import Foundation

/// What a lint rule looks at: the parsed spec, where its fields were written, and its folder.
struct LintContext {
    var spec: Spec
    var sourceMap: SourceMap
    /// The unit-test suites of `unit_tests:`, each read and scanned once.
    var suites: [ScannedSuite] = []

    init(spec: Spec, sourceMap: SourceMap) {
        self.spec = spec
        self.sourceMap = sourceMap
        let declared = spec.unitTests?.suites ?? []
        suites = declared.map { ScannedSuite($0, resolvedPath: resolve($0.path)) }
    }

    /// The position of a test's field (`covers` item 2, `stdout_regex`), or of the test itself.
    func location(test index: Int, _ field: String, item: Int? = nil) -> SourceLocation {
        sourceMap.location(SourceMap.Key(.test(index), field, item: item), or: spec.tests[index].location)
    }

    /// The position of a requirement's field (`parent`), or of its heading.
    func location(requirement index: Int, _ field: String) -> SourceLocation {
        sourceMap.location(SourceMap.Key(.requirement(index), field), or: spec.requirements[index].location)
    }

    /// The position of a spec-wide field (`unit_tests.python`), or the top of the file.
    func location(spec field: String) -> SourceLocation {
        let top = SourceLocation(path: spec.path, line: 1)
        return sourceMap.location(SourceMap.Key(.spec, field), or: top)
    }

    /// A path written in the spec, resolved against the spec's folder.
    func resolve(_ path: String) -> String {
        path.hasPrefix("/") ? path : (spec.baseDirectory as NSString).appendingPathComponent(path)
    }

    /// True when `path` (as written in the spec) names a regular file.
    func isFile(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: resolve(path), isDirectory: &isDirectory)
            && !isDirectory.boolValue
    }

    /// Requirement and criterion ids, in document order.
    var requirementIDs: [String] { spec.requirements.map(\.id) }
}
