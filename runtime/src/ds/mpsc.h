/* Lock-free multi-producer single-consumer FIFO: intrusive nodes (the scheduler's injection queue)
 * and, on top of it, queues of 64-bit words (an actor's mailbox) whose nodes come from the pools. */
#ifndef AI_MPSC_H
#define AI_MPSC_H

#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>

typedef struct ai_mpsc_node {
    _Atomic(struct ai_mpsc_node *) next;
} ai_mpsc_node_t;

typedef struct ai_mpsc {
    _Atomic(ai_mpsc_node_t *) head; /* producers swap themselves in here */
    ai_mpsc_node_t *tail;           /* consumer only */
    ai_mpsc_node_t stub;
} ai_mpsc_t;

void ai_mpsc_init(ai_mpsc_t *q);
/* Intrusive: any thread pushes a node it owns; the consumer pops it back (NULL: empty, or a push
 * is half done — retry later). */
void ai_mpsc_push_node(ai_mpsc_t *q, ai_mpsc_node_t *n);
ai_mpsc_node_t *ai_mpsc_pop_node(ai_mpsc_t *q);
/* Words. Any thread. Waking a suspended consumer is the caller's job (see actor.c). */
void ai_mpsc_push(ai_mpsc_t *q, int64_t word);
/* Consumer only. False when empty; waits out a push that is half done (never loses a word). */
bool ai_mpsc_pop(ai_mpsc_t *q, int64_t *word);
/* Consumer, or any thread holding a lock or fence that orders it after the producers it must see. */
bool ai_mpsc_empty(ai_mpsc_t *q);
/* Consumer only: free every word node still queued. */
void ai_mpsc_destroy(ai_mpsc_t *q);

#endif
