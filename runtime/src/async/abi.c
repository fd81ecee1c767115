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
 * completion drops one; groups start with 1. Each object has a mutex for its state and waiter list;
 * waiters run after it is released. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "aithon/rt.h"
#include "async.h"
#include "../sched/sched.h"

enum { K_TOKEN, K_VALUE, K_GROUP };
enum { PENDING, READY, FAILED };
enum { W_CORO, W_GROUP, W_CALL };

typedef struct waiter {
    struct waiter *next;
    int kind;
    CoroResume resume;
    void *handle;
    ai_async_t *group;
    void (*fn)(void *);
    void *arg;
} waiter_t;

struct ai_async {
    atomic_int refs;
    int kind;
    int state;
    bool task;
    bool retrieved; /* someone looked at the outcome (await, gather's done-callback) */
    uint64_t task_seq; /* creation order of a task */
    pthread_mutex_t mu;
    ai_exc_t *exc;
    waiter_t *waiters, **wtail;
    int64_t pending, rank; /* groups */
    size_t size;
    _Alignas(16) unsigned char storage[];
};

static ai_async_t *obj_new(int kind, int refs, size_t size) {
    ai_async_t *o = calloc(1, sizeof *o + size);
    if (!o) {
        fputs("aithon: out of memory creating an async object\n", stderr);
        abort();
    }
    atomic_init(&o->refs, refs);
    o->kind = kind;
    o->size = size;
    pthread_mutex_init(&o->mu, NULL);
    o->wtail = &o->waiters;
    return o;
}

static void obj_free(ai_async_t *o) {
    ai_exc_release(o->exc);
    pthread_mutex_destroy(&o->mu);
    free(o);
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

AsyncToken_p mlirAsyncRuntimeCreateToken(void) { return obj_new(K_TOKEN, 2, 0); }
AsyncValue_p mlirAsyncRuntimeCreateValue(int64_t size) { return obj_new(K_VALUE, 2, (size_t)size); }
AsyncGroup_p mlirAsyncRuntimeCreateGroup(int64_t size) {
    (void)size;
    return obj_new(K_GROUP, 1, 0);
}
ai_async_t *ai_async_new_token(void) { return obj_new(K_TOKEN, 2, 0); }

static void add_waiter(ai_async_t *o, waiter_t w) {
    waiter_t *n = malloc(sizeof *n);
    if (!n)
        abort();
    *n = w;
    n->next = NULL;
    *o->wtail = n;
    o->wtail = &n->next;
}

static void group_report_later(ai_async_t *g, ai_async_t *token);

/* Tasks that failed, in failure order (one reference each): asyncio reports those whose
 * exception was never retrieved ("Task exception was never retrieved") when they are collected. */
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
    uint64_t x = (*(ai_async_t *const *)a)->task_seq, y = (*(ai_async_t *const *)b)->task_seq;
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
        if (!o->retrieved && o->exc) {
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

/* Run the waiters taken from a just-completed object `o`. */
static void run_waiters(ai_async_t *o, waiter_t *w) {
    int hops = (o->kind == K_GROUP || o->task) ? 1 : 0;
    while (w) {
        waiter_t *next = w->next;
        if (w->kind == W_CORO && hops)
            ai_sched_push(w->resume, w->handle, hops); /* a resume function is a job function */
        else if (w->kind == W_CORO)
            w->resume(w->handle);
        else if (w->kind == W_GROUP)
            group_report_later(w->group, o);
        else
            w->fn(w->arg);
        free(w);
        w = next;
    }
}

/* Move to READY/FAILED (first transition wins) and run the waiters. */
static void settle(ai_async_t *o, ai_exc_t *e) {
    pthread_mutex_lock(&o->mu);
    if (o->state != PENDING) {
        pthread_mutex_unlock(&o->mu);
        ai_exc_release(e);
        return;
    }
    o->state = e ? FAILED : READY;
    o->exc = e;
    waiter_t *w = o->waiters;
    o->waiters = NULL;
    o->wtail = &o->waiters;
    bool failed_task = e && o->task;
    pthread_mutex_unlock(&o->mu);
    if (failed_task)
        remember_failed_task(o);
    run_waiters(o, w);
}

void ai_async_complete(ai_async_t *o, ai_exc_t *e) {
    settle(o, e);
    mlirAsyncRuntimeDropRef(o, 1);
}

ai_async_t *ai_async_error_token(ai_exc_t *e) {
    ai_async_t *t = obj_new(K_TOKEN, 1, 0);
    t->state = FAILED;
    t->exc = e;
    return t;
}

void mlirAsyncRuntimeEmplaceToken(AsyncToken_p t) { ai_async_complete(t, NULL); }
void mlirAsyncRuntimeEmplaceValue(AsyncValue_p v) { ai_async_complete(v, NULL); }
void mlirAsyncRuntimeSetTokenError(AsyncToken_p t) { ai_async_complete(t, ai_exc_take_in_flight()); }
void mlirAsyncRuntimeSetValueError(AsyncValue_p v) { ai_async_complete(v, ai_exc_take_in_flight()); }

static bool is_error(ai_async_t *o) {
    pthread_mutex_lock(&o->mu);
    o->retrieved = true; /* the awaiter looks at the outcome */
    bool failed = o->state == FAILED;
    if (failed)
        ai_exc_set_in_flight(o->exc);
    pthread_mutex_unlock(&o->mu);
    return failed;
}

bool mlirAsyncRuntimeIsTokenError(AsyncToken_p t) { return is_error(t); }
bool mlirAsyncRuntimeIsValueError(AsyncValue_p v) { return is_error(v); }
bool mlirAsyncRuntimeIsGroupError(AsyncGroup_p g) { return is_error(g); }

void *mlirAsyncRuntimeGetValueStorage(AsyncValue_p v) { return ((ai_async_t *)v)->storage; }

bool ai_async_is_done(ai_async_t *o) {
    pthread_mutex_lock(&o->mu);
    bool done = o->state != PENDING;
    pthread_mutex_unlock(&o->mu);
    return done;
}

ai_exc_t *ai_async_exception(ai_async_t *o) {
    pthread_mutex_lock(&o->mu);
    o->retrieved = true; /* as Future.exception() marks it */
    ai_exc_t *e = ai_exc_retain(o->exc);
    pthread_mutex_unlock(&o->mu);
    return e;
}

static atomic_uint_least64_t task_counter;

void ai_async_mark_task(ai_async_t *o) {
    uint64_t seq = atomic_fetch_add_explicit(&task_counter, 1, memory_order_relaxed); /* an id only */
    pthread_mutex_lock(&o->mu);
    o->task = true;
    o->task_seq = seq;
    pthread_mutex_unlock(&o->mu);
}

/* Register w on o unless o is done; returns false (w not taken) when it is. */
static bool try_wait(ai_async_t *o, waiter_t w) {
    pthread_mutex_lock(&o->mu);
    /* an empty group (gather() of nothing) is done at once */
    bool pending = o->state == PENDING && !(o->kind == K_GROUP && o->pending == 0);
    if (pending)
        add_waiter(o, w);
    pthread_mutex_unlock(&o->mu);
    return pending;
}

void ai_async_on_done(ai_async_t *o, void (*fn)(void *), void *arg) {
    if (!try_wait(o, (waiter_t){.kind = W_CALL, .fn = fn, .arg = arg}))
        fn(arg);
}

static void await_and_execute(ai_async_t *o, CoroHandle h, CoroResume r) {
    if (!try_wait(o, (waiter_t){.kind = W_CORO, .resume = r, .handle = h}))
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
    free(r);
    pthread_mutex_lock(&g->mu);
    int64_t left = --g->pending;
    bool settle_now = g->state == PENDING && (e != NULL || left == 0);
    pthread_mutex_unlock(&g->mu);
    if (settle_now)
        settle(g, e); /* fail fast on the first error, like asyncio.gather */
    else
        ai_exc_release(e);
    mlirAsyncRuntimeDropRef(g, 1);
}

/* gather's _done_callback is scheduled with call_soon when the child finishes (or at once when
 * it already had): the report is a job one loop iteration away, never an inline call. */
static void group_report_later(ai_async_t *g, ai_async_t *token) {
    report_t *r = malloc(sizeof *r);
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
    pthread_mutex_lock(&g->mu);
    int64_t rank = g->rank++;
    g->pending++;
    pthread_mutex_unlock(&g->mu);
    mlirAsyncRuntimeAddRef(g, 1); /* held until the token reports */
    if (!try_wait(token, (waiter_t){.kind = W_GROUP, .group = g}))
        group_report_later(g, token);
    return rank;
}

/* ----- execution ------------------------------------------------------------------------------ */
void mlirAsyncRuntimeExecute(CoroHandle h, CoroResume r) {
    ai_sched_push(r, h, 1); /* a new task's first step: asyncio's call_soon */
}

int64_t mlirAsyncRuntimGetNumWorkerThreads(void) { return ai_sched_workers(); }
void mlirAsyncRuntimePrintI64(int64_t x) { printf("%lld\n", (long long)x); }
void mlirAsyncRuntimePrintCurrentThreadId(void) { printf("thread\n"); }
