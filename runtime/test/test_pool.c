/* The small-object pools (mem/pool.c): every size class is 16-byte aligned and reusable, blocks
 * freed by another thread are reused there, large and over-aligned requests get regions of their
 * own, and steady-state allocation takes no new slab. */
#include <pthread.h>
#include <stdint.h>
#include <string.h>

#include "aithon/rt.h"
#include "mem/pool.h"
#include "check.h"

static void test_classes(void) {
    bool aligned = true, distinct = true;
    for (size_t n = 1; n <= AI_POOL_MAX; n += 7) {
        unsigned char *a = ai_pool_alloc(n), *b = ai_pool_alloc(n);
        aligned &= ((uintptr_t)a % 16 == 0) && ((uintptr_t)b % 16 == 0);
        distinct &= a != b;
        memset(a, 0xab, n);
        memset(b, 0xcd, n);
        distinct &= a[n - 1] == 0xab;
        ai_pool_free(a);
        ai_pool_free(b);
    }
    CHECK(aligned);
    CHECK(distinct);
}

static void test_reuse_without_new_slabs(void) {
    enum { N = 10000 };
    static void *p[N];
    for (int i = 0; i < N; i++)
        p[i] = ai_pool_alloc(96);
    for (int i = 0; i < N; i++)
        ai_pool_free(p[i]);
    uint64_t before = ai_pool_stats().slabs;
    for (int round = 0; round < 10; round++) {
        for (int i = 0; i < N; i++)
            p[i] = ai_pool_alloc(96);
        for (int i = 0; i < N; i++)
            ai_pool_free(p[i]);
    }
    CHECK(ai_pool_stats().slabs == before); /* steady state: no memory from the system */
}

static void test_frames(void) {
    void *small = ai_frame_alloc(16, 200), *big = ai_frame_alloc(16, 100000), *wide = ai_frame_alloc(128, 64);
    CHECK((uintptr_t)small % 16 == 0);
    CHECK((uintptr_t)big % 16 == 0);
    CHECK((uintptr_t)wide % 128 == 0);
    memset(big, 1, 100000);
    memset(wide, 1, 64);
    ai_frame_free(small);
    ai_frame_free(big);
    ai_frame_free(wide);
    ai_frame_free(NULL);
    CHECK(ai_pool_stats().large >= 2); /* (under ASan the pools pass through to the C library) */
}

/* Producer threads allocate, the main thread frees (blocks migrate to its free lists). */
enum { THREADS = 4, PER = 5000 };
static void *made[THREADS][PER];

static void *make(void *arg) {
    void **out = arg;
    for (int i = 0; i < PER; i++) {
        out[i] = ai_pool_alloc(16 + (size_t)(i % 8) * 16);
        memset(out[i], i & 0xff, 16);
    }
    return NULL;
}

static void test_cross_thread_free(void) {
    pthread_t th[THREADS];
    for (int t = 0; t < THREADS; t++)
        pthread_create(&th[t], NULL, make, made[t]);
    for (int t = 0; t < THREADS; t++)
        pthread_join(th[t], NULL);
    bool intact = true;
    for (int t = 0; t < THREADS; t++)
        for (int i = 0; i < PER; i++) {
            intact &= *(unsigned char *)made[t][i] == (i & 0xff);
            ai_pool_free(made[t][i]);
        }
    CHECK(intact);
}

int main(void) {
    test_classes();
    test_reuse_without_new_slabs();
    test_frames();
    test_cross_thread_free();
    DONE();
}
