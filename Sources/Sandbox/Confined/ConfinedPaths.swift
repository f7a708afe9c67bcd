/// Where a confined run's paths are on the host. Commands and environments name the paths
/// of the namespace view (`/work`, `/tmp`, `/program`); without a mount namespace there is
/// no view, so each such path is rewritten to the host directory that stands for it.
///
/// ```swift
/// let paths = ConfinedPaths(["/work": "/run/x/work", "/program": "/run/b"])
/// paths.translate("-femit-bin=/work/main")  // "-femit-bin=/run/x/work/main"
/// paths.translate("/program:/usr/share/java/junit.jar")  // "/run/b:/usr/share/java/junit.jar"
/// ```
struct ConfinedPaths: Sendable {
    /// View path → host path.
    let mapping: [String: String]

    init(_ mapping: [String: String]) {
        self.mapping = mapping
    }

    /// `argument` with every view path rewritten where it starts a path: at the start, or
    /// after `=`, `:` or `,` (options and path lists), and followed by its end, `/` or `:`.
    /// One pass, so a host path put in is never rewritten again.
    func translate(_ argument: String) -> String {
        let characters = Array(argument.utf8)
        let patterns = mapping.map { (Array($0.key.utf8), Array($0.value.utf8)) }
        let separators: [UInt8] = [UInt8(ascii: "="), UInt8(ascii: ":"), UInt8(ascii: ",")]
        var output: [UInt8] = []
        var index = 0
        while index < characters.count {
            let startsPath = index == 0 || separators.contains(characters[index - 1])
            let match =
                !startsPath
                ? nil
                : patterns.first { view, _ in
                    let end = index + view.count
                    return end <= characters.count && characters[index..<end].elementsEqual(view)
                        && (end == characters.count || characters[end] == UInt8(ascii: "/")
                            || characters[end] == UInt8(ascii: ":"))
                }
            if let (view, host) = match {
                output += host
                index += view.count
            } else {
                output.append(characters[index])
                index += 1
            }
        }
        return String(decoding: output, as: UTF8.self)
    }
}
