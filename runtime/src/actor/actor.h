/* Actors: a context per behaviour instance with its own heap, mailbox and pending exception. */
#ifndef AI_ACTOR_H
#define AI_ACTOR_H

#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>

#include "../ds/mpsc.h"
#include "../exc/exc.h"
#include "../mem/arena.h"

struct ai_async;

struct ai_actor {
    ai_arena_t heap;         /* owned by the actor's own thread of control only */
    struct ai_actor *parent; /* supervisor; NULL for the root */
    atomic_int refs;         /* 1 while running + 1 per live child (children may use our heap) */
    ai_exc_t *pending;       /* the exception being raised, if any */
    ai_mpsc_t mailbox;
    _Atomic(struct ai_async *) mailbox_waiter; /* the token a suspended receiver waits on */
    atomic_int_fast64_t mail_count;            /* messages pushed and not yet popped */
    _Atomic uint64_t reductions; /* relaxed load + store: see ai_safepoint */
    int64_t run_result;      /* asyncio.run's return value (one word), set by main's adapter */
};

typedef struct ai_actor ai_actor_t;

ai_actor_t *ai_actor_root(void);
/* Allocate n zeroed bytes in ctx's heap; on exhaustion raise MemoryError in ctx and return NULL. */
void *ai_actor_alloc(ai_actor_t *ctx, size_t n);
void *ai_actor_alloc_raw(ai_actor_t *ctx, size_t n); /* not zeroed: the caller writes every byte */

#endif
