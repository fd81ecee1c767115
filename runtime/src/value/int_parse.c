/* int(str) in base 10 with CPython 3.11's rules: surrounding whitespace, one sign, single
 * underscores between digits, the 4300-digit limit (checked before trailing garbage, as CPython
 * scans), and "invalid literal" with the text's repr cut to 200 characters. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "int.h"
#include "../actor/actor.h"

enum { MAX_STR_DIGITS = 4300 };

/* The code point at p (valid UTF-8) and its length. */
static size_t cp_at(const unsigned char *p, uint32_t *cp) {
    size_t n = p[0] < 0x80 ? 1 : p[0] < 0xE0 ? 2 : p[0] < 0xF0 ? 3 : 4;
    uint32_t v = n == 1 ? p[0] : p[0] & (0x3Fu >> (n - 1));
    for (size_t i = 1; i < n; i++)
        v = v << 6 | (p[i] & 0x3Fu);
    *cp = v;
    return n;
}

/* ASCII whitespace, and the non-ASCII code points str.isspace() accepts (CPython turns those into
 * spaces before parsing; ASCII controls such as \x1c stay invalid). */
static bool is_space(uint32_t c) {
    if (c < 0x80)
        return c == ' ' || (c >= '\t' && c <= '\r');
    return c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 ||
           c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}

static int64_t invalid(ai_actor_t *ctx, const ai_str_t *s) {
    ai_buf_t r = {0}, msg = {0};
    ai_repr_str(&r, s->data, (size_t)s->nbytes);
    size_t n = 0;
    for (int cps = 0; n < r.n && cps < 200; cps++) /* %.200R: 200 code points of the repr */
        do
            n++;
        while (n < r.n && ((unsigned char)r.p[n] & 0xC0u) == 0x80u);
    ai_buf_put(&msg, "invalid literal for int() with base 10: ", 40);
    ai_buf_put(&msg, r.p ? r.p : "", n);
    if (msg.oom)
        ai_raise(ctx, AI_EXC_MEMORY, "");
    else
        ai_raise(ctx, AI_EXC_VALUE, msg.p);
    ai_buf_free(&r);
    ai_buf_free(&msg);
    return AI_INT_ERR;
}

/* Digit values of the run at p (single '_' between digits allowed) into out; returns the end of the
 * run, or NULL when an underscore is misplaced. */
static const char *scan_digits(const char *p, const char *end, unsigned char *out, size_t *nd) {
    *nd = 0;
    for (; p < end; p++) {
        if (*p >= '0' && *p <= '9')
            out[(*nd)++] = (unsigned char)(*p - '0');
        else if (*p == '_' && *nd && p + 1 < end && p[1] >= '0' && p[1] <= '9')
            continue;
        else if (*p == '_')
            return NULL;
        else
            break;
    }
    return p;
}

int64_t ai_int_from_str(ai_actor_t *ctx, ai_str_t *s) {
    const char *p = s->data, *end = p + s->nbytes;
    uint32_t c;
    size_t len;
    while (p < end && (len = cp_at((const unsigned char *)p, &c)) && is_space(c))
        p += len;
    bool neg = p < end && *p == '-';
    p += p < end && (*p == '-' || *p == '+');
    unsigned char *digits = malloc((size_t)s->nbytes + 1);
    if (!digits) {
        ai_raise(ctx, AI_EXC_MEMORY, "");
        return AI_INT_ERR;
    }
    size_t nd;
    const char *q = scan_digits(p, end, digits, &nd);
    int64_t w = AI_INT_ERR;
    if (q && nd > MAX_STR_DIGITS) {
        char msg[200];
        snprintf(msg, sizeof msg, "Exceeds the limit (4300 digits) for integer string conversion: value has %zu "
                 "digits; use sys.set_int_max_str_digits() to increase the limit", nd);
        ai_raise(ctx, AI_EXC_VALUE, msg);
    } else {
        while (q && q < end && (len = cp_at((const unsigned char *)q, &c)) && is_space(c))
            q += len;
        if (!q || q != end || nd == 0) {
            invalid(ctx, s);
        } else {
            mp_limb_t *r = ai_limbs_scratch(ctx, nd / 19 + 2);
            w = r ? ai_int_make(ctx, r, (mp_size_t)mpn_set_str(r, digits, nd, 10), neg) : AI_INT_ERR;
            free(r);
        }
    }
    free(digits);
    return w;
}
