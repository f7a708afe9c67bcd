/*
 * specgrade_test.h: SpecGrade's unit-test harness for C and C++ suites.
 *
 * An instructor's suite is one .c (or .cpp) file:
 *
 *     #include "specgrade_test.h"
 *
 *     double mean(const double *xs, int n);          // the student's function, declared
 *
 *     SG_TEST(mean_even) {
 *         double xs[] = {1, 2, 3, 4};
 *         SG_CHECK_EQ_DOUBLE(2.5, mean(xs, 4), 1e-9);
 *     }
 *
 * A spec names a test by its SG_TEST name (`unit: mean_even`).
 *
 * BUILDING. The suite is compiled and linked together with the student's sources. The
 * student's own `main` must not clash with the harness's, so the student's files (and only
 * theirs) see `main` renamed; the recommended command compiles everything at once:
 *
 *     gcc -Dmain=specgrade_student_main -I<dir of this header> \
 *         stats.c helpers.c suite.c -o tests -lm
 *     g++ -Dmain=specgrade_student_main -I<dir of this header> \
 *         stats.cpp helpers.cpp suite.cpp -o tests
 *
 * `-Dmain=...` renames the student's `main` to an ordinary function (a suite may call it to
 * test a whole program: declare `int specgrade_student_main(void);` or with argc/argv, as
 * the student wrote it). This header then `#undef`s `main` in the suite's translation unit
 * alone and defines the harness's `main` there, so a suite is a single file that includes
 * this header once. Everything else the header defines is `static`: nothing can clash with
 * the student's global names, and student code cannot call into the harness.
 *
 * RUNNING. `./tests` speaks SpecGrade's harness protocol (docs/unit-tests.md). It reads all
 * of stdin first: a nonce line (32 lowercase hex digits), then one `<timeout_ms> <name>` line
 * per test to run, in order. It reports on stdout, one line per event, each
 * `@@specgrade:<nonce> ` and a JSON object:
 *
 *     {"event":"start","test":"mean_even"}
 *     {"event":"result","test":"mean_even","outcome":"failed","message":"SG_CHECK_EQ_DOUBLE(
 *      2.5, mean(xs, 4), 1e-9)","expected":"2.5","actual":"2.25","exception":null,
 *      "trace":null,"output":null,"file":"suite.c","line":8}               (one line)
 *     {"event":"done"}
 *
 * outcome is "passed"; "failed" (a check failed: the first failure is reported, with its
 * file and line, and the test stops there); "error" (an uncaught C++ exception, its type in
 * exception and what() in message; or the test ended without a result: an exit, a crash,
 * a signal in exception); "timeout" (past timeout_ms of wall time); "missing" (no SG_TEST of
 * that name). output is what the test printed on stdout and stderr, at most 4 KiB. Fields
 * that do not apply are null. `./tests --list` prints the suite's test names, one a line.
 *
 * Each test runs in a child process of its own, forked from the harness: its stdout and
 * stderr are a pipe the harness reads as output, and its result travels on a second pipe to
 * the harness, written only after the test body has returned (or a check has failed); then
 * the child ends at once with _exit, running no atexit handler or destructor of student
 * code. So a crash, an exit(0) or _exit(0) inside the test, or a hang fails that test alone,
 * and the next test runs in a fresh child. The child has no stdin (the harness has read it
 * to the end), does not hold the harness's stdout, and has the nonce wiped from its memory:
 * a line it prints is output, never a result. What this cannot stop: the child could find
 * its result pipe (in /proc/self/fd) and write a result of its own, and student code that
 * runs before main (a constructor) runs in the harness itself; see docs/sandbox.md.
 *
 * CHECKS. Each records file:line, the check's source text, and expected/actual values:
 *
 *     SG_CHECK(cond)                               cond is true
 *     SG_CHECK_MSG(cond, message)                  same, reporting message (a C string)
 *     SG_CHECK_EQ_INT(expected, actual)            as long long
 *     SG_CHECK_EQ_DOUBLE(expected, actual, tol)    |expected - actual| <= tol; NaN equals
 *                                                  NaN, an infinity only itself
 *     SG_CHECK_EQ_STR(expected, actual)            strcmp; NULL equals only NULL; in C++
 *                                                  std::string is accepted too
 *     SG_FAIL(message)                             fails the test unconditionally
 *
 * A failed check remembered is final: a later check cannot undo it, and student code that
 * catches the C++ exception the harness uses to stop the test does not make it pass.
 */
#ifndef SPECGRADE_TEST_H
#define SPECGRADE_TEST_H

/* fork, poll, setpgid, kill and F_DUPFD_CLOEXEC under a strict -std=c11 too; include this
   header first. */
#if !defined(_POSIX_C_SOURCE) && !defined(_GNU_SOURCE) && !defined(__cplusplus)
#define _POSIX_C_SOURCE 200809L
#endif

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <poll.h>
#include <setjmp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#ifdef __cplusplus
#include <exception>
#include <string>
#include <typeinfo>
#if defined(__GNUC__)
#include <cxxabi.h>
#endif
#endif

/* The harness's own functions: file-local, and no warning when a suite leaves one unused. */
#define SG_INTERNAL static __attribute__((unused))

/* The most of a string (output, message, values) a result carries. */
#define SG_LIMIT 4096

/* ---- Registry ---------------------------------------------------------------------- */

typedef struct sg_test_case {
    const char *name;
    void (*body)(void);
    const char *file;
    int line;
    struct sg_test_case *next;
} sg_test_case;

static sg_test_case *sg_registry = NULL;

SG_INTERNAL void sg_register(sg_test_case *test) {
    test->next = sg_registry;
    sg_registry = test;
}

/* SG_TEST(name) { body }: a test, registered before main runs. */
#define SG_TEST(name)                                                                      \
    static void sg_body_##name(void);                                                      \
    static sg_test_case sg_case_##name = {#name, sg_body_##name, __FILE__, __LINE__, NULL}; \
    __attribute__((constructor)) static void sg_register_##name(void) {                    \
        sg_register(&sg_case_##name);                                                      \
    }                                                                                      \
    static void sg_body_##name(void)

/* ---- The outcome of a test --------------------------------------------------------- */

typedef struct {
    const char *outcome; /* NULL while no check has failed */
    char *message;
    char *expected; /* NULL when the check has no expected value */
    char *actual;
    char *exception;
    char *file;
    int line; /* 0: none */
} sg_result;

/* The running test's outcome, in the child that runs it. */
static sg_result sg_current;
#ifndef __cplusplus
static jmp_buf sg_stop;
#else
struct sg_stop_test {};
#endif

SG_INTERNAL char *sg_copy(const char *text) {
    if (text == NULL) return NULL;
    size_t length = strlen(text);
    char *copy = (char *)malloc(length + 1);
    if (copy != NULL) memcpy(copy, text, length + 1);
    return copy;
}

/* Records the first failure and stops the test. */
SG_INTERNAL void sg_fail(const char *message, const char *expected, const char *actual,
                         const char *file, int line) {
    if (sg_current.outcome == NULL) {
        sg_current.outcome = "failed";
        sg_current.message = sg_copy(message);
        sg_current.expected = sg_copy(expected);
        sg_current.actual = sg_copy(actual);
        sg_current.file = sg_copy(file);
        sg_current.line = line;
    }
#ifdef __cplusplus
    throw sg_stop_test();
#else
    longjmp(sg_stop, 1);
#endif
}

/* ---- Checks ------------------------------------------------------------------------ */

SG_INTERNAL void sg_check(int ok, const char *message, const char *file, int line) {
    if (!ok) sg_fail(message, NULL, NULL, file, line);
}

SG_INTERNAL void sg_check_int(long long expected, long long actual, const char *source,
                              const char *file, int line) {
    if (expected == actual) return;
    char e[32], a[32];
    snprintf(e, sizeof e, "%lld", expected);
    snprintf(a, sizeof a, "%lld", actual);
    sg_fail(source, e, a, file, line);
}

SG_INTERNAL void sg_check_double(double expected, double actual, double tolerance,
                                 const char *source, const char *file, int line) {
    int ok;
    if (isnan(expected) || isnan(actual)) {
        ok = isnan(expected) && isnan(actual);
    } else if (isinf(expected) || isinf(actual)) {
        ok = expected == actual;
    } else {
        ok = fabs(expected - actual) <= tolerance;
    }
    if (ok) return;
    char e[40], a[40];
    snprintf(e, sizeof e, "%.17g", expected);
    snprintf(a, sizeof a, "%.17g", actual);
    sg_fail(source, e, a, file, line);
}

SG_INTERNAL void sg_check_str(const char *expected, const char *actual, const char *source,
                              const char *file, int line) {
    if (expected == NULL || actual == NULL) {
        if (expected == actual) return;
    } else if (strcmp(expected, actual) == 0) {
        return;
    }
    sg_fail(source, expected == NULL ? "NULL" : expected, actual == NULL ? "NULL" : actual, file,
            line);
}

#ifdef __cplusplus
SG_INTERNAL const char *sg_c_string(const char *text) { return text; }
SG_INTERNAL const char *sg_c_string(const std::string &text) { return text.c_str(); }
#define SG_C_STRING(x) sg_c_string(x)
#else
#define SG_C_STRING(x) (x)
#endif

/* Each check is one function call, so a temporary std::string lives until it returns. */
#define SG_CHECK(cond) sg_check((cond) ? 1 : 0, "SG_CHECK(" #cond ")", __FILE__, __LINE__)
#define SG_CHECK_MSG(cond, message) sg_check((cond) ? 1 : 0, (message), __FILE__, __LINE__)
#define SG_FAIL(message) sg_fail((message), NULL, NULL, __FILE__, __LINE__)
#define SG_CHECK_EQ_INT(expected, actual)                                                  \
    sg_check_int((long long)(expected), (long long)(actual),                               \
                 "SG_CHECK_EQ_INT(" #expected ", " #actual ")", __FILE__, __LINE__)
#define SG_CHECK_EQ_DOUBLE(expected, actual, tolerance)                                    \
    sg_check_double((double)(expected), (double)(actual), (double)(tolerance),             \
                    "SG_CHECK_EQ_DOUBLE(" #expected ", " #actual ", " #tolerance ")",     \
                    __FILE__, __LINE__)
#define SG_CHECK_EQ_STR(expected, actual)                                                  \
    sg_check_str(SG_C_STRING(expected), SG_C_STRING(actual),                               \
                 "SG_CHECK_EQ_STR(" #expected ", " #actual ")", __FILE__, __LINE__)

/* ---- Buffers and JSON -------------------------------------------------------------- */

typedef struct {
    char *bytes;
    size_t length;
    size_t capacity;
} sg_buffer;

SG_INTERNAL void sg_append(sg_buffer *buffer, const char *bytes, size_t length) {
    if (buffer->length + length + 1 > buffer->capacity) {
        size_t capacity = (buffer->length + length + 1) * 2;
        char *grown = (char *)realloc(buffer->bytes, capacity);
        if (grown == NULL) return;
        buffer->bytes = grown;
        buffer->capacity = capacity;
    }
    memcpy(buffer->bytes + buffer->length, bytes, length);
    buffer->length += length;
    buffer->bytes[buffer->length] = 0; /* always a C string too */
}

SG_INTERNAL void sg_append_text(sg_buffer *buffer, const char *text) {
    sg_append(buffer, text, strlen(text));
}

/* The length of the valid UTF-8 sequence at text (at most available bytes), or 0. */
SG_INTERNAL size_t sg_utf8_length(const unsigned char *text, size_t available) {
    size_t length;
    unsigned int minimum, scalar;
    if (text[0] < 0x80) return 1;
    if ((text[0] & 0xE0) == 0xC0) { length = 2; minimum = 0x80; scalar = text[0] & 0x1F; }
    else if ((text[0] & 0xF0) == 0xE0) { length = 3; minimum = 0x800; scalar = text[0] & 0x0F; }
    else if ((text[0] & 0xF8) == 0xF0) { length = 4; minimum = 0x10000; scalar = text[0] & 0x07; }
    else return 0;
    if (length > available) return 0;
    for (size_t i = 1; i < length; i++) {
        if ((text[i] & 0xC0) != 0x80) return 0;
        scalar = (scalar << 6) | (text[i] & 0x3F);
    }
    if (scalar < minimum || scalar > 0x10FFFF || (scalar >= 0xD800 && scalar <= 0xDFFF)) return 0;
    return length;
}

/* The bytes as a JSON string, at most SG_LIMIT of them (then "..."); invalid UTF-8 becomes
   U+FFFD, control characters (NUL too) \uXXXX. */
SG_INTERNAL void sg_append_json_bytes(sg_buffer *buffer, const char *bytes, size_t count) {
    const unsigned char *p = (const unsigned char *)bytes;
    const unsigned char *end = p + count;
    size_t written = 0;
    sg_append_text(buffer, "\"");
    while (p < end) {
        if (written >= SG_LIMIT) {
            sg_append_text(buffer, "...");
            break;
        }
        size_t length = sg_utf8_length(p, (size_t)(end - p));
        char escaped[8];
        if (length == 0) {
            sg_append_text(buffer, "\\ufffd");
            length = 1;
        } else if (*p == '"' || *p == '\\') {
            escaped[0] = '\\';
            escaped[1] = (char)*p;
            sg_append(buffer, escaped, 2);
        } else if (*p < 0x20 || *p == 0x7F) {
            snprintf(escaped, sizeof escaped, "\\u%04x", *p);
            sg_append_text(buffer, escaped);
        } else {
            sg_append(buffer, (const char *)p, length);
        }
        p += length;
        written += length;
    }
    sg_append_text(buffer, "\"");
}

/* A C string as JSON, or null. */
SG_INTERNAL void sg_append_json(sg_buffer *buffer, const char *text) {
    if (text == NULL) sg_append_text(buffer, "null");
    else sg_append_json_bytes(buffer, text, strlen(text));
}

SG_INTERNAL void sg_write_all(int fd, const char *bytes, size_t length) {
    while (length > 0) {
        ssize_t n = write(fd, bytes, length);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return;
        bytes += n;
        length -= (size_t)n;
    }
}

/* ---- The protocol (docs/unit-tests.md) --------------------------------------------- */

static char sg_nonce[33];
static int sg_protocol_fd = -1; /* a private copy of stdout, never a child's */

/* Writes one event line: the nonce, then the JSON object, in a single write. */
SG_INTERNAL void sg_emit(const char *object) {
    sg_buffer line = {NULL, 0, 0};
    sg_append_text(&line, "@@specgrade:");
    sg_append_text(&line, sg_nonce);
    sg_append_text(&line, " ");
    sg_append_text(&line, object);
    sg_append_text(&line, "\n");
    if (line.bytes != NULL) sg_write_all(sg_protocol_fd, line.bytes, line.length);
    free(line.bytes);
}

SG_INTERNAL void sg_emit_start(const char *name) {
    sg_buffer object = {NULL, 0, 0};
    sg_append_text(&object, "{\"event\":\"start\",\"test\":");
    sg_append_json(&object, name);
    sg_append_text(&object, "}");
    if (object.bytes != NULL) sg_emit(object.bytes);
    free(object.bytes);
}

/* The result event; output is what the test printed (NULL: nothing). */
SG_INTERNAL void sg_emit_result(const char *name, const sg_result *result,
                                const sg_buffer *output) {
    sg_buffer object = {NULL, 0, 0};
    char number[24];
    sg_append_text(&object, "{\"event\":\"result\",\"test\":");
    sg_append_json(&object, name);
    sg_append_text(&object, ",\"outcome\":");
    sg_append_json(&object, result->outcome);
    sg_append_text(&object, ",\"message\":");
    sg_append_json(&object, result->message);
    sg_append_text(&object, ",\"expected\":");
    sg_append_json(&object, result->expected);
    sg_append_text(&object, ",\"actual\":");
    sg_append_json(&object, result->actual);
    sg_append_text(&object, ",\"exception\":");
    sg_append_json(&object, result->exception);
    sg_append_text(&object, ",\"trace\":null,\"output\":");
    if (output == NULL || output->length == 0) sg_append_text(&object, "null");
    else sg_append_json_bytes(&object, output->bytes, output->length);
    sg_append_text(&object, ",\"file\":");
    sg_append_json(&object, result->file);
    sg_append_text(&object, ",\"line\":");
    if (result->line > 0) {
        snprintf(number, sizeof number, "%d", result->line);
        sg_append_text(&object, number);
    } else {
        sg_append_text(&object, "null");
    }
    sg_append_text(&object, "}");
    if (object.bytes != NULL) sg_emit(object.bytes);
    free(object.bytes);
}

/* ---- The child's result pipe -------------------------------------------------------

   The child sends its sg_result as seven fields, outcome, message, expected, actual,
   exception, file and line (decimal): each the byte 'N' (null) or 'S', the text and a NUL.
   The harness decodes them rather than forwarding bytes, so whatever arrives, its event
   line is well-formed JSON. */

SG_INTERNAL void sg_encode_field(sg_buffer *record, const char *text) {
    if (text == NULL) {
        sg_append(record, "N", 1);
    } else {
        sg_append(record, "S", 1);
        sg_append(record, text, strlen(text) + 1);
    }
}

SG_INTERNAL void sg_send_result(int fd, const sg_result *result) {
    sg_buffer record = {NULL, 0, 0};
    char number[24];
    snprintf(number, sizeof number, "%d", result->line);
    sg_encode_field(&record, result->outcome);
    sg_encode_field(&record, result->message);
    sg_encode_field(&record, result->expected);
    sg_encode_field(&record, result->actual);
    sg_encode_field(&record, result->exception);
    sg_encode_field(&record, result->file);
    sg_encode_field(&record, number);
    if (record.bytes != NULL) sg_write_all(fd, record.bytes, record.length);
    free(record.bytes);
}

/* One field at *cursor (before end) into *text (malloc'd, or NULL); 0 when malformed. */
SG_INTERNAL int sg_decode_field(const char **cursor, const char *end, char **text) {
    const char *p = *cursor;
    *text = NULL;
    if (p >= end) return 0;
    if (*p == 'N') {
        *cursor = p + 1;
        return 1;
    }
    if (*p != 'S') return 0;
    const char *nul = (const char *)memchr(p + 1, 0, (size_t)(end - p - 1));
    if (nul == NULL) return 0;
    *text = sg_copy(p + 1);
    *cursor = nul + 1;
    return 1;
}

/* The child's record decoded into result; 0 when it is not a whole, valid record. */
SG_INTERNAL int sg_decode_result(const sg_buffer *record, sg_result *result) {
    const char *cursor = record->bytes, *end = record->bytes + record->length;
    char *outcome = NULL, *line = NULL;
    int ok = record->length > 0 && sg_decode_field(&cursor, end, &outcome) &&
             sg_decode_field(&cursor, end, &result->message) &&
             sg_decode_field(&cursor, end, &result->expected) &&
             sg_decode_field(&cursor, end, &result->actual) &&
             sg_decode_field(&cursor, end, &result->exception) &&
             sg_decode_field(&cursor, end, &result->file) &&
             sg_decode_field(&cursor, end, &line) && cursor == end && outcome != NULL;
    /* Only the outcomes a child reports; result->outcome then points at a literal. */
    if (ok && strcmp(outcome, "passed") == 0) result->outcome = "passed";
    else if (ok && strcmp(outcome, "failed") == 0) result->outcome = "failed";
    else if (ok && strcmp(outcome, "error") == 0) result->outcome = "error";
    else ok = 0;
    if (ok && line != NULL) result->line = atoi(line);
    free(outcome);
    free(line);
    return ok;
}

/* ---- Running one test, in a child process ------------------------------------------ */

/* Runs the body; a failed check or an uncaught C++ exception leaves its record in sg_current. */
SG_INTERNAL void sg_run_body(sg_test_case *test) {
#ifdef __cplusplus
    try {
        test->body();
    } catch (const sg_stop_test &) {
        /* a check failed; recorded */
    } catch (const std::exception &exception) {
        if (sg_current.outcome != NULL) return;
        const char *type = typeid(exception).name();
#if defined(__GNUC__)
        int status = 0;
        char *readable = abi::__cxa_demangle(type, NULL, NULL, &status);
        if (status == 0 && readable != NULL) type = readable;
#endif
        sg_current.outcome = "error";
        sg_current.exception = sg_copy(type);
        sg_current.message = sg_copy(exception.what());
    } catch (...) {
        if (sg_current.outcome != NULL) return;
        sg_current.outcome = "error";
        sg_current.message = sg_copy("uncaught exception of a type not derived from "
                                     "std::exception");
    }
#else
    if (setjmp(sg_stop) == 0) test->body();
#endif
    if (sg_current.outcome == NULL) sg_current.outcome = "passed";
}

/* The child: runs the test with stdout and stderr on output_fd, sends its result on
   result_fd, and ends without running any atexit handler or destructor of student code. */
SG_INTERNAL void sg_child(sg_test_case *test, int result_fd, int output_fd) {
    /* Its own process group, so that a timeout also kills the processes it starts. */
    setpgid(0, 0);
    /* Nothing of the protocol stays within the student code's reach. */
    close(sg_protocol_fd);
    memset(sg_nonce, 0, sizeof sg_nonce);
    dup2(output_fd, STDOUT_FILENO);
    dup2(output_fd, STDERR_FILENO);
    close(output_fd);
    fcntl(result_fd, F_SETFD, FD_CLOEXEC); /* not inherited by programs the test runs */
    sg_run_body(test);
    fflush(stdout);
    fflush(stderr);
    sg_send_result(result_fd, &sg_current);
    _exit(0);
}

SG_INTERNAL long long sg_now_ms(void) {
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (long long)now.tv_sec * 1000 + now.tv_nsec / 1000000;
}

/* Reads what is ready on fd into buffer, keeping at most limit bytes; 0 at end of file. */
SG_INTERNAL int sg_drain(int fd, sg_buffer *buffer, size_t limit) {
    char chunk[4096];
    ssize_t n = read(fd, chunk, sizeof chunk);
    if (n < 0) return errno == EINTR || errno == EAGAIN;
    if (n == 0) return 0;
    size_t room = buffer->length < limit ? limit - buffer->length : 0;
    sg_append(buffer, chunk, (size_t)n < room ? (size_t)n : room);
    return 1;
}

SG_INTERNAL const char *sg_signal_name(int number) {
    static const struct { int number; const char *name; } names[] = {
        {SIGSEGV, "SIGSEGV"}, {SIGABRT, "SIGABRT"}, {SIGFPE, "SIGFPE"},   {SIGBUS, "SIGBUS"},
        {SIGILL, "SIGILL"},   {SIGKILL, "SIGKILL"}, {SIGTERM, "SIGTERM"}, {SIGXCPU, "SIGXCPU"},
        {SIGXFSZ, "SIGXFSZ"}, {SIGPIPE, "SIGPIPE"}, {SIGSYS, "SIGSYS"},   {SIGTRAP, "SIGTRAP"},
        {SIGINT, "SIGINT"},   {SIGHUP, "SIGHUP"},   {SIGALRM, "SIGALRM"}, {SIGUSR1, "SIGUSR1"},
        {SIGUSR2, "SIGUSR2"},
    };
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        if (names[i].number == number) return names[i].name;
    }
    return NULL;
}

SG_INTERNAL void sg_free_result(sg_result *result) {
    free(result->message);
    free(result->expected);
    free(result->actual);
    free(result->exception);
    free(result->file);
}

/* Runs test in a child, waits at most timeout_ms for it, and emits its result. */
SG_INTERNAL void sg_run_test(sg_test_case *test, long timeout_ms) {
    sg_result result = {NULL, NULL, NULL, NULL, NULL, NULL, 0};
    sg_buffer record = {NULL, 0, 0}, output = {NULL, 0, 0};
    char message[96];
    int result_pipe[2], output_pipe[2];
    if (pipe(result_pipe) != 0) result_pipe[0] = result_pipe[1] = -1;
    if (pipe(output_pipe) != 0) output_pipe[0] = output_pipe[1] = -1;
    fflush(NULL); /* else the child would print again what stdio holds for the harness */
    pid_t pid = result_pipe[0] < 0 || output_pipe[0] < 0 ? -1 : fork();
    if (pid == 0) {
        close(result_pipe[0]);
        close(output_pipe[0]);
        sg_child(test, result_pipe[1], output_pipe[1]);
    }
    if (pid < 0) {
        snprintf(message, sizeof message, "the harness could not start the test: %s",
                 strerror(errno));
        result.outcome = "error";
        result.message = sg_copy(message);
        sg_emit_result(test->name, &result, NULL);
        sg_free_result(&result);
        for (int i = 0; i < 2; i++) {
            if (result_pipe[i] >= 0) close(result_pipe[i]);
            if (output_pipe[i] >= 0) close(output_pipe[i]);
        }
        return;
    }
    setpgid(pid, pid); /* as the child does: whichever runs first, the group exists */
    close(result_pipe[1]);
    close(output_pipe[1]);

    /* Reads both pipes until the child has ended and both are closed, or the time is up.
       The output keeps one byte past SG_LIMIT, so that its JSON shows the cut. */
    struct pollfd fds[2] = {{result_pipe[0], POLLIN, 0}, {output_pipe[0], POLLIN, 0}};
    sg_buffer *sinks[2] = {&record, &output};
    const size_t limits[2] = {65536, SG_LIMIT + 1};
    long long deadline = sg_now_ms() + timeout_ms;
    int open = 2, ended = 0, timed_out = 0, status = 0;
    for (;;) {
        if (!ended && waitpid(pid, &status, WNOHANG) == pid) {
            ended = 1;
            kill(-pid, SIGKILL); /* what the test left running, which may hold the pipes */
        }
        if (ended && open == 0) break;
        long long left = deadline - sg_now_ms();
        if (left <= 0) {
            timed_out = !ended;
            break;
        }
        /* Short waits while the pipes are closed but the child not yet reaped. */
        long long wait = open == 0 ? 1 : 100;
        if (poll(fds, 2, (int)(left < wait ? left : wait)) < 0 && errno != EINTR) break;
        for (int i = 0; i < 2; i++) {
            if (fds[i].fd < 0 || fds[i].revents == 0) continue;
            if (!sg_drain(fds[i].fd, sinks[i], limits[i])) {
                close(fds[i].fd);
                fds[i].fd = -1;
                open--;
            }
        }
    }
    if (!ended) {
        kill(-pid, SIGKILL);
        kill(pid, SIGKILL);
        while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
        }
    }
    for (int i = 0; i < 2; i++) {
        if (fds[i].fd >= 0) close(fds[i].fd);
    }

    if (sg_decode_result(&record, &result)) {
        /* The test body finished; its record stands however the child ended after. */
    } else if (timed_out) {
        sg_free_result(&result);
        memset(&result, 0, sizeof result);
        snprintf(message, sizeof message, "the test ran past its time limit of %ld ms",
                 timeout_ms);
        result.outcome = "timeout";
        result.message = sg_copy(message);
    } else {
        sg_free_result(&result);
        memset(&result, 0, sizeof result);
        result.outcome = "error";
        if (WIFSIGNALED(status)) {
            const char *name = sg_signal_name(WTERMSIG(status));
            char number[24];
            snprintf(number, sizeof number, "signal %d", WTERMSIG(status));
            result.exception = sg_copy(name != NULL ? name : number);
            snprintf(message, sizeof message, "the test ended without a result: killed by %s",
                     result.exception);
        } else {
            snprintf(message, sizeof message,
                     "the test ended without a result: exit code %d", WEXITSTATUS(status));
        }
        result.message = sg_copy(message);
    }
    sg_emit_result(test->name, &result, &output);
    sg_free_result(&result);
    free(record.bytes);
    free(output.bytes);
}

/* ---- The harness's main ------------------------------------------------------------ */

/* Ends the process now: flushes stdio, runs no atexit handler or destructor of student code. */
SG_INTERNAL void sg_finish(int status) {
    fflush(stdout);
    fflush(stderr);
    _exit(status);
}

SG_INTERNAL int sg_compare_cases(const void *a, const void *b) {
    const sg_test_case *x = *(const sg_test_case *const *)a;
    const sg_test_case *y = *(const sg_test_case *const *)b;
    return (x->line > y->line) - (x->line < y->line);
}

/* Test names in the order the suite defines them, one per line, on stdout. */
SG_INTERNAL void sg_list(void) {
    size_t count = 0;
    for (sg_test_case *t = sg_registry; t != NULL; t = t->next) count++;
    sg_test_case **cases = (sg_test_case **)calloc(count == 0 ? 1 : count, sizeof *cases);
    if (cases == NULL) sg_finish(2);
    size_t i = 0;
    for (sg_test_case *t = sg_registry; t != NULL; t = t->next) cases[i++] = t;
    qsort(cases, count, sizeof *cases, sg_compare_cases);
    for (i = 0; i < count; i++) printf("%s\n", cases[i]->name);
    free(cases);
}

SG_INTERNAL void sg_bad_input(const char *what) {
    fprintf(stderr, "specgrade: %s\nstdin: a 32-digit hex nonce line, then `<timeout_ms> "
                    "<name>` lines\n", what);
    sg_finish(2);
}

SG_INTERNAL int sg_main(int argc, char **argv) {
    if (argc == 2 && strcmp(argv[1], "--list") == 0) {
        sg_list();
        sg_finish(0);
    }
    if (argc != 1) {
        fprintf(stderr, "usage: %s < protocol input   |   %s --list\n", argv[0], argv[0]);
        sg_finish(2);
    }
    /* All of stdin before any test runs: the student's code gets none of it. */
    sg_buffer input = {NULL, 0, 0};
    while (sg_drain(STDIN_FILENO, &input, (size_t)-1)) {
    }
    if (input.bytes == NULL) sg_bad_input("no input");

    char *line = input.bytes;
    char *next = strchr(line, '\n');
    if (next != NULL) *next++ = 0;
    size_t length = strcspn(line, "\r");
    if (length != 32 || strspn(line, "0123456789abcdef") < 32) sg_bad_input("no nonce");
    memcpy(sg_nonce, line, 32);
    memset(line, 0, 32); /* one copy of the nonce only, wiped in each child */
    sg_protocol_fd = fcntl(STDOUT_FILENO, F_DUPFD_CLOEXEC, 3);
    if (sg_protocol_fd < 0) sg_bad_input("stdout is not open");

    for (line = next; line != NULL && *line != 0; line = next) {
        next = strchr(line, '\n');
        if (next != NULL) *next++ = 0;
        line[strcspn(line, "\r")] = 0;
        if (*line == 0) continue;
        char *name = NULL;
        long timeout_ms = strtol(line, &name, 10);
        if (name == line || *name != ' ' || name[1] == 0 || timeout_ms <= 0) {
            sg_bad_input(line);
        }
        name++;
        sg_test_case *test = sg_registry;
        while (test != NULL && strcmp(test->name, name) != 0) test = test->next;
        sg_emit_start(name);
        if (test != NULL) {
            sg_run_test(test, timeout_ms);
        } else {
            sg_result missing = {"missing", NULL, NULL, NULL, NULL, NULL, 0};
            sg_buffer message = {NULL, 0, 0};
            sg_append_text(&message, "the suite has no test named ");
            sg_append_text(&message, name);
            missing.message = message.bytes;
            sg_emit_result(name, &missing, NULL);
            free(message.bytes);
        }
    }
    sg_emit("{\"event\":\"done\"}");
    free(input.bytes);
    sg_finish(0);
    return 0;
}

/* The harness's main, in the suite's translation unit only (see BUILDING above). */
#undef main
int main(int argc, char **argv) { return sg_main(argc, argv); }

#endif /* SPECGRADE_TEST_H */
