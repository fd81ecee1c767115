/* The mlirAsyncRuntime* ABI driven by hand: reference counts, asyncio's wake-up order, groups,
 * error propagation through the in-flight slot, and completion from other threads. */
#include <pthread.h>

#include "aithon/rt.h"
#include "actor/actor.h"
#include "async/async.h"
#include "check.h"
#include "sched/sched.h"

/* A fake coroutine: resuming it appends its id to the trace. */
static char trace[256];
static int ntrace;

typedef struct {
    char id;
} coro_t;

static void resume(void *h) { trace[ntrace++] = ((coro_t *)h)->id; trace[ntrace] = 0; }

static void reset(void) { ntrace = 0; trace[0] = 0; }

static void run_loop(void) {
    bool stop = false;
    ai_sched_run(&stop, false); /* returns false once nothing is left: that is the point */
}

static void test_inline_and_refcounts(void) {
    coro_t a = {'a'};
    reset();
    void *t = mlirAsyncRuntimeCreateToken();              /* refs: caller + completer */
    mlirAsyncRuntimeAwaitTokenAndExecute(t, &a, resume);   /* pending: parked */
    CHECK_STR(trace, "");
    mlirAsyncRuntimeEmplaceToken(t);                       /* direct await: resumed inline */
    CHECK_STR(trace, "a");
    mlirAsyncRuntimeAwaitTokenAndExecute(t, &a, resume);   /* already done: inline */
    CHECK_STR(trace, "aa");
    mlirAsyncRuntimeDropRef(t, 1);                         /* the caller's: freed (ASan checks) */

    void *v = mlirAsyncRuntimeCreateValue(8);
    *(int64_t *)mlirAsyncRuntimeGetValueStorage(v) = 42;
    mlirAsyncRuntimeEmplaceValue(v);
    CHECK(!mlirAsyncRuntimeIsValueError(v));
    CHECK(*(int64_t *)mlirAsyncRuntimeGetValueStorage(v) == 42);
    mlirAsyncRuntimeAddRef(v, 2);
    mlirAsyncRuntimeDropRef(v, 3);
}

static void test_task_and_group_hops(void) {
    coro_t a = {'a'}, b = {'b'}, g = {'g'}, x = {'x'};
    reset();
    void *task = mlirAsyncRuntimeCreateToken();
    mlirAsyncRuntimeAddRef(task, 1); /* the reference ai_task_token consumes, as generated code does */
    ai_task_token(ai_actor_root(), task);
    void *t1 = mlirAsyncRuntimeCreateToken(), *t2 = mlirAsyncRuntimeCreateToken();
    void *grp = mlirAsyncRuntimeCreateGroup(2);
    CHECK(mlirAsyncRuntimeAddTokenToGroup(t1, grp) == 0);
    CHECK(mlirAsyncRuntimeAddTokenToGroup(t2, grp) == 1);
    mlirAsyncRuntimeAwaitTokenAndExecute(task, &a, resume);
    mlirAsyncRuntimeAwaitAllInGroupAndExecute(grp, &g, resume);
    mlirAsyncRuntimeExecute(&b, resume);                   /* a new task: appended */
    mlirAsyncRuntimeEmplaceToken(task);                    /* task wake-up: 1 hop */
    mlirAsyncRuntimeEmplaceToken(t1);
    mlirAsyncRuntimeEmplaceToken(t2);                      /* group done: 2 hops */
    mlirAsyncRuntimeExecute(&x, resume);
    CHECK_STR(trace, "");
    run_loop();
    /* batch 1: b, a (task wake-up), x; the group's waiter was requeued once -> batch 2: g */
    CHECK_STR(trace, "baxg");
    mlirAsyncRuntimeDropRef(task, 1);
    mlirAsyncRuntimeDropRef(t1, 1);
    mlirAsyncRuntimeDropRef(t2, 1);
    mlirAsyncRuntimeDropRef(grp, 1);

    /* gather of tasks that are already done still yields: each done token reports one loop
     * iteration after it joins, the waiter wakes one more later; a task created meanwhile runs
     * first (asyncio: add_done_callback on a done future is call_soon). */
    reset();
    void *d1 = mlirAsyncRuntimeCreateToken(), *d2 = mlirAsyncRuntimeCreateToken();
    mlirAsyncRuntimeEmplaceToken(d1);
    mlirAsyncRuntimeEmplaceToken(d2);
    void *dg = mlirAsyncRuntimeCreateGroup(2);
    mlirAsyncRuntimeAddTokenToGroup(d1, dg);
    mlirAsyncRuntimeAddTokenToGroup(d2, dg);
    mlirAsyncRuntimeExecute(&b, resume);
    mlirAsyncRuntimeAwaitAllInGroupAndExecute(dg, &g, resume);
    CHECK_STR(trace, "");                                  /* not resumed inline */
    mlirAsyncRuntimeExecute(&x, resume);
    run_loop();
    CHECK_STR(trace, "bxg");
    /* a mix: one token done at join, one completing later; the group waits for the later one */
    reset();
    void *d3 = mlirAsyncRuntimeCreateToken(), *p3 = mlirAsyncRuntimeCreateToken();
    mlirAsyncRuntimeEmplaceToken(d3);
    void *mg = mlirAsyncRuntimeCreateGroup(2);
    mlirAsyncRuntimeAddTokenToGroup(d3, mg);
    mlirAsyncRuntimeAddTokenToGroup(p3, mg);
    mlirAsyncRuntimeAwaitAllInGroupAndExecute(mg, &g, resume);
    run_loop();
    CHECK_STR(trace, "");
    mlirAsyncRuntimeEmplaceToken(p3);
    mlirAsyncRuntimeExecute(&a, resume);
    run_loop();
    CHECK_STR(trace, "ag");
    void *objs[] = {d1, d2, dg, d3, p3, mg};
    for (int i = 0; i < 6; i++)
        mlirAsyncRuntimeDropRef(objs[i], 1);

    reset();
    void *empty = mlirAsyncRuntimeCreateGroup(0);          /* gather() of nothing: done at once */
    mlirAsyncRuntimeAwaitAllInGroupAndExecute(empty, &g, resume);
    CHECK_STR(trace, "g");
    mlirAsyncRuntimeDropRef(empty, 1);
}

static void test_errors_travel(void) {
    ai_actor_t *ctx = ai_actor_spawn(ai_actor_root());
    ai_raise(ctx, AI_EXC_ZERO_DIVISION, "integer division or modulo by zero");
    CHECK(ai_exc_pending(ctx));
    void *err = ai_exc_token(ctx);                         /* takes the pending exception */
    CHECK(!ai_exc_pending(ctx));
    CHECK(mlirAsyncRuntimeIsTokenError(err));              /* -> in flight */
    void *result = mlirAsyncRuntimeCreateValue(8);
    mlirAsyncRuntimeSetValueError(result);                 /* <- attached */
    ai_exc_t *e = ai_async_exception(result);
    CHECK(e && e->kind == AI_EXC_ZERO_DIVISION);
    CHECK_STR(e ? e->msg : "", "integer division or modulo by zero");
    ai_exc_release(e);

    /* a group fails on its first failed token, before the others finish (gather is fail-fast) */
    void *grp = mlirAsyncRuntimeCreateGroup(2);
    void *ok = mlirAsyncRuntimeCreateToken();
    mlirAsyncRuntimeAddTokenToGroup(ok, grp);
    mlirAsyncRuntimeAddTokenToGroup(err, grp);
    CHECK(!mlirAsyncRuntimeIsGroupError(grp));            /* the report is a call_soon away */
    run_loop();
    CHECK(mlirAsyncRuntimeIsGroupError(grp));              /* while `ok` is still pending */
    CHECK(!ai_async_is_done(ok));
    mlirAsyncRuntimeEmplaceToken(ok);
    mlirAsyncRuntimeDropRef(ok, 1);
    mlirAsyncRuntimeDropRef(err, 1);
    mlirAsyncRuntimeDropRef(grp, 1);
    mlirAsyncRuntimeDropRef(result, 1);
    ai_actor_exit(ctx);
}

static void *emplace_all(void *arg) {
    void **tokens = arg;
    for (int i = 0; i < 50; i++)
        mlirAsyncRuntimeEmplaceToken(tokens[i]);
    return NULL;
}

static void test_completion_from_threads(void) {
    enum { THREADS = 4, PER = 50 };
    void *tokens[THREADS][PER];
    void *grp = mlirAsyncRuntimeCreateGroup(THREADS * PER);
    for (int t = 0; t < THREADS; t++)
        for (int i = 0; i < PER; i++) {
            tokens[t][i] = mlirAsyncRuntimeCreateToken();
            mlirAsyncRuntimeAddTokenToGroup(tokens[t][i], grp);
        }
    coro_t g = {'g'};
    reset();
    mlirAsyncRuntimeAwaitAllInGroupAndExecute(grp, &g, resume);
    pthread_t th[THREADS];
    for (int t = 0; t < THREADS; t++)
        pthread_create(&th[t], NULL, emplace_all, tokens[t]);
    for (int t = 0; t < THREADS; t++)
        pthread_join(th[t], NULL);
    run_loop();
    CHECK_STR(trace, "g");
    for (int t = 0; t < THREADS; t++)
        for (int i = 0; i < PER; i++)
            mlirAsyncRuntimeDropRef(tokens[t][i], 1);
    mlirAsyncRuntimeDropRef(grp, 1);
}

static void test_sleep_order(void) {
    ai_actor_t *ctx = ai_actor_root();
    coro_t a = {'a'}, b = {'b'}, c = {'c'};
    reset();
    void *late = ai_sleep(ctx, 0.002), *early = ai_sleep(ctx, 0.001), *now = ai_sleep(ctx, 0);
    mlirAsyncRuntimeAwaitTokenAndExecute(late, &a, resume);
    mlirAsyncRuntimeAwaitTokenAndExecute(early, &b, resume);
    mlirAsyncRuntimeAwaitTokenAndExecute(now, &c, resume);
    run_loop();
    CHECK_STR(trace, "cba"); /* sleep(0) first, then timers by deadline */
    mlirAsyncRuntimeDropRef(late, 1);
    mlirAsyncRuntimeDropRef(early, 1);
    mlirAsyncRuntimeDropRef(now, 1);
    CHECK(mlirAsyncRuntimGetNumWorkerThreads() >= 1);
}

int main(void) {
    ai_sched_init();
    test_inline_and_refcounts();
    test_task_and_group_hops();
    test_errors_travel();
    test_completion_from_threads();
    test_sleep_order();
    ai_exc_set_in_flight(NULL);
    DONE();
}
