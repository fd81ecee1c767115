/* Ready queue + timers with asyncio's batch semantics.
 *
 * One worker for now: the queue is still protected by a mutex because other threads may complete
 * tokens (and so push jobs) — e.g. the C tests' producer threads; the M:N scheduler will replace
 * this file with per-worker Chase–Lev deques plus an injection queue. */
#include "sched.h"

#include "aithon/rt.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

typedef struct {
    ai_job_fn fn;
    void *arg;
    int hops;
} job_t;

typedef struct {
    double deadline;
    uint64_t seq;
    job_t job;
} timer_t_;

static struct {
    pthread_mutex_t mu;
    job_t *ring;
    size_t cap, head, count;
    timer_t_ *timers;
    size_t ntimers, tcap;
    uint64_t seq;
} S = {.mu = PTHREAD_MUTEX_INITIALIZER};

static void *xrealloc(void *p, size_t n) {
    void *q = realloc(p, n);
    if (!q) {
        fputs("aithon: out of memory in the scheduler\n", stderr);
        abort();
    }
    return q;
}

void ai_sched_init(void) {}

int64_t ai_sched_workers(void) { return 1; }

static void ring_push(job_t j) {
    if (S.count == S.cap) {
        size_t ncap = S.cap ? 2 * S.cap : 256;
        job_t *n = xrealloc(NULL, ncap * sizeof *n);
        for (size_t i = 0; i < S.count; i++)
            n[i] = S.ring[(S.head + i) % S.cap];
        free(S.ring);
        S.ring = n;
        S.cap = ncap;
        S.head = 0;
    }
    S.ring[(S.head + S.count) % S.cap] = j;
    S.count++;
}

void ai_sched_push(ai_job_fn fn, void *arg, int hops) {
    pthread_mutex_lock(&S.mu);
    ring_push((job_t){fn, arg, hops < 1 ? 1 : hops});
    pthread_mutex_unlock(&S.mu);
}

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static bool timer_less(const timer_t_ *a, const timer_t_ *b) {
    return a->deadline < b->deadline || (a->deadline == b->deadline && a->seq < b->seq);
}

static void heap_swap(size_t i, size_t j) {
    timer_t_ t = S.timers[i];
    S.timers[i] = S.timers[j];
    S.timers[j] = t;
}

void ai_sched_timer(double seconds, ai_job_fn fn, void *arg) {
    pthread_mutex_lock(&S.mu);
    if (S.ntimers == S.tcap) {
        S.tcap = S.tcap ? 2 * S.tcap : 64;
        S.timers = xrealloc(S.timers, S.tcap * sizeof *S.timers);
    }
    size_t i = S.ntimers++;
    S.timers[i] = (timer_t_){now() + seconds, S.seq++, {fn, arg, 1}};
    while (i > 0 && timer_less(&S.timers[i], &S.timers[(i - 1) / 2])) {
        heap_swap(i, (i - 1) / 2);
        i = (i - 1) / 2;
    }
    pthread_mutex_unlock(&S.mu);
}

static timer_t_ heap_pop(void) {
    timer_t_ top = S.timers[0];
    S.timers[0] = S.timers[--S.ntimers];
    for (size_t i = 0;;) {
        size_t l = 2 * i + 1, r = l + 1, m = i;
        if (l < S.ntimers && timer_less(&S.timers[l], &S.timers[m]))
            m = l;
        if (r < S.ntimers && timer_less(&S.timers[r], &S.timers[m]))
            m = r;
        if (m == i)
            break;
        heap_swap(i, m);
        i = m;
    }
    return top;
}

/* Due timers join the ready queue; with nothing ready, sleep until the first deadline. */
static bool collect_timers(void) {
    double t = now();
    if (S.count == 0 && S.ntimers > 0 && S.timers[0].deadline > t) {
        double wait = S.timers[0].deadline - t;
        pthread_mutex_unlock(&S.mu);
        struct timespec ts = {(time_t)wait, (long)((wait - (double)(time_t)wait) * 1e9)};
        nanosleep(&ts, NULL);
        pthread_mutex_lock(&S.mu);
        t = now();
    }
    while (S.ntimers > 0 && S.timers[0].deadline <= t)
        ring_push(heap_pop().job);
    return S.count > 0;
}

bool ai_sched_run(const bool *stop, bool each_job) {
    pthread_mutex_lock(&S.mu);
    while (!*stop) {
        if (!collect_timers()) {
            if (S.ntimers > 0)
                continue;
            pthread_mutex_unlock(&S.mu);
            return false;
        }
        for (size_t todo = S.count; todo > 0 && !(each_job && *stop); todo--) {
            job_t j = S.ring[S.head];
            S.head = (S.head + 1) % S.cap;
            S.count--;
            if (j.hops > 1) {
                j.hops--;
                ring_push(j);
                continue;
            }
            pthread_mutex_unlock(&S.mu);
            ai_depth_set(AI_DEPTH_LOOP); /* a job runs under asyncio's loop frames (depth.c) */
            j.fn(j.arg);
            pthread_mutex_lock(&S.mu);
        }
    }
    pthread_mutex_unlock(&S.mu);
    return true;
}

void ai_sched_drop_all(void) {
    pthread_mutex_lock(&S.mu);
    S.count = 0;
    S.head = 0;
    S.ntimers = 0;
    pthread_mutex_unlock(&S.mu);
}
