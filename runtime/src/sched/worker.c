/* Workers: parallel execution of pure task steps, with the output of the one-worker loop.
 *
 * Which steps: the compiler (aithon-lower-actor) proves that a task's first step is pure — the
 * task spawns one behaviour whose body never awaits a pending object, spawns, sleeps, sends or
 * prints (transitively), and whose result is a scalar — and then calls ai_task_token_pure instead
 * of ai_task_token. Such a step computes the same thing whenever and wherever it runs: actors are
 * isolated, its arguments are immutable, and everything it touches is the child actor's own heap.
 * The only things it does that the event loop can observe are the completions of the task's token
 * and value (which wake whoever waits for them).
 *
 * So the step is offered to the workers as soon as the task is created, and a placeholder job
 * takes its place in the ready queue. A worker that takes the step runs it with completions of
 * objects created before the step *deferred* (recorded in order, not performed); objects the step
 * creates itself (its child's result) complete normally. When the loop reaches the placeholder,
 * it runs the step itself if no worker has started it, or waits for it (helping with other
 * offered steps meanwhile) and then performs the recorded completions in order. The loop thus
 * sees exactly the effects, in exactly the order, that running the step at its turn would have
 * produced: output is unchanged for any number of workers, by construction, with no sequencer.
 * A step that does something only the loop may do (schedule a job, wait on a pending object,
 * print) would break that argument, so the runtime aborts loudly if one ever does.
 *
 * Threads: worker 0 is the loop's thread; workers 1..N-1 start at the first offer (a program
 * without pure tasks starts no thread). Each worker has a Chase–Lev deque (ds/deque.c). Only the
 * loop creates steps, so it pushes them onto its own deque; idle workers steal from a random
 * victim, and the loop pops its own bottom when it helps. Idle workers park on a condition
 * variable and are woken by the next offer; a program whose tasks all sleep uses no CPU.
 *
 * Parking without lost wake-ups (a Dekker handshake): an offer pushes (release store of the
 * deque's bottom), issues a seq_cst fence and then reads `sleepers`; a worker going to sleep
 * increments `sleepers` (seq_cst), issues a seq_cst fence and then checks every deque. One of the
 * two sees the other; the waker takes the mutex and bumps the generation the sleeper waits on.
 * The loop waiting for a step uses the same pattern on `loop_waiting` and the step's state. */
#include "worker.h"

#include "aithon/rt.h"

#include <pthread.h>
#include <sched.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../async/async.h"
#include "../ds/deque.h"
#include "../mem/pool.h"

enum { QUEUED, BY_LOOP, BY_WORKER, DONE };
enum { INLINE_FX = 4, MAX_WORKERS = 256 };

typedef struct {
    struct ai_async *o;
    ai_exc_t *e;
} effect_t;

typedef struct spec {
    ai_job_fn fn;
    void *arg;
    atomic_int state;
    atomic_int refs; /* the ready queue's placeholder + the deque entry */
    int nfx, capfx;
    effect_t *fx; /* fx_inline, or a malloc'd array past INLINE_FX */
    effect_t fx_inline[INLINE_FX];
} spec_t;

static struct {
    int n;
    atomic_bool started;
    ai_deque_t deques[MAX_WORKERS];
    pthread_mutex_t mu;
    pthread_cond_t work_cv, done_cv;
    atomic_int sleepers;
    atomic_bool loop_waiting;
    uint64_t gen;
} W = {.n = 1, .mu = PTHREAD_MUTEX_INITIALIZER, .work_cv = PTHREAD_COND_INITIALIZER,
       .done_cv = PTHREAD_COND_INITIALIZER};

static _Thread_local spec_t *tl_spec;

void ai_workers_configure(void) {
    const char *env = getenv("AITHON_THREADS");
    long n;
    if (env && *env) {
        char *end;
        n = strtol(env, &end, 10);
        if (*end || n < 1 || n > MAX_WORKERS) {
            fprintf(stderr, "aithon: AITHON_THREADS must be an integer from 1 to %d (got '%s')\n", MAX_WORKERS, env);
            exit(2);
        }
    } else {
        n = sysconf(_SC_NPROCESSORS_ONLN);
        n = n < 1 ? 1 : n > MAX_WORKERS ? MAX_WORKERS : n;
    }
    W.n = (int)n;
}

int ai_workers_count(void) { return W.n; }
bool ai_spec_active(void) { return tl_spec != NULL; }

void ai_spec_violation(const char *what) {
    fprintf(stderr, "aithon: internal error: a task step run ahead of its turn %s\n", what);
    abort();
}

static void spec_release(spec_t *s) {
    if (atomic_fetch_sub_explicit(&s->refs, 1, memory_order_acq_rel) == 1) {
        if (s->fx != s->fx_inline)
            free(s->fx);
        ai_pool_free(s);
    }
}

void ai_spec_defer(struct ai_async *o, ai_exc_t *e) {
    spec_t *s = tl_spec;
    if (s->nfx == s->capfx) {
        int cap = s->capfx * 2;
        effect_t *fx = malloc((size_t)cap * sizeof *fx);
        if (!fx) {
            fputs("aithon: out of memory recording a completion\n", stderr);
            abort();
        }
        memcpy(fx, s->fx, (size_t)s->nfx * sizeof *fx);
        if (s->fx != s->fx_inline)
            free(s->fx);
        s->fx = fx;
        s->capfx = cap;
    }
    s->fx[s->nfx++] = (effect_t){o, e};
}

/* Run a step ahead of its turn (on a worker, or on the loop while it waits). */
static void run_ahead(spec_t *s) {
    int expected = QUEUED;
    if (atomic_compare_exchange_strong_explicit(&s->state, &expected, BY_WORKER, memory_order_acq_rel,
                                                memory_order_acquire)) {
        spec_t *outer = tl_spec; /* the loop may help from inside no step; workers from none */
        tl_spec = s;
        ai_depth_set(AI_DEPTH_LOOP); /* as the loop runs every job (actor/depth.c) */
        s->fn(s->arg);
        tl_spec = outer;
        atomic_store_explicit(&s->state, DONE, memory_order_seq_cst);
        if (atomic_load_explicit(&W.loop_waiting, memory_order_seq_cst)) {
            pthread_mutex_lock(&W.mu);
            pthread_cond_broadcast(&W.done_cv);
            pthread_mutex_unlock(&W.mu);
        }
    }
    spec_release(s); /* the deque entry's reference */
}

static bool any_work(void) {
    for (int i = 0; i < W.n; i++)
        if (!ai_deque_empty(&W.deques[i]))
            return true;
    return false;
}

static spec_t *steal(int me, unsigned *seed) {
    for (int tries = 0; tries < 2 * W.n; tries++) {
        *seed = *seed * 1103515245u + 12345u;
        int victim = (int)((*seed >> 16) % (unsigned)W.n);
        if (victim == me)
            continue;
        void *x = ai_deque_steal(&W.deques[victim]);
        if (x && x != AI_DEQUE_ABORT)
            return x;
    }
    return NULL;
}

/* Spin politely: a pause instruction, and every 256 turns a yield of the CPU. */
static void sched_yield_if(unsigned spins) {
#if defined(__x86_64__) || defined(__i386__)
    __builtin_ia32_pause();
#endif
    if ((spins & 255) == 255)
        sched_yield();
}

static void *worker_main(void *arg) {
    int me = (int)(intptr_t)arg;
    unsigned seed = 0x9e3779b9u * (unsigned)me;
    for (unsigned idle = 0;; idle++) {
        spec_t *s = steal(me, &seed);
        if (s) {
            run_ahead(s);
            idle = 0;
            continue;
        }
        if (idle < 2048) { /* the loop often offers the next step within microseconds */
            sched_yield_if(idle);
            continue;
        }
        idle = 0;
        pthread_mutex_lock(&W.mu);
        uint64_t gen = W.gen;
        atomic_fetch_add_explicit(&W.sleepers, 1, memory_order_seq_cst);
        atomic_thread_fence(memory_order_seq_cst);
        if (!any_work())
            while (gen == W.gen)
                pthread_cond_wait(&W.work_cv, &W.mu);
        atomic_fetch_sub_explicit(&W.sleepers, 1, memory_order_relaxed);
        pthread_mutex_unlock(&W.mu);
    }
    return NULL;
}

static void start_workers(void) {
    for (int i = 0; i < W.n; i++)
        ai_deque_init(&W.deques[i]);
    for (int i = 1; i < W.n; i++) {
        pthread_t t;
        pthread_attr_t attr;
        pthread_attr_init(&attr);
        pthread_attr_setstacksize(&attr, (size_t)64 << 20); /* deep recursion in a pure child */
        if (pthread_create(&t, &attr, worker_main, (void *)(intptr_t)i) != 0) {
            fputs("aithon: cannot start a worker thread\n", stderr);
            abort();
        }
        pthread_attr_destroy(&attr);
        pthread_detach(t);
    }
    atomic_store_explicit(&W.started, true, memory_order_release);
}

/* The placeholder's job, at the step's turn in the loop. */
static void take_turn(void *arg) {
    spec_t *s = arg;
    int expected = QUEUED;
    if (atomic_compare_exchange_strong_explicit(&s->state, &expected, BY_LOOP, memory_order_acq_rel,
                                                memory_order_acquire)) {
        s->fn(s->arg); /* nobody started it: run it now, as the one-worker loop would */
        spec_release(s);
        return;
    }
    for (unsigned spins = 0; atomic_load_explicit(&s->state, memory_order_acquire) != DONE; spins++) {
        spec_t *other = ai_deque_pop(&W.deques[0]); /* help with a later step meanwhile */
        if (other) {
            run_ahead(other);
            continue;
        }
        if (spins < 4096) { /* most steps are short: a few microseconds of spinning beat a sleep */
            sched_yield_if(spins);
            continue;
        }
        pthread_mutex_lock(&W.mu);
        atomic_store_explicit(&W.loop_waiting, true, memory_order_seq_cst);
        while (atomic_load_explicit(&s->state, memory_order_seq_cst) != DONE)
            pthread_cond_wait(&W.done_cv, &W.mu);
        atomic_store_explicit(&W.loop_waiting, false, memory_order_relaxed);
        pthread_mutex_unlock(&W.mu);
    }
    ai_depth_set(AI_DEPTH_LOOP); /* helping ran other steps on this thread */
    for (int i = 0; i < s->nfx; i++) /* the completions the step made, in its order, now */
        ai_async_complete(s->fx[i].o, s->fx[i].e);
    spec_release(s);
}

void ai_spec_offer(ai_job_fn fn, void *arg, ai_job_fn *placeholder_fn, void **placeholder_arg) {
    if (!atomic_load_explicit(&W.started, memory_order_acquire))
        start_workers();
    spec_t *s = ai_pool_alloc(sizeof *s);
    if (!s)
        abort();
    s->fn = fn;
    s->arg = arg;
    atomic_init(&s->state, QUEUED);
    atomic_init(&s->refs, 2);
    s->nfx = 0;
    s->capfx = INLINE_FX;
    s->fx = s->fx_inline;
    ai_deque_push(&W.deques[0], s);
    atomic_thread_fence(memory_order_seq_cst);
    if (atomic_load_explicit(&W.sleepers, memory_order_seq_cst) > 0) {
        pthread_mutex_lock(&W.mu);
        W.gen++;
        pthread_cond_signal(&W.work_cv);
        pthread_mutex_unlock(&W.mu);
    }
    *placeholder_fn = take_turn;
    *placeholder_arg = s;
}
