import java.io.BufferedReader;
import java.io.FileReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;

public class Main {
    public static void main(String[] args) throws IOException {
        String option = "";
        String file = null;
        for (String arg : args) {
            if (arg.startsWith("-")) {
                option = arg;
            } else {
                file = arg;
            }
        }

        Reader source;
        if (file == null) {
            source = new InputStreamReader(System.in);
        } else {
            try {
                source = new FileReader(file);
            } catch (IOException e) {
                System.err.println("wc: " + file + ": file not found");
                System.exit(1);
                return;
            }
        }

        StringBuilder text = new StringBuilder();
        try (BufferedReader in = new BufferedReader(source)) {
            int c;
            while ((c = in.read()) != -1) {
                text.append((char) c);
            }
        }

        int lines = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines++;
            }
        }
        int words = 0;
        for (String line : text.toString().split("\n")) {
            for (String word : line.split(" ")) {
                if (!word.isEmpty()) {
                    words++;
                }
            }
        }
        int bytes = text.length();

        String result;
        if (option.equals("-l")) {
            result = "" + lines;
        } else if (option.equals("-w")) {
            result = "" + words;
        } else if (option.equals("-c")) {
            result = "" + bytes;
        } else {
            result = lines + " " + words + " " + bytes;
        }
        if (file != null) {
            result += " " + file;
        }
        System.out.println(result);
    }
}
