// expect: time_limit
// Forks forever; the pids limit stops the growth, the CPU limit stops the run.
#include <unistd.h>
int main(void) {
    for (;;) fork();
}
