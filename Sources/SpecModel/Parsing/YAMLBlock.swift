import Yams

/// Lines of YAML at a known place in a file: a Markdown spec's front matter, one of its
/// `test` blocks, or a whole `.yaml` spec.
///
/// Yams numbers lines from the start of the text it is given; a block adds its first line so
/// that every position it reports is absolute in the file (line 3 of a block opened on line
/// 40 is line 42).
struct YAMLBlock {
    var path: String
    /// The file line of the block's first line.
    var firstLine: Int
    var lines: ArraySlice<String>
    /// What the block is, for messages: "front matter", "test block".
    var name: String

    /// The file position of a node.
    func location(of node: Node) -> SourceLocation {
        guard let mark = node.mark else { return SourceLocation(path: path, line: firstLine) }
        return location(of: mark)
    }

    func location(of mark: Mark) -> SourceLocation {
        SourceLocation(path: path, line: firstLine + mark.line - 1, column: mark.column)
    }

    /// The block's root node; `nil` (with a diagnostic appended) when the YAML does not parse.
    /// libyaml stops at 1000 levels of nesting, so hostile nesting cannot exhaust the stack.
    /// An empty block yields `nil` and no diagnostic.
    func compose(into diagnostics: inout [Diagnostic]) -> Node? {
        do {
            return try Yams.compose(yaml: lines.joined(separator: "\n") + "\n")
        } catch let error as YamlError {
            diagnostics.append(diagnostic(for: error))
        } catch {
            diagnostics.append(
                Diagnostic(
                    .error, at: SourceLocation(path: path, line: firstLine), "\(name): \(error)"))
        }
        return nil
    }

    /// A Yams error as a diagnostic at its absolute position, with a hint where one helps.
    private func diagnostic(for error: YamlError) -> Diagnostic {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
            let .composer(context, problem, mark, _):
            if problem.hasPrefix("Maximum nesting level") {
                return Diagnostic(
                    .error, at: location(of: mark),
                    "\(name): YAML nests more than 1000 levels deep; flatten it, or move such data to a file")
            }
            var message = "\(name): invalid YAML: \(problem)"
            if let context {
                message += " (\(context.text) at line \(location(of: context.mark).line))"
            }
            if lineHasTab(mark.line) {
                message += "; YAML indents with spaces, not tabs: replace the tab characters on this line"
            } else if problem.contains("mapping values are not allowed") {
                message += "; a plain value cannot contain ': ', so put the value in quotes"
            } else if problem.contains("could not find expected ':'") || problem.contains("did not find expected key") {
                message += "; check the indentation, and quote values that contain ': ' or start with a symbol"
            }
            return Diagnostic(.error, at: location(of: mark), message)
        case let .duplicatedKeysInMapping(duplicates, context):
            let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            return Diagnostic(
                .error, at: location(of: context.mark),
                "\(name): key \(keys) appears more than once in the same mapping; keep one")
        case let .reader(problem, offset, _, yaml):
            return Diagnostic(
                .error, at: readerLocation(offset: offset, in: yaml),
                "\(name): the text cannot be read as YAML: \(problem)")
        default:
            return Diagnostic(.error, at: SourceLocation(path: path, line: firstLine), "\(name): \(error)")
        }
    }

    private func lineHasTab(_ blockLine: Int) -> Bool {
        let index = lines.startIndex + blockLine - 1
        return lines.indices.contains(index) && lines[index].contains("\t")
    }

    /// Reader errors carry a character offset into the YAML text rather than a mark.
    private func readerLocation(offset: Int?, in yaml: String) -> SourceLocation {
        guard let offset else { return SourceLocation(path: path, line: firstLine) }
        var line = 1
        var column = 1
        for character in yaml.prefix(offset) {
            if character == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        return SourceLocation(path: path, line: firstLine + line - 1, column: column)
    }
}
