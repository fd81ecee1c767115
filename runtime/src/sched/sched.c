/* Ready queue with asyncio's batch semantics, on one worker thread.
 *
 * The worker (the thread that initialised the scheduler, or else the first one to use it) owns
 * the ready ring and the timer heap outright: pushing a job from the worker — every push made by
 * generated code — is a store into the ring, with no lock and no atomic. A job pushed from any
 * other thread (a completion made by a foreign thread, e.g. the C tests' producers) goes through
 * the lock-free injection queue (ds/mpsc.c, intrusive, nodes from the pools), which the worker
 * drains into the ring at the start of every batch, so it runs in the batch after its arrival.
 * The ring grows by doubling and never shrinks, so steady-state pushes do not allocate. */
#include "sched.h"

#include "aithon/rt.h"

#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "timer.h"
#include "worker.h"
#include "../ds/mpsc.h"
#include "../mem/pool.h"

typedef struct {
    ai_job_fn fn;
    void *arg;
    int hops;
} job_t;

typedef struct {
    ai_mpsc_node_t link; /* first: the node is its link */
    job_t job;
} inject_t;

static struct {
    job_t *ring;
    size_t cap, head, count;
    ai_mpsc_t inject;
    atomic_bool claimed;
} S = {.inject = {.head = &S.inject.stub, .tail = &S.inject.stub}};

static _Thread_local bool tl_worker;

/* The first thread to claim the scheduler becomes its worker. */
static bool is_worker(void) {
    if (tl_worker)
        return true;
    bool expected = false;
    if (atomic_compare_exchange_strong_explicit(&S.claimed, &expected, true, memory_order_acq_rel,
                                                memory_order_acquire))
        tl_worker = true;
    return tl_worker;
}

void ai_sched_init(void) {
    if (!is_worker()) {
        fputs("aithon: the scheduler was initialised from a second thread\n", stderr);
        abort();
    }
    ai_workers_configure();
}

int64_t ai_sched_workers(void) { return ai_workers_count(); }

static void ring_push(job_t j) {
    if (S.count == S.cap) {
        size_t ncap = S.cap ? 2 * S.cap : 256;
        job_t *n = malloc(ncap * sizeof *n);
        if (!n) {
            fputs("aithon: out of memory in the scheduler\n", stderr);
            abort();
        }
        for (size_t i = 0; i < S.count; i++)
            n[i] = S.ring[(S.head + i) & (S.cap - 1)];
        free(S.ring);
        S.ring = n;
        S.cap = ncap;
        S.head = 0;
    }
    S.ring[(S.head + S.count) & (S.cap - 1)] = j;
    S.count++;
}

void ai_sched_push(ai_job_fn fn, void *arg, int hops) {
    if (ai_spec_active())
        ai_spec_violation("scheduled a job");
    job_t j = {fn, arg, hops < 1 ? 1 : hops};
    if (is_worker()) {
        ring_push(j);
        return;
    }
    inject_t *n = ai_pool_alloc(sizeof *n);
    if (!n)
        abort();
    n->job = j;
    ai_mpsc_push_node(&S.inject, &n->link);
}

bool ai_sched_speculate_last(void *arg) {
    if (ai_workers_count() < 2 || !tl_worker || S.count == 0)
        return false;
    job_t *j = &S.ring[(S.head + S.count - 1) & (S.cap - 1)];
    if (j->arg != arg || j->hops != 1)
        return false; /* not the job just pushed for this task: run it at its turn, unshared */
    ai_spec_offer(j->fn, j->arg, &j->fn, &j->arg);
    return true;
}

static void drain_injected(void) {
    ai_mpsc_node_t *n;
    while ((n = ai_mpsc_pop_node(&S.inject))) {
        ring_push(((inject_t *)n)->job);
        ai_pool_free(n);
    }
}

void ai_sched_timer(double seconds, ai_job_fn fn, void *arg) {
    if (!is_worker()) {
        fputs("aithon: a timer was armed outside the worker thread\n", stderr);
        abort();
    }
    ai_timer_add(ai_timer_now() + seconds, fn, arg);
}

/* Due timers join the ready queue; with nothing ready, sleep until the first deadline. */
static bool collect_timers(void) {
    double t = ai_timer_now();
    if (S.count == 0 && ai_timer_count() > 0 && ai_timer_first() > t) {
        double wait = ai_timer_first() - t;
        struct timespec ts = {(time_t)wait, (long)((wait - (double)(time_t)wait) * 1e9)};
        nanosleep(&ts, NULL);
        t = ai_timer_now();
    }
    ai_job_fn fn;
    void *arg;
    while (ai_timer_pop_due(t, &fn, &arg))
        ring_push((job_t){fn, arg, 1});
    return S.count > 0;
}

bool ai_sched_run(const bool *stop, bool each_job) {
    if (!is_worker()) {
        fputs("aithon: the scheduler was run from a second thread\n", stderr);
        abort();
    }
    while (!*stop) {
        drain_injected();
        if (!collect_timers()) {
            if (ai_timer_count() > 0)
                continue;
            return false;
        }
        for (size_t todo = S.count; todo > 0 && !(each_job && *stop); todo--) {
            job_t j = S.ring[S.head];
            S.head = (S.head + 1) & (S.cap - 1);
            S.count--;
            if (j.hops > 1) {
                j.hops--;
                ring_push(j);
                continue;
            }
            ai_depth_set(AI_DEPTH_LOOP); /* a job runs under asyncio's loop frames (depth.c) */
            j.fn(j.arg);
        }
    }
    return true;
}

void ai_sched_drop_all(void) {
    drain_injected();
    S.count = 0;
    S.head = 0;
    ai_timer_clear();
}
