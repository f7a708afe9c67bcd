#ifndef SPECGRADE_LAUNCHER_H
#define SPECGRADE_LAUNCHER_H

#include <stddef.h>

/* The C side of the sandbox: everything between fork and exec, plus the host-side loop that
   feeds stdin, captures output, enforces the wall limit and collects the run's accounting.
   Swift decides what to run and what the outcome means; C only reports facts. */

/* One isolation layer, as a bit (mirrors Execution.IsolationLayer). */
enum {
    SG_LAYER_USER_NS = 1u << 0,
    SG_LAYER_PID_NS = 1u << 1,
    SG_LAYER_NET_NS = 1u << 2,
    SG_LAYER_MOUNT_NS = 1u << 3,
    SG_LAYER_IPC_NS = 1u << 4,
    SG_LAYER_UTS_NS = 1u << 5,
    SG_LAYER_UNPRIVILEGED = 1u << 6,
    SG_LAYER_NO_NEW_PRIVS = 1u << 7,
    SG_LAYER_SECCOMP = 1u << 8,
    SG_LAYER_RLIMITS = 1u << 9,
    SG_LAYER_CGROUP = 1u << 10,
    /* Confined mode (no mount namespace): a Landlock filesystem allowlist, and from ABI 4
       no TCP, from ABI 6 abstract Unix sockets and signals scoped to the run. */
    SG_LAYER_LANDLOCK = 1u << 11,
    /* Confined mode as root (no PID namespace): the run's uid is its own (`sandbox_uid`),
       and every process of that uid is killed when the run ends. */
    SG_LAYER_SEPARATE_USER = 1u << 12,
};

/* A host path mounted into the sandbox view at `target` (absolute, inside the view), or, when
   `link` is set, a symbolic link at `target` pointing to `link` (merged-/usr systems' /bin). */
typedef struct sg_bind {
    const char *source;
    const char *target;
    int writable;
    const char *link;
} sg_bind;

/* A file placed in the working directory before the program starts. */
typedef struct sg_file {
    const char *name;
    const unsigned char *data;
    size_t size;
} sg_file;

typedef struct sg_limits {
    long long cpu_ms;
    long long wall_ms;
    long long memory_bytes;
    long long output_bytes;
    long long processes;
    long long file_size_bytes;
    long long open_files;
    long long stack_bytes;
    /* Size of the private tmpfs holding the working directory and /tmp. */
    long long workspace_bytes;
} sg_limits;

/* Which cgroup hierarchy a machine offers. */
enum { SG_CGROUP_NONE = 0, SG_CGROUP_V1 = 1, SG_CGROUP_V2 = 2 };

/* Where this process may create per-run cgroups (filled by sg_cgroup_open). */
typedef struct sg_cgroup_root {
    int version;
    /* v2: the one directory; v1: memory, pids, cpuacct directories. */
    char unified[512];
    char memory[512];
    char pids[512];
    char cpuacct[512];
} sg_cgroup_root;

/* A few inits cloned ahead of their runs and refilled by a thread of its own (pool.c). */
typedef struct sg_pool sg_pool;
/* One init kept between the runs of one prepared program (session.c). */
typedef struct sg_session sg_session;

typedef struct sg_run_config {
    /* argv[0] is searched on PATH inside the view. NULL probes: every layer is set up and the
       program process exits 0 where it would exec. */
    const char *const *argv;
    const char *const *envp;
    const sg_bind *binds;
    int bind_count;
    /* How many binds, from the first, are the sandbox's own (the same for all its runs): a
       pool's inits mount those before their run is known. */
    int system_bind_count;
    /* NULL: the working directory /work is a fresh private tmpfs directory. Otherwise this
       host directory is mounted read-write at /work (compiles write their artifacts there). */
    const char *work_source;
    const sg_file *files;
    int file_count;
    const unsigned char *stdin_data;
    size_t stdin_size;
    sg_limits limits;
    /* An empty host directory the new root is mounted on before pivot_root. */
    const char *mount_point;
    /* Without a mount namespace (confined mode): a host path, not yet existing, made for this
       run only, holding its working directory (`work`, unless `work_source` is the working
       directory) and temporary directory (`tmp`). Binds then name host paths the program may
       read (or write, when writable) under Landlock; targets are ignored. */
    const char *run_directory;
    /* Layers to set up; each one asked for must succeed or the run fails before exec. */
    unsigned layers;
    /* The uid/gid the program runs as when the caller is root (ignored otherwise). */
    int sandbox_uid;
    int sandbox_gid;
    /* Where per-run cgroups go; used only when layers has SG_LAYER_CGROUP. */
    const sg_cgroup_root *cgroup_root;
    /* Inits prepared ahead for runs with these layers (sg_pool_open), or NULL. */
    struct sg_pool *pool;
    /* NULL, or a session whose init serves this run when it is free: the same program, its
       binds and layers as the session's earlier runs (the caller's promise). The run still
       gets a fresh /work and /tmp, a fresh IPC namespace, fresh processes and its own
       accounting; a run that ends abnormally ends the session's init with it. */
    struct sg_session *session;
} sg_run_config;

/* How a run ended, as facts; Swift turns them into a verdict. */
typedef struct sg_run_result {
    /* 0 ran (exited or signaled), 1 setup failed before exec (see error), 2 exec failed. */
    int outcome;
    int exited;          /* 1: exit_code is valid */
    int exit_code;
    int term_signal;     /* >0: the program was killed by this signal */
    int wall_exceeded;   /* killed by the wall limit, from outside */
    int cpu_exceeded;    /* killed because the cgroup's CPU time passed the limit */
    int output_exceeded; /* 1 stdout, 2 stderr: passed the cap, run killed */
    int oom_kills;       /* cgroup OOM kills (or failcnt hits when the kernel has no counter) */
    long long cpu_us;
    long long wall_us;
    long long peak_memory_bytes;
    int memory_from_cgroup;
    unsigned char *out;
    size_t out_len;
    int out_truncated;
    unsigned char *err;
    size_t err_len;
    int err_truncated;
    int leftover_processes; /* processes found in the cgroup after the run (then killed) */
    /* Init could not make itself fit for another run (its PID counter kept counting): a
       session must not keep it. */
    int init_spent;
    /* The first blocked system call the program made ("ptrace"); the run was killed for it. */
    char blocked_call[32];
    char error[512];
} sg_run_result;

/* Runs one command confined; blocks until every process of the run is gone.
   Returns 0 when `result` describes the run, -1 on a host-side failure (result->error). */
int sg_run(const sg_run_config *config, sg_run_result *result);
/* Starts a pool of `size` inits for runs with `template_config`'s layers, uids, cgroup root,
   network namespace, mount point, system binds and workspace size (all copied); runs whose
   config names the pool and matches take their init from it, with those binds mounted. NULL
   without a mount point or when the refill thread cannot start. */
sg_pool *sg_pool_open(const sg_run_config *template_config, int size);
/* Stops the refill thread and releases every init still waiting (no run may be using the pool). */
void sg_pool_close(sg_pool *pool);
/* An empty session; the first run given it clones its init. */
sg_session *sg_session_open(void);
/* Ends the session's init, if any, on `pool`'s thread when given (no run may be using the
   session). */
void sg_session_close(sg_session *session, sg_pool *pool);
/* Frees the captured output of a result. */
void sg_run_result_free(sg_run_result *result);

/* Confined mode: the Landlock ABI this kernel offers (0: none). */
int sg_landlock_abi(void);
/* Kills every process of `uid` (as root), from the calling thread; a few rounds, for
   processes forked meanwhile. */
void sg_kill_uid(int uid);

/* Finds where per-run cgroups can be created and creates a parent group there named
   `specgrade-<pid>-<tag>` (tag unique per sandbox), removing those of dead processes first. Returns the version (SG_CGROUP_NONE with `why`
   filled when none is usable). */
int sg_cgroup_open(sg_cgroup_root *root, const char *tag, char *why, size_t why_size);
/* Removes this process's parent group (after every run ended). */
void sg_cgroup_close(const sg_cgroup_root *root);

#endif
