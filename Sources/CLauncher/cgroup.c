/* Per-run cgroups: memory limit and peak, process limit, CPU accounting, and the list of
   every process of a run (setsid escapees included) so that all of them can be killed.
   cgroup v2 (one hierarchy) and v1 (memory, pids and cpuacct hierarchies) are handled. */
#define _GNU_SOURCE
#include "internal.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int sg_write_file(const char *path, const char *text) {
    int fd = open(path, O_WRONLY | O_CLOEXEC);
    if (fd < 0) return -1;
    ssize_t length = (ssize_t)strlen(text);
    ssize_t written = write(fd, text, (size_t)length);
    int saved = errno;
    close(fd);
    errno = saved;
    return written == length ? 0 : -1;
}

static int write_text(const char *dir, const char *file, const char *text) {
    char path[700];
    snprintf(path, sizeof path, "%s/%s", dir, file);
    return sg_write_file(path, text);
}

static ssize_t read_text(const char *dir, const char *file, char *buffer, size_t size) {
    char path[700];
    snprintf(path, sizeof path, "%s/%s", dir, file);
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) return -1;
    ssize_t n = read(fd, buffer, size - 1);
    close(fd);
    if (n < 0) return -1;
    buffer[n] = 0;
    return n;
}

static long long read_number(const char *dir, const char *file) {
    char text[64];
    if (read_text(dir, file, text, sizeof text) <= 0) return -1;
    return strtoll(text, NULL, 10);
}

/* The value of `key` in "key value" lines (memory.events, cpu.stat, oom_control), or -1. */
static long long keyed_value(const char *text, const char *key) {
    size_t key_length = strlen(key);
    for (const char *line = text; line && *line; line = strchr(line, '\n') ? strchr(line, '\n') + 1 : NULL) {
        if (strncmp(line, key, key_length) == 0 && line[key_length] == ' ')
            return strtoll(line + key_length + 1, NULL, 10);
    }
    return -1;
}

/* This process's own group in hierarchy `controller` ("" for v2), from /proc/self/cgroup. */
static int own_group(const char *controller, char *out, size_t size) {
    FILE *file = fopen("/proc/self/cgroup", "re");
    if (!file) return -1;
    char line[1024];
    int found = -1;
    while (fgets(line, sizeof line, file)) {
        char *first = strchr(line, ':');
        char *second = first ? strchr(first + 1, ':') : NULL;
        if (!second) continue;
        *first = 0;
        *second = 0;
        char *list = first + 1;
        char *path = second + 1;
        path[strcspn(path, "\n")] = 0;
        int match = 0;
        if (*controller == 0) {
            match = strcmp(line, "0") == 0 && *list == 0;
        } else {
            for (char *item = strtok(list, ","); item; item = strtok(NULL, ","))
                if (strcmp(item, controller) == 0) match = 1;
        }
        if (match) {
            snprintf(out, size, "%s", strcmp(path, "/") == 0 ? "" : path);
            found = 0;
            break;
        }
    }
    fclose(file);
    return found;
}

/* Removes groups `specgrade-<pid>-*` under `dir` left by processes that no longer exist
   (a process that ended without tearing its sandbox down). */
static void sweep_stale(const char *dir) {
    DIR *listing = opendir(dir);
    if (!listing) return;
    struct dirent *entry;
    while ((entry = readdir(listing))) {
        int pid = 0;
        if (sscanf(entry->d_name, "specgrade-%d-", &pid) != 1 || pid <= 0) continue;
        if (kill(pid, 0) == 0 || errno != ESRCH) continue;
        char stale[700];
        snprintf(stale, sizeof stale, "%s/%s", dir, entry->d_name);
        DIR *runs = opendir(stale);
        struct dirent *run;
        while (runs && (run = readdir(runs))) {
            if (strncmp(run->d_name, "run-", 4) != 0) continue;
            char path[800];
            snprintf(path, sizeof path, "%s/%s", stale, run->d_name);
            rmdir(path);
        }
        if (runs) closedir(runs);
        rmdir(stale);
    }
    closedir(listing);
}

/* Creates `<parent>/specgrade-<pid>-<tag>`, first removing stale ones beside it. */
static int make_parent_in(const char *parent, const char *tag, char *out, size_t size, char *why, size_t why_size) {
    sweep_stale(parent);
    snprintf(out, size, "%s/specgrade-%d-%.40s", parent, (int)getpid(), tag);
    if (mkdir(out, 0755) != 0 && errno != EEXIST) {
        snprintf(why, why_size, "cannot create %s: %s", out, strerror(errno));
        out[0] = 0;
        return -1;
    }
    return 0;
}

/* Creates `<mount><own group>/specgrade-<pid>-<tag>` for one v1 hierarchy. */
static int make_parent(const char *mount, const char *controller, const char *tag, char *out, size_t size,
                       char *why, size_t why_size) {
    char own[400];
    if (own_group(controller, own, sizeof own) != 0) {
        snprintf(why, why_size, "this process is in no %s cgroup", controller);
        return -1;
    }
    char parent[520];
    snprintf(parent, sizeof parent, "%s%s", mount, own);
    return make_parent_in(parent, tag, out, size, why, why_size);
}

/* Controllers every run group needs (cpu.stat counts CPU without the cpu controller). */
static const char v2_controllers[] = "+memory +pids";

/* The v2 group under which this process's parent groups go: its own group when that can hand
   memory and pids down to children. The "no internal processes" rule forbids that while the
   group holds processes, so a process alone in a delegated group (systemd's Delegate=yes)
   first moves itself into a leaf `specgrade-<pid>-self`; another SpecGrade process started
   from such a leaf uses the leaf's parent. As root, the hierarchy's root is the last resort
   (it is exempt from the rule). Fills `out` with the directory, 0 on success. */
static int v2_base(char *out, size_t size, char *why, size_t why_size) {
    char own[400];
    if (own_group("", own, sizeof own) != 0) {
        snprintf(why, why_size, "this process is in no cgroup v2 group (/proc/self/cgroup)");
        return -1;
    }
    char dir[520];
    snprintf(dir, sizeof dir, "/sys/fs/cgroup%s", own);
    char *leaf = strrchr(dir, '/');
    int self_pid = 0;
    if (own[0] && leaf && sscanf(leaf, "/specgrade-%d-self", &self_pid) == 1) *leaf = 0;
    if (write_text(dir, "cgroup.subtree_control", v2_controllers) == 0) {
        snprintf(out, size, "%s", dir);
        return 0;
    }
    int busy = errno == EBUSY;
    if (busy && own[0]) {
        char self[600];
        snprintf(self, sizeof self, "%s/specgrade-%d-self", dir, (int)getpid());
        if (mkdir(self, 0755) == 0 || errno == EEXIST) {
            if (write_text(self, "cgroup.procs", "0") == 0) {
                if (write_text(dir, "cgroup.subtree_control", v2_controllers) == 0) {
                    snprintf(out, size, "%s", dir);
                    return 0;
                }
                /* Others share the group (a shell, a test runner): go back where we were. */
                write_text(dir, "cgroup.procs", "0");
            }
            rmdir(self);
        }
    }
    if (geteuid() == 0 && own[0] && write_text("/sys/fs/cgroup", "cgroup.subtree_control", v2_controllers) == 0) {
        snprintf(out, size, "/sys/fs/cgroup");
        return 0;
    }
    snprintf(why, why_size,
             "cgroup v2: cannot hand the memory and pids controllers down from %s (%s); run SpecGrade alone in "
             "a delegated group, for example under `systemd-run --user --scope -p Delegate=yes`",
             dir, busy ? "other processes share it" : "not delegated to this user");
    return -1;
}

int sg_cgroup_open(sg_cgroup_root *root, const char *tag, char *why, size_t why_size) {
    memset(root, 0, sizeof *root);
    struct stat info;
    if (stat("/sys/fs/cgroup/cgroup.controllers", &info) == 0) {
        char controllers[512];
        if (read_text("/sys/fs/cgroup", "cgroup.controllers", controllers, sizeof controllers) < 0
            || !strstr(controllers, "memory") || !strstr(controllers, "pids")) {
            snprintf(why, why_size, "cgroup v2 lacks the memory or pids controller");
            return SG_CGROUP_NONE;
        }
        char base[520];
        if (v2_base(base, sizeof base, why, why_size) != 0
            || make_parent_in(base, tag, root->unified, sizeof root->unified, why, why_size) != 0)
            return SG_CGROUP_NONE;
        if (write_text(root->unified, "cgroup.subtree_control", v2_controllers) != 0) {
            snprintf(why, why_size, "cannot enable the memory and pids controllers under %s: %s", root->unified,
                     strerror(errno));
            rmdir(root->unified);
            root->unified[0] = 0;
            return SG_CGROUP_NONE;
        }
        root->version = SG_CGROUP_V2;
        return SG_CGROUP_V2;
    }
    if (stat("/sys/fs/cgroup/memory/memory.limit_in_bytes", &info) != 0
        || stat("/sys/fs/cgroup/pids", &info) != 0 || stat("/sys/fs/cgroup/cpuacct", &info) != 0) {
        snprintf(why, why_size, "no cgroup v2 and no cgroup v1 memory, pids and cpuacct hierarchies under /sys/fs/cgroup");
        return SG_CGROUP_NONE;
    }
    if (make_parent("/sys/fs/cgroup/memory", "memory", tag, root->memory, sizeof root->memory, why, why_size) != 0
        || make_parent("/sys/fs/cgroup/pids", "pids", tag, root->pids, sizeof root->pids, why, why_size) != 0
        || make_parent("/sys/fs/cgroup/cpuacct", "cpuacct", tag, root->cpuacct, sizeof root->cpuacct, why,
                       why_size) != 0) {
        sg_cgroup_close(root);
        return SG_CGROUP_NONE;
    }
    root->version = SG_CGROUP_V1;
    return SG_CGROUP_V1;
}

void sg_cgroup_close(const sg_cgroup_root *root) {
    const char *dirs[] = {root->unified, root->memory, root->pids, root->cpuacct};
    for (int i = 0; i < 4; i++)
        if (dirs[i][0]) rmdir(dirs[i]);
}

static int make_child(const char *parent, unsigned long long run_id, char *out, size_t size, char *why,
                      size_t why_size) {
    snprintf(out, size, "%s/run-%llu", parent, run_id);
    if (mkdir(out, 0755) != 0) {
        snprintf(why, why_size, "cannot create cgroup %s: %s", out, strerror(errno));
        out[0] = 0;
        return -1;
    }
    return 0;
}

/* The counters read at every run, kept open: the launcher reads CPU every few milliseconds. */
static int open_counters(sg_cgroup_run *run, char *why, size_t why_size) {
    const char *dir = run->version == SG_CGROUP_V2 ? run->unified : run->memory;
    const char *peak = run->version == SG_CGROUP_V2 ? "memory.peak" : "memory.max_usage_in_bytes";
    const char *oom = run->version == SG_CGROUP_V2 ? "memory.events" : "memory.oom_control";
    char path[700];
    snprintf(path, sizeof path, "%s/%s", dir, peak);
    /* Read-write on v1, where writing 0 resets the peak for the next run. */
    run->peak_fd = open(path, (run->version == SG_CGROUP_V2 ? O_RDONLY : O_RDWR) | O_CLOEXEC);
    snprintf(path, sizeof path, "%s/%s", dir, oom);
    run->oom_fd = open(path, O_RDONLY | O_CLOEXEC);
    if (run->version == SG_CGROUP_V2) snprintf(path, sizeof path, "%s/cpu.stat", run->unified);
    else snprintf(path, sizeof path, "%s/cpuacct.usage", run->cpuacct);
    if ((run->cpu_fd = open(path, O_RDONLY | O_CLOEXEC)) >= 0) return 0;
    snprintf(why, why_size, "cannot open %s: %s", path, strerror(errno));
    return -1;
}

/* A counter file's text from its start, or -1. */
static ssize_t pread_text(int fd, char *buffer, size_t size) {
    if (fd < 0) return -1;
    ssize_t n = pread(fd, buffer, size - 1, 0);
    if (n < 0) return -1;
    buffer[n] = 0;
    return n;
}

int sg_cgroup_create(const sg_cgroup_root *root, unsigned long long run_id, sg_cgroup_run *run, char *why,
                     size_t why_size) {
    memset(run, 0, sizeof *run);
    run->cpu_fd = run->peak_fd = run->oom_fd = -1;
    run->version = root->version;
    if (root->version == SG_CGROUP_V2) {
        if (make_child(root->unified, run_id, run->unified, sizeof run->unified, why, why_size) != 0) return -1;
        if (open_counters(run, why, why_size) == 0) return 0;
        sg_cgroup_destroy(run);
        return -1;
    }
    if (make_child(root->memory, run_id, run->memory, sizeof run->memory, why, why_size) != 0
        || make_child(root->pids, run_id, run->pids, sizeof run->pids, why, why_size) != 0
        || make_child(root->cpuacct, run_id, run->cpuacct, sizeof run->cpuacct, why, why_size) != 0
        || open_counters(run, why, why_size) != 0) {
        sg_cgroup_destroy(run);
        return -1;
    }
    return 0;
}

int sg_cgroup_limit(sg_cgroup_run *run, const sg_limits *limits, char *why, size_t why_size) {
    if (run->memory_limit != limits->memory_bytes || run->process_limit != limits->processes) {
        char memory[32], processes[32];
        snprintf(memory, sizeof memory, "%lld", limits->memory_bytes);
        snprintf(processes, sizeof processes, "%lld", limits->processes);
        const char *dir = run->version == SG_CGROUP_V2 ? run->unified : run->memory;
        if (run->version == SG_CGROUP_V2) {
            if (write_text(dir, "memory.max", memory) != 0
                || (write_text(dir, "memory.swap.max", "0") != 0 && errno != ENOENT)
                || write_text(dir, "pids.max", processes) != 0) {
                snprintf(why, why_size, "cannot set limits in %s: %s", dir, strerror(errno));
                return -1;
            }
            /* At the limit the kernel kills the whole run, not one of its processes (Linux 4.19+). */
            if (write_text(dir, "memory.oom.group", "1") != 0 && errno != ENOENT) {
                snprintf(why, why_size, "cannot set memory.oom.group in %s: %s", dir, strerror(errno));
                return -1;
            }
        } else {
            if (write_text(dir, "memory.limit_in_bytes", memory) != 0
                || write_text(run->pids, "pids.max", processes) != 0) {
                snprintf(why, why_size, "cannot set limits in %s: %s", dir, strerror(errno));
                return -1;
            }
            /* Without swap accounting the limit is on memory alone; with it, swap must not extend it. */
            write_text(dir, "memory.memsw.limit_in_bytes", memory);
        }
        run->memory_limit = limits->memory_bytes;
        run->process_limit = limits->processes;
    }
    /* The group may have waited in a pool, or served a session's earlier run: its peak starts
       from now (v1 resets on write; v2 cannot before Linux 6.12). */
    if (run->version == SG_CGROUP_V1 && run->peak_fd >= 0) pwrite(run->peak_fd, "0", 1, 0);
    return 0;
}

int sg_cgroup_join_fds(const sg_cgroup_run *run, int fds[3], char *why, size_t why_size) {
    const char *dirs[] = {run->unified, run->memory, run->pids, run->cpuacct};
    int count = 0;
    /* On v1 the program joins through `tasks`: it is a single thread, so moving that thread
       moves the process, and the kernel (since commit 9a3284fad42f, 2022) then skips the
       threadgroup lock, whose RCU grace period (7-13 ms) `cgroup.procs` waits for while holding
       cgroup_mutex, stalling every other run's cgroup work too. v2's domain groups take whole
       processes only. */
    const char *file = run->version == SG_CGROUP_V1 ? "tasks" : "cgroup.procs";
    for (int i = 0; i < 4; i++) {
        if (!dirs[i][0]) continue;
        char path[700];
        snprintf(path, sizeof path, "%s/%s", dirs[i], file);
        int fd = open(path, O_WRONLY | O_CLOEXEC);
        if (fd < 0) {
            snprintf(why, why_size, "cannot open %s: %s", path, strerror(errno));
            while (count > 0) close(fds[--count]);
            return -1;
        }
        fds[count++] = fd;
    }
    return count;
}

long long sg_cgroup_cpu_us(const sg_cgroup_run *run) {
    char text[1024];
    if (pread_text(run->cpu_fd, text, sizeof text) <= 0) return -1;
    if (run->version == SG_CGROUP_V1) return strtoll(text, NULL, 10) / 1000;
    return keyed_value(text, "usage_usec");
}

int sg_cgroup_oom_kills(const sg_cgroup_run *run) {
    char text[4096];
    long long kills = pread_text(run->oom_fd, text, sizeof text) > 0 ? keyed_value(text, "oom_kill") : -1;
    /* v1 before Linux 4.13 counts no kills: the times the limit was hit stand for them. */
    if (kills < 0 && run->version == SG_CGROUP_V1) kills = read_number(run->memory, "memory.failcnt");
    return kills > 0 ? (int)kills : 0;
}

int sg_cgroup_memory(const sg_cgroup_run *run, long long *peak, int *oom_kills) {
    char text[64];
    *peak = pread_text(run->peak_fd, text, sizeof text) > 0 ? strtoll(text, NULL, 10) : -1;
    *oom_kills = sg_cgroup_oom_kills(run);
    return *peak < 0 ? -1 : 0;
}

int sg_cgroup_kill_all(const sg_cgroup_run *run) {
    const char *dir = run->version == SG_CGROUP_V2 ? run->unified : run->pids;
    if (!dir[0]) return 0;
    if (run->version == SG_CGROUP_V2) {
        /* cgroup.kill (Linux 5.14+) reaches processes forking meanwhile too. */
        char listed[8192];
        int count = 0;
        if (read_text(dir, "cgroup.procs", listed, sizeof listed) > 0)
            for (char *line = listed; *line; line = strchr(line, '\n') ? strchr(line, '\n') + 1 : line + strlen(line))
                if (atoi(line) > 0) count++;
        if (count == 0 || write_text(dir, "cgroup.kill", "1") == 0) return count;
    }
    int found = 0;
    /* New processes may fork while we kill; repeat until the group is empty. */
    for (int round = 0; round < 100; round++) {
        char text[8192];
        ssize_t n = read_text(dir, "cgroup.procs", text, sizeof text);
        if (n <= 0) break;
        for (char *line = text; *line;) {
            int pid = atoi(line);
            if (pid > 0) {
                kill(pid, SIGKILL);
                found++;
            }
            char *next = strchr(line, '\n');
            if (!next) break;
            line = next + 1;
        }
        usleep(1000);
    }
    return found;
}

void sg_cgroup_destroy(const sg_cgroup_run *run) {
    const int counters[] = {run->cpu_fd, run->peak_fd, run->oom_fd};
    for (int i = 0; i < 3; i++)
        if (counters[i] >= 0) close(counters[i]);
    const char *dirs[] = {run->unified, run->memory, run->pids, run->cpuacct};
    for (int i = 0; i < 4; i++) {
        if (!dirs[i][0]) continue;
        /* A killed process leaves the group a moment after it is reaped. */
        for (int attempt = 0; attempt < 200 && rmdir(dirs[i]) != 0 && errno == EBUSY; attempt++) usleep(500);
    }
}
