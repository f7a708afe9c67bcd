/* The pool: a thread that keeps a few slots (inits cloned ahead, see slot.c) ready, so that a
   run starts by handing its configuration to a waiting init. A slot serves one run, or the
   runs of one session (session.c), and is released after it on this thread. */
#define _GNU_SOURCE
#include "internal.h"

#include <pthread.h>
#include <sched.h>
#include <sys/syscall.h>
#include <unistd.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

enum { SG_POOL_MAX = 8 };

struct sg_pool {
    pthread_mutex_t lock;
    pthread_cond_t wake;
    pthread_t thread;
    int size, count, spent_count, closing;
    sg_slot slots[SG_POOL_MAX];
    /* Slots whose run has been reported (every process dead and reaped), to be released. */
    sg_slot spent[SG_POOL_MAX];
    /* What every slot is made for; its pointers point at the copies below. */
    sg_run_config config;
    sg_cgroup_root cgroup_root;
    /* Copies of the system binds and the mount point (one allocation each). */
    sg_bind *binds;
    char *strings;
};

static size_t text_size(const char *text) { return text ? strlen(text) + 1 : 0; }

/* `text` copied at *cursor (NULL stays NULL). */
static const char *copy_text(const char *text, char **cursor) {
    if (!text) return NULL;
    char *copy = *cursor;
    size_t size = strlen(text) + 1;
    memcpy(copy, text, size);
    *cursor += size;
    return copy;
}

/* The system binds and mount point of `t` into `pool`; 0 on success. */
static int copy_view(sg_pool *pool, const sg_run_config *t) {
    size_t total = text_size(t->mount_point);
    for (int i = 0; i < t->system_bind_count; i++)
        total += text_size(t->binds[i].source) + text_size(t->binds[i].target) + text_size(t->binds[i].link);
    pool->strings = malloc(total ? total : 1);
    pool->binds = calloc((size_t)t->system_bind_count + 1, sizeof *pool->binds);
    if (!pool->strings || !pool->binds) return -1;
    char *cursor = pool->strings;
    pool->config.mount_point = copy_text(t->mount_point, &cursor);
    for (int i = 0; i < t->system_bind_count; i++) {
        pool->binds[i] = (sg_bind){copy_text(t->binds[i].source, &cursor), copy_text(t->binds[i].target, &cursor),
                                   t->binds[i].writable, copy_text(t->binds[i].link, &cursor)};
    }
    pool->config.binds = pool->binds;
    pool->config.bind_count = pool->config.system_bind_count = t->system_bind_count;
    pool->config.limits.workspace_bytes = t->limits.workspace_bytes;
    return 0;
}

static void free_pool(sg_pool *pool) {
    free(pool->binds);
    free(pool->strings);
    free(pool);
}

static void *refill(void *raw) {
    sg_pool *pool = raw;
    /* SCHED_BATCH: woken when a run takes a slot, this thread must not preempt that run's
       launcher (2 busy cores); the inits it clones inherit it until their run (see sg_run). */
    struct sched_param normal = {0};
    sched_setscheduler((pid_t)syscall(SYS_gettid), SCHED_BATCH, &normal);
    pthread_mutex_lock(&pool->lock);
    while (!pool->closing) {
        if (pool->spent_count > 0) {
            sg_slot slot = pool->spent[--pool->spent_count];
            pthread_mutex_unlock(&pool->lock);
            sg_slot_release(&slot);
            pthread_mutex_lock(&pool->lock);
            continue;
        }
        if (pool->count >= pool->size) {
            pthread_cond_wait(&pool->wake, &pool->lock);
            continue;
        }
        pthread_mutex_unlock(&pool->lock);
        sg_slot slot;
        char why[512];
        int made = sg_slot_create(&pool->config, &slot, why, sizeof why);
        pthread_mutex_lock(&pool->lock);
        if (made == 0 && !pool->closing) {
            pool->slots[pool->count++] = slot;
        } else if (made == 0) {
            sg_slot_release(&slot);
        } else {
            /* Runs make their own slot meanwhile and report why it fails; retry later. */
            struct timespec until;
            clock_gettime(CLOCK_REALTIME, &until);
            until.tv_nsec += 50 * 1000000L;
            if (until.tv_nsec >= 1000000000L) { until.tv_sec++; until.tv_nsec -= 1000000000L; }
            pthread_cond_timedwait(&pool->wake, &pool->lock, &until);
        }
    }
    pthread_mutex_unlock(&pool->lock);
    return NULL;
}

sg_pool *sg_pool_open(const sg_run_config *template_config, int size) {
    if (!template_config->mount_point) return NULL;
    sg_pool *pool = calloc(1, sizeof *pool);
    if (!pool) return NULL;
    pool->size = size < 1 ? 1 : size > SG_POOL_MAX ? SG_POOL_MAX : size;
    pool->config.layers = template_config->layers;
    pool->config.sandbox_uid = template_config->sandbox_uid;
    pool->config.sandbox_gid = template_config->sandbox_gid;
    if (template_config->cgroup_root) {
        pool->cgroup_root = *template_config->cgroup_root;
        pool->config.cgroup_root = &pool->cgroup_root;
    }
    if (copy_view(pool, template_config) != 0) {
        free_pool(pool);
        return NULL;
    }
    pthread_mutex_init(&pool->lock, NULL);
    pthread_cond_init(&pool->wake, NULL);
    /* The thread starts with every signal blocked: signals are for the caller's threads. */
    sigset_t all, saved;
    sigfillset(&all);
    pthread_sigmask(SIG_SETMASK, &all, &saved);
    int started = pthread_create(&pool->thread, NULL, refill, pool);
    pthread_sigmask(SIG_SETMASK, &saved, NULL);
    if (started != 0) {
        pthread_cond_destroy(&pool->wake);
        pthread_mutex_destroy(&pool->lock);
        free_pool(pool);
        return NULL;
    }
    return pool;
}

int sg_pool_take(sg_pool *pool, const sg_run_config *c, sg_slot *slot) {
    if (c->layers != pool->config.layers || !c->cgroup_root != !pool->config.cgroup_root
        || c->system_bind_count != pool->config.system_bind_count
        || !c->mount_point || strcmp(c->mount_point, pool->config.mount_point) != 0)
        return -1;
    pthread_mutex_lock(&pool->lock);
    int taken = -1;
    if (pool->count > 0) {
        *slot = pool->slots[--pool->count];
        taken = 0;
    }
    pthread_cond_signal(&pool->wake);
    pthread_mutex_unlock(&pool->lock);
    return taken;
}

void sg_pool_discard(sg_pool *pool, sg_slot *slot) {
    pthread_mutex_lock(&pool->lock);
    int queued = 0;
    if (pool->spent_count < SG_POOL_MAX && !pool->closing) {
        pool->spent[pool->spent_count++] = *slot;
        queued = 1;
        pthread_cond_signal(&pool->wake);
    }
    pthread_mutex_unlock(&pool->lock);
    if (!queued) sg_slot_release(slot);
}

void sg_pool_close(sg_pool *pool) {
    if (!pool) return;
    pthread_mutex_lock(&pool->lock);
    pool->closing = 1;
    pthread_cond_signal(&pool->wake);
    pthread_mutex_unlock(&pool->lock);
    pthread_join(pool->thread, NULL);
    for (int i = 0; i < pool->count; i++) sg_slot_release(&pool->slots[i]);
    for (int i = 0; i < pool->spent_count; i++) sg_slot_release(&pool->spent[i]);
    pthread_cond_destroy(&pool->wake);
    pthread_mutex_destroy(&pool->lock);
    free_pool(pool);
}
