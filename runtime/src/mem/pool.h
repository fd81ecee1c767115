/* Small-object pools: per-thread free lists carved from 64 KiB slabs, so the spawn → run → reply →
 * exit path (actor records, coroutine frames, async objects, waiters, mailbox nodes, small arena
 * chunks) never calls the C library's allocator in steady state and takes no lock. See pool.c. */
#ifndef AI_POOL_H
#define AI_POOL_H

#include <stddef.h>
#include <stdint.h>

#define AI_POOL_MAX 1024u /* larger requests go to the C library */

/* n <= AI_POOL_MAX: 16-byte aligned, contents undefined; NULL only when the system is out of
 * memory. Freed with ai_pool_free from any thread (the block joins that thread's free list). */
void *ai_pool_alloc(size_t n);
void ai_pool_free(void *p);
/* Any size and alignment (coroutine frames): pooled when small, else a slab of its own; the size
 * need not be known when freeing. */
void *ai_mem_alloc(size_t align, size_t n);
void ai_mem_free(void *p);

/* Counters for tests and benchmarks (this process, all threads). */
typedef struct {
    uint64_t slabs;    /* 64 KiB slabs carved */
    uint64_t large;    /* requests too big for a pool */
    uint64_t regions;  /* 4 MiB regions mapped from the system */
} ai_pool_stats_t;
ai_pool_stats_t ai_pool_stats(void);

#endif
