/* The mlirAsyncRuntime* ABI (the contract of upstream's mlir/lib/ExecutionEngine/AsyncRuntime.cpp)
 * on AIthon's scheduler, with asyncio's wake-up order:
 *  - awaiting an object that is already done resumes the coroutine at once (inline);
 *  - when an object completes, coroutines awaiting it resume inline (a coroutine awaited directly
 *    runs in its awaiter's task in CPython), except for task objects (1 loop iteration later) and
 *    groups (2 iterations: gather's done-callback, then the outer future's wake-up);
 *  - a token reports to its group one loop iteration after it completes — or, when it is already
 *    done as it joins the group, one iteration after it joins (asyncio's add_done_callback on a
 *    done future is a call_soon, so gather of finished tasks still yields); the group then
 *    wakes its waiters one more iteration later (the outer future's Task wake-up);
 *  - a group completes when its last token has reported, or fails as soon as one failed token
 *    reports.
 * Reference counts follow upstream: tokens and values start with 2 references (caller + completer),
 * completion drops one; groups start with 1.
 *
 * Lock-free (no mutex on any path). Memory-ordering argument:
 *  - `state` goes PENDING → SETTLING by one CAS (acq_rel): exactly one completer wins; it writes
 *    `exc` and then stores READY/FAILED with release, so a thread that reads READY/FAILED with
 *    acquire (is_error, ai_async_exception, is_done) sees the exception written before it.
 *  - `waiters` is a Treiber stack of waiter nodes closed by the sentinel DONE. A waiter is pushed
 *    by CAS (release: the node's contents are visible to whoever takes the stack) unless the head
 *    is DONE, in which case the object is done and the waiter runs at once. The winning completer,
 *    after publishing the state, exchanges the head with DONE (acq_rel: it acquires every pushed
 *    node) and runs what it took, in registration order (the stack is reversed). Every push
 *    either precedes the exchange (and is taken by it) or follows it (and sees DONE): a waiter
 *    runs exactly once and never after the object's memory is gone, since a waiter is registered
 *    by a holder of a reference.
 *  - The first waiter lives inside the object (`first_*`: almost every object has exactly one
 *    waiter, so this saves an allocation and a cache miss per await). It is claimed by moving the
 *    head from NULL to the sentinel CLAIM with a CAS, filled, and published by a release store of
 *    the sentinel FIRST, which stands for it at the bottom of the stack; the head never returns
 *    to NULL, so it is claimed at most once. While the head is CLAIM
 *    nobody else may change it: other registrants and the completer wait for the few
 *    instructions that fill the node (the completer's CAS to DONE then acquires them).
 *  - `task` is set (release) by ai_task_token before the task's token can be completed by the
 *    same thread of control; read with acquire by the completer.
 *  - groups: `pending` and `rank` are atomic counters; the group settles when the counter reaches
 *    zero or on the first failed token, through the same CAS, so only one settle happens.
 * Waiter nodes come from the per-thread pools (mem/pool.c). */
#include <pthread.h>
#include <sched.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "aithon/rt.h"
#include "async.h"
#include "../mem/pool.h"
#include "../sched/sched.h"
#include "../sched/worker.h"

enum { K_TOKEN, K_VALUE, K_GROUP, K_MASK = 0x3, K_AHEAD = 0x80 /* created by a step run ahead */ };
enum { PENDING, SETTLING, READY, FAILED };
enum { W_CORO, W_GROUP, W_CALL };

typedef struct waiter {
    struct waiter *next;
    int kind;
    void (*fn)(void *); /* W_CORO: the coroutine's resume function; W_CALL: the callback */
    void *arg;          /* W_CORO: the coroutine handle; W_GROUP: the group */
} waiter_t;

#define DONE ((waiter_t *)(uintptr_t)1)
#define CLAIM ((waiter_t *)(uintptr_t)2)
#define FIRST ((waiter_t *)(uintptr_t)3)

/* 48 bytes: a token takes a 48-byte pool block, a value of one word 64, a group 64. */
struct ai_async {
    atomic_int refs;
    unsigned char kind;
    atomic_uchar state;
    atomic_bool task;
    unsigned char first_kind;
    uint32_t task_seq;      /* creation order of a task (wraps after 2**32 tasks: report order only) */
    atomic_bool retrieved;  /* someone looked at the outcome (await, gather's done-callback) */
    ai_exc_t *exc;
    _Atomic(waiter_t *) waiters;
    void (*first_fn)(void *); /* the first waiter, stored inline (see CLAIM and FIRST) */
    void *first_arg;
    _Alignas(8) unsigned char storage[]; /* a value's payload (scalars, pointers); a group's counters */
};

typedef struct {
    atomic_int_fast64_t pending, rank;
} group_t;

static group_t *group(ai_async_t *g) { return (group_t *)g->storage; }

static ai_async_t *obj_new(int kind, int refs, size_t size) {
    ai_async_t *o = ai_pool_alloc(sizeof *o + size);
    if (!o) {
        fputs("aithon: out of memory creating an async object\n", stderr);
        abort();
    }
    atomic_init(&o->refs, refs);
    o->kind = (unsigned char)(kind | (ai_spec_active() ? K_AHEAD : 0));
    atomic_init(&o->task, false);
    atomic_init(&o->retrieved, false);
    o->task_seq = 0;
    atomic_init(&o->state, PENDING);
    o->exc = NULL;
    atomic_init(&o->waiters, NULL);
    if (kind == K_GROUP) {
        atomic_init(&group(o)->pending, 0);
        atomic_init(&group(o)->rank, 0);
    } else if (size) {
        memset(o->storage, 0, size);
    }
    return o;
}

static void obj_free(ai_async_t *o) {
    ai_exc_release(o->exc);
    ai_pool_free(o);
}

void mlirAsyncRuntimeAddRef(void *p, int64_t n) {
    atomic_fetch_add_explicit(&((ai_async_t *)p)->refs, (int)n, memory_order_relaxed);
}

void mlirAsyncRuntimeDropRef(void *p, int64_t n) {
    ai_async_t *o = p;
    /* acq_rel: the thread that frees must see all writes made under other references. */
    int old = atomic_fetch_sub_explicit(&o->refs, (int)n, memory_order_acq_rel);
    if (old == n)
        obj_free(o);
    else if (old < n) {
        fputs("aithon: internal error: async object reference count below zero\n", stderr);
        abort();
    }
}

static size_t value_size(int64_t size) {
    if (size < 0 || (uint64_t)size > AI_POOL_MAX - sizeof(ai_async_t)) {
        fputs("aithon: async value payload too large\n", stderr);
        abort();
    }
    return (size_t)size;
}

AsyncToken_p mlirAsyncRuntimeCreateToken(void) { return obj_new(K_TOKEN, 2, 0); }
AsyncValue_p mlirAsyncRuntimeCreateValue(int64_t size) { return obj_new(K_VALUE, 2, value_size(size)); }
AsyncGroup_p mlirAsyncRuntimeCreateGroup(int64_t size) {
    (void)size;
    return obj_new(K_GROUP, 1, sizeof(group_t));
}
ai_async_t *ai_async_new_token(void) { return obj_new(K_TOKEN, 2, 0); }

static void group_report_later(ai_async_t *g, ai_async_t *token);

/* Tasks that failed, in failure order (one reference each): asyncio reports those whose
 * exception was never retrieved ("Task exception was never retrieved") when they are collected.
 * Only failures take this mutex: it is not on the path of a task that succeeds. */
static struct {
    pthread_mutex_t mu;
    ai_async_t **v;
    size_t n, cap;
} failed_tasks = {.mu = PTHREAD_MUTEX_INITIALIZER};

static void remember_failed_task(ai_async_t *o) {
    pthread_mutex_lock(&failed_tasks.mu);
    if (failed_tasks.n == failed_tasks.cap) {
        size_t cap = failed_tasks.cap ? 2 * failed_tasks.cap : 16;
        ai_async_t **v = realloc(failed_tasks.v, cap * sizeof *v);
        if (!v)
            abort();
        failed_tasks.v = v;
        failed_tasks.cap = cap;
    }
    mlirAsyncRuntimeAddRef(o, 1);
    failed_tasks.v[failed_tasks.n++] = o;
    pthread_mutex_unlock(&failed_tasks.mu);
}

static int by_creation(const void *a, const void *b) {
    uint32_t x = (*(ai_async_t *const *)a)->task_seq, y = (*(ai_async_t *const *)b)->task_seq;
    return x < y ? -1 : x > y;
}

/* CPython reports each one when the task object is collected: typically when the frame of the
 * coroutine that created it is cleared, which drops its task variables in the order they were
 * bound — so the reports come in creation order, not failure order. */
void ai_async_report_unretrieved(void) {
    pthread_mutex_lock(&failed_tasks.mu);
    if (failed_tasks.n > 1)
        qsort(failed_tasks.v, failed_tasks.n, sizeof *failed_tasks.v, by_creation);
    for (size_t i = 0; i < failed_tasks.n; i++) {
        ai_async_t *o = failed_tasks.v[i];
        if (!atomic_load_explicit(&o->retrieved, memory_order_relaxed) && o->exc) {
            const char *kind = ai_exc_kind_name(o->exc->kind), *msg = o->exc->msg;
            fprintf(stderr, "Task exception was never retrieved\nfuture: <Task finished exception=%s()>\n"
                            "Traceback (most recent call last):\n  File \"<aithon>\", line 0, in <native>\n%s%s%s\n",
                    kind, kind, msg[0] ? ": " : "", msg);
        }
        mlirAsyncRuntimeDropRef(o, 1);
    }
    free(failed_tasks.v);
    failed_tasks.v = NULL;
    failed_tasks.n = failed_tasks.cap = 0;
    pthread_mutex_unlock(&failed_tasks.mu);
}

static void run_waiter(ai_async_t *o, int hops, int kind, void (*fn)(void *), void *arg) {
    if (kind == W_CORO && hops)
        ai_sched_push(fn, arg, hops); /* a resume function is a job function */
    else if (kind == W_GROUP)
        group_report_later(arg, o);
    else
        fn(arg);
}

/* Run the waiters taken from a just-completed object `o`: the inline one (if `first`), then the
 * pooled ones in `w`, in registration order. */
static void run_waiters(ai_async_t *o, bool first, waiter_t *w) {
    /* a task wakes its awaiters one iteration later; a group too (its tokens' reports were the
     * first hop) */
    int hops = ((o->kind & K_MASK) == K_GROUP || atomic_load_explicit(&o->task, memory_order_acquire)) ? 1 : 0;
    if (first)
        run_waiter(o, hops, o->first_kind, o->first_fn, o->first_arg);
    while (w) {
        waiter_t *next = w->next;
        waiter_t cur = *w;
        ai_pool_free(w);
        run_waiter(o, hops, cur.kind, cur.fn, cur.arg);
        w = next;
    }
}

/* Move to READY/FAILED (first transition wins) and run the waiters. */
static void settle(ai_async_t *o, ai_exc_t *e) {
    unsigned char expected = PENDING;
    if (!atomic_compare_exchange_strong_explicit(&o->state, &expected, SETTLING, memory_order_acq_rel,
                                                 memory_order_acquire)) {
        ai_exc_release(e);
        return;
    }
    o->exc = e;
    atomic_store_explicit(&o->state, e ? FAILED : READY, memory_order_release);
    if (e && atomic_load_explicit(&o->task, memory_order_acquire))
        remember_failed_task(o);
    waiter_t *w = atomic_load_explicit(&o->waiters, memory_order_acquire);
    for (unsigned spins = 0;; spins++) {
        if (w == CLAIM) { /* a registrant is filling the inline node: a few instructions */
            if (spins > 64)
                sched_yield();
            w = atomic_load_explicit(&o->waiters, memory_order_acquire);
        } else if (atomic_compare_exchange_weak_explicit(&o->waiters, &w, DONE, memory_order_acq_rel,
                                                         memory_order_acquire)) {
            break;
        }
    }
    waiter_t *fifo = NULL; /* the stack holds the newest first; FIRST or NULL at the bottom */
    while (w && w != FIRST) {
        waiter_t *next = w->next;
        w->next = fifo;
        fifo = w;
        w = next;
    }
    run_waiters(o, w == FIRST, fifo);
}

void ai_async_complete(ai_async_t *o, ai_exc_t *e) {
    if (ai_spec_active() && !(o->kind & K_AHEAD)) {
        ai_spec_defer(o, e); /* performed when the step's turn comes (sched/worker.c) */
        return;
    }
    settle(o, e);
    mlirAsyncRuntimeDropRef(o, 1);
}

ai_async_t *ai_async_error_token(ai_exc_t *e) {
    ai_async_t *t = obj_new(K_TOKEN, 1, 0);
    t->exc = e;
    atomic_store_explicit(&t->state, FAILED, memory_order_relaxed);
    atomic_store_explicit(&t->waiters, DONE, memory_order_relaxed);
    return t;
}

void mlirAsyncRuntimeEmplaceToken(AsyncToken_p t) { ai_async_complete(t, NULL); }
void mlirAsyncRuntimeEmplaceValue(AsyncValue_p v) { ai_async_complete(v, NULL); }
void mlirAsyncRuntimeSetTokenError(AsyncToken_p t) { ai_async_complete(t, ai_exc_take_in_flight()); }
void mlirAsyncRuntimeSetValueError(AsyncValue_p v) { ai_async_complete(v, ai_exc_take_in_flight()); }

/* `retrieved` only matters for a failed task, and the outcome is final whenever someone looks at
 * it, so it is written only on failure: a successful await does not dirty the object's line. */
static bool is_error(ai_async_t *o) {
    bool failed = atomic_load_explicit(&o->state, memory_order_acquire) == FAILED;
    if (failed) {
        atomic_store_explicit(&o->retrieved, true, memory_order_relaxed); /* the awaiter looks at it */
        ai_exc_set_in_flight(o->exc);
    }
    return failed;
}

bool mlirAsyncRuntimeIsTokenError(AsyncToken_p t) { return is_error(t); }
bool mlirAsyncRuntimeIsValueError(AsyncValue_p v) { return is_error(v); }
bool mlirAsyncRuntimeIsGroupError(AsyncGroup_p g) { return is_error(g); }

void *mlirAsyncRuntimeGetValueStorage(AsyncValue_p v) { return ((ai_async_t *)v)->storage; }

bool ai_async_is_done(ai_async_t *o) { return atomic_load_explicit(&o->state, memory_order_acquire) >= READY; }

ai_exc_t *ai_async_exception(ai_async_t *o) {
    if (atomic_load_explicit(&o->state, memory_order_acquire) != FAILED)
        return NULL;
    atomic_store_explicit(&o->retrieved, true, memory_order_relaxed); /* as Future.exception() marks it */
    return ai_exc_retain(o->exc);
}

static uint32_t task_counter; /* tasks are created by the loop's thread only */

void ai_async_mark_task(ai_async_t *o) {
    o->task_seq = task_counter++;
    atomic_store_explicit(&o->task, true, memory_order_release);
}

/* Register a waiter on o unless o is done; returns false (nothing registered) when it is. */
static bool try_wait(ai_async_t *o, int kind, void (*fn)(void *), void *arg) {
    /* an empty group (gather() of nothing) is done at once */
    if ((o->kind & K_MASK) == K_GROUP && atomic_load_explicit(&group(o)->pending, memory_order_acquire) == 0 &&
        atomic_load_explicit(&o->state, memory_order_acquire) == PENDING)
        return false;
    waiter_t *head = atomic_load_explicit(&o->waiters, memory_order_acquire), *w = NULL;
    for (unsigned spins = 0;; spins++) {
        if (head == DONE) {
            if (w)
                ai_pool_free(w);
            return false;
        }
        if (head == CLAIM) {
            if (spins > 64)
                sched_yield();
            head = atomic_load_explicit(&o->waiters, memory_order_acquire);
            continue;
        }
        if (head == NULL && ai_spec_active())
            ai_spec_violation("waited on a pending object");
        if (head == NULL && atomic_compare_exchange_weak_explicit(&o->waiters, &head, CLAIM, memory_order_acquire,
                                                                  memory_order_acquire)) {
            if (w)
                ai_pool_free(w);
            o->first_kind = (unsigned char)kind;
            o->first_fn = fn;
            o->first_arg = arg;
            atomic_store_explicit(&o->waiters, FIRST, memory_order_release);
            return true;
        }
        if (head == NULL || head == CLAIM || head == DONE)
            continue; /* the CAS failed (or spuriously): look again */
        if (!w) {
            if (ai_spec_active())
                ai_spec_violation("waited on a pending object");
            w = ai_pool_alloc(sizeof *w);
            if (!w)
                abort();
            *w = (waiter_t){NULL, kind, fn, arg};
        }
        w->next = head;
        if (atomic_compare_exchange_weak_explicit(&o->waiters, &head, w, memory_order_release, memory_order_acquire))
            return true;
    }
}

void ai_async_on_done(ai_async_t *o, void (*fn)(void *), void *arg) {
    if (!try_wait(o, W_CALL, fn, arg))
        fn(arg);
}

static void await_and_execute(ai_async_t *o, CoroHandle h, CoroResume r) {
    if (!try_wait(o, W_CORO, r, h))
        r(h); /* already done: no suspension, as awaiting a done future in asyncio */
}

void mlirAsyncRuntimeAwaitTokenAndExecute(AsyncToken_p t, CoroHandle h, CoroResume r) { await_and_execute(t, h, r); }
void mlirAsyncRuntimeAwaitValueAndExecute(AsyncValue_p v, CoroHandle h, CoroResume r) { await_and_execute(v, h, r); }
void mlirAsyncRuntimeAwaitAllInGroupAndExecute(AsyncGroup_p g, CoroHandle h, CoroResume r) {
    await_and_execute(g, h, r);
}

static void set_flag(void *arg) { *(bool *)arg = true; }

/* Blocking waits (only from synchronous code): run the loop until the object is done. */
static void block_on(ai_async_t *o) {
    bool done = false;
    ai_async_on_done(o, set_flag, &done);
    if (!done && !ai_sched_run(&done, true)) {
        fputs("aithon: deadlock: a blocking await can never complete\n", stderr);
        exit(1);
    }
}

void mlirAsyncRuntimeAwaitToken(AsyncToken_p t) { block_on(t); }
void mlirAsyncRuntimeAwaitValue(AsyncValue_p v) { block_on(v); }
void mlirAsyncRuntimeAwaitAllInGroup(AsyncGroup_p g) { block_on(g); }

/* ----- groups ------------------------------------------------------------------------------- */
typedef struct {
    ai_async_t *group, *token; /* each holds a reference until the report runs */
} report_t;

static void group_token_done(void *arg) {
    report_t *r = arg;
    ai_async_t *g = r->group;
    ai_exc_t *e = ai_async_exception(r->token);
    mlirAsyncRuntimeDropRef(r->token, 1);
    ai_pool_free(r);
    int64_t left = atomic_fetch_sub_explicit(&group(g)->pending, 1, memory_order_acq_rel) - 1;
    if (e != NULL || left == 0)
        settle(g, e); /* fail fast on the first error, like asyncio.gather; a later settle loses */
    mlirAsyncRuntimeDropRef(g, 1);
}

/* gather's _done_callback is scheduled with call_soon when the child finishes (or at once when
 * it already had): the report is a job one loop iteration away, never an inline call. */
static void group_report_later(ai_async_t *g, ai_async_t *token) {
    report_t *r = ai_pool_alloc(sizeof *r);
    if (!r) {
        fputs("aithon: out of memory in gather\n", stderr);
        abort();
    }
    mlirAsyncRuntimeAddRef(token, 1);
    *r = (report_t){g, token};
    ai_sched_push(group_token_done, r, 1);
}

int64_t mlirAsyncRuntimeAddTokenToGroup(AsyncToken_p t, AsyncGroup_p gp) {
    ai_async_t *g = gp, *token = t;
    int64_t rank = atomic_fetch_add_explicit(&group(g)->rank, 1, memory_order_relaxed);
    atomic_fetch_add_explicit(&group(g)->pending, 1, memory_order_acq_rel);
    mlirAsyncRuntimeAddRef(g, 1); /* held until the token reports */
    if (!try_wait(token, W_GROUP, NULL, g))
        group_report_later(g, token);
    return rank;
}

/* ----- execution ------------------------------------------------------------------------------ */
static _Thread_local void *tl_last_executed;

void mlirAsyncRuntimeExecute(CoroHandle h, CoroResume r) {
    ai_sched_push(r, h, 1); /* a new task's first step: asyncio's call_soon */
    tl_last_executed = h;
}

void *ai_async_last_executed(void) { return tl_last_executed; }

int64_t mlirAsyncRuntimGetNumWorkerThreads(void) { return ai_sched_workers(); }
void mlirAsyncRuntimePrintI64(int64_t x) { printf("%lld\n", (long long)x); }
void mlirAsyncRuntimePrintCurrentThreadId(void) { printf("thread\n"); }
