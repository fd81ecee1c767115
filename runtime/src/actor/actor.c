/* Actor lifetime, mailboxes and the program-level glue (asyncio.run, safepoints, sleeping).
 *
 * Lifetime: an actor holds one reference on itself while its behaviour runs and one per live
 * child. A child may still read arguments that live in its parent's heap, so a parent that
 * replies before its children finish keeps its heap until the last child ends. The root actor
 * (module body) is never freed. */
#include <stdio.h>
#include <stdlib.h>

#include "aithon/rt.h"
#include "actor.h"
#include "../async/async.h"
#include "../mem/pool.h"
#include "../sched/sched.h"
#include "../value/value.h"

static ai_actor_t root_actor;
static pthread_once_t root_once = PTHREAD_ONCE_INIT;

static void actor_init(ai_actor_t *a, ai_actor_t *parent) {
    ai_arena_init(&a->heap);
    a->parent = parent;
    atomic_init(&a->refs, 1);
    a->pending = NULL;
    ai_mpsc_init(&a->mailbox);
    atomic_init(&a->mailbox_waiter, NULL);
    atomic_init(&a->mail_count, 0);
    atomic_init(&a->reductions, 0);
    a->run_result = 0;
}

static void root_init(void) { actor_init(&root_actor, NULL); }

ai_actor_t *ai_actor_root(void) {
    pthread_once(&root_once, root_init);
    return &root_actor;
}

ai_actor_t *ai_actor_spawn(ai_actor_t *parent) {
    ai_actor_t *a = ai_pool_alloc(sizeof *a); /* no malloc on the spawn path (mem/pool.c) */
    if (!a) /* the spawn's caller (aithon-lower-actor's code) has no exception check: and in this
             * subset an exception always ends the program, so end it as MemoryError would */
        ai_memory_error_exit();
    actor_init(a, parent);
    atomic_fetch_add_explicit(&parent->refs, 1, memory_order_relaxed);
    return a;
}

static void actor_release(ai_actor_t *a) {
    while (a && a != &root_actor) {
        /* acq_rel: the freeing thread must see every use of the heap by the other holders. */
        if (atomic_fetch_sub_explicit(&a->refs, 1, memory_order_acq_rel) != 1)
            return;
        ai_actor_t *parent = a->parent;
        ai_arena_free_all(&a->heap);
        ai_mpsc_destroy(&a->mailbox);
        ai_exc_release(a->pending);
        ai_pool_free(a);
        a = parent;
    }
}

void ai_actor_exit(ai_actor_t *ctx) { actor_release(ctx); }
ai_actor_t *ai_actor_self(ai_actor_t *ctx) { return ctx; }
ai_actor_t *ai_actor_parent(ai_actor_t *ctx) { return ctx->parent ? ctx->parent : ctx; }

void *ai_actor_alloc(ai_actor_t *ctx, size_t n) {
    void *p = ai_arena_alloc(&ctx->heap, n);
    if (!p)
        ai_raise(ctx, AI_EXC_MEMORY, "");
    return p;
}

void *ai_actor_alloc_raw(ai_actor_t *ctx, size_t n) {
    void *p = ai_arena_alloc_raw(&ctx->heap, n);
    if (!p)
        ai_raise(ctx, AI_EXC_MEMORY, "");
    return p;
}

/* ----- exceptions ------------------------------------------------------------------------------ */
void ai_raise(ai_actor_t *ctx, int32_t kind, const char *msg) {
    ai_exc_release(ctx->pending);
    ctx->pending = ai_exc_new(kind, msg ? msg : "");
}

bool ai_exc_pending(ai_actor_t *ctx) { return ctx->pending != NULL; }

void *ai_exc_token(ai_actor_t *ctx) {
    ai_exc_t *e = ctx->pending ? ctx->pending : ai_exc_new(AI_EXC_RUNTIME, "unknown error");
    ctx->pending = NULL;
    return ai_async_error_token(e);
}

/* ----- mailboxes ------------------------------------------------------------------------------- */
/* Exactly-once wake-up without a lock. `mail_count` counts messages pushed and not yet popped
 * (incremented after the push is linked, decremented by the receiver after a pop); `waiter` holds
 * the token of a suspended receiver. Both sides follow a Dekker-style handshake:
 *   sender:   push; count++ (seq_cst)      ; fence(seq_cst) ; W = exchange(waiter, NULL)
 *   receiver: store(waiter, T) (seq_cst)   ; fence(seq_cst) ; read count
 * The fences are totally ordered, so at least one side sees the other: the receiver sees the
 * message, or the sender sees T. Whoever takes T out of `waiter` (the exchange makes that one
 * party) completes it — but only while count > 0: a sender whose message the receiver already
 * popped (it was woken by someone else) may take the token of the receiver's *next* wait, and
 * must not complete it without a message. It puts the token back and looks at the count again,
 * so a message pushed meanwhile (whose sender found `waiter` empty) still wakes the receiver.
 * A woken receiver therefore always finds a message, and each token is completed exactly once:
 * the receiver is suspended on it, and only the receiver pops. */
static bool mail_ready(ai_actor_t *a) { return atomic_load_explicit(&a->mail_count, memory_order_seq_cst) > 0; }

void ai_actor_send(ai_actor_t *ctx, ai_actor_t *target, int64_t word) {
    (void)ctx;
    ai_mpsc_push(&target->mailbox, word);
    atomic_fetch_add_explicit(&target->mail_count, 1, memory_order_seq_cst);
    for (;;) {
        atomic_thread_fence(memory_order_seq_cst);
        struct ai_async *w = atomic_exchange_explicit(&target->mailbox_waiter, NULL, memory_order_seq_cst);
        if (!w)
            return; /* nobody waits, or another sender took the waiter */
        if (mail_ready(target)) {
            ai_async_complete(w, NULL);
            return;
        }
        /* our message is gone already: give the token back for the message that will wake it */
        atomic_store_explicit(&target->mailbox_waiter, w, memory_order_seq_cst);
        atomic_thread_fence(memory_order_seq_cst);
        if (!mail_ready(target))
            return; /* the next sender will find the token */
    }
}

void *ai_mailbox_wait(ai_actor_t *ctx) {
    ai_async_t *t = ai_async_new_token();
    atomic_store_explicit(&ctx->mailbox_waiter, t, memory_order_seq_cst);
    atomic_thread_fence(memory_order_seq_cst);
    if (mail_ready(ctx) && atomic_exchange_explicit(&ctx->mailbox_waiter, NULL, memory_order_seq_cst) == t)
        ai_async_complete(t, NULL); /* a message was already there and no sender took the token */
    return t;
}

int64_t ai_mailbox_pop(ai_actor_t *ctx) {
    int64_t w = 0;
    if (!ai_mpsc_pop(&ctx->mailbox, &w))
        ai_raise(ctx, AI_EXC_RUNTIME, "receive from an empty mailbox");
    else
        atomic_fetch_sub_explicit(&ctx->mail_count, 1, memory_order_seq_cst);
    return w;
}

/* ----- scheduling glue ------------------------------------------------------------------------- */
void ai_safepoint(ai_actor_t *ctx) {
    /* Reduction counting: a yield here could reorder output relative to CPython, so the count is
     * kept (for preemption) but never acted upon yet. A task step run ahead on a worker passes
     * its parent's context here while the loop may run the parent: relaxed load + store (plain
     * moves, no lock prefix), where a lost increment does not matter. */
    atomic_store_explicit(&ctx->reductions, atomic_load_explicit(&ctx->reductions, memory_order_relaxed) + 1,
                          memory_order_relaxed);
}

static void task_done(void *arg) { actor_release(arg); }

/* A task runs in (or spawns its children from) the actor that created it, and may read arguments
 * in that actor's heap, long after the creator's behaviour has replied: the task holds a reference
 * on its creator from its creation until its token settles (success or error), so the creator's
 * heap outlives every task it started. The release runs inside the settle, after the task's last
 * use of the context (the coroutine only frees its frame afterwards).
 * Like every runtime function taking an async object, this one owns the reference it is given:
 * MLIR's async-runtime-ref-counting adds one before each call that passes the object. */
static void task_created(ai_actor_t *ctx, void *token) {
    ai_async_mark_task(token);
    atomic_fetch_add_explicit(&ctx->refs, 1, memory_order_relaxed); /* see actor_release */
    ai_async_on_done(token, task_done, ctx);
}

void ai_task_token(ai_actor_t *ctx, void *token) {
    task_created(ctx, token);
    mlirAsyncRuntimeDropRef(token, 1);
}

/* A task whose first step the compiler proved pure (aithon-lower-actor): with several workers the
 * step is offered to them at once and runs ahead of its turn (sched/worker.c). The task's
 * completion — and so task_done's release of ctx — is replayed at the step's turn. */
void ai_task_token_pure(ai_actor_t *ctx, void *token) {
    task_created(ctx, token);
    ai_sched_speculate_last(ai_async_last_executed());
    mlirAsyncRuntimeDropRef(token, 1);
}

static void complete_job(void *arg) { ai_async_complete(arg, NULL); }

/* CPython runs asyncio.sleep as Python frames below the awaiting one: sleep(0) is the `sleep`
 * frame and its `delay <= 0` comparison; sleep(d > 0) goes on through create_future, call_later,
 * call_at and TimerHandle (levels measured on 3.11, see depth.c). Too deep: RecursionError is
 * pending and the token is already complete (the caller leaves without awaiting it). */
#define SLEEP0_DEPTH 2, 0x23 /* frame, comparison */
#define SLEEP_DEPTH 7, 0x333023 /* frame, comparison, call, 3 frames, call */

void *ai_sleep(ai_actor_t *ctx, double seconds) {
    ai_async_t *t = ai_async_new_token();
    if (seconds > 0)
        ai_depth_need(ctx, SLEEP_DEPTH);
    else
        ai_depth_need(ctx, SLEEP0_DEPTH);
    if (ctx->pending) {
        ai_async_complete(t, NULL);
        return t;
    }
    if (seconds != seconds || seconds <= 0) {
        (void)ctx;
        ai_sched_push(complete_job, t, 1); /* asyncio.sleep(0): one bare yield */
    } else {
        ai_async_mark_task(t); /* the timer's callback sets a future; the task wakes a step later */
        ai_sched_timer(seconds, complete_job, t);
    }
    return t;
}

static void stop_job(void *arg) { *(bool *)arg = true; }
static void main_done(void *arg) { ai_sched_push(stop_job, arg, 1); }

/* asyncio.run(main()) returns main's value: the front end's adapter stores it as one word (int,
 * bitcast float, bool, or a pointer into the context's heap) once main has finished, and the module
 * body reads it after the loop has stopped. */
void ai_asyncio_run_result_set(ai_actor_t *ctx, int64_t word) { ctx->run_result = word; }
int64_t ai_asyncio_run_result(ai_actor_t *ctx) { return ctx->run_result; }

void ai_asyncio_run_token(ai_actor_t *ctx, void *token) {
    bool stop = false;
    ai_async_on_done(token, main_done, &stop); /* run_until_complete's done callback: loop.stop() */
    if (!ai_sched_run(&stop, false) && !ai_async_is_done(token))
        ai_raise(ctx, AI_EXC_RUNTIME, "deadlock: every task is waiting and no timer is armed");
    ai_sched_drop_all();
    ai_exc_t *e = ai_async_exception(token);
    if (e) {
        ai_exc_release(ctx->pending);
        ctx->pending = e;
    }
    mlirAsyncRuntimeDropRef(token, 1);
}
