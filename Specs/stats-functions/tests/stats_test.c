#include "specgrade_test.h"

#include <string.h>

/* The submission's functions (stats.c). */
double mean(const double *xs, int n);
double median(const double *xs, int n);
double variance(const double *xs, int n);

SG_TEST(test_mean_simple) {
    double integers[] = {1, 2, 3, 4};
    double fractions[] = {0.1, 0.3, 0.2};
    SG_CHECK_EQ_DOUBLE(2.5, mean(integers, 4), 1e-9);
    SG_CHECK_EQ_DOUBLE(0.2, mean(fractions, 3), 1e-9);
}

SG_TEST(test_mean_empty) {
    double none[1] = {0};
    SG_CHECK_MSG(isnan(mean(none, 0)), "mean of an empty list must be NAN");
}

SG_TEST(test_median_odd) {
    double xs[] = {5, 1, 3};
    const double given[] = {5, 1, 3};
    SG_CHECK_EQ_DOUBLE(3.0, median(xs, 3), 1e-9);
    SG_CHECK_MSG(memcmp(xs, given, sizeof xs) == 0, "median reordered the array it was given");
}

SG_TEST(test_median_even) {
    double xs[] = {4, 1, 3, 2};
    SG_CHECK_EQ_DOUBLE(2.5, median(xs, 4), 1e-9);
}

SG_TEST(test_variance) {
    double xs[] = {2, 4, 4, 4, 5, 5, 7, 9};
    double pair[] = {1.5, 2.5};
    SG_CHECK_EQ_DOUBLE(4.0, variance(xs, 8), 1e-9);
    SG_CHECK_EQ_DOUBLE(0.25, variance(pair, 2), 1e-9);
}

SG_TEST(test_mean_large) {
    static double xs[10000];
    for (int i = 0; i < 10000; i++) xs[i] = i + 1;
    SG_CHECK_EQ_DOUBLE(5000.5, mean(xs, 10000), 1e-9);
}
