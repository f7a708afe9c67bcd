/// One line naming the reports a command wrote, with per-student files counted, not listed.
enum WrittenReports {
    static func line(_ paths: [String], in directory: String) -> String {
        let prefix = directory.hasSuffix("/") ? directory : directory + "/"
        let relative = paths.map { $0.hasPrefix(prefix) ? String($0.dropFirst(prefix.count)) : $0 }
        let perStudent = relative.filter { $0.hasPrefix("results/") }.count
        var names = relative.filter { !$0.hasPrefix("results/") }
        if perStudent > 0 {
            names.insert("results/<student>/results.json (\(perStudent))", at: min(2, names.count))
        }
        return "reports in \(directory): " + names.joined(separator: ", ")
    }
}
