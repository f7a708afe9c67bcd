/* Inside the sandbox: the namespace's init (PID 1) builds the filesystem view, starts the
   program as PID 2, reaps everything and reports the program's end to the launcher. When it
   exits, the kernel kills every process left in the PID namespace.
   Runs in a clone of a multithreaded process: no malloc, no stdio, only system calls. */
#define _GNU_SOURCE
#include "internal.h"

#include <errno.h>
#include <fcntl.h>
#include <linux/seccomp.h>
#include <sched.h>
#include <signal.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

/* Indexes of these names are the `stage` of a SETUP_FAILED message. */
const char *const sg_stage_names[] = {
    "waiting for the launcher", "making mounts private", "mounting the new root tmpfs",
    "creating a mount point", "bind-mounting a directory", "remounting a bind read-only",
    "mounting /proc", "writing an input file", "pivot_root", "detaching the old root",
    "setting the hostname", "starting the program", "dropping to the sandbox uid/gid",
    "setting rlimits", "setting no_new_privs", "installing the seccomp filter",
    "opening standard streams", "remounting the root read-only", "entering /work",
};
enum {
    STAGE_SYNC, STAGE_PRIVATE, STAGE_TMPFS, STAGE_MKDIR, STAGE_BIND, STAGE_RDONLY, STAGE_PROC, STAGE_FILE, STAGE_PIVOT, STAGE_DETACH,
    STAGE_HOSTNAME, STAGE_FORK, STAGE_DROP, STAGE_RLIMIT, STAGE_NNP, STAGE_SECCOMP, STAGE_STDIO, STAGE_ROOT_RO, STAGE_CHDIR,
};

static void report(int fd, int type, int stage, int err) {
    sg_status_msg msg = {.type = type, .err = err, .stage = stage};
    ssize_t ignored = write(fd, &msg, sizeof msg);
    (void)ignored;
}

static _Noreturn void fail(const sg_init_args *a, int stage) {
    report(a->status_fd, SG_MSG_SETUP_FAILED, stage, errno);
    _exit(120);
}

/* dst = a + b (+ c), bounded; returns dst. */
static char *join(char *dst, size_t size, const char *a, const char *b, const char *c) {
    size_t n = 0;
    const char *parts[] = {a, b, c};
    for (int i = 0; i < 3; i++)
        for (const char *p = parts[i]; p && *p && n + 1 < size; p++) dst[n++] = *p;
    dst[n] = 0;
    return dst;
}

/* mkdir -p for a path inside the new root. */
static int make_dirs(char *path, mode_t mode) {
    for (char *p = path + 1; *p; p++) {
        if (*p != '/') continue;
        *p = 0;
        int r = mkdir(path, mode);
        *p = '/';
        if (r != 0 && errno != EEXIST) return -1;
    }
    return mkdir(path, mode) != 0 && errno != EEXIST ? -1 : 0;
}

/* Mount flags a user namespace may not clear on a bind of an existing mount. */
static unsigned long locked_flags(const char *path) {
    struct statvfs info;
    if (statvfs(path, &info) != 0) return 0;
    unsigned long flags = 0;
    if (info.f_flag & ST_NOSUID) flags |= MS_NOSUID;
    if (info.f_flag & ST_NODEV) flags |= MS_NODEV;
    if (info.f_flag & ST_NOEXEC) flags |= MS_NOEXEC;
    if (info.f_flag & ST_RELATIME) flags |= MS_RELATIME;
    if (info.f_flag & ST_NOATIME) flags |= MS_NOATIME;
    if (info.f_flag & ST_NODIRATIME) flags |= MS_NODIRATIME;
    return flags;
}

static void bind_into(const sg_init_args *a, const char *root, const sg_bind *bind) {
    char target[1024];
    join(target, sizeof target, root, bind->target, NULL);
    if (bind->link) {
        char *slash = strrchr(target, '/');
        *slash = 0;
        if (make_dirs(target, 0755) != 0) fail(a, STAGE_MKDIR);
        *slash = '/';
        if (symlink(bind->link, target) != 0) fail(a, STAGE_MKDIR);
        return;
    }
    struct stat info;
    if (stat(bind->source, &info) != 0) fail(a, STAGE_BIND);
    if (S_ISDIR(info.st_mode)) {
        if (make_dirs(target, 0755) != 0) fail(a, STAGE_MKDIR);
    } else {
        char *slash = strrchr(target, '/');
        *slash = 0;
        if (make_dirs(target, 0755) != 0) fail(a, STAGE_MKDIR);
        *slash = '/';
        int fd = open(target, O_CREAT | O_WRONLY | O_CLOEXEC, 0644);
        if (fd < 0) fail(a, STAGE_MKDIR);
        close(fd);
    }
    if (mount(bind->source, target, NULL, MS_BIND | MS_REC, NULL) != 0) fail(a, STAGE_BIND);
    unsigned long flags = MS_REMOUNT | MS_BIND | MS_NOSUID | locked_flags(target);
    if (!bind->writable) flags |= MS_RDONLY;
    if (mount(NULL, target, NULL, flags, NULL) != 0) fail(a, STAGE_RDONLY);
}

static void write_all(const sg_init_args *a, int fd, const unsigned char *data, size_t size) {
    while (size > 0) {
        ssize_t n = write(fd, data, size);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) fail(a, STAGE_FILE);
        data += n;
        size -= (size_t)n;
    }
}

static void place_files(const sg_init_args *a, const char *work) {
    const sg_run_config *c = a->config;
    for (int i = 0; i < c->file_count; i++) {
        char path[1024];
        join(path, sizeof path, work, "/", c->files[i].name);
        char *slash = strrchr(path, '/');
        *slash = 0;
        if (make_dirs(path, 0755) != 0) fail(a, STAGE_FILE);
        *slash = '/';
        int fd = open(path, O_CREAT | O_TRUNC | O_WRONLY | O_CLOEXEC | O_NOFOLLOW, 0644);
        if (fd < 0) fail(a, STAGE_FILE);
        write_all(a, fd, c->files[i].data, c->files[i].size);
        if (a->is_root && fchown(fd, (uid_t)a->run_uid, (gid_t)a->run_gid) != 0) fail(a, STAGE_FILE);
        close(fd);
    }
}

/* Builds the view on a fresh tmpfs and makes it the root: system directories read-only,
   /work and /tmp writable, a few device nodes, a /proc of this PID namespace only. */
static void build_view(const sg_init_args *a) {
    const sg_run_config *c = a->config;
    const char *root = c->mount_point;
    if (mount(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) != 0) fail(a, STAGE_PRIVATE);
    char options[64] = "mode=0755,size=";
    {
        char digits[24];
        int n = 0;
        long long size = c->limits.workspace_bytes;
        do { digits[n++] = (char)('0' + size % 10); size /= 10; } while (size > 0 && n < 23);
        size_t at = strlen(options);
        while (n > 0 && at + 1 < sizeof options) options[at++] = digits[--n];
        options[at] = 0;
    }
    if (mount("specgrade", root, "tmpfs", MS_NOSUID | MS_NODEV, options) != 0) fail(a, STAGE_TMPFS);

    char path[1024];
    static const char *const dirs[] = {"/proc", "/dev", "/tmp", "/work"};
    for (int i = 0; i < 4; i++)
        if (mkdir(join(path, sizeof path, root, dirs[i], NULL), 0755) != 0) fail(a, STAGE_MKDIR);
    if (chmod(join(path, sizeof path, root, "/tmp", NULL), 01777) != 0) fail(a, STAGE_MKDIR);
    if (a->is_root && chown(join(path, sizeof path, root, "/work", NULL), (uid_t)a->run_uid, (gid_t)a->run_gid) != 0)
        fail(a, STAGE_MKDIR);

    for (int i = 0; i < c->bind_count; i++) bind_into(a, root, &c->binds[i]);
    static const char *const devices[] = {"/dev/null", "/dev/zero", "/dev/urandom"};
    for (int i = 0; i < 3; i++) {
        sg_bind device = {devices[i], devices[i], 1, NULL};
        bind_into(a, root, &device);
    }
    static const char *const links[][2] = {
        {"/dev/fd", "/proc/self/fd"}, {"/dev/stdin", "/proc/self/fd/0"},
        {"/dev/stdout", "/proc/self/fd/1"}, {"/dev/stderr", "/proc/self/fd/2"},
    };
    for (int i = 0; i < 4; i++) {
        sg_bind link = {NULL, links[i][0], 0, links[i][1]};
        bind_into(a, root, &link);
    }
    if (c->work_source) {
        sg_bind work = {c->work_source, "/work", 1, NULL};
        bind_into(a, root, &work);
    } else {
        /* /work and /tmp are their own mounts so the root can be made read-only. */
        place_files(a, join(path, sizeof path, root, "/work", NULL));
    }
    static const char *const writable[] = {"/tmp", "/work"};
    for (int i = c->work_source ? 1 : 0; i < 2; i++) {
        join(path, sizeof path, root, writable[i], NULL);
        if (i == 0 || !c->work_source)
            if (mount(path, path, NULL, MS_BIND, NULL) != 0) fail(a, STAGE_BIND);
    }
    /* A proc of this PID namespace; it must be mounted while the host's /proc is visible. */
    if (mount("proc", join(path, sizeof path, root, "/proc", NULL), "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC,
              NULL) != 0)
        fail(a, STAGE_PROC);

    if (chdir(root) != 0) fail(a, STAGE_PIVOT);
    if (syscall(SYS_pivot_root, ".", ".") != 0) fail(a, STAGE_PIVOT);
    if (umount2(".", MNT_DETACH) != 0) fail(a, STAGE_DETACH);
    if (chdir("/") != 0) fail(a, STAGE_PIVOT);
    if (mount(NULL, "/", NULL, MS_REMOUNT | MS_BIND | MS_RDONLY | MS_NOSUID | MS_NODEV, NULL) != 0) fail(a, STAGE_ROOT_RO);
}

static void set_limit(const sg_init_args *a, int resource, long long soft, long long hard) {
    struct rlimit limit = {(rlim_t)soft, (rlim_t)hard};
    if (setrlimit(resource, &limit) != 0) fail(a, STAGE_RLIMIT);
}

/* `name` found on PATH inside the view (PATH from the program's environment). */
static const char *resolve(const char *name, const char *const *envp, char *buffer, size_t size) {
    if (strchr(name, '/')) return name;
    const char *path = "/usr/local/bin:/usr/bin:/bin";
    for (const char *const *e = envp; e && *e; e++)
        if (strncmp(*e, "PATH=", 5) == 0) path = *e + 5;
    while (*path) {
        const char *end = strchr(path, ':');
        size_t length = end ? (size_t)(end - path) : strlen(path);
        if (length > 0 && length + strlen(name) + 2 < size) {
            memcpy(buffer, path, length);
            buffer[length] = '/';
            strcpy(buffer + length + 1, name);
            if (access(buffer, X_OK) == 0) return buffer;
        }
        if (!end) break;
        path = end + 1;
    }
    return name;
}

/* The program (PID 2): standard streams, uid drop, rlimits, no_new_privs, seccomp, exec. */
static int program_main(void *raw) {
    const sg_init_args *a = raw;
    const sg_run_config *c = a->config;
    if (dup2(a->stdin_fd, 0) < 0 || dup2(a->stdout_fd, 1) < 0 || dup2(a->stderr_fd, 2) < 0) fail(a, STAGE_STDIO);
    /* Every other descriptor closes on exec; the status pipe stays open until then. */
    syscall(SYS_close_range, 3, ~0U, 4 /* CLOSE_RANGE_CLOEXEC */);
    if (chdir("/work") != 0) fail(a, STAGE_CHDIR);
    if (a->is_root && (c->layers & SG_LAYER_UNPRIVILEGED)) {
        /* Raw system calls: glibc's wrappers would try to change the ids of every thread of
           the launcher's process, which this clone believes it still has, and hang. */
        gid_t gid = (gid_t)a->run_gid;
        uid_t uid = (uid_t)a->run_uid;
        if (syscall(SYS_setgroups, 1, &gid) != 0 || syscall(SYS_setresgid, gid, gid, gid) != 0) fail(a, STAGE_DROP);
        if (syscall(SYS_setresuid, uid, uid, uid) != 0) fail(a, STAGE_DROP);
    }
    if (c->layers & SG_LAYER_RLIMITS) {
        const sg_limits *l = &c->limits;
        long long cpu = (l->cpu_ms + 999) / 1000;
        set_limit(a, RLIMIT_CPU, cpu, cpu + 1);
        set_limit(a, RLIMIT_FSIZE, l->file_size_bytes, l->file_size_bytes);
        set_limit(a, RLIMIT_NOFILE, l->open_files, l->open_files);
        set_limit(a, RLIMIT_CORE, 0, 0);
        set_limit(a, RLIMIT_STACK, l->stack_bytes, l->stack_bytes);
        /* Counted per user namespace, so per run: the fallback when no pids cgroup exists. */
        set_limit(a, RLIMIT_NPROC, l->processes, l->processes);
        /* RLIMIT_AS only without a memory cgroup: it kills the JVM, and the cgroup is exact. */
        if (!(c->layers & SG_LAYER_CGROUP)) set_limit(a, RLIMIT_AS, l->memory_bytes, l->memory_bytes);
    }
    if ((c->layers & SG_LAYER_NO_NEW_PRIVS) && prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0) fail(a, STAGE_NNP);
    char buffer[1024];
    const char *path = c->argv ? resolve(c->argv[0], c->envp, buffer, sizeof buffer) : NULL;
    if (c->layers & SG_LAYER_SECCOMP) {
        struct sock_fprog program = {.len = (unsigned short)a->filter_length,
                                     .filter = (struct sock_filter *)a->filter};
        if (syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, &program) != 0) fail(a, STAGE_SECCOMP);
    }
    if (!c->argv) _exit(0);
    execve(path, (char *const *)c->argv, (char *const *)c->envp);
    report(a->status_fd, SG_MSG_EXEC_FAILED, 0, errno);
    _exit(127);
}

/* Closes every descriptor but the five init uses: the launcher's ends of this run's pipes and
   the pipes of concurrent runs must not stay open in here. */
static void close_others(const sg_init_args *a) {
    int keep[5] = {a->sync_fd, a->status_fd, a->stdin_fd, a->stdout_fd, a->stderr_fd};
    for (int i = 1; i < 5; i++)
        for (int j = i; j > 0 && keep[j] < keep[j - 1]; j--) {
            int t = keep[j];
            keep[j] = keep[j - 1];
            keep[j - 1] = t;
        }
    unsigned from = 0;
    for (int i = 0; i < 5; i++) {
        if ((unsigned)keep[i] > from) syscall(SYS_close_range, from, (unsigned)keep[i] - 1, 0);
        from = (unsigned)keep[i] + 1;
    }
    syscall(SYS_close_range, from, ~0U, 0);
}

int sg_init_main(void *raw) {
    sg_init_args *a = raw;
    const sg_run_config *c = a->config;
    char byte;
    close_others(a);
    /* The launcher writes our uid/gid maps and cgroup membership, then releases us. */
    if (read(a->sync_fd, &byte, 1) != 1) fail(a, STAGE_SYNC);
    close(a->sync_fd);
    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, NULL);
    for (int s = 1; s < 65; s++) signal(s, SIG_DFL);
    if (c->layers & SG_LAYER_MOUNT_NS) build_view(a);
    if ((c->layers & SG_LAYER_UTS_NS) && sethostname("sandbox", 7) != 0) fail(a, STAGE_HOSTNAME);

    /* vfork-style: init sleeps until the program has exec'd, sharing its memory until then. */
    static char stack[64 * 1024] __attribute__((aligned(16)));
    int program = clone(program_main, stack + sizeof stack, CLONE_VM | CLONE_VFORK | SIGCHLD, a);
    if (program < 0) fail(a, STAGE_FORK);
    close(a->stdin_fd);
    close(a->stdout_fd);
    close(a->stderr_fd);

    /* Reap everything (orphans are reparented to us) until the program itself ends. */
    long long cpu_us = 0, max_rss = 0;
    for (;;) {
        int status;
        struct rusage usage;
        int pid = wait4(-1, &status, __WALL, &usage);
        if (pid < 0) {
            if (errno == EINTR) continue;
            fail(a, STAGE_FORK);
        }
        cpu_us += (long long)usage.ru_utime.tv_sec * 1000000 + usage.ru_utime.tv_usec
                  + (long long)usage.ru_stime.tv_sec * 1000000 + usage.ru_stime.tv_usec;
        if (usage.ru_maxrss > max_rss) max_rss = usage.ru_maxrss;
        if (pid == program) {
            sg_status_msg msg = {.type = SG_MSG_EXITED, .wait_status = status, .cpu_us = cpu_us,
                                 .max_rss_kb = max_rss};
            ssize_t ignored = write(a->status_fd, &msg, sizeof msg);
            (void)ignored;
            _exit(0);
        }
    }
}
