/* Confined mode: what confines a run on a machine that refuses new namespaces (a container
   under Docker's default seccomp profile). A Landlock ruleset stands in for the mount
   namespace's view, and as root a uid of the run's own stands in for the PID namespace: every
   process of that uid is killed when the run ends. Everything here may run in the sandbox's
   init or its program process, which share the launcher's memory: raw system calls only. */
#define _GNU_SOURCE
#include "internal.h"
#include "rawsyscall.h"

#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>

#ifndef SYS_landlock_create_ruleset
#define SYS_landlock_create_ruleset 444
#define SYS_landlock_add_rule 445
#define SYS_landlock_restrict_self 446
#endif

/* The kernel's Landlock interface (linux/landlock.h), spelled out: Debian's headers predate
   the network and scope fields. */
enum {
    LL_CREATE_RULESET_VERSION = 1,
    LL_RULE_PATH_BENEATH = 1,
    LL_SCOPE_ABSTRACT_UNIX_SOCKET = 1,
    LL_SCOPE_SIGNAL = 2,
    LL_NET_BIND_TCP = 1,
    LL_NET_CONNECT_TCP = 2,
};
#define LL_FS_EXECUTE (1ULL << 0)
#define LL_FS_WRITE_FILE (1ULL << 1)
#define LL_FS_READ_FILE (1ULL << 2)
#define LL_FS_READ_DIR (1ULL << 3)
#define LL_FS_TRUNCATE (1ULL << 14)
#define LL_FS_IOCTL_DEV (1ULL << 15)
/* The rights a rule on a file (not a directory) may carry. */
#define LL_FS_FILE_RIGHTS (LL_FS_EXECUTE | LL_FS_WRITE_FILE | LL_FS_READ_FILE | LL_FS_TRUNCATE | LL_FS_IOCTL_DEV)
#define LL_FS_READ (LL_FS_EXECUTE | LL_FS_READ_FILE | LL_FS_READ_DIR)

struct ll_ruleset_attr {
    unsigned long long handled_access_fs;
    unsigned long long handled_access_net;
    unsigned long long scoped;
};
struct ll_path_beneath_attr {
    unsigned long long allowed_access;
    int parent_fd;
} __attribute__((packed));

int sg_landlock_abi(void) {
    long abi = SG_RAW3(SYS_landlock_create_ruleset, 0, 0, LL_CREATE_RULESET_VERSION);
    return abi < 0 ? 0 : (int)abi;
}

/* The filesystem rights an ABI knows: 13 in ABI 1, REFER from 2, TRUNCATE from 3, IOCTL_DEV
   from 5. Handled rights no rule grants are denied everywhere. */
static unsigned long long handled_fs(int abi) {
    if (abi >= 5) return (1ULL << 16) - 1;
    if (abi >= 3) return (1ULL << 15) - 1;
    if (abi >= 2) return (1ULL << 14) - 1;
    return (1ULL << 13) - 1;
}

static long allow_beneath(int ruleset, const char *path, unsigned long long rights) {
    int fd = (int)SG_RAW4(SYS_openat, AT_FDCWD, path, O_PATH | O_CLOEXEC, 0);
    if (fd < 0) return fd;
    struct stat info;
    long r = SG_RAW4(SYS_newfstatat, fd, "", &info, AT_EMPTY_PATH);
    if (r == 0) {
        if (!S_ISDIR(info.st_mode)) rights &= LL_FS_FILE_RIGHTS;
        struct ll_path_beneath_attr rule = {.allowed_access = rights, .parent_fd = fd};
        r = SG_RAW4(SYS_landlock_add_rule, ruleset, LL_RULE_PATH_BENEATH, &rule, 0);
    }
    SG_RAW1(SYS_close, fd);
    return r;
}

long sg_landlock_restrict(const sg_run_config *c, const char *writable) {
    int abi = sg_landlock_abi();
    if (abi <= 0) return -EOPNOTSUPP;
    struct ll_ruleset_attr attr = {.handled_access_fs = handled_fs(abi)};
    unsigned long size = sizeof attr.handled_access_fs;
    if (abi >= 4) {
        /* Handled with no rule: no TCP bind or connect at all. */
        attr.handled_access_net = LL_NET_BIND_TCP | LL_NET_CONNECT_TCP;
        size = sizeof attr.handled_access_fs + sizeof attr.handled_access_net;
    }
    if (abi >= 6) {
        /* Abstract Unix sockets and signals reach only processes of this run's domain. */
        attr.scoped = LL_SCOPE_ABSTRACT_UNIX_SOCKET | LL_SCOPE_SIGNAL;
        size = sizeof attr;
    }
    int ruleset = (int)SG_RAW3(SYS_landlock_create_ruleset, &attr, size, 0);
    if (ruleset < 0) return ruleset;
    long r = 0;
    for (int i = 0; i < c->bind_count && r == 0; i++) {
        const sg_bind *bind = &c->binds[i];
        if (bind->link || !bind->source) continue;
        r = allow_beneath(ruleset, bind->source, bind->writable ? attr.handled_access_fs : LL_FS_READ);
    }
    if (r == 0 && writable) r = allow_beneath(ruleset, writable, attr.handled_access_fs);
    if (r == 0) r = SG_RAW2(SYS_landlock_restrict_self, ruleset, 0);
    SG_RAW1(SYS_close, ruleset);
    return r;
}

/* Whether a process of `uid` other than `self` shows in /proc (zombies included: they stay
   until reaped). /proc/PID belongs to the process's effective uid while it is dumpable. */
static int uid_has_processes(int uid, long self) {
    int proc = (int)SG_RAW4(SYS_openat, AT_FDCWD, "/proc", O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);
    if (proc < 0) return 1;
    char buffer[4096] __attribute__((aligned(8)));
    int found = 0;
    long n;
    while (!found && (n = SG_RAW3(SYS_getdents64, proc, buffer, sizeof buffer)) > 0) {
        for (long at = 0; at < n && !found;) {
            const sg_dirent64 *entry = (const void *)(buffer + at);
            at += entry->length;
            long pid = 0;
            const char *c = entry->name;
            for (; *c >= '0' && *c <= '9'; c++) pid = pid * 10 + (*c - '0');
            if (*c || pid == 0 || pid == self) continue;
            struct stat info;
            if (SG_RAW4(SYS_newfstatat, proc, entry->name, &info, 0) == 0 && (int)info.st_uid == uid) found = 1;
        }
    }
    SG_RAW1(SYS_close, proc);
    return found;
}

/* The killer: as the run's uid, signals every process of that uid (kill(-1) spares only the
   caller; its result says nothing, it succeeds while any process exists) until /proc shows
   none twice in a row, or `rounds` have passed (zombies stay until their parent reaps them). */
typedef struct kill_order {
    int uid;
    int rounds;
} kill_order;

static int killer_main(void *raw) {
    const kill_order *order = raw;
    int uid = order->uid, rounds = order->rounds, clear = 0;
    if (SG_RAW3(SYS_setresuid, uid, uid, uid) < 0) SG_RAW1(SYS_exit, 2);
    long self = SG_RAW0(SYS_getpid);
    for (int round = 0; round < rounds; round++) {
        SG_RAW2(SYS_kill, -1, SIGKILL);
        clear = uid_has_processes(uid, self) ? 0 : clear + 1;
        if (clear == 2) SG_RAW1(SYS_exit, 0);
        SG_RAW0(SYS_sched_yield);
    }
    SG_RAW1(SYS_exit, 1);
    return 1;
}

int sg_kill_uid_start(int uid, int rounds, void *stack, size_t stack_size, void *order_space) {
    kill_order *order = order_space;
    order->uid = uid;
    order->rounds = rounds;
    char *top = (char *)stack + stack_size;
    top -= (unsigned long)top % 16;
    return clone(killer_main, top, CLONE_VM | SIGCHLD, order);
}

void sg_kill_uid(int uid) {
    /* A killer on this thread's stack; the thread waits for it (CLONE_VFORK), which spares
       the pid race of a separate wait. Bounded: nobody here reaps the run's processes. */
    char stack[16384] __attribute__((aligned(16)));
    kill_order order = {uid, 256};
    int pid = clone(killer_main, stack + sizeof stack, CLONE_VM | CLONE_VFORK | SIGCHLD, &order);
    if (pid > 0) while (SG_RAW4(SYS_wait4, pid, 0, __WALL, 0) == -EINTR) {}
}
