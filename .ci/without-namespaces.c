/* Runs a command the way a container under Docker's default seccomp profile runs it, as far
   as namespaces go: unshare, setns, mount, umount2, pivot_root and the new mount API fail
   with EPERM, clone with any CLONE_NEW* flag fails with EPERM, clone3 with ENOSYS (so libc
   falls back to clone, whose flags a filter can read). Everything else is allowed.
   Build: gcc -O2 -o without-namespaces .ci/without-namespaces.c -lseccomp (libseccomp-dev). */
#define _GNU_SOURCE
#include <errno.h>
#include <sched.h>
#include <seccomp.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

int main(int argc, char **argv) {
    if (argc < 2) {
        fprintf(stderr, "usage: without-namespaces COMMAND [ARG...]\n");
        return 2;
    }
    scmp_filter_ctx filter = seccomp_init(SCMP_ACT_ALLOW);
    if (!filter) return 1;
    const char *refused[] = {"unshare", "setns", "mount", "umount2", "pivot_root", "fsopen", "fsmount",
                             "fsconfig", "fspick", "open_tree", "move_mount", "mount_setattr"};
    int failed = 0;
    for (size_t i = 0; i < sizeof refused / sizeof refused[0]; i++) {
        int number = seccomp_syscall_resolve_name(refused[i]);
        if (number != __NR_SCMP_ERROR) failed |= seccomp_rule_add(filter, SCMP_ACT_ERRNO(EPERM), number, 0);
    }
    const unsigned long flags[] = {CLONE_NEWUSER, CLONE_NEWPID, CLONE_NEWNET, CLONE_NEWNS,
                                   CLONE_NEWIPC, CLONE_NEWUTS, CLONE_NEWCGROUP};
    for (size_t i = 0; i < sizeof flags / sizeof flags[0]; i++)
        failed |= seccomp_rule_add(filter, SCMP_ACT_ERRNO(EPERM), SCMP_SYS(clone), 1,
                                   SCMP_A0(SCMP_CMP_MASKED_EQ, flags[i], flags[i]));
    failed |= seccomp_rule_add(filter, SCMP_ACT_ERRNO(ENOSYS), SCMP_SYS(clone3), 0);
    if (failed || seccomp_load(filter) != 0) {
        fprintf(stderr, "without-namespaces: cannot load the filter\n");
        return 1;
    }
    seccomp_release(filter);
    execvp(argv[1], argv + 1);
    fprintf(stderr, "without-namespaces: %s: %s\n", argv[1], strerror(errno));
    return 127;
}
