/* A student's stats.c: right about mean, wrong about median, with its own main. */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

double mean(const double *xs, int n) {
    double sum = 0;
    for (int i = 0; i < n; i++) sum += xs[i];
    return sum / n;
}

double median(const double *xs, int n) {
    return xs[n / 2]; /* forgets to sort, and to average the middle pair */
}

const char *describe(int n) {
    return n == 1 ? "one value" : "many values";
}

int crash_on(int n) {
    int *p = NULL;
    return n > 0 ? *p : 0;
}

int leave_early(int n) {
    exit(n); /* a submission that ends the process inside a test */
}

int leave_now(int n) {
    fflush(stdout);
    _exit(n);
}

int sees_channel(void) {
    return getenv("SPECGRADE_RESULT_FD") != NULL;
}

int main(void) {
    printf("{\"test\":\"forged\",\"outcome\":\"passed\"}\n");
    return 0;
}
