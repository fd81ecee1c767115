/* Chase–Lev deque, C11 version of Lê et al. (PPoPP 2013, figure 1), with two changes: the owner
 * publishes a push with a release store of `bottom` (instead of a release fence followed by a
 * relaxed store) and thieves read `bottom` with acquire, which orders the same accesses and is
 * understood by ThreadSanitizer; and replaced arrays are kept until the deque is destroyed (a
 * thief may still be reading the old one), instead of being reclaimed.
 *
 * Memory-ordering argument:
 *  - push: the slot is written (relaxed), then `bottom` is released. A thief that acquires a
 *    `bottom` covering the slot therefore sees the slot and everything the owner wrote into the
 *    pushed object before pushing it.
 *  - pop vs steal of the last element: the owner first decrements `bottom` (relaxed) and then
 *    issues a seq_cst fence before reading `top`; a thief reads `top`, issues a seq_cst fence and
 *    then reads `bottom`. The fences are totally ordered, so either the thief sees the decremented
 *    `bottom` (and finds the deque empty) or the owner sees the thief's `top` — and when both see
 *    the single remaining element (t == b), both race on one seq_cst CAS of `top` and exactly one
 *    wins. Elements below the last are never contended: a thief only takes slot `top`.
 *  - steal vs steal: the CAS on `top` (seq_cst) lets one thief take each slot; a loser returns
 *    AI_DEQUE_ABORT without having used the value it read.
 *  - pop's restores of `bottom` are release stores too, so a thief that reads a restored value
 *    still synchronises with the owner's pushes.
 *  - growth: only the owner replaces the array, copying live slots first and releasing the new
 *    pointer; a thief that read the old array reads a slot that held the same element (slots
 *    t..b-1 are copied unchanged), and its CAS on `top` decides ownership as before. */
#include "deque.h"

#include <stdio.h>
#include <stdlib.h>

static ai_deque_array_t *array_new(int64_t cap) {
    ai_deque_array_t *a = malloc(sizeof *a + (size_t)cap * sizeof a->slot[0]);
    if (!a) {
        fputs("aithon: out of memory growing a work-stealing deque\n", stderr);
        abort();
    }
    a->cap = cap;
    a->retired = NULL;
    for (int64_t i = 0; i < cap; i++)
        atomic_init(&a->slot[i], NULL);
    return a;
}

void ai_deque_init(ai_deque_t *q) {
    atomic_init(&q->top, 0);
    atomic_init(&q->bottom, 0);
    atomic_init(&q->array, array_new(64));
}

void ai_deque_destroy(ai_deque_t *q) {
    ai_deque_array_t *a = atomic_load_explicit(&q->array, memory_order_relaxed);
    while (a) {
        ai_deque_array_t *next = a->retired;
        free(a);
        a = next;
    }
    atomic_store_explicit(&q->array, NULL, memory_order_relaxed);
}

static ai_deque_array_t *grow(ai_deque_t *q, ai_deque_array_t *a, int64_t t, int64_t b) {
    ai_deque_array_t *n = array_new(a->cap * 2);
    for (int64_t i = t; i < b; i++)
        atomic_store_explicit(&n->slot[i & (n->cap - 1)],
                              atomic_load_explicit(&a->slot[i & (a->cap - 1)], memory_order_relaxed),
                              memory_order_relaxed);
    n->retired = a;
    atomic_store_explicit(&q->array, n, memory_order_release);
    return n;
}

void ai_deque_push(ai_deque_t *q, void *x) {
    int64_t b = atomic_load_explicit(&q->bottom, memory_order_relaxed);
    int64_t t = atomic_load_explicit(&q->top, memory_order_acquire);
    ai_deque_array_t *a = atomic_load_explicit(&q->array, memory_order_relaxed);
    if (b - t > a->cap - 1)
        a = grow(q, a, t, b);
    atomic_store_explicit(&a->slot[b & (a->cap - 1)], x, memory_order_relaxed);
    atomic_store_explicit(&q->bottom, b + 1, memory_order_release);
}

void *ai_deque_pop(ai_deque_t *q) {
    int64_t b = atomic_load_explicit(&q->bottom, memory_order_relaxed) - 1;
    ai_deque_array_t *a = atomic_load_explicit(&q->array, memory_order_relaxed);
    atomic_store_explicit(&q->bottom, b, memory_order_relaxed);
    atomic_thread_fence(memory_order_seq_cst);
    int64_t t = atomic_load_explicit(&q->top, memory_order_relaxed);
    if (t > b) { /* empty */
        atomic_store_explicit(&q->bottom, b + 1, memory_order_release);
        return NULL;
    }
    void *x = atomic_load_explicit(&a->slot[b & (a->cap - 1)], memory_order_relaxed);
    if (t == b) { /* the last element: race the thieves for it */
        if (!atomic_compare_exchange_strong_explicit(&q->top, &t, t + 1, memory_order_seq_cst,
                                                     memory_order_relaxed))
            x = NULL;
        atomic_store_explicit(&q->bottom, b + 1, memory_order_release);
    }
    return x;
}

void *ai_deque_steal(ai_deque_t *q) {
    int64_t t = atomic_load_explicit(&q->top, memory_order_acquire);
    atomic_thread_fence(memory_order_seq_cst);
    int64_t b = atomic_load_explicit(&q->bottom, memory_order_acquire);
    if (t >= b)
        return NULL;
    ai_deque_array_t *a = atomic_load_explicit(&q->array, memory_order_acquire);
    void *x = atomic_load_explicit(&a->slot[t & (a->cap - 1)], memory_order_relaxed);
    if (!atomic_compare_exchange_strong_explicit(&q->top, &t, t + 1, memory_order_seq_cst, memory_order_relaxed))
        return AI_DEQUE_ABORT;
    return x;
}

bool ai_deque_empty(ai_deque_t *q) {
    int64_t t = atomic_load_explicit(&q->top, memory_order_acquire);
    int64_t b = atomic_load_explicit(&q->bottom, memory_order_acquire);
    return t >= b;
}
