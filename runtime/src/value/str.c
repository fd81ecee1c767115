/* Strings: immutable UTF-8 with a cached code-point count, allocated in the actor's heap. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "value.h"
#include "../actor/actor.h"
#include "../io/io.h"

int64_t ai_utf8_count(const char *p, size_t n) {
    int64_t cps = 0;
    for (size_t i = 0; i < n; i++)
        cps += ((unsigned char)p[i] & 0xC0u) != 0x80u;
    return cps;
}

ai_str_t *ai_str_alloc(ai_actor_t *ctx, int64_t nbytes) {
    if (nbytes < 0 || (uint64_t)nbytes > SIZE_MAX / 2) { /* the header + NUL must not wrap size_t */
        ai_raise(ctx, AI_EXC_MEMORY, "");
        return NULL;
    }
    ai_str_t *s = ai_actor_alloc(ctx, sizeof *s + (size_t)nbytes + 1);
    if (!s)
        return NULL;
    s->header = ai_hdr_new(AI_T_STR, sizeof *s + (size_t)nbytes + 1);
    s->nbytes = nbytes;
    return s;
}

ai_str_t *ai_str_from_buf(ai_actor_t *ctx, const char *p, size_t n) {
    ai_str_t *s = ai_str_alloc(ctx, (int64_t)n);
    if (!s)
        return NULL;
    memcpy(s->data, p, n);
    s->data[n] = 0;
    s->ncp = ai_utf8_count(p, n);
    return s;
}

ai_str_t *ai_str_const(ai_actor_t *ctx, const char *utf8, int64_t nbytes) {
    return ai_str_from_buf(ctx, utf8, (size_t)nbytes);
}

ai_str_t *ai_str_concat(ai_actor_t *ctx, ai_str_t *a, ai_str_t *b) {
    ai_str_t *s = ai_str_alloc(ctx, a->nbytes + b->nbytes);
    if (!s)
        return NULL;
    memcpy(s->data, a->data, (size_t)a->nbytes);
    memcpy(s->data + a->nbytes, b->data, (size_t)b->nbytes + 1);
    s->ncp = a->ncp + b->ncp;
    return s;
}

/* As CPython's unicode_repeat: a length (in code points) beyond the largest Py_ssize_t is
 * OverflowError; a length that fits but cannot be allocated is MemoryError. */
ai_str_t *ai_str_mul(ai_actor_t *ctx, ai_str_t *x, int64_t n) {
    if (n <= 0 || x->nbytes == 0)
        return ai_str_from_buf(ctx, "", 0);
    if (x->ncp > INT64_MAX / n) {
        ai_raise(ctx, AI_EXC_OVERFLOW, "repeated string is too long");
        return NULL;
    }
    if (x->nbytes > INT64_MAX / n) { /* more bytes than code points: too large to allocate */
        ai_raise(ctx, AI_EXC_MEMORY, "");
        return NULL;
    }
    ai_str_t *s = ai_str_alloc(ctx, x->nbytes * n);
    if (!s)
        return NULL;
    for (int64_t i = 0; i < n; i++)
        memcpy(s->data + i * x->nbytes, x->data, (size_t)x->nbytes);
    s->data[s->nbytes] = 0;
    s->ncp = x->ncp * n;
    return s;
}

ai_str_t *ai_str_from_i64(ai_actor_t *ctx, int64_t x) {
    char buf[32];
    return ai_str_from_buf(ctx, buf, ai_fmt_i64(buf, x));
}

ai_str_t *ai_str_from_f64(ai_actor_t *ctx, double x) {
    char buf[40];
    return ai_str_from_buf(ctx, buf, ai_fmt_f64_repr(buf, x));
}

ai_str_t *ai_str_from_bool(ai_actor_t *ctx, bool b) {
    return b ? ai_str_from_buf(ctx, "True", 4) : ai_str_from_buf(ctx, "False", 5);
}

ai_str_t *ai_str_none(ai_actor_t *ctx) { return ai_str_from_buf(ctx, "None", 4); }

ai_str_t *ai_str_repr(ai_actor_t *ctx, ai_str_t *s) {
    ai_buf_t b = {0};
    ai_repr_str(&b, s->data, (size_t)s->nbytes);
    ai_str_t *r = ai_str_from_text(ctx, &b);
    ai_buf_free(&b);
    return r;
}

int64_t ai_str_len(ai_str_t *s) { return s->ncp; }

int64_t ai_str_cmp(ai_str_t *a, ai_str_t *b) {
    /* bytewise order of UTF-8 is code-point order */
    size_t n = (size_t)(a->nbytes < b->nbytes ? a->nbytes : b->nbytes);
    int c = memcmp(a->data, b->data, n);
    if (c == 0)
        return a->nbytes < b->nbytes ? -1 : a->nbytes > b->nbytes;
    return c < 0 ? -1 : 1;
}

/* ----- text buffers ------------------------------------------------------------------------- */
bool ai_buf_reserve(ai_buf_t *b, size_t n) {
    if (b->oom)
        return false;
    if (n <= SIZE_MAX / 2 - b->n && b->n + n + 1 <= b->cap)
        return true;
    if (n > SIZE_MAX / 2 - b->n) { /* doubling would overflow size_t: no system has that much */
        b->oom = true;
        return false;
    }
    size_t cap = b->cap ? b->cap : 64;
    while (cap < b->n + n + 1)
        cap *= 2;
    char *q = realloc(b->p, cap);
    if (!q) {
        b->oom = true;
        return false;
    }
    b->p = q;
    b->cap = cap;
    return true;
}

void ai_buf_put(ai_buf_t *b, const char *p, size_t n) {
    if (!ai_buf_reserve(b, n))
        return;
    memcpy(b->p + b->n, p, n);
    b->n += n;
    b->p[b->n] = 0;
}

void ai_buf_putc(ai_buf_t *b, char c) { ai_buf_put(b, &c, 1); }

ai_str_t *ai_str_from_text(ai_actor_t *ctx, const ai_buf_t *b) {
    if (b->oom) {
        ai_raise(ctx, AI_EXC_MEMORY, "");
        return NULL;
    }
    return ai_str_from_buf(ctx, b->p ? b->p : "", b->n);
}

void ai_memory_error_exit(void) {
    ai_io_flush();
    fputs("Traceback (most recent call last):\n"
          "  File \"<aithon>\", line 0, in <native>\n"
          "MemoryError\n", stderr);
    exit(1);
}

void ai_buf_free(ai_buf_t *b) {
    free(b->p);
    b->p = NULL;
    b->n = b->cap = 0;
    b->oom = false;
}

/* One code point of valid UTF-8 at p (strings come from Python source or runtime operations). */
static size_t utf8_next(const char *p, size_t n, uint32_t *cp) {
    const unsigned char *u = (const unsigned char *)p;
    size_t len = u[0] < 0xE0 ? 2 : u[0] < 0xF0 ? 3 : 4;
    if (len > n)
        len = n;
    uint32_t v = u[0] & (0x3Fu >> (len - 1));
    for (size_t i = 1; i < len; i++)
        v = v << 6 | (u[i] & 0x3Fu);
    *cp = v;
    return len;
}

/* repr() of a str: single quotes unless the text has ' and no ", CPython's escapes (\t \n \r,
 * \xhh for other controls, \xhh/\uhhhh/\Uhhhhhhhh for non-printable non-ASCII characters). */
void ai_repr_str(ai_buf_t *b, const char *p, size_t n) {
    char q = (memchr(p, '\'', n) && !memchr(p, '"', n)) ? '"' : '\'';
    char esc[12];
    ai_buf_putc(b, q);
    for (size_t i = 0; i < n;) {
        unsigned char c = (unsigned char)p[i];
        if (c >= 0x80) {
            uint32_t cp;
            size_t len = utf8_next(p + i, n - i, &cp);
            const char *f = cp < 0x100 ? "\\x%02x" : cp < 0x10000 ? "\\u%04x" : "\\U%08x";
            if (ai_unicode_printable(cp))
                ai_buf_put(b, p + i, len);
            else
                ai_buf_put(b, esc, (size_t)snprintf(esc, sizeof esc, f, (unsigned)cp));
            i += len;
            continue;
        }
        if (c == (unsigned char)q || c == '\\') {
            ai_buf_putc(b, '\\');
            ai_buf_putc(b, (char)c);
        } else if (c == '\n') {
            ai_buf_put(b, "\\n", 2);
        } else if (c == '\t') {
            ai_buf_put(b, "\\t", 2);
        } else if (c == '\r') {
            ai_buf_put(b, "\\r", 2);
        } else if (c < 0x20 || c == 0x7f) {
            ai_buf_put(b, esc, (size_t)snprintf(esc, sizeof esc, "\\x%02x", c));
        } else {
            ai_buf_putc(b, (char)c);
        }
        i++;
    }
    ai_buf_putc(b, q);
}
