/* Small-object pools (the allocator of the task hot path).
 *
 * Why not malloc: a profile of fib(27) spent 39% of its time in glibc malloc/free (a quarter in
 * malloc_consolidate after free(actor)), with 7-10 allocator calls per spawned task. Task-sized
 * objects are born and die at a high rate and in similar sizes, which is what size-class free
 * lists serve best.
 *
 * Layout: memory comes in 64 KiB slabs aligned to 64 KiB. A slab's first 64 bytes are its header
 * (its size class); the rest is carved, by bump allocation, into blocks of that class. Classes are
 * multiples of 16 bytes up to AI_POOL_MAX. Because slabs are aligned, the class of any block is
 * found from its address alone (mask the low 16 bits), so `ai_mem_free` needs no size: that is
 * what coroutine frames require, since the coroutine lowering frees them with a bare `free(p)`.
 *
 * Threads: every thread owns a cache (free list + bump region per class) in thread-local storage,
 * so allocation and release take no lock and no atomic read-modify-write. A block may be freed by
 * another thread than the one that allocated it (a task's result object is allocated by the
 * awaited actor and freed by the awaiter); it then joins the freeing thread's free list. Memory
 * migrates between threads but is never returned to the system: a program's pool footprint is its
 * peak. The ordering that makes cross-thread reuse safe is the one the owner of the object already
 * provides: every object is freed after an acq_rel reference-count drop (or after the exchange
 * that detached a waiter list), so the freeing thread happens-after every other thread's use.
 *
 * Every slab is also pushed onto a global lock-free list (a CAS loop, once per 64 KiB), which
 * keeps slabs of exited threads reachable for leak checkers and counts them for the benchmarks.
 * Under AddressSanitizer free blocks are poisoned, so use-after-free in pooled objects is still
 * reported. */
#include "pool.h"

#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>

#if defined(__SANITIZE_ADDRESS__)
#include <sanitizer/asan_interface.h>
#define POISON(p, n) ASAN_POISON_MEMORY_REGION((p), (n))
#define UNPOISON(p, n) ASAN_UNPOISON_MEMORY_REGION((p), (n))
#else
#define POISON(p, n) ((void)(p), (void)(n))
#define UNPOISON(p, n) ((void)(p), (void)(n))
#endif

#define SLAB ((size_t)64 * 1024)
#define HDR ((size_t)64)
#define NCLS (AI_POOL_MAX / 16u)
#define LARGE 0xffffffffu

typedef struct slab {
    uint32_t cls; /* size class, or LARGE for a standalone region */
    struct slab *next;
} slab_t;

typedef struct block {
    struct block *next;
} block_t;

typedef struct {
    block_t *free[NCLS];
    char *bump[NCLS], *end[NCLS];
} cache_t;

static _Thread_local cache_t tl;
static _Atomic(slab_t *) registry;
static atomic_uint_fast64_t n_slabs, n_large;

static size_t class_of(size_t n) { return n ? (n - 1) / 16u : 0; }
static size_t class_size(size_t c) { return (c + 1) * 16u; }
static slab_t *slab_of(void *p) { return (slab_t *)((uintptr_t)p & ~(uintptr_t)(SLAB - 1)); }

static void *refill(size_t c) {
    slab_t *s = aligned_alloc(SLAB, SLAB);
    if (!s)
        return NULL;
    s->cls = (uint32_t)c;
    /* Relaxed load, release CAS: the header is written before the slab becomes reachable. */
    s->next = atomic_load_explicit(&registry, memory_order_relaxed);
    while (!atomic_compare_exchange_weak_explicit(&registry, &s->next, s, memory_order_release,
                                                  memory_order_relaxed)) {
    }
    atomic_fetch_add_explicit(&n_slabs, 1, memory_order_relaxed);
    char *start = (char *)s + HDR;
    tl.bump[c] = start + class_size(c);
    tl.end[c] = (char *)s + SLAB;
    POISON(tl.bump[c], (size_t)(tl.end[c] - tl.bump[c]));
    return start;
}

void *ai_pool_alloc(size_t n) {
    size_t c = class_of(n), size = class_size(c);
    block_t *b = tl.free[c];
    if (b) {
        UNPOISON(b, size);
        tl.free[c] = b->next;
        return b;
    }
    if (tl.bump[c] && (size_t)(tl.end[c] - tl.bump[c]) >= size) {
        void *p = tl.bump[c];
        tl.bump[c] += size;
        UNPOISON(p, size);
        return p;
    }
    return refill(c);
}

void ai_pool_free(void *p) {
    size_t c = slab_of(p)->cls;
    block_t *b = p;
    b->next = tl.free[c];
    tl.free[c] = b;
    POISON(b, class_size(c));
}

void *ai_mem_alloc(size_t align, size_t n) {
    if (align <= 16 && n <= AI_POOL_MAX)
        return ai_pool_alloc(n);
    /* A region of its own, aligned like a slab so that ai_mem_free finds its header. */
    size_t hdr = align > HDR ? align : HDR;
    if (hdr >= SLAB)
        return NULL;
    size_t total = (hdr + n + SLAB - 1) & ~(SLAB - 1);
    slab_t *s = aligned_alloc(SLAB, total);
    if (!s)
        return NULL;
    s->cls = LARGE;
    atomic_fetch_add_explicit(&n_large, 1, memory_order_relaxed);
    return (char *)s + hdr;
}

void ai_mem_free(void *p) {
    if (!p)
        return;
    slab_t *s = slab_of(p);
    if (s->cls == LARGE)
        free(s);
    else
        ai_pool_free(p);
}

ai_pool_stats_t ai_pool_stats(void) {
    return (ai_pool_stats_t){atomic_load_explicit(&n_slabs, memory_order_relaxed),
                             atomic_load_explicit(&n_large, memory_order_relaxed)};
}

/* ----- the ABI of coroutine frames (aithon-route-frames renames the lowering's calls) ---------- */
void *ai_frame_alloc(int64_t align, int64_t size) {
    void *p = ai_mem_alloc((size_t)align, (size_t)size);
    if (!p) {
        fputs("MemoryError: cannot allocate a coroutine frame\n", stderr);
        abort();
    }
    return p;
}

void ai_frame_free(void *p) { ai_mem_free(p); }
