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
 * RUNNING. One test per process, so that a crash or a hang fails that test alone:
 *
 *     SPECGRADE_RESULT_FD=3 ./tests mean_even 3>result.json
 *     SPECGRADE_RESULT_FD=3 ./tests --list    3>names.txt
 *
 * The result is never written to stdout or stderr (the student's code owns those) but to
 * the file descriptor named by SPECGRADE_RESULT_FD, as one line of JSON:
 *
 *     {"test":"mean_even","outcome":"failed","message":"SG_CHECK_EQ_DOUBLE(2.5, mean(xs, 4),
 *      1e-9)","expected":"2.5","actual":"2.25","file":"suite.c","line":8}   (one line)
 *
 * outcome is "passed", "failed" (a check failed; the first failure is reported and the
 * test stops there) or "error" (an uncaught C++ exception, named in message, or an unknown
 * test name). expected, actual, file and line are null where they do not apply. The line
 * is written only after the test body has returned (or a check has failed); then the
 * process ends at once with _exit, running no atexit handler or destructor of student
 * code. So a student's exit(0) or _exit(0) inside the test, a crash or a hang leaves no
 * line at all, and the runner fails the test. Without SPECGRADE_RESULT_FD the line goes to
 * stdout, for trying a suite by hand.
 *
 * The variable is removed from the environment and the descriptor marked close-on-exec
 * before the test runs, so programs the student's code starts do not inherit it. What this
 * cannot stop: student code runs in the same process, so a deliberate tamperer could find
 * the descriptor (in /proc/self/fd) and write a line of its own first, or overwrite the
 * harness's memory. The runner takes the first line only; see docs/sandbox.md.
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

/* unsetenv and fcntl under a strict -std=c11 too; include this header first. */
#if !defined(_POSIX_C_SOURCE) && !defined(_GNU_SOURCE) && !defined(__cplusplus)
#define _POSIX_C_SOURCE 200809L
#endif

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
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

/* ---- The outcome of the running test ----------------------------------------------- */

typedef struct {
    int failed;
    char *message;
    char *expected; /* NULL when the check has no expected value */
    char *actual;
    const char *file;
    int line;
} sg_failure;

static sg_failure sg_first_failure;
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
    if (!sg_first_failure.failed) {
        sg_first_failure.failed = 1;
        sg_first_failure.message = sg_copy(message);
        sg_first_failure.expected = sg_copy(expected);
        sg_first_failure.actual = sg_copy(actual);
        sg_first_failure.file = file;
        sg_first_failure.line = line;
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

/* ---- The result channel ------------------------------------------------------------ */

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
}

SG_INTERNAL void sg_append_text(sg_buffer *buffer, const char *text) {
    sg_append(buffer, text, strlen(text));
}

/* The length of the valid UTF-8 sequence at text, or 0. */
SG_INTERNAL size_t sg_utf8_length(const unsigned char *text) {
    size_t length;
    unsigned int minimum, scalar;
    if (text[0] < 0x80) return 1;
    if ((text[0] & 0xE0) == 0xC0) { length = 2; minimum = 0x80; scalar = text[0] & 0x1F; }
    else if ((text[0] & 0xF0) == 0xE0) { length = 3; minimum = 0x800; scalar = text[0] & 0x0F; }
    else if ((text[0] & 0xF8) == 0xF0) { length = 4; minimum = 0x10000; scalar = text[0] & 0x07; }
    else return 0;
    for (size_t i = 1; i < length; i++) {
        if ((text[i] & 0xC0) != 0x80) return 0;
        scalar = (scalar << 6) | (text[i] & 0x3F);
    }
    if (scalar < minimum || scalar > 0x10FFFF || (scalar >= 0xD800 && scalar <= 0xDFFF)) return 0;
    return length;
}

/* A JSON string (or null), at most 4 KiB of the text; invalid UTF-8 becomes U+FFFD. */
SG_INTERNAL void sg_append_json(sg_buffer *buffer, const char *text) {
    if (text == NULL) {
        sg_append_text(buffer, "null");
        return;
    }
    const size_t limit = 4096;
    const unsigned char *p = (const unsigned char *)text;
    size_t written = 0;
    sg_append_text(buffer, "\"");
    while (*p != 0) {
        if (written >= limit) {
            sg_append_text(buffer, "...");
            break;
        }
        size_t length = sg_utf8_length(p);
        char escaped[8];
        if (length == 0) {
            sg_append_text(buffer, "\\ufffd");
            p += 1;
        } else if (*p == '"' || *p == '\\') {
            escaped[0] = '\\';
            escaped[1] = (char)*p;
            sg_append(buffer, escaped, 2);
            p += 1;
        } else if (*p < 0x20 || *p == 0x7F) {
            snprintf(escaped, sizeof escaped, "\\u%04x", *p);
            sg_append_text(buffer, escaped);
            p += 1;
        } else {
            sg_append(buffer, (const char *)p, length);
            p += length;
        }
        written += length == 0 ? 1 : length;
    }
    sg_append_text(buffer, "\"");
}

static int sg_result_fd = 1;

/* Reads SPECGRADE_RESULT_FD, then hides it from the student's code and its children. */
SG_INTERNAL void sg_open_channel(void) {
    const char *value = getenv("SPECGRADE_RESULT_FD");
    if (value == NULL) return;
    char *end = NULL;
    long fd = strtol(value, &end, 10);
    if (end != value && *end == 0 && fd >= 0 && fd < 65536) {
        sg_result_fd = (int)fd;
        int flags = fcntl(sg_result_fd, F_GETFD);
        if (flags >= 0) fcntl(sg_result_fd, F_SETFD, flags | FD_CLOEXEC);
    }
    unsetenv("SPECGRADE_RESULT_FD");
}

SG_INTERNAL void sg_write_all(const char *bytes, size_t length) {
    while (length > 0) {
        ssize_t n = write(sg_result_fd, bytes, length);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return;
        bytes += n;
        length -= (size_t)n;
    }
}

SG_INTERNAL void sg_write_result(const char *test, const char *outcome, const char *message,
                            const char *expected, const char *actual, const char *file,
                            int line) {
    sg_buffer buffer = {NULL, 0, 0};
    char number[24];
    sg_append_text(&buffer, "{\"test\":");
    sg_append_json(&buffer, test);
    sg_append_text(&buffer, ",\"outcome\":");
    sg_append_json(&buffer, outcome);
    sg_append_text(&buffer, ",\"message\":");
    sg_append_json(&buffer, message);
    sg_append_text(&buffer, ",\"expected\":");
    sg_append_json(&buffer, expected);
    sg_append_text(&buffer, ",\"actual\":");
    sg_append_json(&buffer, actual);
    sg_append_text(&buffer, ",\"file\":");
    sg_append_json(&buffer, file);
    sg_append_text(&buffer, ",\"line\":");
    if (line > 0) {
        snprintf(number, sizeof number, "%d", line);
        sg_append_text(&buffer, number);
    } else {
        sg_append_text(&buffer, "null");
    }
    sg_append_text(&buffer, "}\n");
    if (buffer.bytes != NULL) sg_write_all(buffer.bytes, buffer.length);
    free(buffer.bytes);
}

/* ---- Running ----------------------------------------------------------------------- */

/* Ends the process now: flushes what the student printed, runs nothing of theirs. */
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

/* Test names in the order the suite defines them, one per line. */
SG_INTERNAL void sg_list(void) {
    size_t count = 0;
    for (sg_test_case *t = sg_registry; t != NULL; t = t->next) count++;
    sg_test_case **cases = (sg_test_case **)calloc(count == 0 ? 1 : count, sizeof *cases);
    if (cases == NULL) sg_finish(2);
    size_t i = 0;
    for (sg_test_case *t = sg_registry; t != NULL; t = t->next) cases[i++] = t;
    qsort(cases, count, sizeof *cases, sg_compare_cases);
    for (i = 0; i < count; i++) {
        sg_write_all(cases[i]->name, strlen(cases[i]->name));
        sg_write_all("\n", 1);
    }
    free(cases);
}

/* Runs the body; a failed check leaves its record in sg_first_failure. */
SG_INTERNAL void sg_run_body(sg_test_case *test) {
#ifdef __cplusplus
    try {
        test->body();
    } catch (const sg_stop_test &) {
        /* a check failed; recorded */
    } catch (const std::exception &exception) {
        if (sg_first_failure.failed) return;
        const char *type = typeid(exception).name();
#if defined(__GNUC__)
        int status = 0;
        char *readable = abi::__cxa_demangle(type, NULL, NULL, &status);
        if (status == 0 && readable != NULL) type = readable;
#endif
        std::string message = std::string("uncaught exception ") + type + ": " + exception.what();
        sg_write_result(test->name, "error", message.c_str(), NULL, NULL, NULL, 0);
        sg_finish(2);
    } catch (...) {
        if (sg_first_failure.failed) return;
        sg_write_result(test->name, "error", "uncaught exception of a type not derived from "
                        "std::exception", NULL, NULL, NULL, 0);
        sg_finish(2);
    }
#else
    if (setjmp(sg_stop) == 0) test->body();
#endif
}

SG_INTERNAL int sg_main(int argc, char **argv) {
    sg_open_channel();
    if (argc != 2) {
        fprintf(stderr, "usage: %s TEST | --list   (result on the fd in SPECGRADE_RESULT_FD)\n",
                argc > 0 ? argv[0] : "tests");
        return 2;
    }
    if (strcmp(argv[1], "--list") == 0) {
        sg_list();
        sg_finish(0);
    }
    sg_test_case *test = sg_registry;
    while (test != NULL && strcmp(test->name, argv[1]) != 0) test = test->next;
    if (test == NULL) {
        sg_write_result(argv[1], "error", "the suite defines no test of this name", NULL, NULL,
                        NULL, 0);
        sg_finish(2);
        return 2;
    }
    sg_run_body(test);
    if (sg_first_failure.failed) {
        sg_write_result(test->name, "failed", sg_first_failure.message, sg_first_failure.expected,
                        sg_first_failure.actual, sg_first_failure.file, sg_first_failure.line);
        sg_finish(1);
    }
    sg_write_result(test->name, "passed", NULL, NULL, NULL, NULL, 0);
    sg_finish(0);
    return 0;
}

/* The harness's main, in the suite's translation unit only (see BUILDING above). */
#undef main
int main(int argc, char **argv) { return sg_main(argc, argv); }

#endif /* SPECGRADE_TEST_H */
