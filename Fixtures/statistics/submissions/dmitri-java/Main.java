import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Descriptive statistics of the numbers on standard input. */
public class Main {
    public static void main(String[] args) throws IOException {
        String input = new String(System.in.readAllBytes(), StandardCharsets.UTF_8).strip();
        if (input.isEmpty()) {
            System.err.println("error: no numbers");
            System.exit(1);
        }

        String[] tokens = input.split("\\s+");
        double[] numbers = new double[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            try {
                numbers[i] = Double.parseDouble(tokens[i]);
            } catch (NumberFormatException e) {
                System.err.println("error: not a number: " + tokens[i]);
                System.exit(1);
            }
        }

        System.out.print(Summary.of(numbers).report());
    }
}
