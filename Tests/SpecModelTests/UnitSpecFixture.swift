/// A Markdown spec for unit-test grading: `frontMatter` goes after `id: stats` (from line 3),
/// `tests` after `## Test cases`. With `k` front-matter lines, the tests start on line
/// `13 + k`.
func statsSpec(frontMatter: String, tests: String) -> String {
    """
    ---
    id: stats
    \(frontMatter)---
    # Stats

    ## Requirements

    ### REQ-1: Mean
    Compute the mean.

    ## Test cases

    \(tests)
    """
}

/// The suites of the unit-test tests, realistic enough to exercise the scanners.
enum Suites {
    static let python = """
        import pytest

        from stats import mean


        def test_mean():
            assert mean([1, 2]) == 1.5


        def test_median():
            assert True
        """

    static let java = """
        import org.junit.jupiter.api.Test;

        class StatsTest {
            @Test
            void mean() {}

            @Test
            void median() {}
        }
        """

    static let javascript = """
        const { test } = require('node:test');

        test('mean', () => {});
        test('median', () => {});
        """

    static let c = """
        #include "specgrade_test.h"

        SG_TEST(mean) {}
        SG_TEST(median) {}
        """
}

/// Unit-test blocks naming the two tests of `Suites` in every language.
let unitTestBlocks = """
    ```test
    id: T-mean
    covers: [REQ-1]
    unit: { python: test_mean, java: mean, javascript: mean, c: mean }
    ```
    ```test
    id: T-median
    covers: [REQ-1]
    unit: { python: test_median, java: median, javascript: median, c: median }
    ```
    """
