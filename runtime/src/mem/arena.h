/* Per-actor heap: a chain of chunks with bump allocation, freed all at once when the actor ends.
 * Message buffers are standalone chunks that a receiving arena adopts without copying. */
#ifndef AI_ARENA_H
#define AI_ARENA_H

#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>

typedef struct ai_chunk {
    struct ai_chunk *next;
    size_t size; /* usable bytes after the header */
    size_t used;
    _Alignas(16) unsigned char data[];
} ai_chunk_t;

typedef struct ai_arena {
    ai_chunk_t *head;  /* current bump chunk first */
    size_t bytes;      /* total usable bytes owned */
    /* Messages adopted by a task step that may run ahead on another worker while the owner
     * allocates (ai_arena_adopt_shared): a lock-free push-only stack, freed with the arena.
     * Ordering: a push is a CAS with release (the chunk's contents and `next` are visible to
     * whoever acquires the head); ai_arena_free_all takes the whole stack with an acquire
     * exchange, and runs only after every task that could adopt into this arena has settled
     * (the actor's refs), so no push races with the free. */
    _Atomic(ai_chunk_t *) adopted;
} ai_arena_t;

void ai_arena_init(ai_arena_t *a);
/* Zeroed, 16-byte aligned; NULL when the system is out of memory. */
void *ai_arena_alloc(ai_arena_t *a, size_t n);
/* The same, not zeroed: for objects the caller writes in full (big ints, copies of messages). */
void *ai_arena_alloc_raw(ai_arena_t *a, size_t n);
void ai_arena_free_all(ai_arena_t *a);
/* A standalone buffer of n bytes (a message), and its adoption by an arena. */
ai_chunk_t *ai_chunk_new(size_t n);
void ai_chunk_free(ai_chunk_t *c);
void ai_arena_adopt(ai_arena_t *a, ai_chunk_t *c);
/* The same from any thread (see `adopted`): the chunk is never bumped into, only freed. */
void ai_arena_adopt_shared(ai_arena_t *a, ai_chunk_t *c);

#endif
