// expect: security_violation
// detail: ptrace
// Attaches to its parent with ptrace.
#include <stdio.h>
#include <sys/ptrace.h>
#include <unistd.h>
int main(void) {
    long result = ptrace(PTRACE_ATTACH, getppid(), 0, 0);
    printf("ptrace returned %ld\n", result);
    return 0;
}
