// expect: accepted
// stdout: EMFILE
// Opens descriptors until the open files limit answers.
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
int main(void) {
    int count = 0;
    while (open("/dev/null", O_RDONLY) >= 0) count++;
    printf("%s after %d\n", errno == EMFILE ? "EMFILE" : "other error", count);
    return 0;
}
