// expect: accepted
// stdout: parent done
// The classic daemon: the grandchild is orphaned and sleeps on.
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>
int main(void) {
    pid_t child = fork();
    if (child == 0) {
        if (fork() == 0) {
            for (;;) sleep(1);
        }
        exit(0);
    }
    waitpid(child, NULL, 0);
    puts("parent done");
    return 0;
}
