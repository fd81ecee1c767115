/* print(): one process-wide stdout buffer (a mutex keeps writers' bytes whole), flushed when it
 * fills, at print(..., flush=True), before a traceback is written to stderr, at every exit (normal
 * return, exit(), abort()) and when a fatal signal ends the program.
 *
 * The fatal-signal path (SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT) may interrupt a writer in the
 * middle of an update, so it takes no lock and calls only write(2): it writes buf[start, n). A
 * writer copies its bytes into buf[n, n + len) before it publishes the new n, and a flush advances
 * `start` after each write(2) and resets n before start; all three are atomics with
 * atomic_signal_fence-strength ordering (seq_cst stores/loads on the same thread), so the handler
 * sees a prefix of whole bytes, never bytes already written, and at worst loses what a writer was
 * copying when the signal came. */
#ifndef _XOPEN_SOURCE
#define _XOPEN_SOURCE 700 /* sigaltstack, SA_ONSTACK */
#endif
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "io.h"
#include "../sched/worker.h"
#include "../value/containers.h"

#define OUT_CAP (64 * 1024)

static struct {
    pthread_mutex_t mu;
    atomic_size_t start, n; /* buf[start, n) is not written yet */
    char buf[OUT_CAP];
} O = {.mu = PTHREAD_MUTEX_INITIALIZER};

static void flush_locked(void) {
    size_t n = atomic_load(&O.n);
    for (size_t off = atomic_load(&O.start); off < n;) {
        ssize_t w = write(1, O.buf + off, n - off);
        if (w <= 0)
            break; /* stdout closed: drop output, as CPython would fail only at exit */
        off += (size_t)w;
        atomic_store(&O.start, off);
    }
    atomic_store(&O.n, 0); /* n first: in between, start >= n and a signal writes nothing */
    atomic_store(&O.start, 0);
}

void ai_io_flush(void) {
    pthread_mutex_lock(&O.mu);
    flush_locked();
    pthread_mutex_unlock(&O.mu);
}

/* The stream of this thread's writes (print(..., file=sys.stderr) selects 2 for the duration of
 * one print, which never suspends). stderr is written through at once: its own bytes stay in
 * order, and its order relative to stdout's buffered bytes does not matter. */
static _Thread_local int32_t stream = 1;

void ai_write_stream(ai_actor_t *ctx, int32_t fd) {
    (void)ctx;
    stream = fd == 2 ? 2 : 1;
}

static void write_all(int fd, const char *p, size_t n) {
    for (size_t off = 0; off < n;) {
        ssize_t w = write(fd, p + off, n - off);
        if (w <= 0)
            break;
        off += (size_t)w;
    }
}

void ai_write_cstr(ai_actor_t *ctx, const char *p, int64_t n) {
    (void)ctx;
    if (ai_spec_active())
        ai_spec_violation("printed");
    if (stream == 2) {
        static pthread_mutex_t err_mu = PTHREAD_MUTEX_INITIALIZER; /* one writer's bytes stay whole */
        pthread_mutex_lock(&err_mu);
        write_all(2, p, (size_t)n);
        pthread_mutex_unlock(&err_mu);
        return;
    }
    pthread_mutex_lock(&O.mu);
    if ((size_t)n > OUT_CAP - atomic_load(&O.n)) {
        flush_locked();
        if ((size_t)n > OUT_CAP) {
            write_all(1, p, (size_t)n);
            pthread_mutex_unlock(&O.mu);
            return;
        }
    }
    size_t at = atomic_load(&O.n);
    memcpy(O.buf + at, p, (size_t)n);
    atomic_store(&O.n, at + (size_t)n); /* published after the bytes (see the top) */
    pthread_mutex_unlock(&O.mu);
}

void ai_write_flush(ai_actor_t *ctx, bool really) {
    (void)ctx;
    if (really)
        ai_io_flush();
}

/* ----- the safety net: output is never lost ----------------------------------------------------- */
static void flush_from_signal(void) {
    size_t n = atomic_load(&O.n);
    for (size_t off = atomic_load(&O.start); off < n;) {
        ssize_t w = write(1, O.buf + off, n - off);
        if (w <= 0)
            break;
        off += (size_t)w;
        atomic_store(&O.start, off);
    }
}

static void on_fatal_signal(int sig) {
    flush_from_signal();
    signal(sig, SIG_DFL); /* then die of the same signal (exit status and core as without us) */
    raise(sig);
}

static void flush_at_exit(void) { ai_io_flush(); }

void ai_io_install_safety_net(void) {
    /* an alternate stack, so that the handler also runs when the native stack has overflowed */
    static char alt[64 * 1024];
    stack_t ss = {.ss_sp = alt, .ss_size = sizeof alt, .ss_flags = 0};
    sigaltstack(&ss, NULL);
    static const int sigs[] = {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT};
    for (size_t i = 0; i < sizeof sigs / sizeof *sigs; i++) {
        struct sigaction sa;
        memset(&sa, 0, sizeof sa);
        sa.sa_handler = on_fatal_signal;
        sa.sa_flags = SA_ONSTACK | SA_NODEFER | SA_RESETHAND;
        sigemptyset(&sa.sa_mask);
        sigaction(sigs[i], &sa, NULL);
    }
    atexit(flush_at_exit); /* exit() from anywhere (e.g. a blocking wait that can never finish) */
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
    if (kind == AI_ELEM_VALUE)
        ai_repr_into(ctx, &b, (int64_t)(intptr_t)l);
    else
        ai_repr_list(&b, l, kind);
    if (b.oom && !ai_exc_pending(ctx))
        ai_raise(ctx, AI_EXC_MEMORY, "");
    else if (!ai_exc_pending(ctx)) /* a big int past the digit limit prints nothing */
        ai_write_cstr(ctx, b.p, (int64_t)b.n);
    ai_buf_free(&b);
}
