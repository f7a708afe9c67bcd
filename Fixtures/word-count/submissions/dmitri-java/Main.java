import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** wc: count the lines, words and bytes of standard input or of a file. */
public class Main {
    private static final List<String> OPTIONS = List.of("-l", "-w", "-c");

    public static void main(String[] argv) throws IOException {
        List<String> args = new ArrayList<>(Arrays.asList(argv));
        String option = null;
        if (!args.isEmpty() && OPTIONS.contains(args.get(0))) {
            option = args.remove(0);
        }

        String name = args.isEmpty() ? null : args.get(args.size() - 1);
        byte[] data;
        if (name == null) {
            data = System.in.readAllBytes();
        } else {
            try {
                data = Files.readAllBytes(Path.of(name));
            } catch (IOException e) {
                System.err.println("wc: " + name + ": no such file");
                System.exit(1);
                return;
            }
        }

        Counts counts = Counts.of(data);
        StringBuilder line = new StringBuilder();
        line.append(option == null ? counts.toString() : String.valueOf(counts.select(option)));
        if (name != null) {
            line.append(' ').append(name);
        }
        System.out.println(line);
    }
}
