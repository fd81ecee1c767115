/* Vyukov's intrusive MPSC queue (the design ponyc's messageq also uses).
 *
 * Memory ordering argument:
 *  - A producer fully initialises its node (word, next = NULL) and then publishes it with one
 *    atomic exchange on `head` (acq_rel), followed by a release store of prev->next = node.
 *    The release store makes the node's contents visible to whoever acquires prev->next.
 *  - The consumer walks from `tail` reading `next` with acquire loads, so it sees each node's
 *    word once it sees the link. Between a producer's exchange and its link store the chain is
 *    briefly broken; the consumer then sees next == NULL with head != tail and reports "empty for
 *    now" — it never reads a half-initialised node.
 *  - Only the consumer touches `tail` and frees nodes, and it frees a node only after moving past
 *    it, when no producer can still hold it as `prev` (a producer's `prev` is the node that was
 *    `head` at its exchange, which the consumer cannot have passed before that producer linked it).
 *  - The exchange's acquire half orders the producer after the previous producer's initialisation
 *    of `prev`, so storing into prev->next is a write to a fully constructed node. */
#include "mpsc.h"

#include <sched.h>
#include <stdlib.h>

#include "../mem/pool.h"

typedef struct {
    ai_mpsc_node_t link; /* first: a word node is its link */
    int64_t word;
} word_node_t;

void ai_mpsc_init(ai_mpsc_t *q) {
    atomic_init(&q->stub.next, NULL);
    atomic_init(&q->head, &q->stub);
    q->tail = &q->stub;
}

void ai_mpsc_push_node(ai_mpsc_t *q, ai_mpsc_node_t *n) {
    atomic_store_explicit(&n->next, NULL, memory_order_relaxed);
    ai_mpsc_node_t *prev = atomic_exchange_explicit(&q->head, n, memory_order_acq_rel);
    atomic_store_explicit(&prev->next, n, memory_order_release);
}

ai_mpsc_node_t *ai_mpsc_pop_node(ai_mpsc_t *q) {
    ai_mpsc_node_t *tail = q->tail;
    ai_mpsc_node_t *next = atomic_load_explicit(&tail->next, memory_order_acquire);
    if (tail == &q->stub) {
        if (!next)
            return NULL;
        q->tail = next;
        tail = next;
        next = atomic_load_explicit(&tail->next, memory_order_acquire);
    }
    if (next) {
        q->tail = next;
        return tail;
    }
    if (tail != atomic_load_explicit(&q->head, memory_order_acquire))
        return NULL; /* a producer is between its exchange and its link: not visible yet */
    /* tail is the last node: re-insert the stub behind it so tail can be consumed. */
    ai_mpsc_push_node(q, &q->stub);
    next = atomic_load_explicit(&tail->next, memory_order_acquire);
    if (!next)
        return NULL;
    q->tail = next;
    return tail;
}

void ai_mpsc_push(ai_mpsc_t *q, int64_t word) {
    word_node_t *n = ai_pool_alloc(sizeof *n);
    if (!n)
        abort(); /* a mailbox node is 16 bytes: out of memory here is not recoverable */
    n->word = word;
    ai_mpsc_push_node(q, &n->link);
}

bool ai_mpsc_pop(ai_mpsc_t *q, int64_t *word) {
    word_node_t *n;
    /* NULL with tail != head: a producer has swapped itself in but not linked yet; its link store
     * is the next instruction it runs, so wait for it rather than report a message missing. */
    for (unsigned spins = 0; !(n = (word_node_t *)ai_mpsc_pop_node(q)); spins++) {
        if (q->tail == atomic_load_explicit(&q->head, memory_order_acquire))
            return false;
        if (spins > 64)
            sched_yield();
    }
    *word = n->word;
    ai_pool_free(n);
    return true;
}

bool ai_mpsc_empty(ai_mpsc_t *q) {
    ai_mpsc_node_t *tail = q->tail;
    ai_mpsc_node_t *next = atomic_load_explicit(&tail->next, memory_order_acquire);
    return tail == &q->stub && next == NULL;
}

void ai_mpsc_destroy(ai_mpsc_t *q) {
    int64_t w;
    while (ai_mpsc_pop(q, &w)) {
    }
}
