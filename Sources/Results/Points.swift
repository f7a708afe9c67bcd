/// Points are rounded once, where they are computed, to the thousandths every report shows
/// (`Figures.score`): a checker's 0.99996 of 2.5 points is 2.5, and the sum 0.1 + 0.2 is 0.3.
/// After that rounding, the shortest decimal that reads back as the stored `Double` has at most
/// three decimals, so JSON (`6.5`), CSV, JUnit, Gradescope and HTML all write the same number.
public enum Points {
    /// Thousandths of a point: the finest a score is kept.
    public static let perPoint = 1_000.0

    /// `value` to the nearest thousandth; a non-finite value (a spec cannot hold one) as 0.
    public static func rounded(_ value: Double) -> Double {
        guard value.isFinite else { return 0 }
        return (value * perPoint).rounded() / perPoint
    }
}
