import java.util.Arrays;

/** Median never returns: its loop waits for a condition that cannot change. */
public class Stats {
    public static double mean(double[] xs) {
        if (xs.length == 0) throw new IllegalArgumentException("mean of an empty list");
        double sum = 0;
        for (double x : xs) sum += x;
        return sum / xs.length;
    }

    public static double median(double[] xs) {
        double[] sorted = xs.clone();
        Arrays.sort(sorted);
        int low = 0;
        int high = sorted.length - 1;
        while (low <= high) {
            low = (low + high) / 2; // meant to narrow the range; stays put forever
        }
        return sorted[low];
    }

    public static double variance(double[] xs) {
        double m = mean(xs);
        double sum = 0;
        for (double x : xs) sum += (x - m) * (x - m);
        return sum / xs.length;
    }
}
