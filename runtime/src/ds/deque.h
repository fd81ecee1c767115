/* Chase–Lev work-stealing deque of pointers (Lê, Pop, Cohen, Zappa Nardelli, "Correct and
 * Efficient Work-Stealing for Weak Memory Models", PPoPP 2013), with the memory-ordering argument
 * in deque.c. The owner pushes and pops at the bottom; any thread steals from the top. */
#ifndef AI_DEQUE_H
#define AI_DEQUE_H

#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>

typedef struct ai_deque_array {
    int64_t cap; /* a power of two */
    struct ai_deque_array *retired; /* the array this one replaced (freed with the deque) */
    _Atomic(void *) slot[];
} ai_deque_array_t;

typedef struct ai_deque {
    atomic_int_fast64_t top;
    atomic_int_fast64_t bottom;
    _Atomic(ai_deque_array_t *) array;
} ai_deque_t;

#define AI_DEQUE_ABORT ((void *)(uintptr_t)1) /* steal lost a race: try again */

void ai_deque_init(ai_deque_t *q);
void ai_deque_destroy(ai_deque_t *q); /* no thread may use it any more */
void ai_deque_push(ai_deque_t *q, void *x); /* owner only; x != NULL */
void *ai_deque_pop(ai_deque_t *q);          /* owner only; NULL when empty */
void *ai_deque_steal(ai_deque_t *q);        /* any thread; NULL when empty, or AI_DEQUE_ABORT */
bool ai_deque_empty(ai_deque_t *q);         /* any thread; a snapshot */

#endif
