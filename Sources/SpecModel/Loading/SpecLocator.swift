import Foundation

/// Finds the specs a command-line argument stands for, so that `specgrade check Specs` and
/// `specgrade check Specs/*` both work.
///
/// 1. A file, or a folder holding `spec.md`/`spec.yaml`/`spec.yml`, is one spec.
/// 2. Any other folder stands for the specs directly inside it: its `.md`/`.yaml`/`.yml`
///    files and its subfolders that are spec folders, sorted by name.
///    A `README.md` there is documentation, not a spec.
/// 3. A path that does not exist is kept, so that loading it reports it.
public enum SpecLocator {
    public static func specs(for path: String) -> [String] {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue,
            !isSpecFolder(path),
            let entries = try? manager.contentsOfDirectory(atPath: path)
        else { return [path] }
        return entries.sorted().compactMap { name -> String? in
            let child = (path as NSString).appendingPathComponent(name)
            var childIsDirectory: ObjCBool = false
            guard !name.hasPrefix("."), !name.lowercased().hasPrefix("readme."),
                manager.fileExists(atPath: child, isDirectory: &childIsDirectory)
            else { return nil }
            if childIsDirectory.boolValue { return isSpecFolder(child) ? child : nil }
            return ["md", "yaml", "yml"].contains((name as NSString).pathExtension.lowercased()) ? child : nil
        }
    }

    private static func isSpecFolder(_ path: String) -> Bool {
        SpecLoader.folderSpecNames.contains {
            FileManager.default.fileExists(atPath: (path as NSString).appendingPathComponent($0))
        }
    }
}
