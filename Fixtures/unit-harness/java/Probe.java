import java.io.IOException;

/** A student's class that prints, reads stdin, and refers to a class that fails to load. */
public class Probe {
    public static int square(int x) {
        return x == 3 ? 10 : x * x; // wrong for 3 only
    }

    public static String echo(String text) {
        return text + "\u0001\ud800"; // a control character and a lone surrogate
    }

    /** Prints count characters on System.out, and a line on System.err. */
    public static void chatter(int count) {
        System.out.print("x".repeat(count));
        System.err.println("done chattering");
    }

    /** What the student's code reads from stdin: the harness has read it all, so -1. */
    public static int readInput() throws IOException {
        return System.in.read();
    }

    public static int broken() {
        return Broken.VALUE;
    }
}

/** A class whose static initializer throws: every use of it fails. */
class Broken {
    static final int VALUE = Integer.parseInt("not a number");
}
