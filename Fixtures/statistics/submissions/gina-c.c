#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#define MAX 100000

double a[MAX];

int cmp(const void *x, const void *y)
{
    double d = *(double *)x - *(double *)y;
    return d < 0 ? -1 : d > 0;
}

int main(void)
{
    int n = 0;
    char word[100];
    while (n < MAX && scanf("%99s", word) == 1) {
        char *end;
        a[n] = strtod(word, &end);
        if (*end != '\0' || end == word) {
            fprintf(stderr, "error: not a number: %s\n", word);
            return 1;
        }
        n++;
    }
    if (n == 0) {
        fprintf(stderr, "error: no numbers\n");
        return 1;
    }
    qsort(a, n, sizeof(double), cmp);

    double sum = 0, sq = 0;
    for (int i = 0; i < n; i++)
        sum += a[i];
    double mean = sum / n;
    for (int i = 0; i < n; i++)
        sq += (a[i] - mean) * (a[i] - mean);
    double median = n % 2 ? a[n / 2] : (a[n / 2 - 1] + a[n / 2]) / 2;

    /* %g drops the useless zeros */
    printf("count: %d\n", n);
    printf("min: %g\n", a[0]);
    printf("max: %g\n", a[n - 1]);
    printf("mean: %g\n", mean);
    printf("median: %g\n", median);
    printf("stdev: %g\n", sqrt(sq / n));
    return 0;
}
