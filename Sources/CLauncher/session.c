/* Sessions: one init kept between the runs of one prepared program (a submission's tests),
   so that each run after the first skips namespace creation, the view's mounts, pivot_root
   and the cgroup's creation. Each run still starts with nothing of the one before: init
   kills and reaps every process of a run before it reports the run's end, /work and /tmp are
   emptied (or mounted anew), the IPC namespace is new, and the accounting is the run's own. */
#define _GNU_SOURCE
#include "internal.h"

#include <pthread.h>
#include <stdlib.h>

struct sg_session {
    pthread_mutex_t lock;
    int busy;
    int has_slot;
    sg_slot slot;
};

sg_session *sg_session_open(void) {
    sg_session *session = calloc(1, sizeof *session);
    if (session) pthread_mutex_init(&session->lock, NULL);
    return session;
}

int sg_session_take(sg_session *session, sg_slot *slot) {
    pthread_mutex_lock(&session->lock);
    int taken = -1;
    if (!session->busy) {
        session->busy = 1;
        taken = 1;
        if (session->has_slot) {
            *slot = session->slot;
            session->has_slot = 0;
            taken = 0;
        }
    }
    pthread_mutex_unlock(&session->lock);
    return taken;
}

void sg_session_give_back(sg_session *session, const sg_slot *slot, int keep) {
    pthread_mutex_lock(&session->lock);
    session->busy = 0;
    if (keep) {
        session->slot = *slot;
        session->has_slot = 1;
    }
    pthread_mutex_unlock(&session->lock);
}

void sg_session_close(sg_session *session, sg_pool *pool) {
    if (!session) return;
    if (session->has_slot && pool) sg_pool_discard(pool, &session->slot);
    else if (session->has_slot) sg_slot_release(&session->slot);
    pthread_mutex_destroy(&session->lock);
    free(session);
}
