/* The seccomp-BPF filter every sandboxed program runs under, built from the kernel headers.
   Dangerous calls go to the sandbox's init as user notifications: it records the call's name
   and kills the run (security_violation). New namespaces through clone, foreign
   architectures and x32 calls kill the process outright (SIGSYS). clone3 is
   answered with ENOSYS so libc falls back to clone, whose flags the filter can inspect;
   socket() fails with EAFNOSUPPORT for every family. Confined mode (no namespaces) refuses
   what the namespaces would have made private: binding or connecting a socketpair end by
   name, System V IPC objects with a key, POSIX message queues (EACCES). */
#define _GNU_SOURCE
#include "internal.h"

#include <errno.h>
#include <linux/audit.h>
#include <linux/seccomp.h>
#include <sched.h>
#include <stddef.h>
#include <stdlib.h>
#include <sys/syscall.h>

#if defined(__x86_64__)
#define SG_AUDIT_ARCH AUDIT_ARCH_X86_64
#elif defined(__aarch64__)
#define SG_AUDIT_ARCH AUDIT_ARCH_AARCH64
#else
#error "seccomp filter: unsupported architecture"
#endif

#define SG_NAMESPACE_FLAGS \
    (CLONE_NEWUSER | CLONE_NEWPID | CLONE_NEWNET | CLONE_NEWNS | CLONE_NEWIPC | CLONE_NEWUTS | CLONE_NEWCGROUP)

/* Calls no student program needs and every escape uses, with their names for verdicts. */
static const struct {
    int number;
    const char *name;
} blocked[] = {
#ifdef __NR_ptrace
    {__NR_ptrace, "ptrace"},
#endif
    {__NR_process_vm_readv, "process_vm_readv"}, {__NR_process_vm_writev, "process_vm_writev"},
    {__NR_mount, "mount"}, {__NR_umount2, "umount2"}, {__NR_pivot_root, "pivot_root"},
    {__NR_chroot, "chroot"},
#ifdef __NR_fsopen
    {__NR_fsopen, "fsopen"}, {__NR_fsconfig, "fsconfig"}, {__NR_fsmount, "fsmount"}, {__NR_fspick, "fspick"},
    {__NR_move_mount, "move_mount"}, {__NR_open_tree, "open_tree"},
#endif
#ifdef __NR_mount_setattr
    {__NR_mount_setattr, "mount_setattr"},
#endif
    {__NR_reboot, "reboot"}, {__NR_kexec_load, "kexec_load"},
#ifdef __NR_kexec_file_load
    {__NR_kexec_file_load, "kexec_file_load"},
#endif
    {__NR_bpf, "bpf"}, {__NR_keyctl, "keyctl"}, {__NR_add_key, "add_key"}, {__NR_request_key, "request_key"},
    {__NR_perf_event_open, "perf_event_open"},
    {__NR_unshare, "unshare"}, {__NR_setns, "setns"},
    {__NR_init_module, "init_module"}, {__NR_finit_module, "finit_module"},
    {__NR_delete_module, "delete_module"},
    {__NR_swapon, "swapon"}, {__NR_swapoff, "swapoff"}, {__NR_syslog, "syslog"}, {__NR_acct, "acct"},
    {__NR_quotactl, "quotactl"},
    {__NR_open_by_handle_at, "open_by_handle_at"}, {__NR_name_to_handle_at, "name_to_handle_at"},
    {__NR_settimeofday, "settimeofday"}, {__NR_clock_settime, "clock_settime"},
    {__NR_clock_adjtime, "clock_adjtime"}, {__NR_adjtimex, "adjtimex"},
    {__NR_sethostname, "sethostname"}, {__NR_setdomainname, "setdomainname"}, {__NR_vhangup, "vhangup"},
    {__NR_io_uring_setup, "io_uring_setup"}, {__NR_io_uring_enter, "io_uring_enter"},
    {__NR_io_uring_register, "io_uring_register"},
    {__NR_userfaultfd, "userfaultfd"}, {__NR_fanotify_init, "fanotify_init"}, {__NR_kcmp, "kcmp"},
#ifdef __NR_pidfd_getfd
    {__NR_pidfd_getfd, "pidfd_getfd"},
#endif
#ifdef __NR_iopl
    {__NR_iopl, "iopl"}, {__NR_ioperm, "ioperm"},
#endif
#ifdef __NR_uselib
    {__NR_uselib, "uselib"},
#endif
#ifdef __NR_lookup_dcookie
    {__NR_lookup_dcookie, "lookup_dcookie"},
#endif

};

#define STMT(code, k) ((struct sock_filter)BPF_STMT(code, k))
#define JUMP(code, k, jt, jf) ((struct sock_filter)BPF_JUMP(code, k, jt, jf))
#define ARG_LOW(n) (offsetof(struct seccomp_data, args) + (n) * sizeof(__u64))

const char *sg_syscall_name(int number) {
    for (size_t i = 0; i < sizeof blocked / sizeof blocked[0]; i++)
        if (blocked[i].number == number) return blocked[i].name;
    return NULL;
}

/* What the filter does with a call it names; every other call is allowed. */
enum { ACTION_NOTIFY, ACTION_KILL, ACTION_NO_CLONE3, ACTION_NO_SOCKET, ACTION_CLONE, ACTION_REFUSE, ACTION_PRIVATE_KEY_ONLY };
typedef struct {
    unsigned number;
    int action;
} rule;

static int action_length(int action) {
    return action == ACTION_CLONE || action == ACTION_PRIVATE_KEY_ONLY ? 4 : 1;
}

static int emit_action(struct sock_filter *p, int n, int action) {
    switch (action) {
    case ACTION_NOTIFY:
        /* The sandbox's init is told (user notification), names the call in the run's result
           and kills the run; the call itself never proceeds. */
        p[n++] = STMT(BPF_RET | BPF_K, SECCOMP_RET_USER_NOTIF);
        break;
    case ACTION_KILL:
        /* Confined mode: a container's own filter may answer the call first with an error,
           which outranks a user notification (the program would carry on as if refused);
           only a kill outranks it. The verdict is still security_violation, by SIGSYS,
           without the call's name. */
        p[n++] = STMT(BPF_RET | BPF_K, SECCOMP_RET_KILL_PROCESS);
        break;
    case ACTION_NO_CLONE3:
        p[n++] = STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | ENOSYS);
        break;
    case ACTION_NO_SOCKET:
        /* No family at all. socketpair stays allowed (runtimes use it), and one of its ends
           can be bound to an abstract name: that is why every init has a network namespace
           of its own. It fails as on a kernel without the family rather than killing: the
           JVM probes for IPv6 with an AF_INET socket, and copes. */
        p[n++] = STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | EAFNOSUPPORT);
        break;
    case ACTION_REFUSE:
        p[n++] = STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | EACCES);
        break;
    case ACTION_PRIVATE_KEY_ONLY:
        /* shmget, semget, msgget: IPC_PRIVATE (key 0) objects only; a keyed one is how two
           runs sharing the host's IPC namespace would meet. */
        p[n++] = STMT(BPF_LD | BPF_W | BPF_ABS, ARG_LOW(0));
        p[n++] = JUMP(BPF_JMP | BPF_JEQ | BPF_K, 0, 0, 1);
        p[n++] = STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW);
        p[n++] = STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | EACCES);
        break;
    default:
        /* clone: threads and processes yes, new namespaces no. */
        p[n++] = STMT(BPF_LD | BPF_W | BPF_ABS, ARG_LOW(0));
        p[n++] = JUMP(BPF_JMP | BPF_JSET | BPF_K, SG_NAMESPACE_FLAGS, 0, 1);
        p[n++] = STMT(BPF_RET | BPF_K, SECCOMP_RET_KILL_PROCESS);
        p[n++] = STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW);
    }
    return n;
}

/* Code for rules[lo, hi) (sorted by number) from p[n]: a binary search, so that a call meets
   a handful of comparisons, not one per rule. The kernel runs the filter for every system
   call number when it is installed (to cache the calls it always allows), once per program,
   under a lock with interrupts off. Returns the next free index, or -1 past `capacity`. */
static int emit_search(struct sock_filter *p, int n, int capacity, const rule *rules, int lo, int hi) {
    if (hi - lo <= 3) {
        for (int i = lo; i < hi; i++) {
            int length = action_length(rules[i].action);
            if (n + 1 + length > capacity) return -1;
            p[n++] = JUMP(BPF_JMP | BPF_JEQ | BPF_K, rules[i].number, 0, (unsigned char)length);
            n = emit_action(p, n, rules[i].action);
        }
        if (n >= capacity) return -1;
        p[n++] = STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW);
        return n;
    }
    int middle = (lo + hi) / 2, branch = n++;
    if (branch >= capacity || (n = emit_search(p, n, capacity, rules, lo, middle)) < 0) return -1;
    /* At or above the middle number: skip the lower half's code (jumps go forward only). */
    if (n - branch - 1 > 255) return -1;
    p[branch] = JUMP(BPF_JMP | BPF_JGE | BPF_K, rules[middle].number, (unsigned char)(n - branch - 1), 0);
    return emit_search(p, n, capacity, rules, middle, hi);
}

static int by_number(const void *left, const void *right) {
    unsigned a = ((const rule *)left)->number, b = ((const rule *)right)->number;
    return a < b ? -1 : a > b;
}

int sg_seccomp_build(struct sock_filter *p, int capacity, int confined) {
    enum { BLOCKED = sizeof blocked / sizeof blocked[0] };
    rule rules[BLOCKED + 10];
    int count = 0;
    for (int i = 0; i < BLOCKED; i++)
        rules[count++] = (rule){(unsigned)blocked[i].number, confined ? ACTION_KILL : ACTION_NOTIFY};
#ifdef __NR_clone3
    rules[count++] = (rule){__NR_clone3, ACTION_NO_CLONE3};
#endif
    rules[count++] = (rule){__NR_clone, ACTION_CLONE};
    rules[count++] = (rule){__NR_socket, ACTION_NO_SOCKET};
    if (confined) {
        static const unsigned refused[] = {__NR_bind, __NR_connect, __NR_listen, __NR_mq_open};
        for (size_t i = 0; i < sizeof refused / sizeof refused[0]; i++) rules[count++] = (rule){refused[i], ACTION_REFUSE};
        static const unsigned keyed[] = {__NR_shmget, __NR_semget, __NR_msgget};
        for (size_t i = 0; i < sizeof keyed / sizeof keyed[0]; i++) rules[count++] = (rule){keyed[i], ACTION_PRIVATE_KEY_ONLY};
    }
    qsort(rules, (size_t)count, sizeof rules[0], by_number);

    int n = 0;
    if (capacity < 8) return -1;
    p[n++] = STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, arch));
    p[n++] = JUMP(BPF_JMP | BPF_JEQ | BPF_K, SG_AUDIT_ARCH, 1, 0);
    p[n++] = STMT(BPF_RET | BPF_K, SECCOMP_RET_KILL_PROCESS);
    p[n++] = STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, nr));
#if defined(__x86_64__)
    /* x32 system calls reach the same kernel entry points under other numbers. */
    p[n++] = JUMP(BPF_JMP | BPF_JGE | BPF_K, 0x40000000, 0, 1);
    p[n++] = STMT(BPF_RET | BPF_K, SECCOMP_RET_KILL_PROCESS);
#endif
    return emit_search(p, n, capacity, rules, 0, count);
}
