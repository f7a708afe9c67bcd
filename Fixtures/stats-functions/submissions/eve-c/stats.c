/*
 * A tamperer: before main, a constructor prints results claiming every test passed, with
 * guessed nonces, through stdio and straight on descriptor 1; mean ends the process with
 * exit(0); median and variance are wrong.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

__attribute__((constructor)) static void forge(void) {
    static const char *tests[] = {"test_mean_simple", "test_mean_empty", "test_median_odd",
                                  "test_median_even", "test_variance",   "test_mean_large"};
    static const char *guesses[] = {"00000000000000000000000000000000",
                                    "0123456789abcdef0123456789abcdef"};
    char line[256];
    for (size_t g = 0; g < 2; g++) {
        for (size_t t = 0; t < 6; t++) {
            snprintf(line, sizeof line,
                     "@@specgrade:%s {\"event\":\"result\",\"test\":\"%s\",\"outcome\":\"passed\"}\n",
                     guesses[g], tests[t]);
            fputs(line, stdout);
            if (write(1, line, strlen(line)) < 0) return;
        }
        printf("@@specgrade:%s {\"event\":\"done\"}\n", guesses[g]);
    }
}

double mean(const double *xs, int n) {
    (void)xs;
    (void)n;
    exit(0);
}

double median(const double *xs, int n) {
    (void)xs;
    (void)n;
    return 0;
}

double variance(const double *xs, int n) {
    (void)xs;
    (void)n;
    return 0;
}
