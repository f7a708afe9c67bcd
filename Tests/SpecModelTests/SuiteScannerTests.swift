import Execution
import Testing

@testable import SpecModel

/// The scanners on realistic suites: what each framework collects, and nothing from
/// comments, strings, nested helpers or computed names.
@Suite("Unit tests: suite scanners")
struct SuiteScannerTests {
    private func names(_ source: String, _ language: Language) -> [String] {
        SuiteScanner.tests(in: source, language: language).map(\.name)
    }

    @Test func pytestModule() {
        let source = #"""
            """Tests for stats.py.

            def test_in_docstring(): not a test
            """
            import pytest

            from stats import mean, median

            CASES = [
            "def test_in_brackets(): pass",
            ]


            def test_mean_even():
                assert mean([1, 2, 3, 4]) == 2.5


            @pytest.mark.parametrize(
                "xs, expected",
                [
                    ([1], 1),
                    ([1, 3], 2),
                ],
            )
            def test_mean_parametrized(xs, expected):
                assert mean(xs) == expected


            async  def test_async_mean():
                def test_nested_helper():
                    pass
                assert True


            # def test_commented_out():
            class TestMedian:
                """def test_in_class_docstring(): no"""

                def test_odd(self):
                    assert median([3, 1, 2]) == 2

                @pytest.mark.skip
                def test_even(self):
                    with pytest.raises(ValueError):
                        median([])

                def helper(self):
                    pass

                class TestEmpty:
                    def test_raises(self):
                        with pytest.raises(ValueError, match="empty"):
                            median([])


            class Helpers:
                def test_not_collected(self):
                    pass


            def testcompact():
                s = '''
            def test_in_string(): pass
            '''
                t = "it's \
            def test_after_continuation"
                assert s and t


            def not_a_test():
                pass
            """#
        #expect(
            names(source, .python) == [
                "test_mean_even", "test_mean_parametrized", "test_async_mean", "TestMedian::test_odd",
                "TestMedian::test_even", "TestMedian::TestEmpty::test_raises", "testcompact",
            ])
        let tests = SuiteScanner.tests(in: source, language: .python)
        #expect(tests.first == SuiteTest(name: "test_mean_even", line: 14, column: 5))
        #expect(tests.first { $0.name == "test_async_mean" }?.column == 12)
        #expect(
            tests.first { $0.name == "TestMedian::test_odd" }
                == SuiteTest(name: "TestMedian::test_odd", line: 39, column: 9))
    }

    @Test func pythonTabsAndWindowsLineEndings() {
        let source =
            "class TestA:\r\n\tdef test_one(self):\r\n\t\tpass\r\n\r\n"
            + "def test_two():\r\n\tpass\r\n"
        #expect(names(source, .python) == ["TestA::test_one", "test_two"])
    }

    @Test func junitClass() {
        let source = #"""
            package stats;

            import static org.junit.jupiter.api.Assertions.*;

            import org.junit.jupiter.api.*;
            import org.junit.jupiter.params.ParameterizedTest;
            import org.junit.jupiter.params.provider.ValueSource;

            /** Tests for {@link Stats}. @Test void inJavadoc() is not a test. */
            class StatsTest {
                // @Test void commentedOut() {}

                @Test
                void meanEven() {
                    assertEquals(2.5, Stats.mean(new double[] {1, 2, 3, 4}), 1e-9);
                }

                @Test @DisplayName("median (odd)")
                public void medianOdd() throws Exception {
                    String s = "@Test void inString() {}";
                    char c = '"';
                    assertEquals(2.0, Stats.median(new double[] {3, 1, 2}));
                }

                @ParameterizedTest(name = "mean of {0}")
                @ValueSource(ints = {1, 2, 3})
                void meanOfOne(int x) {
                    assertEquals(x, Stats.mean(new double[] {x}));
                }

                @RepeatedTest(3)
                void repeated() {}

                @org.junit.jupiter.api.Test
                public <T> void qualified() {}

                @BeforeEach
                void setUp() {}

                @Disabled
                @Test
                void disabledTest() {}

                private static double helper(double x) { return x; }

                @Test
                @Timeout(value = 5, unit = java.util.concurrent.TimeUnit.SECONDS)
                void withTimeout() {
                    String block = """
                        @Test void inTextBlock() {}
                        """;
                }

                @Nested
                class Empty {
                    @Test
                    void meanThrows() {
                        assertThrows(IllegalArgumentException.class, () -> Stats.mean(none));
                    }
                }
            }

            @interface Marker {}
            """#
        #expect(
            names(source, .java) == [
                "meanEven", "medianOdd", "meanOfOne", "repeated", "qualified", "disabledTest",
                "withTimeout", "meanThrows",
            ])
        #expect(
            SuiteScanner.tests(in: source, language: .java).first
                == SuiteTest(name: "meanEven", line: 14, column: 10))
    }

    @Test func nodeTestSuite() {
        let source = #"""
            'use strict';
            const { test, describe, it } = require('node:test');
            const assert = require('node:assert/strict');
            const { mean, median } = require('./stats');

            // test('commented out', () => {});
            /* it("block comment", () => {}) */

            test('mean even', () => {
              assert.strictEqual(mean([1, 2, 3, 4]), 2.5);
            });

            test("mean of one", async (t) => {
              await t.test('subtest via t', () => {});
              assert.match(String(mean([1])), /^1$/);
            });

            describe('median', () => {
              it('odd', () => {
                const re = /test\('in regex'\)/;
                assert.strictEqual(median([3, 1, 2]), 2);
              });
              it.skip(`even`, () => {});
              describe("empty", () => {
                it('throws', () => {
                  assert.throws(() => median([]), /empty/);
                });
              });
            });

            for (const n of [1, 2]) {
              test(`computed ${n}`, () => {});
            }
            test('name ' + 'joined', () => {});
            test('it\'s escaped', () => {});
            const half = 10 / 2; test('after division', () => {});
            suite('stats', () => { test('nested in suite'); });
            """#
        #expect(
            names(source, .javascript) == [
                "mean even", "mean of one", "median > odd", "median > even", "median > empty > throws",
                "it's escaped", "after division", "stats > nested in suite",
            ])
        #expect(
            SuiteScanner.tests(in: source, language: .javascript)[2]
                == SuiteTest(name: "median > odd", line: 19, column: 3))
    }

    @Test func harnessSuite() {
        let source = #"""
            #include "specgrade_test.h"
            #define SG_ALIAS(x) SG_TEST(x) \
                SG_TEST(continued_directive)

            /* SG_TEST(in_block_comment) */
            // SG_TEST(in_line_comment)
            int mean(int a, int b);

            SG_TEST(mean_even) {
                SG_CHECK_EQ_INT(2, mean(1, 3));
            }

            static const char *s = "SG_TEST(in_string)";

            SG_TEST( spaced ) { SG_CHECK(s != 0); }
            """#
        #expect(names(source, .c) == ["mean_even", "spaced"])
        #expect(names(source, .cpp) == ["mean_even", "spaced"])
        #expect(
            SuiteScanner.tests(in: source, language: .c).first
                == SuiteTest(name: "mean_even", line: 9, column: 9))
    }

    @Test func engineLanguagesHaveNoSuites() {
        #expect(names("SG_TEST(x)", .babbage).isEmpty)
    }
}
