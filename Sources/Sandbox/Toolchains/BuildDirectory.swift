import Foundation
import Glibc

/// A private directory a submission is copied into and compiled in (`/work` of the compile,
/// `/program` of the runs). Owned by the sandbox uid when SpecGrade runs as root, so that the
/// compiler, which runs as that uid, can write its artifacts.
struct BuildDirectory {
    let path: String
    let owner: (uid: uid_t, gid: gid_t)?
    /// Copied files, relative to `path`, sorted.
    private(set) var files: [String] = []

    /// Largest submission copied, all files together.
    static let maximumBytes = 16 << 20

    init(root: String, owner: (uid: uid_t, gid: gid_t)?) throws {
        path = root + "/" + UUID().uuidString
        self.owner = owner
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
        try chownIfNeeded(path)
    }

    /// Copies every regular file under `source` (recursively), skipping links and specials,
    /// into `subfolder` of the build directory when one is given.
    mutating func copySources(from source: String, into subfolder: String? = nil) throws {
        let manager = FileManager.default
        guard let enumerator = manager.enumerator(atPath: source) else {
            throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: source])
        }
        var total = 0
        var copied: [String] = []
        let destination = subfolder.map { path + "/" + $0 } ?? path
        if let subfolder { try makeFolder(subfolder) }
        while let relative = enumerator.nextObject() as? String {
            let from = source + "/" + relative
            var info = stat()
            guard lstat(from, &info) == 0 else { continue }
            let to = destination + "/" + relative
            if info.st_mode & S_IFMT == S_IFDIR {
                try manager.createDirectory(atPath: to, withIntermediateDirectories: true)
                try chownIfNeeded(to)
            } else if info.st_mode & S_IFMT == S_IFREG {
                total += Int(info.st_size)
                if total > BuildDirectory.maximumBytes {
                    throw CocoaError(.fileReadTooLarge, userInfo: [NSFilePathErrorKey: source])
                }
                let data = try Data(contentsOf: URL(fileURLWithPath: from))
                try data.write(to: URL(fileURLWithPath: to))
                try chownIfNeeded(to)
                copied.append(relative)
            }
        }
        files = copied.sorted()
    }

    /// A folder of the build directory, owned like the rest.
    func makeFolder(_ relative: String) throws {
        try FileManager.default.createDirectory(atPath: path + "/" + relative, withIntermediateDirectories: true)
        try chownIfNeeded(path + "/" + relative)
    }

    /// Writes a file of SpecGrade's (a suite, a harness) into the build directory.
    func write(_ bytes: [UInt8], to relative: String) throws {
        try Data(bytes).write(to: URL(fileURLWithPath: path + "/" + relative))
        try chownIfNeeded(path + "/" + relative)
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }

    private func chownIfNeeded(_ file: String) throws {
        guard let owner else { return }
        if chown(file, owner.uid, owner.gid) != 0 {
            throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: file])
        }
    }
}
