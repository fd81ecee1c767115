/* The Chase–Lev deque (ds/deque.c): the owner pushes and pops while thieves steal; every element
 * is taken exactly once, thieves take the oldest first, and the array grows under contention. */
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>

#include "ds/deque.h"
#include "check.h"

enum { N = 200000, THIEVES = 3 };

static ai_deque_t q;
static atomic_int taken[N];
static atomic_bool done;

/* Elements are (i << 4): like real pointers they are never AI_DEQUE_ABORT (1). */
static void *elem(intptr_t i) { return (void *)(i << 4); }
static void take(void *x) { atomic_fetch_add_explicit(&taken[((intptr_t)x >> 4) - 1], 1, memory_order_relaxed); }

static void *thief(void *arg) {
    (void)arg;
    while (!atomic_load_explicit(&done, memory_order_acquire) || !ai_deque_empty(&q)) {
        void *x = ai_deque_steal(&q);
        if (x && x != AI_DEQUE_ABORT)
            take(x);
    }
    return NULL;
}

static void test_exactly_once(void) {
    ai_deque_init(&q);
    pthread_t th[THIEVES];
    for (int t = 0; t < THIEVES; t++)
        pthread_create(&th[t], NULL, thief, NULL);
    for (intptr_t i = 1; i <= N; i++) {
        ai_deque_push(&q, elem(i));
        if (i % 3 == 0) {
            void *x = ai_deque_pop(&q);
            if (x)
                take(x);
        }
    }
    void *x;
    while ((x = ai_deque_pop(&q)))
        take(x);
    atomic_store_explicit(&done, true, memory_order_release);
    for (int t = 0; t < THIEVES; t++)
        pthread_join(th[t], NULL);
    bool once = true;
    for (int i = 0; i < N; i++)
        once &= atomic_load(&taken[i]) == 1;
    CHECK(once);
    CHECK(ai_deque_empty(&q));
    ai_deque_destroy(&q);
}

static void test_order(void) {
    ai_deque_t d;
    ai_deque_init(&d);
    for (intptr_t i = 1; i <= 100; i++) /* past the initial 64 slots: grows */
        ai_deque_push(&d, elem(i));
    CHECK(ai_deque_steal(&d) == elem(1)); /* thieves: oldest first */
    CHECK(ai_deque_pop(&d) == elem(100));  /* owner: newest first */
    CHECK(ai_deque_steal(&d) == elem(2));
    int left = 0;
    while (ai_deque_pop(&d))
        left++;
    CHECK(left == 97);
    CHECK(ai_deque_pop(&d) == NULL);
    CHECK(ai_deque_steal(&d) == NULL);
    ai_deque_destroy(&d);
}

int main(void) {
    test_order();
    test_exactly_once();
    DONE();
}
