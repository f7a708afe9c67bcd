// expect: runtime_error
// detail: SIGSEGV
// Unbounded recursion with a frame the optimizer cannot drop.
#include <stdio.h>
int depth(volatile int n) {
    volatile char frame[256];
    frame[0] = (char)n;
    return depth(n + 1) + frame[0];
}
int main(void) {
    printf("%d\n", depth(0));
    return 0;
}
