extension Library {
    /// `V901 = V900!` for `0 <= V900`; uses V902 and V903; leaves the operation at `-`.
    static let factorial = """
        . Library deck factorial: V901 = V900! (V900 >= 0), using V902 and V903
        N901 1
        N902 0
        N903 1
        (?
        +
        L902
        L903
        S902
        ×
        L901
        L902
        S901
        . The lever rises while the count is still below V900
        -
        L902
        L900
        )
        """
}
