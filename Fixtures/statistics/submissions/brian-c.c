/* Descriptive statistics of the numbers on standard input. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

static int by_value(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

int main(void)
{
    size_t count = 0, capacity = 64;
    double *numbers = malloc(capacity * sizeof *numbers);
    char token[256];

    if (numbers == NULL)
        return 2;
    while (scanf("%255s", token) == 1) {
        char *end;
        double value = strtod(token, &end);
        if (end == token || *end != '\0') {
            fprintf(stderr, "error: not a number: %s\n", token);
            return 1;
        }
        if (count == capacity) {
            capacity *= 2;
            double *grown = realloc(numbers, capacity * sizeof *numbers);
            if (grown == NULL)
                return 2;
            numbers = grown;
        }
        numbers[count++] = value;
    }
    if (count == 0) {
        fprintf(stderr, "error: no numbers\n");
        return 1;
    }

    qsort(numbers, count, sizeof *numbers, by_value);
    double sum = 0;
    for (size_t i = 0; i < count; i++)
        sum += numbers[i];
    double mean = sum / count;
    double squares = 0;
    for (size_t i = 0; i < count; i++)
        squares += (numbers[i] - mean) * (numbers[i] - mean);
    double median = count % 2 ? numbers[count / 2]
                              : (numbers[count / 2 - 1] + numbers[count / 2]) / 2;

    printf("count: %zu\n", count);
    printf("min: %.6f\n", numbers[0]);
    printf("max: %.6f\n", numbers[count - 1]);
    printf("mean: %.6f\n", mean);
    printf("median: %.6f\n", median);
    printf("stdev: %.6f\n", sqrt(squares / count));
    free(numbers);
    return 0;
}
