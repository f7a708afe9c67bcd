/*
 * SpecGradeJUnit: SpecGrade's unit-test harness for Java suites (JUnit 5 Jupiter), speaking the
 * protocol of docs/unit-tests.md.
 *
 *     java -cp JUNIT:harness:classes specgrade.SpecGradeJUnit StatsTest < input
 *
 * stdin: a nonce line, then one `<timeout_ms> <name>` line per test, read whole before any code
 * of the submission runs. stdout: `@@specgrade:<nonce> <json>` lines, written through a stream
 * of the harness's own on FileDescriptor.out; System.out and System.err are redirected to a
 * buffer that becomes each test's `output`, so nothing the submission prints reaches stdout
 * through them, and a line it forges there or on the raw descriptor lacks the nonce.
 *
 * Each requested name is run alone through the JUnit Platform launcher: the suite's test
 * methods of that name (a @ParameterizedTest or @RepeatedTest passes only if every invocation
 * passes), with JUnit's own timeout in a separate thread. The submission's code runs in this
 * JVM: System.exit ends the run (the runner fails that test and starts the rest again), and a
 * timed-out test's thread cannot be stopped, so the harness reports `timeout` and halts.
 */
package specgrade;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.platform.commons.annotation.Testable;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.MultipleFailuresError;
import org.opentest4j.ValueWrapper;

public final class SpecGradeJUnit {
    /** The most of a string (output, message, values) a result line carries. */
    private static final int LIMIT = 4096;
    private static final Pattern NONCE = Pattern.compile("[0-9a-f]{32}");
    private static final Pattern REQUEST = Pattern.compile("([0-9]{1,12}) (.+)");
    /** Frames of these classes are the JVM's, JUnit's or the harness's, never the submission's. */
    private static final String[] FRAMEWORK_PREFIXES = {
        "java.", "javax.", "jdk.", "sun.", "com.sun.",
        "org.junit.", "org.opentest4j.", "org.apiguardian.", "specgrade.",
    };

    /** One line of the input: a test to run. */
    private static final class Request {
        final long timeoutMillis;
        final String name;

        Request(long timeoutMillis, String name) {
            this.timeoutMillis = timeoutMillis;
            this.name = name;
        }
    }

    /** What one requested test came to; unset fields are null in its result line. */
    private static final class Outcome {
        String outcome;
        String message;
        String expected;
        String actual;
        String exception;
        String trace;

        Outcome(String outcome, String message) {
            this.outcome = outcome;
            this.message = message;
        }
    }

    /** The submission's stdout and stderr during one test: the first 4 KiB are kept. */
    private static final class Capture extends OutputStream {
        private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
        private boolean truncated;

        @Override
        public synchronized void write(int b) {
            if (kept.size() < LIMIT) kept.write(b);
            else truncated = true;
        }

        @Override
        public synchronized void write(byte[] bytes, int offset, int length) {
            int room = Math.min(length, LIMIT - kept.size());
            kept.write(bytes, offset, room);
            if (room < length) truncated = true;
        }

        /** What was printed since the last call, or null; then starts afresh. */
        synchronized String take() {
            String text = kept.size() == 0 ? null
                : kept.toString(StandardCharsets.UTF_8) + (truncated ? "..." : "");
            kept.reset();
            truncated = false;
            return text;
        }
    }

    private final String nonce;
    private final PrintStream protocol;
    private final Capture capture = new Capture();
    private final String suiteName;

    private SpecGradeJUnit(String nonce, String suiteName) {
        this.nonce = nonce;
        this.suiteName = suiteName;
        // fd 1 itself: System.out is about to become the capture, and the submission may
        // replace System.out again; protocol lines must not depend on either.
        this.protocol = new PrintStream(new FileOutputStream(FileDescriptor.out), false,
            StandardCharsets.UTF_8);
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: specgrade.SpecGradeJUnit SUITE_CLASS < protocol input");
            System.exit(2);
        }
        // All of stdin before anything else: the submission's code must get none of it.
        String[] lines = new String(System.in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
        String nonce = lines[0].strip();
        if (!NONCE.matcher(nonce).matches()) {
            System.err.println("specgrade: the first line of stdin must be a 32-digit hex nonce");
            System.exit(2);
        }
        List<Request> requests = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) continue;
            Matcher request = REQUEST.matcher(line);
            if (!request.matches()) {
                System.err.println("specgrade: expected `<timeout_ms> <name>`, got: " + line);
                System.exit(2);
            }
            requests.add(new Request(Long.parseLong(request.group(1)), request.group(2)));
        }
        new SpecGradeJUnit(nonce, args[0]).run(requests);
    }

    private void run(List<Request> requests) {
        System.setIn(new ByteArrayInputStream(new byte[0]));
        PrintStream captured = new PrintStream(capture, true, StandardCharsets.UTF_8);
        System.setOut(captured);
        System.setErr(captured);

        Class<?> suite;
        try {
            // Loaded, not initialized: no code runs before the first test starts.
            suite = Class.forName(suiteName, false, SpecGradeJUnit.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError failure) {
            emit("{\"event\":\"import_error\",\"message\":"
                + json("the suite class " + suiteName + " does not load: " + failure) + "}");
            halt();
            return;
        }
        Launcher launcher = LauncherFactory.create();
        for (Request request : requests) {
            emit("{\"event\":\"start\",\"test\":" + json(request.name) + "}");
            capture.take();
            Outcome outcome = runOne(launcher, suite, request);
            emitResult(request.name, outcome);
        }
        emit("{\"event\":\"done\"}");
        halt();
    }

    /** Runs every test method of the suite named request.name; their combined outcome. */
    private Outcome runOne(Launcher launcher, Class<?> suite, Request request) {
        List<DiscoverySelector> selectors = new ArrayList<>();
        collectSelectors(suite, request.name, selectors);
        if (selectors.isEmpty()) {
            return new Outcome("missing", "the suite has no test named " + request.name);
        }
        LauncherDiscoveryRequest discovery = LauncherDiscoveryRequestBuilder.request()
            .selectors(selectors)
            .filters(EngineFilter.includeEngines("junit-jupiter"))
            .configurationParameter("junit.jupiter.execution.timeout.default",
                request.timeoutMillis + " ms")
            // A separate thread, so a test that never returns (a loop) still times out.
            .configurationParameter("junit.jupiter.execution.timeout.thread.mode.default",
                "SEPARATE_THREAD")
            .build();
        TestPlan plan = launcher.discover(discovery);
        Recorder recorder = new Recorder(request);
        launcher.execute(plan, recorder);
        if (recorder.failure != null) return recorder.failure;
        if (recorder.passed > 0) return new Outcome("passed", null);
        return new Outcome("failed", recorder.skipped != null
            ? "the test was skipped: " + recorder.skipped : "the test ran no invocation");
    }

    /** Selects the test methods named name in suite, its superclasses and @Nested classes. */
    private static void collectSelectors(Class<?> suite, String name,
            List<DiscoverySelector> selectors) {
        // By name, whatever the parameters: a parameterized test has some.
        for (Method method : ReflectionSupport.findMethods(suite,
                m -> m.getName().equals(name) && AnnotationSupport.isAnnotated(m, Testable.class),
                HierarchyTraversalMode.TOP_DOWN)) {
            selectors.add(DiscoverySelectors.selectMethod(suite, method));
        }
        for (Class<?> nested : ReflectionSupport.findNestedClasses(suite,
                c -> AnnotationSupport.isAnnotated(c, Nested.class))) {
            collectSelectors(nested, name, selectors);
        }
    }

    /** Records how the selected tests (and their containers) end. */
    private final class Recorder implements TestExecutionListener {
        private final Request request;
        Outcome failure; // the first failure, of a test, an invocation or a container
        int passed;
        String skipped;

        Recorder(Request request) {
            this.request = request;
        }

        @Override
        public void executionSkipped(TestIdentifier identifier, String reason) {
            if (skipped == null) skipped = reason;
        }

        @Override
        public void executionFinished(TestIdentifier identifier, TestExecutionResult result) {
            if (result.getStatus() == TestExecutionResult.Status.SUCCESSFUL) {
                if (identifier.isTest()) passed++;
                return;
            }
            Throwable thrown = result.getThrowable().orElse(null);
            if (thrown instanceof TimeoutException) {
                // The test's thread still runs and cannot be stopped: report, then end the JVM.
                emitResult(request.name, new Outcome("timeout",
                    "the test ran past its time limit of " + request.timeoutMillis + " ms"));
                halt();
            }
            if (failure == null) failure = classify(result.getStatus(), thrown);
        }
    }

    private Outcome classify(TestExecutionResult.Status status, Throwable thrown) {
        if (thrown == null) return new Outcome("failed", "the test failed without an exception");
        if (status == TestExecutionResult.Status.ABORTED) {
            return new Outcome("failed", "the test was aborted: " + thrown.getMessage());
        }
        if (thrown instanceof AssertionFailedError) {
            AssertionFailedError assertion = (AssertionFailedError) thrown;
            Outcome outcome = new Outcome("failed", assertion.getMessage());
            if (assertion.isExpectedDefined()) outcome.expected = text(assertion.getExpected());
            if (assertion.isActualDefined()) outcome.actual = text(assertion.getActual());
            return outcome;
        }
        if (thrown instanceof MultipleFailuresError) { // assertAll
            return new Outcome("failed", thrown.getMessage());
        }
        // Anything else the submission's code threw, or a class of it that failed to load.
        Outcome outcome = new Outcome("error", thrown.getMessage());
        outcome.exception = thrown.getClass().getName();
        if (thrown instanceof ExceptionInInitializerError && thrown.getCause() != null) {
            outcome.message = "a static initializer failed: " + thrown.getCause();
        }
        outcome.trace = submissionTrace(thrown);
        return outcome;
    }

    private static String text(ValueWrapper value) {
        return value.getStringRepresentation();
    }

    /**
     * The submission's own frames, `file:line in Class.method`, of the innermost cause: where
     * the failure began (a static initializer's exception, not the error wrapping it), with
     * the whole call path that led there.
     */
    private String submissionTrace(Throwable thrown) {
        Throwable origin = thrown;
        while (origin.getCause() != null && origin.getCause() != origin) origin = origin.getCause();
        StringBuilder trace = new StringBuilder();
        for (StackTraceElement frame : origin.getStackTrace()) {
            if (!isSubmissionFrame(frame.getClassName())) continue;
            if (trace.length() > 0) trace.append('\n');
            trace.append(frame.getFileName() == null ? "?" : frame.getFileName());
            if (frame.getLineNumber() >= 0) trace.append(':').append(frame.getLineNumber());
            trace.append(" in ").append(frame.getClassName()).append('.')
                .append(frame.getMethodName());
        }
        return trace.length() == 0 ? null : trace.toString();
    }

    private boolean isSubmissionFrame(String className) {
        if (className.equals(suiteName) || className.startsWith(suiteName + "$")) return false;
        for (String prefix : FRAMEWORK_PREFIXES) {
            if (className.startsWith(prefix)) return false;
        }
        return true;
    }

    private void emitResult(String name, Outcome outcome) {
        emit("{\"event\":\"result\",\"test\":" + json(name)
            + ",\"outcome\":" + json(outcome.outcome)
            + ",\"message\":" + json(outcome.message)
            + ",\"expected\":" + json(outcome.expected)
            + ",\"actual\":" + json(outcome.actual)
            + ",\"exception\":" + json(outcome.exception)
            + ",\"trace\":" + json(outcome.trace)
            + ",\"output\":" + json(capture.take()) + "}");
    }

    private void emit(String object) {
        protocol.print("@@specgrade:" + nonce + " " + object + "\n");
        protocol.flush();
    }

    /** Ends the JVM now: no shutdown hook or lingering thread of the submission's runs. */
    private void halt() {
        protocol.flush();
        Runtime.getRuntime().halt(0);
    }

    /** A JSON string (null for null), cut at LIMIT characters; lone surrogates become U+FFFD. */
    private static String json(String text) {
        if (text == null) return "null";
        StringBuilder out = new StringBuilder("\"");
        int end = Math.min(text.length(), LIMIT);
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c == 0x7f) {
                out.append(String.format("\\u%04x", (int) c));
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                out.append("\\ufffd");
            } else {
                out.append(c);
            }
        }
        if (end < text.length()) out.append("...");
        return out.append('"').toString();
    }
}
