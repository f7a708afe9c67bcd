#include <stdio.h>
int main(void) {
    char line[4096];
    while (fgets(line, sizeof line, stdin)) {
        long long sum = 0, n; int used; char *p = line;
        while (sscanf(p, "%lld%n", &n, &used) == 1) { sum += n; p += used; }
        printf("%lld\n", sum);
    }
    return 0;
}
