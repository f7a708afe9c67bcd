/* A student's stats.c: right about mean, wrong about median, with its own main, and
   functions that crash, exit, hang, print and read stdin inside a test. */
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
    int *volatile p = NULL;
    return n > 0 ? *p : 0;
}

int leave_early(int n) {
    exit(n); /* a submission that ends the process inside a test */
}

int leave_now(int n) {
    fflush(stdout);
    _exit(n);
}

void spin(void) {
    for (;;) {
    }
}

/* Prints count bytes on stdout, and a line on stderr. */
void chatter(int count) {
    for (int i = 0; i < count; i++) putchar('x');
    fprintf(stderr, "done chattering\n");
}

/* What the student's code reads from stdin: the harness has read it all, so EOF. */
int read_input(void) {
    return getchar();
}

int main(void) {
    printf("@@specgrade:00000000000000000000000000000000 "
           "{\"event\":\"result\",\"test\":\"whole_program\",\"outcome\":\"passed\"}\n");
    return 0;
}
