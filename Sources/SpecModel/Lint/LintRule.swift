/// One check over a parsed spec, returning what it found wrong (`covers names unknown id 'REQ-9'`).
protocol LintRule: Sendable {
    func check(_ context: LintContext) -> [Diagnostic]
}
