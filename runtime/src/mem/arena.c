/* Bump allocation in chunks. An idle actor owns no chunk at all (its arena is two words); the
 * first allocation takes a small chunk and later chunks double up to 64 KiB, so small actors stay
 * small. Objects larger than a chunk get a chunk of their own. */
#include "arena.h"
#include "pool.h"

#include <stdlib.h>
#include <string.h>

#define AI_CHUNK_MIN 256u
#define AI_CHUNK_MAX (64u * 1024u)

void ai_arena_init(ai_arena_t *a) {
    a->head = NULL;
    a->bytes = 0;
    atomic_init(&a->adopted, NULL);
}

ai_chunk_t *ai_chunk_new(size_t n) {
    if (n > SIZE_MAX - sizeof(ai_chunk_t))
        return NULL; /* the header would wrap size_t: no such allocation can succeed */
    /* small chunks (an actor's first ones, most messages) come from the pools */
    ai_chunk_t *c = sizeof *c + n <= AI_POOL_MAX ? ai_pool_alloc(sizeof *c + n) : malloc(sizeof *c + n);
    if (!c)
        return NULL;
    c->next = NULL;
    c->size = n;
    c->used = 0;
    return c;
}

static size_t round16(size_t n) { return (n + 15u) & ~(size_t)15u; }

void *ai_arena_alloc(ai_arena_t *a, size_t n) {
    void *p = ai_arena_alloc_raw(a, n);
    if (p)
        memset(p, 0, round16(n ? n : 1));
    return p;
}

void *ai_arena_alloc_raw(ai_arena_t *a, size_t n) {
    if (n > SIZE_MAX - 15u)
        return NULL; /* rounding up would wrap to a tiny size */
    n = round16(n ? n : 1);
    ai_chunk_t *c = a->head;
    if (!c || c->size - c->used < n) {
        size_t want = a->bytes < AI_CHUNK_MIN ? AI_CHUNK_MIN : a->bytes;
        if (want > AI_CHUNK_MAX)
            want = AI_CHUNK_MAX;
        if (want < n)
            want = n;
        c = ai_chunk_new(want);
        if (!c)
            return NULL;
        c->next = a->head;
        a->head = c;
        a->bytes += want;
    }
    void *p = c->data + c->used;
    c->used += n;
    return p;
}

void ai_chunk_free(ai_chunk_t *c) {
    if (sizeof *c + c->size <= AI_POOL_MAX)
        ai_pool_free(c);
    else
        free(c);
}

void ai_arena_adopt(ai_arena_t *a, ai_chunk_t *c) {
    /* Behind the head so bump allocation continues in the current chunk; never bump into it. */
    c->used = c->size;
    if (!a->head) {
        a->head = c;
    } else {
        c->next = a->head->next;
        a->head->next = c;
    }
    a->bytes += c->size;
}

void ai_arena_adopt_shared(ai_arena_t *a, ai_chunk_t *c) {
    c->used = c->size;
    ai_chunk_t *top = atomic_load_explicit(&a->adopted, memory_order_relaxed);
    do
        c->next = top;
    while (!atomic_compare_exchange_weak_explicit(&a->adopted, &top, c, memory_order_release,
                                                  memory_order_relaxed));
}

static void free_chain(ai_chunk_t *c) {
    while (c) {
        ai_chunk_t *next = c->next;
        ai_chunk_free(c);
        c = next;
    }
}

void ai_arena_free_all(ai_arena_t *a) {
    free_chain(a->head);
    free_chain(atomic_exchange_explicit(&a->adopted, NULL, memory_order_acquire));
    a->head = NULL;
    a->bytes = 0;
}
