/// Hands out names that have not been handed out before: the second `"T-a"` becomes
/// `"T-a (2)"`, so JUnit's classname + name stays unique even for a malformed run.
struct UniqueNames {
    private var used: Set<String> = []

    mutating func claim(_ name: String) -> String {
        var candidate = name
        var counter = 2
        while !used.insert(candidate).inserted {
            candidate = "\(name) (\(counter))"
            counter += 1
        }
        return candidate
    }
}
