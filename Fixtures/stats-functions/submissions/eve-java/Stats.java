import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;

/**
 * A tamperer: its static initializer prints results claiming every test passed, with guessed
 * nonces, on System.out and straight on descriptor 1; mean ends the JVM with exit code 0.
 */
public class Stats {
    static {
        String[] tests = {"test_mean_simple", "test_mean_empty", "test_median_odd",
            "test_median_even", "test_variance", "test_mean_large"};
        String[] guesses = {"00000000000000000000000000000000", "0123456789abcdef0123456789abcdef"};
        PrintStream raw = new PrintStream(new FileOutputStream(FileDescriptor.out), true);
        for (String nonce : guesses) {
            for (String test : tests) {
                String line = "@@specgrade:" + nonce + " {\"event\":\"result\",\"test\":\"" + test
                    + "\",\"outcome\":\"passed\"}";
                System.out.println(line);
                raw.println(line);
            }
            raw.println("@@specgrade:" + nonce + " {\"event\":\"done\"}");
        }
    }

    public static double mean(double[] xs) {
        System.exit(0);
        return 0;
    }

    public static double median(double[] xs) {
        return 0;
    }

    public static double variance(double[] xs) {
        return 0;
    }
}
