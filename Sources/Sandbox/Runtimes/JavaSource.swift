/// Just enough reading of Java source to name the class a program starts from.
enum JavaSource {
    /// The source with comments and string literals blanked, so that a `class` or `main` in
    /// them is not taken for a declaration.
    static func withoutComments(_ source: String) -> String {
        source.replacing(/\/\*[\s\S]*?\*\/|\/\/[^\n]*|"(?:[^"\\\n]|\\.)*"/) { match in
            String(match.output.map { $0 == "\n" ? "\n" : " " })
        }
    }

    /// The innermost type declared before the first `static void main(`, which is the class
    /// declaring it (a top-level class in all but nested cases).
    static func mainClass(in code: String) -> String? {
        guard let main = code.firstMatch(of: /static\s+(?:(?:public|final|synchronized)\s+)*void\s+main\s*\(/) else {
            return nil
        }
        let before = code[..<main.range.lowerBound]
        return before.matches(of: /\b(?:class|interface|enum|record)\s+([A-Za-z_$][A-Za-z0-9_$]*)/).last.map {
            String($0.output.1)
        }
    }
}
