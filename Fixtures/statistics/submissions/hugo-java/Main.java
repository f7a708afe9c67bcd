import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Scanner;

public class Main {
    public static void main(String[] args) {
        Scanner in = new Scanner(System.in);
        List<Double> numbers = new ArrayList<>();
        while (in.hasNext()) {
            String token = in.next();
            try {
                numbers.add(Double.parseDouble(token));
            } catch (NumberFormatException e) {
                System.err.println("error: not a number: " + token);
                System.exit(1);
            }
        }
        if (numbers.isEmpty()) {
            System.err.println("error: no numbers");
            System.exit(1);
        }

        Collections.sort(numbers);
        int n = numbers.size();
        double sum = 0;
        for (double x : numbers) {
            sum += x;
        }
        double mean = sum / n;
        double median = numbers.get(n / 2);
        double squares = 0;
        for (double x : numbers) {
            squares += (x - mean) * (x - mean);
        }
        double stdev = Math.sqrt(squares / n);

        System.out.println("count: " + n);
        System.out.printf("min: %.6f%n", numbers.get(0));
        System.out.printf("max: %.6f%n", numbers.get(n - 1));
        System.out.printf("mean: %.6f%n", mean);
        System.out.printf("median: %.6f%n", median);
        System.out.printf("stdev: %.6f%n", stdev);
    }
}
