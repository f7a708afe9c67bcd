import java.util.Arrays;

/** A correct submission. */
public class Stats {
    public static double mean(double[] xs) {
        if (xs.length == 0) throw new IllegalArgumentException("mean of an empty list");
        double sum = 0;
        for (double x : xs) sum += x;
        return sum / xs.length;
    }

    public static double median(double[] xs) {
        if (xs.length == 0) throw new IllegalArgumentException("median of an empty list");
        double[] sorted = xs.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    public static double variance(double[] xs) {
        double m = mean(xs);
        double sum = 0;
        for (double x : xs) sum += (x - m) * (x - m);
        return sum / xs.length;
    }
}
