import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Exercises SpecGradeJUnit beyond the stats suite (see run_protocol.sh). */
class ProbeTest {
    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void squares(int x) {
        assertEquals(x * x, Probe.square(x));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 4})
    void squares_wrong(int x) {
        assertEquals(x * x, Probe.square(x));
    }

    @Test
    void echoes() {
        assertEquals("hi", Probe.echo("hi"));
    }

    @Test
    void chatty() {
        Probe.chatter(10000);
    }

    @Test
    void reads_nothing() throws Exception {
        assertEquals(-1, Probe.readInput());
    }

    @Test
    void broken_init() {
        Probe.broken();
    }

    @Test
    void broken_again() {
        Probe.broken();
    }

    @Nested
    class Inner {
        @Test
        void nested_square() {
            assertEquals(4, Probe.square(2));
        }
    }
}
