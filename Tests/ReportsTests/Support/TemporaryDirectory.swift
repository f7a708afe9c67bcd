import Foundation

/// A fresh folder under the system's temporary directory, removed by `remove()`; each test
/// gets its own, so tests can run in parallel.
struct TemporaryDirectory {
    let path: String

    init() throws {
        path = (NSTemporaryDirectory() as NSString).appendingPathComponent("reports-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }

    /// Every file below the folder, relative to it, hidden ones included, sorted.
    func files() -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: path)
        var result: [String] = []
        while let next = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(
                atPath: (path as NSString).appendingPathComponent(next), isDirectory: &isDirectory)
            if exists, !isDirectory.boolValue { result.append(next) }
        }
        return result.sorted()
    }
}
