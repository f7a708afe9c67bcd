extension Library {
    /// `V902 = gcd(V900, V901)` for non-negative arguments; uses V903 to V906.
    static let gcd = """
        . Library deck gcd: V902 = gcd(V900, V901) (both >= 0), using V903-V906
        N906 0
        +
        L900
        L906
        S903
        L901
        L906
        S904
        (?
        ÷
        L903
        L904
        S905
        . Division by zero raises the lever: then V903 is the answer
        {?
        +
        L904
        L906
        S903
        L905
        L906
        S904
        -
        L906
        L904
        }{
        +
        L906
        L906
        }
        )
        +
        L903
        L906
        S902
        """
}
