/* Inside the sandbox: the namespace's init (PID 1) builds the filesystem view and starts a
   program process, which is born in or joins the run's cgroup and waits for its run; init
   reaps everything, and when the program ends it kills and reaps every process left in the
   PID namespace, reports the run's end to the launcher and starts the next program process
   (a session's next run). When init exits, the kernel kills every process left in the namespace.
   Init never enters the run's cgroup: it shares SpecGrade's memory, and a kernel OOM killer
   choosing a victim in the group by resident size would pick it and, with it, every process
   sharing that memory: SpecGrade. The program shares it too until exec, but as a vfork child
   the OOM killer never chooses it (in_vfork).
   Init shares the launcher's memory (CLONE_VM, no copy of a large process's page tables), so
   it runs on its own stack, allocates nothing, and makes only raw system calls (rawsyscall.h):
   no libc wrapper may write the launching thread's errno. */
#define _GNU_SOURCE
#include "internal.h"
#include "rawsyscall.h"

#include <dirent.h> /* DT_DIR only */
#include <errno.h> /* the E* constants only: errno itself is never touched */
#include <fcntl.h>
#include <linux/magic.h>
#include <linux/seccomp.h>
#include <sched.h>
#include <signal.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <poll.h>
#include <sys/signalfd.h>
#include <sys/socket.h>
#include <sys/statvfs.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

/* Each stage of setup once, with its name: a SETUP_FAILED message's `stage` indexes the names. */
#define SG_STAGES(X)                                                                              \
    X(SYNC, "waiting for the launcher")                                                           \
    X(PRIVATE, "making mounts private")                                                           \
    X(TMPFS, "mounting the new root tmpfs")                                                       \
    X(MKDIR, "creating a mount point")                                                            \
    X(BIND, "bind-mounting a directory")                                                          \
    X(RDONLY, "remounting a bind read-only")                                                      \
    X(PROC, "mounting /proc")                                                                     \
    X(FILE, "writing an input file")                                                              \
    X(PIVOT, "pivot_root")                                                                        \
    X(DETACH, "detaching the old root")                                                           \
    X(HOSTNAME, "setting the hostname")                                                           \
    X(FORK, "starting the program")                                                               \
    X(DROP, "dropping to the sandbox uid/gid")                                                    \
    X(RLIMIT, "setting rlimits")                                                                  \
    X(NNP, "setting no_new_privs")                                                                \
    X(SECCOMP, "installing the seccomp filter")                                                   \
    X(STDIO, "opening standard streams")                                                          \
    X(ROOT_RO, "remounting the root read-only")                                                   \
    X(CHDIR, "entering /work")                                                                    \
    X(CGROUP, "joining the run's cgroup")                                                         \
    X(RECEIVE, "receiving the run")                                                               \
    X(IPC, "making a fresh IPC namespace")                                                        \
    X(RUN_DIRECTORY, "making the run's directory")                                                \
    X(LANDLOCK, "applying the Landlock ruleset")

#define SG_STAGE_ENUM(id, name) STAGE_##id,
#define SG_STAGE_NAME(id, name) name,
enum { SG_STAGES(SG_STAGE_ENUM) };
const char *const sg_stage_names[] = {SG_STAGES(SG_STAGE_NAME)};

static _Noreturn void leave(int code) {
    for (;;) SG_RAW1(SYS_exit_group, code);
}

static void report(int fd, int type, int stage, long result) {
    sg_status_msg msg = {.type = type, .err = (int)-result, .stage = stage};
    SG_RAW3(SYS_write, fd, &msg, sizeof msg);
}

/* `result` is a raw system call's return: -errno. */
static _Noreturn void fail(const sg_init_args *a, int stage, long result) {
    report(a->status_fd, SG_MSG_SETUP_FAILED, stage, result);
    leave(120);
}

/* Fails the stage when a raw call returned an error. */
static long check(const sg_init_args *a, int stage, long result) {
    if (result < 0) fail(a, stage, result);
    return result;
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

static long make_dir(const char *path, mode_t mode) {
    return SG_RAW3(SYS_mkdirat, AT_FDCWD, path, mode);
}

/* mkdir -p for a path inside the new root. */
static long make_dirs(char *path, mode_t mode) {
    for (char *p = path + 1; *p; p++) {
        if (*p != '/') continue;
        *p = 0;
        long r = make_dir(path, mode);
        *p = '/';
        if (r < 0 && r != -EEXIST) return r;
    }
    long r = make_dir(path, mode);
    return r == -EEXIST ? 0 : r;
}

/* Mount flags a user namespace may not clear on a bind of an existing mount. */
static unsigned long locked_flags(const char *path) {
    struct statfs info;
    if (SG_RAW2(SYS_statfs, path, &info) < 0) return 0;
    unsigned long flags = 0;
    if (info.f_flags & ST_NOSUID) flags |= MS_NOSUID;
    if (info.f_flags & ST_NODEV) flags |= MS_NODEV;
    if (info.f_flags & ST_NOEXEC) flags |= MS_NOEXEC;
    if (info.f_flags & ST_RELATIME) flags |= MS_RELATIME;
    if (info.f_flags & ST_NOATIME) flags |= MS_NOATIME;
    if (info.f_flags & ST_NODIRATIME) flags |= MS_NODIRATIME;
    return flags;
}

static long mount_raw(const char *source, const char *target, const char *type, unsigned long flags,
                      const void *data) {
    return SG_RAW5(SYS_mount, source, target, type, flags, data);
}

/* The parent directory of `path` (inside the new root) exists afterwards. */
static void make_parent_dirs(const sg_init_args *a, char *path) {
    char *slash = strrchr(path, '/');
    *slash = 0;
    long r = make_dirs(path, 0755);
    *slash = '/';
    check(a, STAGE_MKDIR, r);
}

static void bind_into(const sg_init_args *a, const char *root, const sg_bind *bind) {
    char target[1024];
    join(target, sizeof target, root, bind->target, NULL);
    if (bind->link) {
        make_parent_dirs(a, target);
        check(a, STAGE_MKDIR, SG_RAW3(SYS_symlinkat, bind->link, AT_FDCWD, target));
        return;
    }
    struct stat info;
    check(a, STAGE_BIND, SG_RAW4(SYS_newfstatat, AT_FDCWD, bind->source, &info, 0));
    if (S_ISDIR(info.st_mode)) {
        check(a, STAGE_MKDIR, make_dirs(target, 0755));
    } else {
        make_parent_dirs(a, target);
        int fd = (int)check(a, STAGE_MKDIR, SG_RAW4(SYS_openat, AT_FDCWD, target, O_CREAT | O_WRONLY | O_CLOEXEC, 0644));
        SG_RAW1(SYS_close, fd);
    }
    check(a, STAGE_BIND, mount_raw(bind->source, target, NULL, MS_BIND | MS_REC, NULL));
    unsigned long flags = MS_REMOUNT | MS_BIND | MS_NOSUID | locked_flags(target);
    if (!bind->writable) flags |= MS_RDONLY;
    check(a, STAGE_RDONLY, mount_raw(NULL, target, NULL, flags, NULL));
}

static void write_all(const sg_init_args *a, int fd, const unsigned char *data, size_t size) {
    while (size > 0) {
        long n = SG_RAW3(SYS_write, fd, data, size);
        if (n == -EINTR) continue;
        if (n <= 0) fail(a, STAGE_FILE, n < 0 ? n : -EIO);
        data += n;
        size -= (size_t)n;
    }
}

/* The folders between `work` and the file at `path` belong to the run's uid, like the file:
   a program may remove what it was given (a unit-test harness removes its suite). */
static void own_parent_dirs(const sg_init_args *a, char *path, size_t work_length) {
    for (char *p = path + work_length + 1; *p; p++) {
        if (*p != '/') continue;
        *p = 0;
        long r = SG_RAW5(SYS_fchownat, AT_FDCWD, path, a->run_uid, a->run_gid, AT_SYMLINK_NOFOLLOW);
        *p = '/';
        check(a, STAGE_FILE, r);
    }
}

static void place_files(const sg_init_args *a, const char *work) {
    const sg_run_config *c = a->config;
    for (int i = 0; i < c->file_count; i++) {
        char path[1024];
        join(path, sizeof path, work, "/", c->files[i].name);
        make_parent_dirs(a, path);
        if (a->is_root) own_parent_dirs(a, path, strlen(work));
        int fd = (int)check(a, STAGE_FILE, SG_RAW4(SYS_openat, AT_FDCWD, path,
                                                   O_CREAT | O_TRUNC | O_WRONLY | O_CLOEXEC | O_NOFOLLOW, 0644));
        write_all(a, fd, c->files[i].data, c->files[i].size);
        if (a->is_root) check(a, STAGE_FILE, SG_RAW3(SYS_fchown, fd, a->run_uid, a->run_gid));
        SG_RAW1(SYS_close, fd);
    }
}

/* Decimal digits of `value` appended to `text` (bounded by `size`). */
static void append_number(char *text, size_t size, long long value) {
    char digits[24];
    int n = 0;
    do {
        digits[n++] = (char)('0' + value % 10);
        value /= 10;
    } while (value > 0 && n < 23);
    size_t at = strlen(text);
    while (n > 0 && at + 1 < size) text[at++] = digits[--n];
    text[at] = 0;
}

static void mount_tmpfs(const sg_init_args *a, const char *root, long long size) {
    char options[64] = "mode=0755,size=";
    append_number(options, sizeof options, size);
    check(a, STAGE_TMPFS, mount_raw("specgrade", root, "tmpfs", MS_NOSUID | MS_NODEV, options));
}

/* The part of the view every run of this sandbox shares, built before the run is known (`p`
   is the configuration the slot was made for): a fresh tmpfs with the system directories
   read-only, a few device nodes, mount points for /work and /tmp, and a /proc of this PID
   namespace only. */
static void prepare_view(const sg_init_args *a, const sg_run_config *p) {
    const char *root = p->mount_point;
    check(a, STAGE_PRIVATE, mount_raw(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL));
    mount_tmpfs(a, root, p->limits.workspace_bytes);

    char path[1024];
    static const char *const dirs[] = {"/proc", "/dev", "/tmp", "/work"};
    for (int i = 0; i < 4; i++) check(a, STAGE_MKDIR, make_dir(join(path, sizeof path, root, dirs[i], NULL), 0755));

    for (int i = 0; i < p->system_bind_count; i++) bind_into(a, root, &p->binds[i]);
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
    /* A proc of this PID namespace; it must be mounted while the host's /proc is visible.
       hidepid=2: a program sees only the processes it could ptrace, so not init, whose
       counters (reaped children's CPU, context switches) grow with every run it served. */
    check(a, STAGE_PROC, mount_raw("proc", join(path, sizeof path, root, "/proc", NULL), "proc",
                                   MS_NOSUID | MS_NODEV | MS_NOEXEC, "hidepid=2"));
    /* Init's command line is SpecGrade's (init shares its memory): paths of specs and
       submissions. Shadow it with /dev/null. */
    static const char *const command_lines[] = {"/proc/1/cmdline", "/proc/1/task/1/cmdline"};
    for (int i = 0; i < 2; i++)
        check(a, STAGE_PROC, mount_raw("/dev/null", join(path, sizeof path, root, command_lines[i], NULL), NULL,
                                       MS_BIND, NULL));
}

/* The first run's part of the view, then makes it the root: the
   further binds (the program's directory), a compile's host directory at /work, pivot_root,
   read-only. Every run of the slot shares it. */
static void finish_view(const sg_init_args *a) {
    const sg_run_config *c = a->config;
    const char *root = c->mount_point;
    for (int i = c->system_bind_count; i < c->bind_count; i++) bind_into(a, root, &c->binds[i]);
    if (c->work_source) {
        sg_bind work = {c->work_source, "/work", 1, NULL};
        bind_into(a, root, &work);
    }
    check(a, STAGE_PIVOT, SG_RAW1(SYS_chdir, root));
    check(a, STAGE_PIVOT, SG_RAW2(SYS_pivot_root, ".", "."));
    check(a, STAGE_DETACH, SG_RAW2(SYS_umount2, ".", MNT_DETACH));
    check(a, STAGE_PIVOT, SG_RAW1(SYS_chdir, "/"));
    check(a, STAGE_ROOT_RO, mount_raw(NULL, "/", NULL, MS_REMOUNT | MS_BIND | MS_RDONLY | MS_NOSUID | MS_NODEV, NULL));
}

/* Entries a run may leave in /work or /tmp and still have them emptied for the next run;
   past it (or on anything unusual) the previous mount is unmounted instead. */
enum { EMPTY_BUDGET = 1024 };

/* Mounts a session stacks at each of /work and /tmp before it unmounts the previous one. */
enum { STACK_LIMIT = 64 };

/* Removes everything under the directory `root` without following links; 0, or -1 when it
   could not (a mount inside, the budget spent). Depth needs no stack of descriptors: it
   descends into a non-empty directory, and climbs back through ".." once that is empty. */
static int empty_tree(int root) {
    char buffer[4096] __attribute__((aligned(8)));
    int dir = root, depth = 0, budget = EMPTY_BUDGET;
    for (;;) {
        SG_RAW3(SYS_lseek, dir, 0, SEEK_SET);
        long n = SG_RAW3(SYS_getdents64, dir, buffer, sizeof buffer);
        if (n < 0) break;
        int entries = 0, child = -1;
        for (long at = 0; at < n && child < 0 && entries <= budget;) {
            const sg_dirent64 *entry = (const void *)(buffer + at);
            at += entry->length;
            if (entry->name[0] == '.' && (!entry->name[1] || (entry->name[1] == '.' && !entry->name[2]))) continue;
            entries++;
            long removed = SG_RAW3(SYS_unlinkat, dir, entry->name, entry->type == DT_DIR ? AT_REMOVEDIR : 0);
            if (removed == -ENOTEMPTY)
                child = (int)SG_RAW4(SYS_openat, dir, entry->name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC, 0);
            if (removed < 0 && child < 0) entries = budget + 1;
        }
        budget -= entries;
        if (budget < 0) break;
        if (entries > 0 && child < 0) continue; /* removed some: read on */
        if (entries == 0 && depth == 0) return 0;
        int next = child >= 0 ? child
                   : depth == 1 ? root
                   : (int)SG_RAW4(SYS_openat, dir, "..", O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);
        if (dir != root) SG_RAW1(SYS_close, dir);
        depth += child >= 0 ? 1 : -1;
        dir = next;
        if (dir < 0) return -1;
    }
    if (dir != root) SG_RAW1(SYS_close, dir);
    return -1;
}

/* Empties the previous run's tmpfs at `path`, which then stays hidden under the new one;
   0, or -1 when the caller must unmount it instead. Emptying returns its pages to the run's
   memory cgroup (a later run must not find less memory); the mount itself carries what a
   later run could otherwise read (the root's times and owner, the inode counter), so it is
   never reused. Stacking spares the unmount, which waits for an expedited RCU grace period
   (about 0.4 ms, twice a run) and interrupts every CPU; the stack goes with the namespace. */
static int empty_previous(const char *path) {
    int root = (int)SG_RAW4(SYS_openat, AT_FDCWD, path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC, 0);
    if (root < 0) return -1;
    struct statfs filesystem;
    int emptied = SG_RAW2(SYS_fstatfs, root, &filesystem) == 0 && filesystem.f_type == TMPFS_MAGIC
                  && empty_tree(root) == 0;
    SG_RAW1(SYS_close, root);
    return emptied ? 0 : -1;
}

/* A new tmpfs at `path` (inside the view) for this run: a new superblock, so no time, owner,
   attribute, inode number or block of an earlier run's mount is visible; `owner`: the run's
   uid/gid own its root. A session's earlier mount is emptied and left beneath it (up to
   STACK_LIMIT deep), or unmounted. */
static void fresh_tmpfs(const sg_init_args *a, const char *path, int mode, int owner) {
    if (a->runs > 1 && (a->stacked_mounts >= STACK_LIMIT || empty_previous(path) != 0))
        SG_RAW2(SYS_umount2, path, MNT_DETACH);
    char options[128] = "size=";
    append_number(options, sizeof options, a->config->limits.workspace_bytes);
    char octal[8] = {'0' + ((mode >> 9) & 7), '0' + ((mode >> 6) & 7), '0' + ((mode >> 3) & 7), '0' + (mode & 7), 0};
    join(options, sizeof options, options, ",mode=", octal);
    if (owner) {
        join(options, sizeof options, options, ",uid=", NULL);
        append_number(options, sizeof options, a->run_uid);
        join(options, sizeof options, options, ",gid=", NULL);
        append_number(options, sizeof options, a->run_gid);
    }
    check(a, STAGE_TMPFS, mount_raw("specgrade", path, "tmpfs", MS_NOSUID | MS_NODEV, options));
}

/* This run's /tmp and, unless a compile's host directory is there, /work with its files. */
static void fresh_workspace(sg_init_args *a) {
    fresh_tmpfs(a, "/tmp", 01777, 0);
    if (!a->config->work_source) {
        fresh_tmpfs(a, "/work", 0755, a->is_root);
        place_files(a, "/work");
    }
    if (a->stacked_mounts < STACK_LIMIT) a->stacked_mounts++;
}

/* Confined mode: the run's own directory on the host, made now (it must not exist), with
   `work` (its files placed) and `tmp`, all the run's uid's alone (0700). Returns the working
   directory: that `work`, or a compile's host directory. */
static const char *confined_workspace(sg_init_args *a, char *path, size_t size) {
    const sg_run_config *c = a->config;
    if (!c->run_directory) fail(a, STAGE_RUN_DIRECTORY, -EINVAL);
    static const char *const parts[] = {"", "/work", "/tmp"};
    for (int i = 0; i < 3; i++) {
        join(path, size, c->run_directory, parts[i], NULL);
        check(a, STAGE_RUN_DIRECTORY, make_dir(path, 0700));
        if (a->is_root)
            check(a, STAGE_RUN_DIRECTORY, SG_RAW5(SYS_fchownat, AT_FDCWD, path, a->run_uid, a->run_gid, AT_SYMLINK_NOFOLLOW));
    }
    if (c->work_source) return c->work_source;
    join(path, size, c->run_directory, "/work", NULL);
    place_files(a, path);
    return path;
}

static void set_limit(const sg_init_args *a, int resource, long long soft, long long hard) {
    struct rlimit limit = {(rlim_t)soft, (rlim_t)hard};
    check(a, STAGE_RLIMIT, SG_RAW4(SYS_prlimit64, 0, resource, &limit, NULL));
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
            memcpy(buffer + length + 1, name, strlen(name) + 1);
            if (SG_RAW4(SYS_faccessat, AT_FDCWD, buffer, X_OK, 0) == 0) return buffer;
        }
        if (!end) break;
        path = end + 1;
    }
    return name;
}

/* Waits for the run on the control socket: its stdin, stdout and stderr arrive with it, in
   the descriptor table the program shares with init. Leaves when the socket closed. */
static void receive_run(sg_init_args *a, int streams[3]) {
    char byte;
    struct iovec part = {&byte, 1};
    union {
        struct cmsghdr align;
        char space[CMSG_SPACE(3 * sizeof(int))];
    } control;
    struct msghdr message = {.msg_iov = &part, .msg_iovlen = 1, .msg_control = control.space,
                             .msg_controllen = sizeof control.space};
    long got;
    while ((got = SG_RAW3(SYS_recvmsg, a->sync_fd, &message, MSG_CMSG_CLOEXEC)) == -EINTR) {}
    if (got == 0) {
        a->closed = 1;
        leave(0);
    }
    if (got < 0) fail(a, STAGE_RECEIVE, got);
    struct cmsghdr *header = CMSG_FIRSTHDR(&message);
    if (!header || header->cmsg_level != SOL_SOCKET || header->cmsg_type != SCM_RIGHTS
        || header->cmsg_len != CMSG_LEN(3 * sizeof(int)))
        fail(a, STAGE_RECEIVE, -EPROTO);
    memcpy(streams, CMSG_DATA(header), 3 * sizeof(int));
}

/* The program, started ahead of its run: joins the run's cgroup unless born there (every
   process it starts is born there), waits for the run, makes its part of the view (the first
   run finishes it, every run gets an empty /work and /tmp and a fresh IPC namespace), then
   standard streams, uid drop, rlimits, no_new_privs, seccomp, exec. It shares init's
   descriptor table until exec, which is how init gets the seccomp listener. */
static int program_main(void *raw) {
    sg_init_args *a = raw;
    if (!a->born_in_group)
        for (int i = 0; i < a->cgroup_join_count; i++)
            if (SG_RAW3(SYS_write, a->cgroup_join[i], "0", 1) != 1) fail(a, STAGE_CGROUP, -EACCES);
    int received[3];
    receive_run(a, received);
    /* Started by a pool's SCHED_BATCH thread (see pool.c): the run gets the normal class. */
    struct sched_param normal = {0};
    check(a, STAGE_FORK, SG_RAW3(SYS_sched_setscheduler, 0, SCHED_OTHER, &normal));
    const sg_run_config *c = a->config;
    if (a->runs++ == 0) {
        if (c->layers & SG_LAYER_MOUNT_NS) finish_view(a);
        if (c->layers & SG_LAYER_UTS_NS) check(a, STAGE_HOSTNAME, SG_RAW2(SYS_sethostname, "sandbox", 7));
    } else if (c->layers & SG_LAYER_IPC_NS) {
        /* SysV objects and message queues of the session's earlier runs stay behind. */
        check(a, STAGE_IPC, SG_RAW1(SYS_unshare, CLONE_NEWIPC));
    }
    char confined_work[1024];
    const char *work = "/work";
    if (c->layers & SG_LAYER_MOUNT_NS) fresh_workspace(a);
    else work = confined_workspace(a, confined_work, sizeof confined_work);
    /* Above 2 first, so that no stream's pipe can be overwritten by another's dup; then only
       0-2 hold them (init must hold none, or a stream would never reach its end). */
    int streams[3];
    for (int i = 0; i < 3; i++) streams[i] = (int)check(a, STAGE_STDIO, SG_RAW3(SYS_fcntl, received[i], F_DUPFD, 3));
    for (int i = 0; i < 3; i++)
        if (received[i] > 2) SG_RAW1(SYS_close, received[i]);
    for (int i = 0; i < 3; i++) {
        check(a, STAGE_STDIO, SG_RAW3(SYS_dup3, streams[i], i, 0));
        SG_RAW1(SYS_close, streams[i]);
    }
    /* Every other descriptor closes on exec; the status pipe stays open until then. */
    SG_RAW3(SYS_close_range, 3, ~0U, 4 /* CLOSE_RANGE_CLOEXEC */);
    check(a, STAGE_CHDIR, SG_RAW1(SYS_chdir, work));
    if (a->is_root && (c->layers & SG_LAYER_UNPRIVILEGED)) {
        gid_t gid = (gid_t)a->run_gid;
        uid_t uid = (uid_t)a->run_uid;
        check(a, STAGE_DROP, SG_RAW2(SYS_setgroups, 1, &gid));
        check(a, STAGE_DROP, SG_RAW3(SYS_setresgid, gid, gid, gid));
        check(a, STAGE_DROP, SG_RAW3(SYS_setresuid, uid, uid, uid));
    }
    if (c->layers & SG_LAYER_RLIMITS) {
        const sg_limits *l = &c->limits;
        long long cpu = (l->cpu_ms + 999) / 1000;
        set_limit(a, RLIMIT_CPU, cpu, cpu + 1);
        set_limit(a, RLIMIT_FSIZE, l->file_size_bytes, l->file_size_bytes);
        set_limit(a, RLIMIT_NOFILE, l->open_files, l->open_files);
        set_limit(a, RLIMIT_CORE, 0, 0);
        set_limit(a, RLIMIT_STACK, l->stack_bytes, l->stack_bytes);
        /* Counted per user namespace, so per init (one run at a time): the fallback when no
           pids cgroup exists. */
        set_limit(a, RLIMIT_NPROC, l->processes, l->processes);
        /* Without a memory cgroup, RLIMIT_DATA (private writable memory, mmap included since
           Linux 4.7) bounds each process. Not RLIMIT_AS: the JVM reserves 1 GiB of class space
           and V8 large address ranges up front, so under RLIMIT_AS neither starts at all. */
        if (!(c->layers & SG_LAYER_CGROUP)) set_limit(a, RLIMIT_DATA, l->memory_bytes, l->memory_bytes);
    }
    if (c->layers & SG_LAYER_NO_NEW_PRIVS) check(a, STAGE_NNP, SG_RAW5(SYS_prctl, PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0));
    if (c->layers & SG_LAYER_LANDLOCK) check(a, STAGE_LANDLOCK, sg_landlock_restrict(c, c->run_directory));
    char buffer[1024];
    const char *path = c->argv ? resolve(c->argv[0], c->envp, buffer, sizeof buffer) : NULL;
    if (c->layers & SG_LAYER_SECCOMP) {
        struct sock_fprog program = {.len = (unsigned short)a->filter_length,
                                     .filter = (struct sock_filter *)a->filter};
        a->listener_fd = (int)check(a, STAGE_SECCOMP, SG_RAW3(SYS_seccomp, SECCOMP_SET_MODE_FILTER,
                                                              SECCOMP_FILTER_FLAG_NEW_LISTENER, &program));
    }
    if (!c->argv) leave(0);
    /* init blocks SIGCHLD for its signalfd; the program starts with nothing blocked. */
    unsigned long none = 0;
    SG_RAW4(SYS_rt_sigprocmask, SIG_SETMASK, &none, NULL, 8);
    long result = SG_RAW3(SYS_execve, path, c->argv, c->envp);
    report(a->status_fd, SG_MSG_EXEC_FAILED, 0, result);
    leave(127);
}

/* Closes every descriptor but the `count` kept ones init uses: the pipes of concurrent runs
   must not stay open in here. */
static void close_others(int *const *kept, int count) {
    int keep[6];
    for (int i = 0; i < count; i++) keep[i] = *kept[i];
    for (int i = 1; i < count; i++)
        for (int j = i; j > 0 && keep[j] < keep[j - 1]; j--) {
            int t = keep[j];
            keep[j] = keep[j - 1];
            keep[j - 1] = t;
        }
    unsigned from = 0;
    for (int i = 0; i < count; i++) {
        if ((unsigned)keep[i] > from) SG_RAW3(SYS_close_range, from, (unsigned)keep[i] - 1, 0);
        from = (unsigned)keep[i] + 1;
    }
    SG_RAW3(SYS_close_range, from, ~0U, 0);
}

/* Default dispositions and an empty mask, whatever the launching thread had. */
static void reset_signals(void) {
    struct {
        void *handler;
        unsigned long flags;
        void *restorer;
        unsigned long mask;
    } action = {SIG_DFL, 0, NULL, 0};
    for (int s = 1; s < 65; s++)
        if (s != SIGKILL && s != SIGSTOP) SG_RAW4(SYS_rt_sigaction, s, &action, NULL, 8);
    unsigned long none = 0;
    SG_RAW4(SYS_rt_sigprocmask, SIG_SETMASK, &none, NULL, 8);
}

static void supervise(sg_init_args *a, int program);

#if defined(__x86_64__)
/* clone3(args, size), the child running fn(arg) on args' stack and exiting with its result;
   returns the child's PID, or -errno. A child on a stack of its own cannot return through
   C frames, hence assembly. */
long sg_clone3_run(void *args, unsigned long size, int (*fn)(void *), void *arg);
__asm__(".text\n"
        ".hidden sg_clone3_run\n"
        ".type sg_clone3_run, @function\n"
        "sg_clone3_run:\n"
        "    mov %rdx, %r9\n"  /* fn and arg survive the call in registers both sides keep */
        "    mov %rcx, %r8\n"
        "    mov $435, %eax\n" /* SYS_clone3 */
        "    syscall\n"
        "    test %rax, %rax\n"
        "    jnz 1f\n"
        "    xor %ebp, %ebp\n"
        "    mov %r8, %rdi\n"
        "    call *%r9\n"
        "    mov %eax, %edi\n"
        "    mov $60, %eax\n" /* SYS_exit */
        "    syscall\n"
        "    hlt\n"
        "1:  ret\n"
        ".size sg_clone3_run, .-sg_clone3_run\n");
#endif

/* Starts the program process, vfork-style: init sleeps until it has exec'd, sharing its
   memory and its descriptor table until then. On cgroup v2 (x86_64, Linux 5.7+) it is born
   in the run's group: joining by writing cgroup.procs takes the kernel's threadgroup lock,
   which can wait for an RCU grace period (7-13 ms) while holding cgroup_mutex. Elsewhere,
   or when the kernel refuses, the program joins by itself. (libc's clone only writes errno
   when it fails, and then init fails too.) */
static int start_program(sg_init_args *a) {
#if defined(__x86_64__)
    if (a->cgroup_dir >= 0) {
        /* struct clone_args as of Linux 5.7 (CLONE_ARGS_SIZE_VER2). */
        struct {
            unsigned long long flags, pidfd, child_tid, parent_tid, exit_signal, stack, stack_size, tls, set_tid,
                set_tid_size, cgroup;
        } args = {
            .flags = CLONE_VM | CLONE_VFORK | CLONE_FILES | 0x200000000ULL /* CLONE_INTO_CGROUP */,
            .exit_signal = SIGCHLD,
            .stack = (unsigned long long)(unsigned long)a->program_stack,
            .stack_size = sizeof a->program_stack,
            .cgroup = (unsigned long long)a->cgroup_dir,
        };
        a->born_in_group = 1;
        long program = sg_clone3_run(&args, sizeof args, program_main, a);
        if (program > 0) return (int)program;
        SG_RAW1(SYS_close, a->cgroup_dir);
        a->cgroup_dir = -1;
    }
#endif
    a->born_in_group = 0;
    return clone(program_main, a->program_stack + sizeof a->program_stack, CLONE_VM | CLONE_VFORK | CLONE_FILES | SIGCHLD,
                 a);
}

/* `fd`, or a copy of it above 2 (the original closed): init closes 0-2, the program's
   streams, after every start, so nothing it keeps may sit there. */
static int above_stdio(const sg_init_args *a, int fd, int stage) {
    if (fd > 2) return fd;
    int moved = (int)check(a, stage, SG_RAW3(SYS_fcntl, fd, F_DUPFD_CLOEXEC, 3));
    SG_RAW1(SYS_close, fd);
    return moved;
}

static void wait_for_launcher(const sg_init_args *a) {
    char byte;
    long got;
    while ((got = SG_RAW3(SYS_read, a->sync_fd, &byte, 1)) == -EINTR) {}
    if (got != 1) fail(a, STAGE_SYNC, got < 0 ? got : -EPIPE);
}

int sg_init_main(void *raw) {
    sg_init_args *a = raw;
    /* What init keeps (its control socket, its status pipe and the files that join the run
       group) may not sit on 0-2, where the program puts its streams in the table it shares
       with init until exec. (These fields are init's alone; the launcher keeps its own.) */
    int *kept[6] = {&a->sync_fd, &a->status_fd};
    int count = 2;
    for (int i = 0; i < a->cgroup_join_count; i++) kept[count++] = &a->cgroup_join[i];
    if (a->cgroup_dir >= 0) kept[count++] = &a->cgroup_dir;
    for (int i = 0; i < count; i++) *kept[i] = above_stdio(a, *kept[i], STAGE_STDIO);
    close_others(kept, count);
    /* The launcher writes our uid/gid maps, then releases us to prepare what every run
       shares; each run then comes as a message to the program process waiting for it. */
    wait_for_launcher(a);
    reset_signals();
    /* Without a PID namespace, the run's orphans (a double fork, a setsid escapee) come to
       init rather than to the host's init: init reaps them, counts their CPU, and they die
       with the run. */
    if (!(a->layers & SG_LAYER_PID_NS)) check(a, STAGE_FORK, SG_RAW5(SYS_prctl, PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0));
    if (a->layers & SG_LAYER_MOUNT_NS) prepare_view(a, a->prepared_for);
    for (;;) {
        int program = start_program(a);
        if (program < 0) fail(a, STAGE_FORK, -EAGAIN);
        if (a->closed) leave(0);
        /* The program's streams (on 0, 1, 2) are not init's to hold. */
        for (int fd = 0; fd < 3; fd++) SG_RAW1(SYS_close, fd);
        supervise(a, program);
        /* Without a PID namespace, what the program left cannot be told from the host's
           processes: the launcher sweeps the run's cgroup, and this init serves one run. */
        if (!(a->layers & SG_LAYER_PID_NS)) leave(0);
    }
}

/* Adds a reaped process's CPU and peak to the run's. */
static void account(const struct rusage *usage, long long *cpu_us, long long *max_rss) {
    *cpu_us += (long long)usage->ru_utime.tv_sec * 1000000 + usage->ru_utime.tv_usec
               + (long long)usage->ru_stime.tv_sec * 1000000 + usage->ru_stime.tv_usec;
    if (usage->ru_maxrss > *max_rss) *max_rss = usage->ru_maxrss;
}

/* Sets this PID namespace's last PID to 1 (init holds CAP_SYS_ADMIN in the namespace's user
   namespace); 0, or -errno. */
static long reset_pid_counter(void) {
    long fd = SG_RAW4(SYS_openat, AT_FDCWD, "/proc/sys/kernel/ns_last_pid", O_WRONLY | O_CLOEXEC, 0);
    if (fd < 0) return fd;
    long written = SG_RAW3(SYS_write, fd, "1", 1);
    SG_RAW1(SYS_close, fd);
    return written == 1 ? 0 : written < 0 ? written : -EIO;
}

/* One run: reaps everything (orphans are reparented to init) until the program itself ends,
   answering the seccomp listener (a blocked call is reported by name and the run is killed);
   then kills and reaps every process left in the namespace and reports the run's end. */
/* Confined mode: starts the killer of every process of the run's uid (a PID of its own,
   reaped with the rest); the program's stack is free once the program has exec'd. */
static int kill_run_uid(sg_init_args *a) {
    return sg_kill_uid_start(a->run_uid, 1 << 16, a->program_stack, sizeof a->program_stack, a->kill_order);
}

/* Kills every process of the run but init: everything in the PID namespace, or, in confined
   mode as root, every process of the run's uid (its killer is started once; `*killer` holds
   its PID until it is reaped). Without either, nothing here can tell the run's processes. */
static void kill_everything(sg_init_args *a, int *killer) {
    if (a->layers & SG_LAYER_PID_NS) SG_RAW2(SYS_kill, -1, SIGKILL);
    else if ((a->layers & SG_LAYER_SEPARATE_USER) && *killer <= 0) *killer = kill_run_uid(a);
}

/* Reaps every child left (orphans are init's: it is their subreaper, or PID 1), adding their
   CPU and peak to the run's; the killer, which exits once no process of the uid is left
   (zombies included), is reaped without counting. */
static void reap_everything(int *killer, long long *cpu_us, long long *max_rss) {
    for (;;) {
        int status;
        struct rusage usage;
        long pid = SG_RAW4(SYS_wait4, -1, &status, __WALL, &usage);
        if (pid == -EINTR) continue;
        if (pid < 0) break;
        if (pid == *killer) *killer = 0;
        else account(&usage, cpu_us, max_rss);
    }
}

static void supervise(sg_init_args *a, int program) {
    int isolated = a->layers & SG_LAYER_PID_NS;
    int separate = !isolated && (a->layers & SG_LAYER_SEPARATE_USER);
    int killer = 0;
    if (a->signal_fd < 0) {
        unsigned long child_signal = 1UL << (SIGCHLD - 1);
        SG_RAW4(SYS_rt_sigprocmask, SIG_BLOCK, &child_signal, NULL, 8);
        int made = (int)check(a, STAGE_FORK, SG_RAW4(SYS_signalfd4, -1, &child_signal, 8, SFD_CLOEXEC | SFD_NONBLOCK));
        a->signal_fd = above_stdio(a, made, STAGE_FORK);
    }
    int listener = a->listener_fd;
    int reported = 0, program_status = 0, program_ended = 0;
    long long cpu_us = 0, max_rss = 0;
    while (!program_ended) {
        for (;;) {
            int status;
            struct rusage usage;
            long pid = SG_RAW4(SYS_wait4, -1, &status, __WALL | WNOHANG, &usage);
            if (pid == -EINTR) continue;
            if (pid < 0) fail(a, STAGE_FORK, pid);
            if (pid == 0) break;
            if (pid == killer) {
                killer = 0;
                continue;
            }
            account(&usage, &cpu_us, &max_rss);
            if (pid == program) {
                program_status = status;
                program_ended = 1;
                break;
            }
        }
        if (program_ended) break;
        /* The control socket carries nothing during a run: it becomes readable when SpecGrade
           is gone (killed, say), and then nobody enforces the run's limits: end it all. */
        struct pollfd watched[3] = {{a->signal_fd, POLLIN, 0}, {a->sync_fd, POLLIN, 0}, {listener, POLLIN, 0}};
        long ready = SG_RAW5(SYS_ppoll, watched, listener >= 0 ? 3 : 2, NULL, NULL, 8);
        if (ready < 0 && ready != -EINTR) fail(a, STAGE_FORK, ready);
        if (watched[1].revents) {
            /* Without a PID namespace nothing ends with init: the run's uid is swept first. */
            if (separate) {
                kill_everything(a, &killer);
                reap_everything(&killer, &cpu_us, &max_rss);
            }
            leave(0);
        }
        if (watched[0].revents) {
            struct signalfd_siginfo drained[8];
            SG_RAW3(SYS_read, a->signal_fd, drained, sizeof drained);
        }
        if (listener >= 0 && (watched[2].revents & POLLIN)) {
            struct seccomp_notif notice;
            memset(&notice, 0, sizeof notice);
            if (SG_RAW3(SYS_ioctl, listener, SECCOMP_IOCTL_NOTIF_RECV, &notice) == 0 && !reported) {
                reported = 1;
                sg_status_msg msg = {.type = SG_MSG_BLOCKED_CALL, .err = notice.data.nr};
                SG_RAW3(SYS_write, a->status_fd, &msg, sizeof msg);
            }
            /* The blocked call never proceeds. */
            kill_everything(a, &killer);
        } else if (listener >= 0 && watched[2].revents) {
            /* No process holds the filter any more. */
            listener = -1;
        }
    }
    if (isolated || separate) {
        /* Whatever the program left (setsid and double-fork escapees included) ends with it. */
        kill_everything(a, &killer);
        reap_everything(&killer, &cpu_us, &max_rss);
    }
    if (a->listener_fd >= 0) SG_RAW1(SYS_close, a->listener_fd);
    a->listener_fd = -1;
    struct signalfd_siginfo drained[8];
    while (SG_RAW3(SYS_read, a->signal_fd, drained, sizeof drained) > 0) {}
    /* The next run's program is PID 2 again: the PID counter would tell it how many processes
       the runs before it started. Unless reset, this init serves no further run. */
    long spent = 0;
    if (isolated && (a->layers & SG_LAYER_MOUNT_NS)) spent = reset_pid_counter();
    sg_status_msg msg = {.type = SG_MSG_EXITED, .err = (int)-spent, .wait_status = program_status, .cpu_us = cpu_us,
                         .max_rss_kb = max_rss};
    SG_RAW3(SYS_write, a->status_fd, &msg, sizeof msg);
}
