/* Slots: an init cloned ahead of its run. Everything here is what the kernel makes slow under
   load (namespace creation, the uid/gid maps, the program's cgroup attach, which waits for an
   RCU grace period), so a pool can do it before the run is known; the run itself then only
   hands init its configuration (init shares this process's memory) and releases it. */
#define _GNU_SOURCE
#include "internal.h"

#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <stdint.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/random.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#ifndef CLONE_PIDFD
#define CLONE_PIDFD 0x00001000
#endif

enum { SLOT_STACK_SIZE = 256 * 1024 };

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

static void close_fd(int *fd) {
    if (*fd >= 0) close(*fd);
    *fd = -1;
}

/* The clone flags for `c`'s layers. */
static int clone_flags(const sg_run_config *c) {
    /* CLONE_VM: no copy of this (possibly large) process's page tables, no copy-on-write
       faults while the run lasts; init is written for it (see init.c). */
    int flags = SIGCHLD | CLONE_PIDFD | CLONE_VM;
    if (c->layers & SG_LAYER_USER_NS) flags |= CLONE_NEWUSER;
    if (c->layers & SG_LAYER_PID_NS) flags |= CLONE_NEWPID;
    /* A network namespace per init: abstract Unix socket names are per namespace, and a
       program can still bind one to a socketpair() end, so shared, it would let two
       submissions graded at once meet. */
    if (c->layers & SG_LAYER_NET_NS) flags |= CLONE_NEWNET;
    if (c->layers & SG_LAYER_MOUNT_NS) flags |= CLONE_NEWNS;
    if (c->layers & SG_LAYER_IPC_NS) flags |= CLONE_NEWIPC;
    if (c->layers & SG_LAYER_UTS_NS) flags |= CLONE_NEWUTS;
    return flags;
}

/* Clones init into its namespaces. Returns the pid, or -1 with `why` filled. */
static int clone_init(const sg_run_config *c, sg_slot *s, char *why, size_t why_size) {
    int pid = clone(sg_init_main, (char *)s->stack + SLOT_STACK_SIZE, clone_flags(c), s->args, &s->pidfd);
    if (pid < 0) {
        snprintf(why, why_size, "cannot create the sandbox's namespaces (clone: %s)", strerror(errno));
        return -1;
    }
    s->pid = pid;
    return pid;
}

int sg_slot_create(const sg_run_config *c, sg_slot *s, char *why, size_t why_size) {
    memset(s, 0, sizeof *s);
    s->pid = s->pidfd = -1;
    s->stack = MAP_FAILED;
    int status_pipe[2] = {-1, -1}, control[2] = {-1, -1};
    int cgroup_fds[4] = {-1, -1, -1, -1}, cgroup_count = 0;
    s->status_fd = s->sync_fd = -1;
    int is_root = geteuid() == 0;
    if (pipe2(status_pipe, O_CLOEXEC) || socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, control)) {
        snprintf(why, why_size, "cannot create pipes: %s", strerror(errno));
        goto failed;
    }
    s->status_fd = status_pipe[0];
    s->sync_fd = control[0];
    if ((c->layers & SG_LAYER_CGROUP) && c->cgroup_root) {
        unsigned long long run_id;
        /* Unique among concurrent runs: names the group. */
        if (getrandom(&run_id, sizeof run_id, 0) != (ssize_t)sizeof run_id) run_id = (unsigned long long)(uintptr_t)s;
        if (sg_cgroup_create(c->cgroup_root, run_id, &s->group, why, why_size) != 0) goto failed;
        s->have_group = 1;
    }
    s->args = calloc(1, sizeof *s->args);
    s->stack = mmap(NULL, SLOT_STACK_SIZE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_STACK, -1, 0);
    if (!s->args || s->stack == MAP_FAILED) {
        snprintf(why, why_size, "out of memory starting a run");
        goto failed;
    }
    sg_init_args *args = s->args;
    args->sync_fd = control[1];
    args->status_fd = status_pipe[1];
    args->is_root = is_root;
    args->run_uid = is_root ? c->sandbox_uid : (int)getuid();
    args->run_gid = is_root ? c->sandbox_gid : (int)getgid();
    args->listener_fd = -1;
    args->signal_fd = -1;
    args->cgroup_dir = -1;
    args->prepared_for = c;
    args->layers = c->layers;
    /* Opened here, inherited by init's copy of the descriptor table, closed here after the
       clone (the numbers in args are init's from then on: it shares this memory). */
    if (s->have_group) {
        if ((cgroup_count = sg_cgroup_join_fds(&s->group, cgroup_fds, why, why_size)) < 0) {
            cgroup_count = 0;
            goto failed;
        }
        for (int i = 0; i < cgroup_count; i++) args->cgroup_join[i] = cgroup_fds[i];
        args->cgroup_join_count = cgroup_count;
        if (s->group.version == SG_CGROUP_V2
            && (cgroup_fds[cgroup_count] = open(s->group.unified, O_RDONLY | O_DIRECTORY | O_CLOEXEC)) >= 0)
            args->cgroup_dir = cgroup_fds[cgroup_count++];
    }
    if (c->layers & SG_LAYER_SECCOMP) {
        args->filter_length = sg_seccomp_build(args->filter, SG_SECCOMP_MAX, !(c->layers & SG_LAYER_MOUNT_NS));
        if (args->filter_length < 0) {
            snprintf(why, why_size, "the seccomp filter does not fit");
            goto failed;
        }
    }
    int cloned = clone_init(c, s, why, why_size);
    for (; cgroup_count > 0; cgroup_count--) close_fd(&cgroup_fds[cgroup_count - 1]);
    if (cloned < 0) goto failed;
    close_fd(&control[1]);
    close_fd(&status_pipe[1]);
    if ((c->layers & SG_LAYER_USER_NS) && write_id_maps(s->pid, is_root, c, why, why_size) != 0) goto failed;
    /* Init may now prepare the view all runs share and start the program, which joins the
       run's group and waits for its run on the control socket. */
    char go = 1;
    if (write(s->sync_fd, &go, 1) != 1) {
        snprintf(why, why_size, "the sandbox's init ended before its run: %s", strerror(errno));
        goto failed;
    }
    return 0;

failed:
    for (; cgroup_count > 0; cgroup_count--) close_fd(&cgroup_fds[cgroup_count - 1]);
    close_fd(&control[1]);
    close_fd(&status_pipe[1]);
    sg_slot_release(s);
    return -1;
}

void sg_slot_release(sg_slot *s) {
    if (s->pid > 0) {
        /* Closing the control socket first lets an init whose program waits for a run leave
           by itself. */
        close_fd(&s->sync_fd);
        if (syscall(SYS_pidfd_send_signal, s->pidfd, SIGKILL, NULL, 0) != 0) kill(s->pid, SIGKILL);
        while (waitpid(s->pid, NULL, __WALL) < 0 && errno == EINTR) {}
        s->pid = -1;
    }
    if (s->have_group) {
        sg_cgroup_kill_all(&s->group);
        sg_cgroup_destroy(&s->group);
        s->have_group = 0;
    }
    int *fds[] = {&s->pidfd, &s->status_fd, &s->sync_fd};
    for (int i = 0; i < 3; i++) close_fd(fds[i]);
    if (s->stack != MAP_FAILED && s->stack) munmap(s->stack, SLOT_STACK_SIZE);
    s->stack = MAP_FAILED;
    free(s->args);
    s->args = NULL;
}
