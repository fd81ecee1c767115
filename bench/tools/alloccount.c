/* LD_PRELOAD counter of C library allocator calls, for the "allocator calls per spawned task"
 * measurement (bench/RESULTS.md):
 *   cc -O2 -shared -fPIC bench/tools/alloccount.c -o /tmp/alloccount.so -ldl
 *   LD_PRELOAD=/tmp/alloccount.so ./fib_spawn      # prints the counts to stderr at exit
 * Counts malloc, calloc, realloc, free (non-NULL), aligned_alloc, posix_memalign, memalign. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static atomic_ulong n_malloc, n_calloc, n_realloc, n_free, n_aligned;
static void *(*r_malloc)(size_t);
static void *(*r_calloc)(size_t, size_t);
static void *(*r_realloc)(void *, size_t);
static void (*r_free)(void *);
static void *(*r_aligned)(size_t, size_t);
static int (*r_posix)(void **, size_t, size_t);

/* dlsym may call calloc before r_calloc is known: serve that from a static buffer. */
static char boot[4096];
static size_t boot_used;

static void init(void) {
    if (r_malloc)
        return;
    r_calloc = NULL;
    r_malloc = dlsym(RTLD_NEXT, "malloc");
    r_realloc = dlsym(RTLD_NEXT, "realloc");
    r_free = dlsym(RTLD_NEXT, "free");
    r_aligned = dlsym(RTLD_NEXT, "aligned_alloc");
    r_posix = dlsym(RTLD_NEXT, "posix_memalign");
    r_calloc = dlsym(RTLD_NEXT, "calloc");
}

void *malloc(size_t n) { init(); atomic_fetch_add(&n_malloc, 1); return r_malloc(n); }
void *calloc(size_t a, size_t b) {
    if (!r_calloc) {
        void *p = boot + boot_used;
        boot_used += (a * b + 15) & ~(size_t)15;
        return p;
    }
    atomic_fetch_add(&n_calloc, 1);
    return r_calloc(a, b);
}
void *realloc(void *p, size_t n) { init(); atomic_fetch_add(&n_realloc, 1); return r_realloc(p, n); }
void free(void *p) {
    if (!p || ((char *)p >= boot && (char *)p < boot + sizeof boot))
        return;
    init();
    atomic_fetch_add(&n_free, 1);
    r_free(p);
}
void *aligned_alloc(size_t a, size_t n) { init(); atomic_fetch_add(&n_aligned, 1); return r_aligned(a, n); }
void *memalign(size_t a, size_t n) { init(); atomic_fetch_add(&n_aligned, 1); return r_aligned(a, n); }
int posix_memalign(void **p, size_t a, size_t n) { init(); atomic_fetch_add(&n_aligned, 1); return r_posix(p, a, n); }

__attribute__((destructor)) static void report(void) {
    char b[256];
    int k = snprintf(b, sizeof b, "alloccount: malloc %lu calloc %lu realloc %lu free %lu aligned %lu\n",
                     atomic_load(&n_malloc), atomic_load(&n_calloc), atomic_load(&n_realloc),
                     atomic_load(&n_free), atomic_load(&n_aligned));
    if (write(2, b, (size_t)k) < 0)
        return;
}
