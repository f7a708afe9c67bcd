import Foundation

/// Private folders on the host holding exactly the files a compile may see: one student's
/// sources (never the whole submissions directory) or one checker.
struct StagingArea: Sendable {
    let root: String

    init() throws(GradingError) {
        root =
            FileManager.default.temporaryDirectory
            .appendingPathComponent("specgrade-stage-\(UUID().uuidString)").path
        do {
            try FileManager.default.createDirectory(
                atPath: root, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw .unusableDirectory(root, "cannot create a staging folder: \(error.localizedDescription)")
        }
    }

    /// Copies `files` (relative to `source`) into a new folder and returns its path.
    /// Reads go through the resolved path only for links discovery already checked.
    func stage(_ files: [String], from source: String) throws -> String {
        let folder = root + "/" + UUID().uuidString
        for file in files {
            let target = folder + "/" + file
            try FileManager.default.createDirectory(
                atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            let data = try Data(contentsOf: URL(fileURLWithPath: source + "/" + file))
            try data.write(to: URL(fileURLWithPath: target))
        }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }

    func remove(_ folder: String) {
        try? FileManager.default.removeItem(atPath: folder)
    }

    func removeAll() {
        try? FileManager.default.removeItem(atPath: root)
    }
}
