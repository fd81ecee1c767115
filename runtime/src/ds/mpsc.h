/* Lock-free multi-producer single-consumer FIFO of 64-bit words (an actor's mailbox). */
#ifndef AI_MPSC_H
#define AI_MPSC_H

#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>

typedef struct ai_mpsc_node {
    _Atomic(struct ai_mpsc_node *) next;
    int64_t word;
} ai_mpsc_node_t;

typedef struct ai_mpsc {
    _Atomic(ai_mpsc_node_t *) head; /* producers swap themselves in here */
    ai_mpsc_node_t *tail;           /* consumer only */
    ai_mpsc_node_t stub;
} ai_mpsc_t;

void ai_mpsc_init(ai_mpsc_t *q);
/* Any thread. Waking a suspended consumer is the caller's job (see actor.c). */
void ai_mpsc_push(ai_mpsc_t *q, int64_t word);
/* Consumer only. False when empty (or when a push is half done: retry later). */
bool ai_mpsc_pop(ai_mpsc_t *q, int64_t *word);
/* Consumer, or any thread holding a lock that orders it after the producers it must see. */
bool ai_mpsc_empty(ai_mpsc_t *q);
void ai_mpsc_destroy(ai_mpsc_t *q);

#endif
