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
 * Threads: every thread owns a cache (free list + bump region per class), and every slab belongs
 * to the cache that carved it (its header says which). Allocating, and freeing a block of one's
 * own slab, take no lock and no atomic read-modify-write. A block freed by another thread (a step
 * run ahead on a worker frees the frame the loop allocated) is pushed onto its owner's `remote`
 * stack for that class with a CAS (release); the owner takes the whole stack with one exchange
 * (acquire) when its local list runs dry — no ABA, since single blocks are never popped from it.
 * Blocks therefore return to the thread that allocates them: without this, a worker's free lists
 * grew by every frame the loop allocated (100 bytes per pure task, without bound). The ordering
 * that makes reuse safe is the one the object's owner already provides: every object is freed
 * after an acq_rel reference-count drop (or the exchange that detached a waiter list), so the
 * freeing thread happens-after every use, and the owner's acquire exchange after the free. Caches
 * are allocated once per thread and never freed, so a block freed after its owner thread exited
 * has a valid (if never drained) home. Memory is never returned to the system: a program's pool
 * footprint is its peak.
 *
 * Slabs are carved from 4 MiB regions that each thread maps itself (mmap, 2 MiB aligned), one
 * system call per 64 slabs. They are deliberately *not* advised as transparent huge pages: on a
 * quiet machine that made fib(27) 25% faster (fewer page faults and TLB misses), but right after
 * another large process had freed its memory (the benchmark runner runs CPython first) every
 * huge-page fault paid for reclaim and zeroing in the kernel — 1,000,000 idle tasks took 1.25 s
 * (1.06 s of it system time) instead of 0.40 s. Regions are never unmapped.
 * Under AddressSanitizer the pools pass every request through to the C library (see the end of
 * this file), so that ASan still reports use-after-free of task objects and LeakSanitizer still
 * reports a reference-counting leak (it cannot see inside mmap'd regions). The pool logic itself
 * is tested without ASan and under ThreadSanitizer (runtime/test/test_pool.c). */
#define _DEFAULT_SOURCE /* MAP_ANONYMOUS */
#include "pool.h"

#include <stdbool.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>

#if defined(__SANITIZE_ADDRESS__)
#define AI_POOL_PASSTHROUGH 1
#endif

#define SLAB ((size_t)64 * 1024)
#define REGION ((size_t)4 * 1024 * 1024)
#define HUGE ((size_t)2 * 1024 * 1024)
#define HDR ((size_t)64)
#define NCLS (AI_POOL_MAX / 16u)
#define LARGE 0xffffffffu

typedef struct block {
    struct block *next;
} block_t;

typedef struct cache {
    block_t *free[NCLS];
    char *bump[NCLS], *end[NCLS];
    char *region, *region_end;        /* where this thread's next slabs come from */
    _Atomic(block_t *) remote[NCLS]; /* blocks of our slabs freed by other threads */
} cache_t;

typedef struct slab {
    uint32_t cls;    /* size class, or LARGE for a standalone region */
    cache_t *owner; /* the cache that carved it */
} slab_t;

static atomic_uint_fast64_t n_slabs, n_large, n_regions;

#ifndef AI_POOL_PASSTHROUGH
static _Thread_local cache_t *tl_cache;

static cache_t *my_cache(void) {
    if (!tl_cache) {
        tl_cache = calloc(1, sizeof *tl_cache); /* once per thread, never freed (see above) */
        if (!tl_cache) {
            fputs("aithon: out of memory creating a thread's pool\n", stderr);
            abort();
        }
    }
    return tl_cache;
}

static size_t class_of(size_t n) { return n ? (n - 1) / 16u : 0; }
static size_t class_size(size_t c) { return (c + 1) * 16u; }
static slab_t *slab_of(void *p) { return (slab_t *)((uintptr_t)p & ~(uintptr_t)(SLAB - 1)); }

/* A fresh 4 MiB region, 2 MiB aligned (the slack of the over-sized mapping is returned), so the
 * kernel may still back it with huge pages when THP is "always". */
static bool new_region(cache_t *tl) {
    size_t len = REGION + HUGE;
    char *p = mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED)
        return false;
    char *start = (char *)(((uintptr_t)p + HUGE - 1) & ~(uintptr_t)(HUGE - 1));
    if (start > p)
        munmap(p, (size_t)(start - p));
    if (start + REGION < p + len)
        munmap(start + REGION, (size_t)(p + len - (start + REGION)));
    tl->region = start;
    tl->region_end = start + REGION;
    atomic_fetch_add_explicit(&n_regions, 1, memory_order_relaxed);
    return true;
}

static void *refill(cache_t *tl, size_t c) {
    if (tl->region == tl->region_end && !new_region(tl))
        return NULL;
    slab_t *s = (slab_t *)tl->region;
    tl->region += SLAB;
    s->cls = (uint32_t)c;
    s->owner = tl;
    atomic_fetch_add_explicit(&n_slabs, 1, memory_order_relaxed);
    char *start = (char *)s + HDR;
    tl->bump[c] = start + class_size(c);
    tl->end[c] = (char *)s + SLAB;
    return start;
}

void *ai_pool_alloc(size_t n) {
    cache_t *tl = my_cache();
    size_t c = class_of(n), size = class_size(c);
    block_t *b = tl->free[c];
    if (!b && atomic_load_explicit(&tl->remote[c], memory_order_relaxed))
        b = atomic_exchange_explicit(&tl->remote[c], NULL, memory_order_acquire);
    if (b) {
        tl->free[c] = b->next;
        return b;
    }
    if (tl->bump[c] && (size_t)(tl->end[c] - tl->bump[c]) >= size) {
        void *p = tl->bump[c];
        tl->bump[c] += size;
        return p;
    }
    return refill(tl, c);
}

void ai_pool_free(void *p) {
    slab_t *s = slab_of(p);
    size_t c = s->cls;
    block_t *b = p;
    cache_t *tl = tl_cache;
    if (s->owner == tl) {
        b->next = tl->free[c];
        tl->free[c] = b;
        return;
    }
    b->next = atomic_load_explicit(&s->owner->remote[c], memory_order_relaxed);
    while (!atomic_compare_exchange_weak_explicit(&s->owner->remote[c], &b->next, b, memory_order_release,
                                                  memory_order_relaxed)) {
    }
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

#else /* AI_POOL_PASSTHROUGH: every block from the C library, so that ASan/LSan see it */
void *ai_pool_alloc(size_t n) { return malloc(n ? n : 1); }
void ai_pool_free(void *p) { free(p); }

void *ai_mem_alloc(size_t align, size_t n) {
    align = align < 16 ? 16 : align;
    if (n > AI_POOL_MAX || align > 16)
        atomic_fetch_add_explicit(&n_large, 1, memory_order_relaxed);
    return aligned_alloc(align, (n + align - 1) & ~(align - 1));
}

void ai_mem_free(void *p) { free(p); }
#endif

ai_pool_stats_t ai_pool_stats(void) {
    return (ai_pool_stats_t){atomic_load_explicit(&n_slabs, memory_order_relaxed),
                             atomic_load_explicit(&n_large, memory_order_relaxed),
                             atomic_load_explicit(&n_regions, memory_order_relaxed)};
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
