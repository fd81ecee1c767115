/* print(): one process-wide stdout buffer (a mutex keeps writers' bytes whole), flushed when it
 * fills, at exit, and before a traceback is written to stderr. */
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "io.h"
#include "../value/value.h"

#define OUT_CAP (64 * 1024)

static struct {
    pthread_mutex_t mu;
    size_t n;
    char buf[OUT_CAP];
} O = {.mu = PTHREAD_MUTEX_INITIALIZER};

static void flush_locked(void) {
    size_t off = 0;
    while (off < O.n) {
        ssize_t w = write(1, O.buf + off, O.n - off);
        if (w <= 0)
            break; /* stdout closed: drop output, as CPython would fail only at exit */
        off += (size_t)w;
    }
    O.n = 0;
}

void ai_io_flush(void) {
    pthread_mutex_lock(&O.mu);
    flush_locked();
    pthread_mutex_unlock(&O.mu);
}

void ai_write_cstr(ai_actor_t *ctx, const char *p, int64_t n) {
    (void)ctx;
    pthread_mutex_lock(&O.mu);
    if ((size_t)n > OUT_CAP - O.n) {
        flush_locked();
        if ((size_t)n > OUT_CAP) {
            size_t off = 0;
            while (off < (size_t)n) {
                ssize_t w = write(1, p + off, (size_t)n - off);
                if (w <= 0)
                    break;
                off += (size_t)w;
            }
            pthread_mutex_unlock(&O.mu);
            return;
        }
    }
    memcpy(O.buf + O.n, p, (size_t)n);
    O.n += (size_t)n;
    pthread_mutex_unlock(&O.mu);
}

void ai_write_str(ai_actor_t *ctx, ai_str_t *s) { ai_write_cstr(ctx, s->data, s->nbytes); }

void ai_write_i64(ai_actor_t *ctx, int64_t x) {
    char b[32];
    ai_write_cstr(ctx, b, (int64_t)ai_fmt_i64(b, x));
}

void ai_write_f64(ai_actor_t *ctx, double x) {
    char b[40];
    ai_write_cstr(ctx, b, (int64_t)ai_fmt_f64_repr(b, x));
}

void ai_write_bool(ai_actor_t *ctx, bool b) { ai_write_cstr(ctx, b ? "True" : "False", b ? 4 : 5); }

void ai_write_none(ai_actor_t *ctx) { ai_write_cstr(ctx, "None", 4); }

void ai_write_list(ai_actor_t *ctx, ai_list_t *l, int32_t kind) {
    ai_buf_t b = {0};
    ai_repr_list(&b, l, kind);
    if (b.oom)
        ai_raise(ctx, AI_EXC_MEMORY, "");
    else
        ai_write_cstr(ctx, b.p, (int64_t)b.n);
    ai_buf_free(&b);
}
