// expect: accepted
// stdout: thread limit reached
// Starts threads until the process limit refuses one.
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>
static void *sleeper(void *unused) {
    (void)unused;
    for (;;) pause();
    return NULL;
}
int main(void) {
    int count = 0;
    pthread_t thread;
    while (count < 100000 && pthread_create(&thread, NULL, sleeper, NULL) == 0) count++;
    printf("thread limit reached after %d threads\n", count);
    return 0;
}
