import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The stats-functions suite for Java: Stats.mean, Stats.median and Stats.variance. */
class StatsTest {
    @Test
    void test_mean_simple() {
        assertEquals(2.5, Stats.mean(new double[] {1, 2, 3, 4}), 1e-9);
        assertEquals(0.2, Stats.mean(new double[] {0.1, 0.3, 0.2}), 1e-9);
    }

    @Test
    void test_mean_empty() {
        assertThrows(IllegalArgumentException.class, () -> Stats.mean(new double[0]));
    }

    @Test
    void test_median_odd() {
        assertEquals(3.0, Stats.median(new double[] {5, 1, 3}), 1e-9);
    }

    @Test
    void test_median_even() {
        assertEquals(2.5, Stats.median(new double[] {4, 1, 3, 2}), 1e-9);
    }

    @Test
    void test_variance() {
        assertEquals(4.0, Stats.variance(new double[] {2, 4, 4, 4, 5, 5, 7, 9}), 1e-9);
        assertEquals(0.25, Stats.variance(new double[] {1.5, 2.5}), 1e-9);
    }

    @Test
    void test_mean_large() {
        double[] xs = new double[10000];
        for (int i = 0; i < xs.length; i++) xs[i] = i + 1;
        assertEquals(5000.5, Stats.mean(xs), 1e-9);
    }
}
