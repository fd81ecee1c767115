/* A binary min-heap of (deadline, arming sequence) — the order asyncio's loop uses (its heapq of
 * TimerHandles compares deadlines; equal deadlines keep scheduling order because each handle is
 * pushed after the ones armed before it). Storage grows by doubling and is never shrunk, so arming
 * a timer in steady state does not call the allocator. */
#include "timer.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

typedef struct {
    double deadline;
    uint64_t seq;
    ai_job_fn fn;
    void *arg;
} timer_t_;

static struct {
    timer_t_ *heap;
    size_t n, cap;
    uint64_t seq;
} T;

double ai_timer_now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static bool less(const timer_t_ *a, const timer_t_ *b) {
    return a->deadline < b->deadline || (a->deadline == b->deadline && a->seq < b->seq);
}

static void swap(size_t i, size_t j) {
    timer_t_ t = T.heap[i];
    T.heap[i] = T.heap[j];
    T.heap[j] = t;
}

void ai_timer_add(double deadline, ai_job_fn fn, void *arg) {
    if (T.n == T.cap) {
        size_t cap = T.cap ? 2 * T.cap : 64;
        timer_t_ *h = realloc(T.heap, cap * sizeof *h);
        if (!h) {
            fputs("aithon: out of memory arming a timer\n", stderr);
            abort();
        }
        T.heap = h;
        T.cap = cap;
    }
    size_t i = T.n++;
    T.heap[i] = (timer_t_){deadline, T.seq++, fn, arg};
    while (i > 0 && less(&T.heap[i], &T.heap[(i - 1) / 2])) {
        swap(i, (i - 1) / 2);
        i = (i - 1) / 2;
    }
}

size_t ai_timer_count(void) { return T.n; }

double ai_timer_first(void) { return T.heap[0].deadline; }

bool ai_timer_pop_due(double now, ai_job_fn *fn, void **arg) {
    if (T.n == 0 || T.heap[0].deadline > now)
        return false;
    *fn = T.heap[0].fn;
    *arg = T.heap[0].arg;
    T.heap[0] = T.heap[--T.n];
    for (size_t i = 0;;) {
        size_t l = 2 * i + 1, r = l + 1, m = i;
        if (l < T.n && less(&T.heap[l], &T.heap[m]))
            m = l;
        if (r < T.n && less(&T.heap[r], &T.heap[m]))
            m = r;
        if (m == i)
            break;
        swap(i, m);
        i = m;
    }
    return true;
}

void ai_timer_clear(void) { T.n = 0; }
