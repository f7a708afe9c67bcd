#ifndef SPECGRADE_LAUNCHER_INTERNAL_H
#define SPECGRADE_LAUNCHER_INTERNAL_H

#include "launcher.h"
#include <linux/filter.h>

/* Shared between the launcher's files; not part of the Swift-visible API. */

#define SG_SECCOMP_MAX 256

/* Fills `program` with the sandbox's seccomp filter; returns its length in instructions. */
/* `confined`: without namespaces, also refuses what they would have made harmless (see
   seccomp.c). */
int sg_seccomp_build(struct sock_filter *program, int capacity, int confined);
/* The name of a system call the filter blocks ("ptrace"), or NULL. */
const char *sg_syscall_name(int number);

/* One entry of getdents64's buffer (the kernel's linux_dirent64): init and the uid killer
   read directories with raw system calls, without libc's DIR. */
typedef struct sg_dirent64 {
    unsigned long long ino;
    long long off;
    unsigned short length;
    unsigned char type;
    char name[];
} sg_dirent64;

/* Confined mode (confined.c; the rest in launcher.h). Restricts the calling process (no_new_privs already set) to reading and executing `c`'s
   binds, writing the writable ones and everything beneath `writable`; 0 or -errno. */
long sg_landlock_restrict(const sg_run_config *c, const char *writable);
/* Starts a process that kills every process of `uid` (retrying up to `rounds` times while
   some remain, zombies included), on `stack`; `order_space` holds its orders (16 bytes)
   until it exits. Returns its pid, or -1. */
int sg_kill_uid_start(int uid, int rounds, void *stack, size_t stack_size, void *order_space);

/* Writes `text` to an existing file in one write (cgroup and /proc files need that);
   0 on success, -1 with errno. */
int sg_write_file(const char *path, const char *text);

/* One run's cgroup: a directory per hierarchy (v1) or one (v2). Empty paths: none. */
typedef struct sg_cgroup_run {
    int version;
    /* Open for the group's life, read (and the peak reset) at every run: cpu.stat or
       cpuacct.usage; memory.peak or memory.max_usage_in_bytes (-1: the kernel has none);
       memory.events or memory.oom_control (-1: none). */
    int cpu_fd, peak_fd, oom_fd;
    /* The memory and process limits last written (0: none yet): a session's runs mostly
       repeat them. */
    long long memory_limit, process_limit;
    char unified[600];
    char memory[600];
    char pids[600];
    char cpuacct[600];
} sg_cgroup_run;

/* An empty group per hierarchy; limits come with sg_cgroup_limit once the run is known. */
int sg_cgroup_create(const sg_cgroup_root *root, unsigned long long run_id, sg_cgroup_run *run, char *why,
                     size_t why_size);
/* Writes the run's limits when they differ from the last ones written, and restarts the peak. */
int sg_cgroup_limit(sg_cgroup_run *run, const sg_limits *limits, char *why, size_t why_size);
/* Opens the file(s) a process joins the group by (v2's cgroup.procs, v1's three `tasks`) into `fds`;
   returns how many, or -1 with `why`. The program writes "0" to each to join its run's group:
   SpecGrade's own processes never enter it (see init.c). */
int sg_cgroup_join_fds(const sg_cgroup_run *run, int fds[3], char *why, size_t why_size);
long long sg_cgroup_cpu_us(const sg_cgroup_run *run);
/* Peak bytes, OOM kills; returns 0 when read. */
int sg_cgroup_memory(const sg_cgroup_run *run, long long *peak, int *oom_kills);
/* OOM kills so far (or failcnt hits when the kernel has no counter). */
int sg_cgroup_oom_kills(const sg_cgroup_run *run);
/* Kills every process still in the group; returns how many were found. */
int sg_cgroup_kill_all(const sg_cgroup_run *run);
void sg_cgroup_destroy(const sg_cgroup_run *run);

/* Status messages from inside the sandbox to the launcher. */
enum { SG_MSG_SETUP_FAILED = 1, SG_MSG_EXEC_FAILED = 2, SG_MSG_EXITED = 3, SG_MSG_BLOCKED_CALL = 4 };
typedef struct sg_status_msg {
    int type;
    int err;          /* errno; for SG_MSG_BLOCKED_CALL the system call's number */
    int wait_status;  /* SG_MSG_EXITED */
    int stage;        /* index into sg_stage_names for SG_MSG_SETUP_FAILED */
    long long cpu_us; /* CPU of every process init reaped */
    long long max_rss_kb;
} sg_status_msg;

extern const char *const sg_stage_names[];

/* What the sandbox's init needs (lives in the cloned copy of the launcher's memory). */
typedef struct sg_init_args {
    /* The configuration the init was cloned for (system binds, mount point; see
       prepare_view), valid only until the view is prepared: an init made for a run outlives
       that run's configuration. Then the current run's, set before the run is handed over. */
    const sg_run_config *prepared_for;
    const sg_run_config *config;
    /* The layers the init was cloned with (prepared_for's, copied: read after every run). */
    unsigned layers;
    /* The control socket: a byte to prepare the view, then a message per run carrying the
       run's stdin, stdout and stderr (SCM_RIGHTS); its end means no more runs. */
    int sync_fd;
    int status_fd;
    /* The files (cgroup.procs, or v1 tasks) through which each program joins the run group. */
    int cgroup_join[3];
    int cgroup_join_count;
    /* v2: the run group's directory, for programs born in it (clone3's CLONE_INTO_CGROUP),
       which then need not join; -1 on v1, or once the kernel refused it. */
    int cgroup_dir;
    /* Whether the program being started was born in the run group. */
    int born_in_group;
    int is_root;
    int run_uid, run_gid;     /* uid/gid inside the namespace the program runs as */
    /* Runs handed over so far (the first one finishes the view); set when the control socket
       closed while a program waited for its run. */
    int runs;
    int closed;
    /* Mounts stacked at /work and /tmp by a session's runs (each run gets a new tmpfs over
       the emptied one before it; see fresh_tmpfs). */
    int stacked_mounts;
    /* init's signalfd for SIGCHLD (-1 until its first run). */
    int signal_fd;
    struct sock_filter filter[SG_SECCOMP_MAX];
    int filter_length;
    /* The seccomp listener the program leaves in the (shared) descriptor table, or -1. */
    int listener_fd;
    /* Orders for the confined mode's killer (see sg_kill_uid_start). */
    long long kill_order[2];
    /* The program's stack until it execs (init and it share the launcher's memory); the
       confined mode's killer's once the program has ended. */
    char program_stack[64 * 1024] __attribute__((aligned(16)));
} sg_init_args;

int sg_init_main(void *args);

/* One init cloned into fresh namespaces, its uid/gid maps written, its view prepared and its
   program process waiting in the run's empty cgroup for a run (slot.c). It serves one run,
   or, kept by a session, every run of one prepared program in turn. */
typedef struct sg_slot {
    int pid, pidfd;
    /* The launcher's ends: init's reports and the control socket. */
    int status_fd, sync_fd;
    sg_init_args *args;
    void *stack;
    sg_cgroup_run group;
    int have_group;
} sg_slot;

/* Prepares a slot for runs with `c`'s layers, cgroup root, uids and network namespace. */
int sg_slot_create(const sg_run_config *c, sg_slot *slot, char *why, size_t why_size);
/* Kills the slot's init if it still lives, reaps it, removes its cgroup, frees the rest. */
void sg_slot_release(sg_slot *slot);

/* Takes a ready slot for `c` from the pool (0), or returns -1 when none is ready. */
int sg_pool_take(sg_pool *pool, const sg_run_config *c, sg_slot *slot);
/* Takes the session's slot, when it has one and no other run is using it (0), or marks the
   session busy for a slot made now (1), or returns -1 when another run is using it. */
int sg_session_take(sg_session *session, sg_slot *slot);
/* Ends a run that `sg_session_take` let use the session: keeps `slot` for the next run when
   `keep`, else the slot is the caller's to release. */
void sg_session_give_back(sg_session *session, const sg_slot *slot, int keep);

/* Releases a slot after its run on the pool's thread (or now when the queue is full), off
   the run's path: ends its idle init and its namespaces, removes its cgroup. */
void sg_pool_discard(sg_pool *pool, sg_slot *slot);

#endif
