/** Lines, words and bytes of a text, counted the way Unix wc counts them. */
public record Counts(long lines, long words, long bytes) {

    public static Counts of(byte[] data) {
        long lines = 0;
        long words = 0;
        boolean inWord = false;
        for (byte b : data) {
            if (b == '\n') {
                lines++;
            }
            if (Character.isWhitespace(b)) {
                inWord = false;
            } else if (!inWord) {
                inWord = true;
                words++;
            }
        }
        return new Counts(lines, words, data.length);
    }

    /** The count an option selects: -l, -w or -c. */
    public long select(String option) {
        switch (option) {
            case "-l": return lines;
            case "-w": return words;
            default: return bytes;
        }
    }

    @Override
    public String toString() {
        return lines + " " + words + " " + bytes;
    }
}
