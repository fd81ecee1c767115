/* str indexing, slicing, `in` and iteration by code points (ASCII strings: by bytes), and the
 * small helpers the other str files share (strm.h). */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#include "strm.h"
#include "../actor/actor.h"

/* The 128 one-character ASCII strings, immortal: iterating or indexing ASCII text allocates
 * nothing. Same layout as ai_str_t with room for the character and its NUL. */
static struct {
    uint64_t header;
    int64_t nbytes, ncp;
    char data[8];
} ascii_chars[128] = {
#define C1(i) {AI_HDR(AI_T_STR, 4, AI_GC_IMMORTAL), 1, 1, {(char)(i), 0}}
#define C4(i) C1(i), C1(i + 1), C1(i + 2), C1(i + 3)
#define C16(i) C4(i), C4(i + 4), C4(i + 8), C4(i + 12)
#define C64(i) C16(i), C16(i + 16), C16(i + 32), C16(i + 48)
    C64(0), C64(64)
#undef C64
#undef C16
#undef C4
#undef C1
};

/* The empty str, immortal. */
static struct {
    uint64_t header;
    int64_t nbytes, ncp;
    char data[8];
} empty_str = {AI_HDR(AI_T_STR, 4, AI_GC_IMMORTAL), 0, 0, {0}};

ai_str_t *strm_char(ai_actor_t *ctx, uint32_t cp) {
    if (cp < 128)
        return (ai_str_t *)(void *)&ascii_chars[cp];
    char t[4];
    return strm_new(ctx, t, strm_put_cp(t, cp), 1);
}

ai_str_t *strm_new(ai_actor_t *ctx, const char *p, int64_t n, int64_t ncp) {
    if (n == 0)
        return (ai_str_t *)(void *)&empty_str;
    if (n == 1 && (unsigned char)p[0] < 128)
        return strm_char(ctx, (unsigned char)p[0]);
    ai_str_t *s = ai_str_alloc(ctx, n);
    if (!s)
        return NULL;
    memcpy(s->data, p, (size_t)n);
    s->data[n] = 0;
    s->ncp = ncp >= 0 ? ncp : ai_utf8_count(p, (size_t)n);
    return s;
}

ai_str_t *strm_take(ai_actor_t *ctx, ai_buf_t *b) {
    ai_str_t *s;
    if (b->oom) {
        ai_raise(ctx, AI_EXC_MEMORY, "");
        s = NULL;
    } else {
        s = strm_new(ctx, b->p ? b->p : "", (int64_t)b->n, -1);
    }
    ai_buf_free(b);
    return s;
}

int64_t strm_offset(const ai_str_t *s, int64_t i) {
    if (s->nbytes == s->ncp)
        return i;
    if (i >= s->ncp)
        return s->nbytes;
    const unsigned char *p = (const unsigned char *)s->data;
    int64_t off = 0;
    if (i > s->ncp / 2) { /* nearer the end: walk back from it */
        off = s->nbytes;
        for (int64_t k = s->ncp; k > i; k--)
            do
                off--;
            while ((p[off] & 0xC0u) == 0x80u);
        return off;
    }
    for (int64_t k = 0; k < i; k++)
        off += strm_cplen(p[off]);
    return off;
}

int64_t strm_cpindex(const ai_str_t *s, int64_t off) {
    if (s->nbytes == s->ncp)
        return off;
    return ai_utf8_count(s->data, (size_t)off);
}

int64_t strm_raise(ai_actor_t *ctx, int32_t kind, const char *fmt, ...) {
    char msg[400];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    ai_raise(ctx, kind, msg);
    return 0;
}

int64_t strm_type_error(ai_actor_t *ctx, const char *fmt, ...) {
    char msg[400];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    ai_raise(ctx, AI_EXC_TYPE, msg);
    return 0;
}

bool strm_arg_int(ai_actor_t *ctx, int64_t w, int64_t *out) {
    switch (ai_word_type(w)) {
    case AI_T_BOOL: *out = ((const struct ai_bool_obj *)strm_p(w))->value; return true;
    case AI_T_INT:
        if (ai_is_small(w)) {
            *out = ai_small_val(w);
            return true;
        }
        *out = ai_int_as_i64(ctx, w);
        return !ai_exc_pending(ctx);
    default:
        strm_type_error(ctx, "'%s' object cannot be interpreted as an integer", ai_word_type_name(w));
        return false;
    }
}

bool strm_arg_bound(ai_actor_t *ctx, int64_t w, int64_t dflt, int64_t *out) {
    switch (ai_word_type(w)) {
    case AI_T_NONE: *out = dflt; return true;
    case AI_T_BOOL: *out = ((const struct ai_bool_obj *)strm_p(w))->value; return true;
    case AI_T_INT:
        if (ai_is_small(w))
            *out = ai_small_val(w);
        else
            *out = ai_int_cmp(w, ai_small(0)) < 0 ? INT64_MIN / 2 : INT64_MAX / 2;
        return true;
    default:
        strm_type_error(ctx, "slice indices must be integers or None or have an __index__ method");
        return false;
    }
}

void strm_adjust(int64_t *start, int64_t *end, int64_t len) {
    if (*end > len)
        *end = len;
    else if (*end < 0) {
        *end += len;
        if (*end < 0)
            *end = 0;
    }
    if (*start < 0) {
        *start += len;
        if (*start < 0)
            *start = 0;
    }
}

/* Byte offset of the first occurrence of t in s[a, b) (byte offsets), or -1. */
int64_t strm_find(const char *s, int64_t a, int64_t b, const char *t, int64_t m) {
    if (m == 0)
        return a <= b ? a : -1;
    if (b - a < m)
        return -1;
    if (m == 1) {
        const char *q = memchr(s + a, t[0], (size_t)(b - a));
        return q ? q - s : -1;
    }
    const char *p = s + a, *end = s + b - m + 1;
    while (p < end) {
        p = memchr(p, t[0], (size_t)(end - p));
        if (!p)
            return -1;
        if (memcmp(p, t, (size_t)m) == 0)
            return p - s;
        p++;
    }
    return -1;
}
/* ----- s[k] ------------------------------------------------------------------------------------ */
static int64_t str_slice(ai_actor_t *ctx, ai_str_t *s, const ai_slice_t *sl) {
    int64_t start, stop, step, n;
    if (!ai_slice_indices(ctx, sl, s->ncp, &start, &stop, &step, &n))
        return 0;
    if (n <= 0)
        return strm_w(strm_new(ctx, "", 0, 0));
    if (step == 1) {
        if (n == s->ncp)
            return strm_w(s);
        int64_t a = strm_offset(s, start), b = s->nbytes == s->ncp ? stop : a;
        if (s->nbytes != s->ncp)
            for (int64_t k = 0; k < n; k++)
                b += strm_cplen((unsigned char)s->data[b]);
        return strm_w(strm_new(ctx, s->data + a, b - a, n));
    }
    if (s->nbytes == s->ncp) {
        ai_str_t *r = ai_str_alloc(ctx, n);
        if (!r)
            return 0;
        for (int64_t k = 0, i = start; k < n; k++, i += step)
            r->data[k] = s->data[i];
        r->data[n] = 0;
        r->ncp = n;
        return strm_w(r);
    }
    /* non-ASCII with a step: byte offsets of every code point first */
    int64_t *offs = malloc((size_t)(s->ncp + 1) * sizeof *offs);
    if (!offs) {
        ai_raise(ctx, AI_EXC_MEMORY, "");
        return 0;
    }
    for (int64_t i = 0, off = 0; i <= s->ncp; i++) {
        offs[i] = off;
        if (i < s->ncp)
            off += strm_cplen((unsigned char)s->data[off]);
    }
    ai_buf_t b = {0};
    for (int64_t k = 0, i = start; k < n; k++, i += step)
        ai_buf_put(&b, s->data + offs[i], (size_t)(offs[i + 1] - offs[i]));
    free(offs);
    return strm_w(strm_take(ctx, &b));
}

int64_t ai_str_getitem(ai_actor_t *ctx, ai_str_t *s, int64_t key) {
    int64_t i;
    switch (ai_word_type(key)) {
    case AI_T_BOOL: i = ((const struct ai_bool_obj *)strm_p(key))->value; break;
    case AI_T_INT:
        if (!ai_is_small(key) && !ai_int_fits_i64(key))
            return strm_raise(ctx, AI_EXC_INDEX, "cannot fit 'int' into an index-sized integer");
        i = ai_is_small(key) ? ai_small_val(key) : ai_int_as_i64(ctx, key);
        break;
    case AI_T_SLICE: return str_slice(ctx, s, strm_p(key));
    default:
        return strm_type_error(ctx, "string indices must be integers, not '%s'", ai_word_type_name(key));
    }
    if (i < 0)
        i += s->ncp;
    if (i < 0 || i >= s->ncp)
        return strm_raise(ctx, AI_EXC_INDEX, "string index out of range");
    if (s->nbytes == s->ncp)
        return strm_w(strm_char(ctx, (unsigned char)s->data[i]));
    int len;
    uint32_t cp = strm_cp(s->data + strm_offset(s, i), &len);
    return strm_w(strm_char(ctx, cp));
}

bool ai_str_contains(ai_actor_t *ctx, ai_str_t *s, int64_t sub) {
    if (!strm_is_str(sub)) {
        strm_type_error(ctx, "'in <string>' requires string as left operand, not %s", ai_word_type_name(sub));
        return false;
    }
    const ai_str_t *t = strm_p(sub);
    if (t->nbytes == 0)
        return true;
    return strm_find(s->data, 0, s->nbytes, t->data, t->nbytes) >= 0;
}

int64_t ai_str_next(ai_actor_t *ctx, ai_str_t *s, int64_t *pos) {
    if (*pos >= s->nbytes)
        return 0;
    int len;
    uint32_t cp = strm_cp(s->data + *pos, &len);
    *pos += len;
    return strm_w(strm_char(ctx, cp));
}

/* Method names for messages (the same X-macro as ai_method_name, which is another part's). */
const char *strm_mname(int32_t mid) {
    static const char *const names[] = {
        "?",
#define AI_M_NAME(name) #name,
        AI_METHODS(AI_M_NAME)
#undef AI_M_NAME
    };
    mid &= ~AI_M_KW;
    return mid > 0 && mid < AI_M_LIMIT ? names[mid] : "?";
}
