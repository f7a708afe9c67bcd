import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.List;

public class Main {
    static List<double> readNumbers() throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(System.in));
        List<double> result = new ArrayList<>();
        String line;
        while ((line = reader.readLine()) != null) {
            for (String part : line.trim().split("\\s+")) {
                if (part.isEmpty()) {
                    continue;
                }
                try {
                    result.add(Double.valueOf(part));
                } catch (NumberFormatException e) {
                    System.err.println("error: not a number: " + part);
                    System.exit(1);
                }
            }
        }
        return result;
    }

    static double average(List<double> values) {
        double total = 0;
        for (int i = 0; i < values.size(); i++) {
            total += values.get(i);
        }
        return total / values.size();
    }

    public static void main(String[] args) throws IOException {
        List<double> values = readNumbers();
        if (values.size() == 0) {
            System.err.println("error: no numbers");
            System.exit(1);
        }
        values.sort(null);
        int n = values.size();
        double mean = average(values);
        double median = (values.get((n - 1) / 2) + values.get(n / 2)) / 2;
        double variance = 0;
        for (int i = 0; i < n; i++) {
            variance += Math.pow(values.get(i) - mean, 2) / n;
        }
        System.out.println("count: " + n);
        System.out.println(String.format("min: %.6f", values.get(0)));
        System.out.println(String.format("max: %.6f", values.get(n - 1)));
        System.out.println(String.format("mean: %.6f", mean));
        System.out.println(String.format("median: %.6f", median));
        System.out.println(String.format("stdev: %.6f", Math.sqrt(variance)));
    }
}
