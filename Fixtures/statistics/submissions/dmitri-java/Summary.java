import java.util.Arrays;

/** Count, extremes, mean, median and population standard deviation of some numbers. */
public record Summary(int count, double min, double max, double mean, double median, double stdev) {

    /** Summarises {@code numbers}, which must not be empty. */
    public static Summary of(double[] numbers) {
        double[] sorted = numbers.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        double mean = Arrays.stream(sorted).sum() / n;
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        double squares = 0;
        for (double x : sorted) {
            squares += (x - mean) * (x - mean);
        }
        return new Summary(n, sorted[0], sorted[n - 1], mean, median, Math.sqrt(squares / n));
    }

    /** The six report lines, values with six decimals. */
    public String report() {
        return String.format(java.util.Locale.ROOT,
                "count: %d%nmin: %.6f%nmax: %.6f%nmean: %.6f%nmedian: %.6f%nstdev: %.6f%n",
                count, min, max, mean, median, stdev);
    }
}
