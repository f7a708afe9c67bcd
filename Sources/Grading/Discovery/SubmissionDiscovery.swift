import Execution
import Foundation
import SpecModel

/// Finds the submissions in a directory: `DIR/<student>/...` or `DIR/<student>.<ext>`.
///
/// 1. Hidden entries (names starting with `.`) are passed over.
/// 2. Symbolic links are never followed out of a submission: a link at the top level is
///    not gradable; a link inside a folder is used only when it resolves to a regular file
///    inside that folder.
/// 3. A file over `maxFileBytes`, or files beyond `maxFiles` or `maxTotalBytes`, are left
///    out and noted; a submission left with no source is not gradable.
/// 4. Every other entry is a student: a file or folder in no language the catalog defines is
///    not gradable, with the extension to define, and listed in every report.
public struct SubmissionDiscovery: Sendable {
    /// The languages defined for this grading (built-ins and the course's own).
    public var catalog: LanguageCatalog
    public var allowed: [Language]
    /// A unit-test spec's suites: in a folder, the module's file is the entry point.
    public var unitTests: UnitTestSuites?
    public var maxFileBytes = 1 << 20
    public var maxTotalBytes = 16 << 20
    public var maxFiles = 500
    /// How deep into a submission folder to look.
    public var maxDepth = 8

    public init(allowed: [Language], unitTests: UnitTestSuites? = nil, catalog: LanguageCatalog = .builtIn) {
        self.catalog = catalog
        self.allowed = allowed.isEmpty ? catalog.languages : allowed
        self.unitTests = unitTests
    }

    private var entryPointRule: EntryPointRule {
        EntryPointRule(catalog: catalog, allowed: allowed, unitTests: unitTests)
    }

    /// The submissions in `directory`, sorted by student; throws when the directory itself
    /// is missing, not a directory or unreadable.
    public func discover(in directory: String) throws(GradingError) -> [Submission] {
        let fileManager = FileManager.default
        var isDirectory: ObjCBool = false
        guard fileManager.fileExists(atPath: directory, isDirectory: &isDirectory) else {
            throw .unusableDirectory(directory, "it does not exist")
        }
        guard isDirectory.boolValue else { throw .unusableDirectory(directory, "it is a file, not a directory") }
        guard let names = try? fileManager.contentsOfDirectory(atPath: directory) else {
            throw .unusableDirectory(directory, "it cannot be read (check its permissions)")
        }
        let root = URL(fileURLWithPath: directory).standardizedFileURL.path
        var byStudent: [String: [Submission]] = [:]
        for name in names.sorted() where !name.hasPrefix(".") {
            let path = root + "/" + name
            let submission = inspect(name: name, path: path, parent: root)
            byStudent[submission.student, default: []].append(submission)
        }
        return byStudent.keys.sorted().compactMap { student in
            guard let found = byStudent[student] else { return nil }
            if found.count == 1 { return found[0] }
            let names = found.map { URL(fileURLWithPath: $0.root).lastPathComponent }.joined(separator: " and ")
            return Submission(
                student: student, root: found[0].root, files: [], sourceDirectory: found[0].sourceDirectory,
                plan: .notGradable("\(names) are both submissions of \(student): keep one"))
        }
    }

    /// One folder as one student's submission (Gradescope's `/autograder/submission`).
    public func submission(folder: String, student: String) throws(GradingError) -> Submission {
        guard Self.fileType(folder) == .typeDirectory else {
            throw .unusableDirectory(folder, "it is not a directory")
        }
        return folderSubmission(student: student, path: URL(fileURLWithPath: folder).standardizedFileURL.path)
    }

    private func inspect(name: String, path: String, parent: String) -> Submission {
        guard let type = Self.fileType(path) else {
            return Submission(
                student: name, root: path, files: [], sourceDirectory: parent,
                plan: .notGradable("\(name) cannot be read; check its permissions"))
        }
        switch type {
        case .typeSymbolicLink:
            let student = Self.studentName(fromFile: name)
            return Submission(
                student: student, root: path, files: [], sourceDirectory: parent,
                plan: .notGradable("\(name) is a symbolic link; SpecGrade does not follow links out of a submission"))
        case .typeDirectory:
            return folderSubmission(student: name, path: path)
        case .typeRegular:
            return fileSubmission(name: name, path: path, parent: parent)
        default:
            return Submission(
                student: name, root: path, files: [], sourceDirectory: parent,
                plan: .notGradable("\(name) is not a regular file or a folder; hand in source files"))
        }
    }

    private func fileSubmission(name: String, path: String, parent: String) -> Submission {
        let student = Self.studentName(fromFile: name)
        let size = Self.fileSize(path)
        guard size <= maxFileBytes else {
            return Submission(
                student: student, root: path, files: [], sourceDirectory: parent,
                plan: .notGradable("\(name) is \(size) bytes, over the \(maxFileBytes)-byte limit for a source file"))
        }
        let plan = entryPointRule.plan(for: [(name, Self.head(of: path))])
        return Submission(student: student, root: path, files: [name], sourceDirectory: parent, plan: plan)
    }

    private func folderSubmission(student: String, path: String) -> Submission {
        var notes: [String] = []
        var files: [String] = []
        var total = 0
        var pending: [(relative: String, depth: Int)] = [("", 0)]
        let realRoot = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        while let (relative, depth) = pending.popLast() {
            let folder = relative.isEmpty ? path : path + "/" + relative
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
                notes.append("could not read \(relative.isEmpty ? "the folder" : relative)")
                continue
            }
            for name in names.sorted() where !name.hasPrefix(".") {
                let childRelative = relative.isEmpty ? name : relative + "/" + name
                let childPath = path + "/" + childRelative
                switch Self.fileType(childPath) {
                case .typeDirectory?:
                    if depth + 1 < maxDepth { pending.append((childRelative, depth + 1)) }
                case .typeRegular?:
                    let size = Self.fileSize(childPath)
                    if size > maxFileBytes {
                        notes.append("left out \(childRelative): \(size) bytes is over the \(maxFileBytes)-byte limit")
                    } else if files.count >= maxFiles || total + size > maxTotalBytes {
                        notes.append("left out \(childRelative): the submission is over its size or file-count limit")
                    } else {
                        files.append(childRelative)
                        total += size
                    }
                case .typeSymbolicLink?:
                    let target = URL(fileURLWithPath: childPath).resolvingSymlinksInPath().path
                    if target.hasPrefix(realRoot + "/"), Self.fileType(target) == .typeRegular {
                        files.append(childRelative)
                        total += Self.fileSize(target)
                    } else {
                        notes.append("ignored symbolic link \(childRelative): it points outside the submission")
                    }
                default:
                    notes.append("ignored \(childRelative): not a regular file")
                }
            }
        }
        files.sort()
        let plan = entryPointRule.plan(for: files.map { ($0, Self.head(of: path + "/" + $0)) }, isFolder: true)
        return Submission(student: student, root: path, files: files, sourceDirectory: path, plan: plan, notes: notes)
    }

    static func studentName(fromFile name: String) -> String {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }

    private static func fileType(_ path: String) -> FileAttributeType? {
        (try? FileManager.default.attributesOfItem(atPath: path))?[.type] as? FileAttributeType
    }

    private static func fileSize(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
    }

    /// The first 64 KiB of a file as text, enough to find `main`.
    private static func head(of path: String) -> String {
        guard let handle = FileHandle(forReadingAtPath: path) else { return "" }
        defer { try? handle.close() }
        let data = (try? handle.read(upToCount: 64 << 10)) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }
}
