/// What a parser made of one file: the model (possibly incomplete when there are errors),
/// where each field was written, and what was wrong.
struct ParsedSpec {
    var spec: Spec
    var sourceMap: SourceMap
    var diagnostics: [Diagnostic]
}
