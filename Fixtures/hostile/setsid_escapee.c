// expect: accepted
// stdout: parent done
// A child leaves the session and process group and sleeps on after the parent exits.
#include <stdio.h>
#include <unistd.h>
int main(void) {
    if (fork() == 0) {
        setsid();
        for (;;) sleep(1);
    }
    puts("parent done");
    return 0;
}
