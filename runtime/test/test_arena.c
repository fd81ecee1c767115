/* Actor heaps (mem/arena.c): zeroed and raw bump allocation, adoption of message chunks, and the
 * lock-free shared adoption that task steps run ahead on other workers use (TSan runs this). */
#include <pthread.h>
#include <stdint.h>
#include <string.h>

#include "aithon/rt.h"
#include "mem/arena.h"
#include "check.h"

static void test_zeroed_and_raw(void) {
    ai_arena_t a;
    ai_arena_init(&a);
    unsigned char *p = ai_arena_alloc_raw(&a, 64);
    memset(p, 0xab, 64);
    unsigned char *q = ai_arena_alloc(&a, 64);
    bool zero = true;
    for (int i = 0; i < 64; i++)
        zero &= q[i] == 0;
    CHECK(zero);
    CHECK((uintptr_t)p % 16 == 0 && (uintptr_t)q % 16 == 0 && q != p);
    ai_arena_free_all(&a);
    CHECK(a.head == NULL && a.bytes == 0);
}

enum { THREADS = 4, PER = 2000 };
static ai_arena_t shared;

static void *adopter(void *arg) {
    (void)arg;
    for (int i = 0; i < PER; i++) {
        ai_chunk_t *c = ai_chunk_new(48);
        memset(c->data, i & 0xff, 48);
        ai_arena_adopt_shared(&shared, c);
    }
    return NULL;
}

/* Other threads adopt while the owner keeps allocating; everything is freed once (ASan: no leak,
 * no double free; TSan: no race between the pushes and the owner's bump allocation). */
static void test_shared_adoption(void) {
    ai_arena_init(&shared);
    pthread_t t[THREADS];
    for (int i = 0; i < THREADS; i++)
        pthread_create(&t[i], NULL, adopter, NULL);
    for (int i = 0; i < PER; i++)
        memset(ai_arena_alloc(&shared, 32), 1, 32);
    for (int i = 0; i < THREADS; i++)
        pthread_join(t[i], NULL);
    size_t n = 0;
    for (ai_chunk_t *c = atomic_load(&shared.adopted); c; c = c->next)
        n++;
    CHECK(n == (size_t)THREADS * PER);
    ai_arena_free_all(&shared);
    CHECK(atomic_load(&shared.adopted) == NULL);
}

int main(void) {
    test_zeroed_and_raw();
    test_shared_adoption();
    DONE();
}
