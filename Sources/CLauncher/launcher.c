/* The launcher, on the host side: clones the sandbox's init into fresh namespaces, writes its
   uid/gid maps, puts it in the run's cgroup, then feeds stdin and captures stdout and stderr
   with poll (never blocking on a full pipe) while enforcing the wall, CPU and output limits. */
#define _GNU_SOURCE
#include "internal.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <sched.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#ifndef CLONE_PIDFD
#define CLONE_PIDFD 0x00001000
#endif

static long long now_us(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (long long)t.tv_sec * 1000000 + t.tv_nsec / 1000;
}

static int fail_with(sg_run_result *r, const char *format, ...) {
    va_list args;
    va_start(args, format);
    vsnprintf(r->error, sizeof r->error, format, args);
    va_end(args);
    return -1;
}

/* Writes /proc/<pid>/<file>; fills `why` on failure. */
static int write_proc(int pid, const char *file, const char *text, char *why, size_t why_size) {
    char path[64];
    snprintf(path, sizeof path, "/proc/%d/%s", pid, file);
    if (sg_write_file(path, text) == 0) return 0;
    snprintf(why, why_size, "cannot write %s: %s", path, strerror(errno));
    return -1;
}

/* Root maps namespace root to itself (init needs it to reach the host paths it binds) and
   the sandbox uid/gid to themselves (the program drops to them). Others may map only
   themselves, after denying setgroups. */
static int write_id_maps(int pid, int is_root, const sg_run_config *c, char *why, size_t why_size) {
    char uid_map[64], gid_map[64];
    if (is_root) {
        snprintf(uid_map, sizeof uid_map, "0 0 1\n%d %d 1\n", c->sandbox_uid, c->sandbox_uid);
        snprintf(gid_map, sizeof gid_map, "0 0 1\n%d %d 1\n", c->sandbox_gid, c->sandbox_gid);
    } else {
        snprintf(uid_map, sizeof uid_map, "%d %d 1\n", (int)getuid(), (int)getuid());
        snprintf(gid_map, sizeof gid_map, "%d %d 1\n", (int)getgid(), (int)getgid());
    }
    if (write_proc(pid, "uid_map", uid_map, why, why_size) != 0) return -1;
    if (!is_root && write_proc(pid, "setgroups", "deny", why, why_size) != 0) return -1;
    return write_proc(pid, "gid_map", gid_map, why, why_size);
}

typedef struct capture {
    int fd;
    unsigned char *data;
    size_t length, capacity, cap;
    int truncated;
} capture;

/* Reads what is available; returns 1 at end of file, -1 when the cap was passed. */
static int capture_read(capture *c) {
    for (;;) {
        if (c->length == c->capacity) {
            size_t grown = c->capacity ? c->capacity * 2 : 16384;
            if (grown > c->cap + 1) grown = c->cap + 1;
            unsigned char *data = realloc(c->data, grown);
            if (!data) return -1;
            c->data = data;
            c->capacity = grown;
        }
        ssize_t n = read(c->fd, c->data + c->length, c->capacity - c->length);
        if (n > 0) {
            c->length += (size_t)n;
            if (c->length > c->cap) {
                c->length = c->cap;
                c->truncated = 1;
                return -1;
            }
            continue;
        }
        if (n == 0) return 1;
        if (errno == EINTR) continue;
        return 0;
    }
}

static void close_fd(int *fd) {
    if (*fd >= 0) close(*fd);
    *fd = -1;
}

/* Writes what the pipe takes; SIGPIPE from a program that stopped reading stays pending on
   this thread (blocked) and is consumed, so the caller's process never sees it. */
static void feed_stdin(int *fd, const unsigned char *data, size_t size, size_t *offset) {
    while (*offset < size) {
        ssize_t n = write(*fd, data + *offset, size - *offset);
        if (n > 0) {
            *offset += (size_t)n;
            continue;
        }
        if (n < 0 && errno == EINTR) continue;
        if (n < 0 && errno == EAGAIN) return;
        break;
    }
    close_fd(fd);
}

static void kill_run(int pidfd, int pid, sg_cgroup_run *group, int have_group) {
    if (syscall(SYS_pidfd_send_signal, pidfd, SIGKILL, NULL, 0) != 0) kill(pid, SIGKILL);
    if (have_group) sg_cgroup_kill_all(group);
}

int sg_run(const sg_run_config *c, sg_run_result *r) {
    memset(r, 0, sizeof *r);
    int is_root = geteuid() == 0;
    int in_pipe[2] = {-1, -1}, out_pipe[2] = {-1, -1}, err_pipe[2] = {-1, -1};
    int status_pipe[2] = {-1, -1}, sync_pipe[2] = {-1, -1};
    if (pipe2(in_pipe, O_CLOEXEC) || pipe2(out_pipe, O_CLOEXEC) || pipe2(err_pipe, O_CLOEXEC)
        || pipe2(status_pipe, O_CLOEXEC) || pipe2(sync_pipe, O_CLOEXEC)) {
        int saved = errno;
        int *all[] = {in_pipe, out_pipe, err_pipe, status_pipe, sync_pipe};
        for (int i = 0; i < 5; i++) { close_fd(&all[i][0]); close_fd(&all[i][1]); }
        return fail_with(r, "cannot create pipes: %s", strerror(saved));
    }

    sg_cgroup_run group;
    memset(&group, 0, sizeof group);
    int have_group = 0;
    char why[512] = "";
    int result = 0;
    sg_init_args *args = NULL;
    void *stack = MAP_FAILED;
    size_t stack_size = 256 * 1024;
    int pidfd = -1, pid = -1;
    if ((c->layers & SG_LAYER_CGROUP) && c->cgroup_root) {
        if (sg_cgroup_create(c->cgroup_root, c->run_id, &c->limits, 1, &group, why, sizeof why) != 0) {
            result = fail_with(r, "%s", why);
            goto cleanup;
        }
        have_group = 1;
    }

    args = calloc(1, sizeof *args);
    stack = mmap(NULL, stack_size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_STACK, -1, 0);
    if (!args || stack == MAP_FAILED) {
        result = fail_with(r, "out of memory starting a run");
        goto cleanup;
    }
    args->config = c;
    args->sync_fd = sync_pipe[0];
    args->status_fd = status_pipe[1];
    args->stdin_fd = in_pipe[0];
    args->stdout_fd = out_pipe[1];
    args->stderr_fd = err_pipe[1];
    args->is_root = is_root;
    args->run_uid = is_root ? c->sandbox_uid : (int)getuid();
    args->run_gid = is_root ? c->sandbox_gid : (int)getgid();
    args->listener_fd = -1;
    if (c->layers & SG_LAYER_SECCOMP) {
        args->filter_length = sg_seccomp_build(args->filter, SG_SECCOMP_MAX);
        if (args->filter_length < 0) {
            result = fail_with(r, "the seccomp filter does not fit");
            goto cleanup;
        }
    }

    /* CLONE_VM: no copy of this (possibly large) process's page tables, no copy-on-write
       faults while the run lasts; init is written for it (see init.c). */
    int flags = SIGCHLD | CLONE_PIDFD | CLONE_VM;
    if (c->layers & SG_LAYER_USER_NS) flags |= CLONE_NEWUSER;
    if (c->layers & SG_LAYER_PID_NS) flags |= CLONE_NEWPID;
    /* A shared namespace is entered by this thread just for the clone, which inherits it. */
    int own_netns = -1;
    if (c->layers & SG_LAYER_NET_NS) {
        if (!c->shared_netns) {
            flags |= CLONE_NEWNET;
        } else if ((own_netns = open("/proc/thread-self/ns/net", O_RDONLY | O_CLOEXEC)) < 0
                   || setns(*c->shared_netns, CLONE_NEWNET) != 0) {
            int saved = errno;
            if (own_netns >= 0) close(own_netns);
            result = fail_with(r, "cannot enter the sandbox's network namespace: %s", strerror(saved));
            goto cleanup;
        }
    }
    if (c->layers & SG_LAYER_MOUNT_NS) flags |= CLONE_NEWNS;
    if (c->layers & SG_LAYER_IPC_NS) flags |= CLONE_NEWIPC;
    if (c->layers & SG_LAYER_UTS_NS) flags |= CLONE_NEWUTS;

    /* SIGPIPE on this thread stays blocked for the whole run (see feed_stdin). */
    sigset_t pipe_only, saved_mask;
    sigemptyset(&pipe_only);
    sigaddset(&pipe_only, SIGPIPE);
    pthread_sigmask(SIG_BLOCK, &pipe_only, &saved_mask);

    long long start = now_us();
    pid = clone(sg_init_main, (char *)stack + stack_size, flags, args, &pidfd);
    int clone_errno = errno;
    if (own_netns >= 0) {
        int back = setns(own_netns, CLONE_NEWNET);
        close(own_netns);
        if (back != 0 && pid > 0) {
            /* Never leave this thread in the sandbox's namespace unnoticed. */
            kill(pid, SIGKILL);
            while (waitpid(pid, NULL, __WALL) < 0 && errno == EINTR) {}
            pthread_sigmask(SIG_SETMASK, &saved_mask, NULL);
            result = fail_with(r, "cannot return to the launcher's network namespace");
            goto cleanup;
        }
    }
    if (pid < 0) {
        int saved = clone_errno;
        pthread_sigmask(SIG_SETMASK, &saved_mask, NULL);
        result = fail_with(r, "cannot create the sandbox's namespaces (clone: %s)", strerror(saved));
        goto cleanup;
    }
    close_fd(&sync_pipe[0]);
    close_fd(&status_pipe[1]);
    close_fd(&in_pipe[0]);
    close_fd(&out_pipe[1]);
    close_fd(&err_pipe[1]);

    if ((c->layers & SG_LAYER_USER_NS) && write_id_maps(pid, is_root, c, why, sizeof why) != 0) {
        snprintf(r->error, sizeof r->error, "%s", why);
        r->outcome = 1;
    } else if (have_group && sg_cgroup_attach(&group, pid, why, sizeof why) != 0) {
        snprintf(r->error, sizeof r->error, "%s", why);
        r->outcome = 1;
    }
    if (r->outcome == 1) {
        kill(pid, SIGKILL);
    } else {
        char go = 1;
        ssize_t ignored = write(sync_pipe[1], &go, 1);
        (void)ignored;
    }
    close_fd(&sync_pipe[1]);

    fcntl(in_pipe[1], F_SETFL, O_NONBLOCK);
    fcntl(out_pipe[0], F_SETFL, O_NONBLOCK);
    fcntl(err_pipe[0], F_SETFL, O_NONBLOCK);
    size_t stdin_offset = 0;
    if (c->stdin_size == 0) close_fd(&in_pipe[1]);
    else feed_stdin(&in_pipe[1], c->stdin_data, c->stdin_size, &stdin_offset);

    /* The captures own the read ends from here on (closing them twice would close a
       descriptor number another thread may already have reused). */
    capture out = {.fd = out_pipe[0], .cap = (size_t)c->limits.output_bytes};
    capture err = {.fd = err_pipe[0], .cap = (size_t)c->limits.output_bytes};
    out_pipe[0] = err_pipe[0] = -1;
    long long deadline = start + c->limits.wall_ms * 1000;
    long long cpu_limit_us = c->limits.cpu_ms * 1000;
    int killed = 0, init_done = 0;
    while (!init_done || out.fd >= 0 || err.fd >= 0) {
        struct pollfd fds[4];
        int n = 0;
        int at_out = -1, at_err = -1, at_in = -1, at_pid = -1;
        if (out.fd >= 0) { at_out = n; fds[n++] = (struct pollfd){out.fd, POLLIN, 0}; }
        if (err.fd >= 0) { at_err = n; fds[n++] = (struct pollfd){err.fd, POLLIN, 0}; }
        if (in_pipe[1] >= 0) { at_in = n; fds[n++] = (struct pollfd){in_pipe[1], POLLOUT, 0}; }
        if (!init_done) { at_pid = n; fds[n++] = (struct pollfd){pidfd, POLLIN, 0}; }
        long long remaining = deadline - now_us();
        if (remaining <= 0 && !killed) {
            r->wall_exceeded = 1;
            kill_run(pidfd, pid, &group, have_group);
            killed = 1;
        }
        /* Check the cgroup's CPU time often enough to stop a run close to its limit. */
        int timeout = killed ? 100 : (int)((remaining + 999) / 1000);
        if (have_group && !killed && timeout > 20) timeout = 20;
        int ready = poll(fds, (nfds_t)n, timeout);
        if (ready < 0 && errno != EINTR) break;
        if (at_in >= 0 && fds[at_in].revents) feed_stdin(&in_pipe[1], c->stdin_data, c->stdin_size, &stdin_offset);
        capture *streams[2] = {&out, &err};
        int at[2] = {at_out, at_err};
        for (int s = 0; s < 2; s++) {
            if (at[s] < 0 || !fds[at[s]].revents) continue;
            int state = capture_read(streams[s]);
            if (state == 1) close_fd(&streams[s]->fd);
            if (state == -1) {
                close_fd(&streams[s]->fd);
                if (!r->output_exceeded) r->output_exceeded = s + 1;
                if (!killed) { kill_run(pidfd, pid, &group, have_group); killed = 1; }
            }
        }
        if (at_pid >= 0 && fds[at_pid].revents) {
            init_done = 1;
            /* Every process of the namespace is gone; whatever remains in the pipes is final,
               unless a process outside the namespace (no PID namespace) still holds them. */
            if (!(c->layers & SG_LAYER_PID_NS) && !killed) { kill_run(pidfd, pid, &group, have_group); killed = 1; }
        }
        if (have_group && !killed && cpu_limit_us > 0) {
            long long used = sg_cgroup_cpu_us(&group);
            if (used > cpu_limit_us) {
                r->cpu_exceeded = 1;
                kill_run(pidfd, pid, &group, have_group);
                killed = 1;
            }
        }
    }
    struct rusage usage;
    int init_status = 0;
    while (wait4(pid, &init_status, __WALL, &usage) < 0 && errno == EINTR) {}
    r->wall_us = now_us() - start;
    close_fd(&in_pipe[1]);
    {
        siginfo_t info;
        struct timespec zero = {0, 0};
        while (sigtimedwait(&pipe_only, &info, &zero) > 0) {}
        pthread_sigmask(SIG_SETMASK, &saved_mask, NULL);
    }

    /* What init and the program reported. */
    sg_status_msg msg;
    int exited_seen = 0;
    while (read(status_pipe[0], &msg, sizeof msg) == (ssize_t)sizeof msg) {
        if (msg.type == SG_MSG_SETUP_FAILED && r->outcome == 0) {
            r->outcome = 1;
            snprintf(r->error, sizeof r->error, "sandbox setup failed while %s: %s", sg_stage_names[msg.stage],
                     strerror(msg.err));
        } else if (msg.type == SG_MSG_EXEC_FAILED && r->outcome == 0) {
            r->outcome = 2;
            snprintf(r->error, sizeof r->error, "cannot execute %s: %s", c->argv ? c->argv[0] : "(probe)",
                     strerror(msg.err));
        } else if (msg.type == SG_MSG_BLOCKED_CALL && !r->blocked_call[0]) {
            const char *name = sg_syscall_name(msg.err);
            if (name) snprintf(r->blocked_call, sizeof r->blocked_call, "%s", name);
            else snprintf(r->blocked_call, sizeof r->blocked_call, "system call %d", msg.err);
        } else if (msg.type == SG_MSG_EXITED) {
            exited_seen = 1;
            if (WIFEXITED(msg.wait_status)) {
                r->exited = 1;
                r->exit_code = WEXITSTATUS(msg.wait_status);
            } else if (WIFSIGNALED(msg.wait_status)) {
                r->term_signal = WTERMSIG(msg.wait_status);
            }
            r->cpu_us = msg.cpu_us;
            r->peak_memory_bytes = msg.max_rss_kb * 1024;
        }
    }
    if (!exited_seen) {
        /* Killed from outside before the program ended: init's own end stands for it. */
        r->cpu_us = (long long)usage.ru_utime.tv_sec * 1000000 + usage.ru_utime.tv_usec
                    + (long long)usage.ru_stime.tv_sec * 1000000 + usage.ru_stime.tv_usec;
        if (WIFSIGNALED(init_status)) r->term_signal = WTERMSIG(init_status);
        else if (WIFEXITED(init_status)) { r->exited = 1; r->exit_code = WEXITSTATUS(init_status); }
    }
    if (have_group) {
        r->leftover_processes = sg_cgroup_kill_all(&group);
        long long cpu = sg_cgroup_cpu_us(&group);
        if (cpu >= 0) r->cpu_us = cpu;
        long long peak;
        int kills;
        if (sg_cgroup_memory(&group, &peak, &kills) == 0) {
            r->peak_memory_bytes = peak;
            r->memory_from_cgroup = 1;
        }
        r->oom_kills = kills;
    }
    r->out = out.data; r->out_len = out.length; r->out_truncated = out.truncated;
    r->err = err.data; r->err_len = err.length; r->err_truncated = err.truncated;
    close_fd(&out.fd);
    close_fd(&err.fd);

cleanup:
    if (have_group) sg_cgroup_destroy(&group);
    if (pidfd >= 0) close(pidfd);
    int *all[] = {in_pipe, out_pipe, err_pipe, status_pipe, sync_pipe};
    for (int i = 0; i < 5; i++) { close_fd(&all[i][0]); close_fd(&all[i][1]); }
    if (stack != MAP_FAILED) munmap(stack, stack_size);
    free(args);
    return result;
}

int sg_netns_create(char *why, size_t why_size) {
    if (geteuid() != 0) {
        snprintf(why, why_size, "entering a shared network namespace needs root");
        return -1;
    }
    int own = open("/proc/thread-self/ns/net", O_RDONLY | O_CLOEXEC);
    if (own < 0 || unshare(CLONE_NEWNET) != 0) {
        snprintf(why, why_size, "cannot create a network namespace: %s", strerror(errno));
        if (own >= 0) close(own);
        return -1;
    }
    int fd = open("/proc/thread-self/ns/net", O_RDONLY | O_CLOEXEC);
    int back = setns(own, CLONE_NEWNET);
    close(own);
    if (back != 0 || fd < 0) {
        /* This thread may be stranded in the new namespace; say so loudly to the caller. */
        snprintf(why, why_size, "cannot return from the new network namespace: %s", strerror(errno));
        if (fd >= 0) close(fd);
        return -1;
    }
    return fd;
}

void sg_run_result_free(sg_run_result *r) {
    free(r->out);
    free(r->err);
    r->out = r->err = NULL;
}
