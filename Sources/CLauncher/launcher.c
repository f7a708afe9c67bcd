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
#include <sys/socket.h>
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

/* Ends the run from outside. In a PID namespace, killing init kills everything in it. With a
   uid of the run's own, killing init would leave its processes to the host's init: they are
   killed by uid instead, and init, which reaps them, reports the run's end by itself. */
static void kill_run(const sg_run_config *c, int pidfd, int pid, sg_cgroup_run *group, int have_group) {
    if ((c->layers & (SG_LAYER_PID_NS | SG_LAYER_SEPARATE_USER)) == SG_LAYER_SEPARATE_USER) sg_kill_uid(c->sandbox_uid);
    else if (syscall(SYS_pidfd_send_signal, pidfd, SIGKILL, NULL, 0) != 0) kill(pid, SIGKILL);
    if (have_group) sg_cgroup_kill_all(group);
}

/* A slot for `c`: one the pool prepared, or one made now. */
static int take_slot(const sg_run_config *c, sg_slot *slot, char *why, size_t why_size) {
    if (c->pool && sg_pool_take(c->pool, c, slot) == 0) return 0;
    return sg_slot_create(c, slot, why, why_size);
}

/* Hands the run to the program waiting in `slot`: its configuration by pointer (init shares
   this memory), its streams over the control socket. */
static int hand_over(const sg_run_config *c, sg_slot *slot, int streams[3]) {
    slot->args->config = c;
    char byte = 1;
    struct iovec part = {&byte, 1};
    union {
        struct cmsghdr align;
        char space[CMSG_SPACE(3 * sizeof(int))];
    } control;
    memset(&control, 0, sizeof control);
    struct msghdr message = {.msg_iov = &part, .msg_iovlen = 1, .msg_control = control.space,
                             .msg_controllen = sizeof control.space};
    struct cmsghdr *header = CMSG_FIRSTHDR(&message);
    header->cmsg_level = SOL_SOCKET;
    header->cmsg_type = SCM_RIGHTS;
    header->cmsg_len = CMSG_LEN(3 * sizeof(int));
    memcpy(CMSG_DATA(header), streams, 3 * sizeof(int));
    ssize_t sent;
    while ((sent = sendmsg(slot->sync_fd, &message, MSG_NOSIGNAL)) < 0 && errno == EINTR) {}
    return sent == 1 ? 0 : -1;
}

/* Records one message from init or the program; returns 1 when it ends the run. */
static int take_message(const sg_run_config *c, const sg_status_msg *msg, sg_run_result *r) {
    if (msg->type == SG_MSG_SETUP_FAILED && r->outcome == 0) {
        r->outcome = 1;
        snprintf(r->error, sizeof r->error, "sandbox setup failed while %s: %s", sg_stage_names[msg->stage],
                 strerror(msg->err));
    } else if (msg->type == SG_MSG_EXEC_FAILED && r->outcome == 0) {
        r->outcome = 2;
        snprintf(r->error, sizeof r->error, "cannot execute %s: %s", c->argv ? c->argv[0] : "(probe)",
                 strerror(msg->err));
    } else if (msg->type == SG_MSG_BLOCKED_CALL && !r->blocked_call[0]) {
        const char *name = sg_syscall_name(msg->err);
        if (name) snprintf(r->blocked_call, sizeof r->blocked_call, "%s", name);
        else snprintf(r->blocked_call, sizeof r->blocked_call, "system call %d", msg->err);
    } else if (msg->type == SG_MSG_EXITED) {
        if (WIFEXITED(msg->wait_status)) {
            r->exited = 1;
            r->exit_code = WEXITSTATUS(msg->wait_status);
        } else if (WIFSIGNALED(msg->wait_status)) {
            r->term_signal = WTERMSIG(msg->wait_status);
        }
        r->cpu_us = msg->cpu_us;
        r->peak_memory_bytes = msg->max_rss_kb * 1024;
        r->init_spent = msg->err != 0;
        return 1;
    }
    return 0;
}

/* Reads the messages waiting on the status pipe; returns 1 once the run's end was among them. */
static int take_messages(const sg_run_config *c, int status_fd, sg_run_result *r) {
    sg_status_msg msg;
    int ended = 0;
    while (read(status_fd, &msg, sizeof msg) == (ssize_t)sizeof msg) ended |= take_message(c, &msg, r);
    return ended;
}

int sg_run(const sg_run_config *c, sg_run_result *r) {
    memset(r, 0, sizeof *r);
    char why[512] = "";
    sg_slot slot;
    /* A session's init when it is free (0), else a slot of the pool or a new one, which the
       session keeps after a clean run when it was free (1). */
    sg_session *session = c->session;
    int from_session = session ? sg_session_take(session, &slot) : -1;
    if (from_session < 0) session = NULL;
    if (from_session != 0 && take_slot(c, &slot, why, sizeof why) != 0) {
        if (session) sg_session_give_back(session, NULL, 0);
        return fail_with(r, "%s", why);
    }
    int first_run = slot.args->runs == 0;
    sg_cgroup_run *group = &slot.group;
    int have_group = slot.have_group;
    int pid = slot.pid, pidfd = slot.pidfd;
    long long cpu_base = 0;
    int oom_base = 0;
    if (have_group && sg_cgroup_limit(group, &c->limits, why, sizeof why) != 0) {
        snprintf(r->error, sizeof r->error, "%s", why);
        r->outcome = 1;
    }
    /* A pool's init was cloned with the refill thread's SCHED_BATCH: the run gets the normal class. */
    struct sched_param normal = {0};
    if (r->outcome == 0 && first_run && sched_setscheduler(pid, SCHED_OTHER, &normal) != 0) {
        snprintf(r->error, sizeof r->error, "cannot reset the scheduling class of the sandbox's init: %s", strerror(errno));
        r->outcome = 1;
    }
    /* What the group counted before this run (a pool's wait, a session's earlier runs) is not
       the run's. */
    if (have_group) {
        if ((cpu_base = sg_cgroup_cpu_us(group)) < 0) cpu_base = 0;
        oom_base = sg_cgroup_oom_kills(group);
    }

    /* SIGPIPE on this thread stays blocked for the whole run (see feed_stdin). */
    sigset_t pipe_only, saved_mask;
    sigemptyset(&pipe_only);
    sigaddset(&pipe_only, SIGPIPE);
    pthread_sigmask(SIG_BLOCK, &pipe_only, &saved_mask);

    long long start = now_us();
    int in_pipe[2] = {-1, -1}, out_pipe[2] = {-1, -1}, err_pipe[2] = {-1, -1};
    if (r->outcome == 0 && (pipe2(in_pipe, O_CLOEXEC) || pipe2(out_pipe, O_CLOEXEC) || pipe2(err_pipe, O_CLOEXEC))) {
        snprintf(r->error, sizeof r->error, "cannot create pipes: %s", strerror(errno));
        r->outcome = 1;
    }
    if (r->outcome == 0) {
        int streams[3] = {in_pipe[0], out_pipe[1], err_pipe[1]};
        if (hand_over(c, &slot, streams) != 0) {
            int saved = errno;
            /* What init said before it ended (a setup failure names its stage) says why. */
            fcntl(slot.status_fd, F_SETFL, O_NONBLOCK);
            take_messages(c, slot.status_fd, r);
            if (r->outcome == 0) {
                /* Looked at, not reaped: the slot's release reaps it. */
                siginfo_t ended = {0};
                char how[64] = "still running";
                if (waitid(P_PID, (id_t)pid, &ended, WEXITED | WNOHANG | WNOWAIT | __WALL) == 0 && ended.si_pid == pid) {
                    if (ended.si_code == CLD_EXITED) snprintf(how, sizeof how, "exit status %d", ended.si_status);
                    else snprintf(how, sizeof how, "killed by signal %d", ended.si_status);
                }
                snprintf(r->error, sizeof r->error, "the sandbox's init ended before its run (%s): %s", how, strerror(saved));
                r->outcome = 1;
            }
        }
    }
    close_fd(&in_pipe[0]);
    close_fd(&out_pipe[1]);
    close_fd(&err_pipe[1]);
    int killed = 0, run_ended = 0, init_ended = 0, init_killed = 0;
    long long killed_at = 0;
    if (r->outcome == 1) {
        kill_run(c, pidfd, pid, group, have_group);
        killed = 1;
    }

    fcntl(in_pipe[1], F_SETFL, O_NONBLOCK);
    fcntl(out_pipe[0], F_SETFL, O_NONBLOCK);
    fcntl(err_pipe[0], F_SETFL, O_NONBLOCK);
    fcntl(slot.status_fd, F_SETFL, O_NONBLOCK);
    size_t stdin_offset = 0;
    if (c->stdin_size == 0) close_fd(&in_pipe[1]);
    else feed_stdin(&in_pipe[1], c->stdin_data, c->stdin_size, &stdin_offset);

    /* The captures own the read ends from here on (closing them twice would close a
       descriptor number another thread may already have reused). */
    capture out = {.fd = out_pipe[0], .cap = (size_t)c->limits.output_bytes};
    capture err = {.fd = err_pipe[0], .cap = (size_t)c->limits.output_bytes};
    long long deadline = start + c->limits.wall_ms * 1000;
    long long cpu_limit_us = c->limits.cpu_ms * 1000, cpu_checked = start;
    /* The run is over when init reports it (every process of it gone) or init itself ended. */
    while (!(run_ended || init_ended) || out.fd >= 0 || err.fd >= 0) {
        struct pollfd fds[5];
        int n = 0;
        int at_out = -1, at_err = -1, at_in = -1, at_pid = -1, at_status = -1;
        if (out.fd >= 0) { at_out = n; fds[n++] = (struct pollfd){out.fd, POLLIN, 0}; }
        if (err.fd >= 0) { at_err = n; fds[n++] = (struct pollfd){err.fd, POLLIN, 0}; }
        if (in_pipe[1] >= 0) { at_in = n; fds[n++] = (struct pollfd){in_pipe[1], POLLOUT, 0}; }
        if (!init_ended) { at_pid = n; fds[n++] = (struct pollfd){pidfd, POLLIN, 0}; }
        if (!run_ended) { at_status = n; fds[n++] = (struct pollfd){slot.status_fd, POLLIN, 0}; }
        long long remaining = deadline - now_us();
        if (remaining <= 0 && !killed) {
            r->wall_exceeded = 1;
            kill_run(c, pidfd, pid, group, have_group);
            killed = 1;
        }
        /* Killed by uid, init reaps the run and ends by itself; one that has not a second later
           is ended too (it runs as root: the uid's killer spares it). */
        if (killed && !killed_at) killed_at = now_us();
        if (killed_at && !init_ended && !init_killed && (c->layers & SG_LAYER_SEPARATE_USER)
            && now_us() - killed_at > 1000000) {
            if (syscall(SYS_pidfd_send_signal, pidfd, SIGKILL, NULL, 0) != 0) kill(pid, SIGKILL);
            init_killed = 1;
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
                if (!killed) { kill_run(c, pidfd, pid, group, have_group); killed = 1; }
            }
        }
        if (at_status >= 0 && fds[at_status].revents && take_messages(c, slot.status_fd, r)) run_ended = 1;
        /* Init's end: every process of the namespace is gone. */
        if (at_pid >= 0 && fds[at_pid].revents) init_ended = 1;
        /* Without a PID namespace nothing told the program's leftovers from the host's, and they
           may still hold the pipes: the cgroup sweeps them. */
        if ((run_ended || init_ended) && !(c->layers & SG_LAYER_PID_NS) && !killed) {
            kill_run(c, pidfd, pid, group, have_group);
            killed = 1;
        }
        /* The CPU watch, at most every 10 ms however busy the streams. */
        if (have_group && !killed && cpu_limit_us > 0 && now_us() - cpu_checked >= 10000) {
            cpu_checked = now_us();
            long long used = sg_cgroup_cpu_us(group) - cpu_base;
            if (used > cpu_limit_us) {
                r->cpu_exceeded = 1;
                kill_run(c, pidfd, pid, group, have_group);
                killed = 1;
            }
        }
    }
    struct rusage usage;
    int init_status = 0;
    if (init_ended) {
        while (wait4(pid, &init_status, __WALL, &usage) < 0 && errno == EINTR) {}
        slot.pid = -1;
        if (!run_ended) run_ended = take_messages(c, slot.status_fd, r);
    }
    r->wall_us = now_us() - start;
    close_fd(&in_pipe[1]);
    {
        siginfo_t info;
        struct timespec zero = {0, 0};
        while (sigtimedwait(&pipe_only, &info, &zero) > 0) {}
        pthread_sigmask(SIG_SETMASK, &saved_mask, NULL);
    }
    if (!run_ended) {
        /* Killed from outside before the program ended: init's own end stands for it. */
        r->cpu_us = (long long)usage.ru_utime.tv_sec * 1000000 + usage.ru_utime.tv_usec
                    + (long long)usage.ru_stime.tv_sec * 1000000 + usage.ru_stime.tv_usec;
        if (WIFSIGNALED(init_status)) r->term_signal = WTERMSIG(init_status);
        else if (WIFEXITED(init_status)) { r->exited = 1; r->exit_code = WEXITSTATUS(init_status); }
    }
    /* An init that reported the run's end in its PID namespace has killed and reaped every
       process of it (and its next program may already be joining the group); a session keeps
       such an init when the run itself went through. Any other run is swept here. */
    int swept_by_init = run_ended && !killed && !init_ended && (c->layers & SG_LAYER_PID_NS);
    int keep = session && swept_by_init && r->outcome == 0 && !r->init_spent;
    if (have_group) {
        if (!swept_by_init) r->leftover_processes = sg_cgroup_kill_all(group);
        long long cpu = sg_cgroup_cpu_us(group);
        if (cpu >= 0) r->cpu_us = cpu > cpu_base ? cpu - cpu_base : 0;
        long long peak;
        int kills;
        if (sg_cgroup_memory(group, &peak, &kills) == 0) {
            /* v2's memory.peak cannot be reset: after a session's first run, the largest
               process's peak stands for the run's. */
            if (group->version == SG_CGROUP_V1 || first_run) r->peak_memory_bytes = peak;
            r->memory_from_cgroup = 1;
        }
        r->oom_kills = kills > oom_base ? kills - oom_base : 0;
    }
    r->out = out.data; r->out_len = out.length; r->out_truncated = out.truncated;
    r->err = err.data; r->err_len = err.length; r->err_truncated = err.truncated;
    close_fd(&out.fd);
    close_fd(&err.fd);

    if (keep) {
        sg_session_give_back(session, &slot, 1);
        return 0;
    }
    if (session) sg_session_give_back(session, NULL, 0);
    /* Every process of the run is dead and reaped: what remains (ending the idle init and its
       namespaces, removing the cgroup, closing, unmapping) need not delay the result. */
    if (c->pool) sg_pool_discard(c->pool, &slot);
    else sg_slot_release(&slot);
    return 0;
}

void sg_run_result_free(sg_run_result *r) {
    free(r->out);
    free(r->err);
    r->out = r->err = NULL;
}
