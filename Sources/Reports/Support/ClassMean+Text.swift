import Results

/// The words for the class mean wherever it is shown (`grade`, `index.html`, `view`, `history`).
extension ClassMean {
    /// `"62.5%"`, as `Figures.percent` writes percentages, or `"–"` with nothing graded.
    public var figure: String {
        percent.map { Figures.percent($0, of: 100) + "%" } ?? "–"
    }

    /// `"mean 62.5% over 14 graded (2 not gradable, left out)"`.
    public var text: String {
        "mean \(figure) over \(graded) graded" + (notGradable > 0 ? " (\(notGradable) not gradable, left out)" : "")
    }

    /// For a table cell: `"62.5%"`, `"62.5% (2 not gradable)"`, `"–"`.
    public var cell: String {
        figure + (notGradable > 0 ? " (\(notGradable) not gradable)" : "")
    }
}
