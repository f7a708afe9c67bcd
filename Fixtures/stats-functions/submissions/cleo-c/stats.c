/* Variance stores its squares in a buffer it never allocated: a NULL write, SIGSEGV. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

double mean(const double *xs, int n) {
    if (n <= 0) return NAN;
    double sum = 0;
    for (int i = 0; i < n; i++) sum += xs[i];
    return sum / n;
}

static int compare(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

double median(const double *xs, int n) {
    if (n <= 0) return NAN;
    double *sorted = malloc(sizeof *sorted * (size_t)n);
    if (sorted == NULL) return NAN;
    memcpy(sorted, xs, sizeof *sorted * (size_t)n);
    qsort(sorted, (size_t)n, sizeof *sorted, compare);
    double middle = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    free(sorted);
    return middle;
}

double variance(const double *xs, int n) {
    double *volatile squares = NULL; /* meant to be malloc'd */
    double m = mean(xs, n);
    double sum = 0;
    for (int i = 0; i < n; i++) {
        squares[i] = (xs[i] - m) * (xs[i] - m);
        sum += squares[i];
    }
    return n <= 0 ? NAN : sum / n;
}
