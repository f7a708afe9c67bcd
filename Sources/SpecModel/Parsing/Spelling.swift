/// Suggests the known name a misspelt one was probably meant to be: `langauges` -> `languages`.
enum Spelling {
    /// The closest of `candidates` within two edits of `word` (case ignored), if any.
    static func nearest(to word: String, among candidates: [String]) -> String? {
        let target = Array(word.lowercased())
        let scored = candidates.map { ($0, distance(target, Array($0.lowercased()))) }
        guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= 2, best.1 < target.count else { return nil }
        return best.0
    }

    /// ` (did you mean 'languages'?)`, or nothing when no candidate is close.
    static func hint(for word: String, among candidates: [String]) -> String {
        nearest(to: word, among: candidates).map { " (did you mean '\($0)'?)" } ?? ""
    }

    /// Levenshtein distance, one row at a time.
    private static func distance(_ a: [Character], _ b: [Character]) -> Int {
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1]
            for (j, y) in b.enumerated() {
                current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1)))
            }
            previous = current
        }
        return previous[b.count]
    }
}
