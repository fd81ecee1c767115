/* int(str) and int(str, base) with CPython 3.11's rules: surrounding whitespace, one sign, a
 * 0x/0o/0b prefix (base 0 or the matching base, an underscore may follow it), single underscores
 * between digits, the 4300-digit limit for bases that are not powers of two (checked before
 * trailing garbage, as CPython scans), and "invalid literal" with the text's repr cut to 200
 * characters. Non-ASCII decimal digits (which CPython accepts) raise NotImplementedError. */
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

static int64_t invalid(ai_actor_t *ctx, const ai_str_t *s, int base) {
    ai_buf_t r = {0}, msg = {0};
    ai_repr_str(&r, s->data, (size_t)s->nbytes);
    size_t n = 0;
    for (int cps = 0; n < r.n && cps < 200; cps++) /* %.200R: 200 code points of the repr */
        do
            n++;
        while (n < r.n && ((unsigned char)r.p[n] & 0xC0u) == 0x80u);
    char head[64];
    int hn = snprintf(head, sizeof head, "invalid literal for int() with base %d: ", base);
    ai_buf_put(&msg, head, (size_t)hn);
    ai_buf_put(&msg, r.p ? r.p : "", n);
    if (msg.oom)
        ai_raise(ctx, AI_EXC_MEMORY, "");
    else
        ai_raise(ctx, AI_EXC_VALUE, msg.p);
    ai_buf_free(&r);
    ai_buf_free(&msg);
    return AI_INT_ERR;
}

static int digit_value(char c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z')
        return c - 'A' + 10;
    return 99;
}

/* Digit values of the run at p (single '_' between digits allowed; `lead_ok`: one '_' may come
 * first, after a prefix) into out; returns the end of the run, or NULL when an underscore is
 * misplaced. */
static const char *scan_digits(const char *p, const char *end, int base, bool lead_ok, unsigned char *out,
                               size_t *nd) {
    *nd = 0;
    for (; p < end; p++) {
        int d = digit_value(*p);
        if (d < base)
            out[(*nd)++] = (unsigned char)d;
        else if (*p == '_' && (*nd || lead_ok) && p + 1 < end && digit_value(p[1]) < base)
            continue;
        else if (*p == '_')
            return NULL;
        else
            break;
    }
    return p;
}

static int64_t parse(ai_actor_t *ctx, ai_str_t *s, int64_t base_arg) {
    if (base_arg != 0 && (base_arg < 2 || base_arg > 36)) {
        ai_raise(ctx, AI_EXC_VALUE, "int() base must be >= 2 and <= 36, or 0");
        return AI_INT_ERR;
    }
    int base = (int)base_arg;
    const char *p = s->data, *end = p + s->nbytes;
    uint32_t c;
    size_t len;
    for (const char *q = p; q < end; q += len) { /* CPython maps non-ASCII decimal digits to ASCII */
        len = cp_at((const unsigned char *)q, &c);
        if (c >= 0x500 && !is_space(c)) {
            ai_raise(ctx, AI_EXC_NOT_IMPLEMENTED, "int() of a str with non-ASCII characters is not supported");
            return AI_INT_ERR;
        }
    }
    while (p < end && (len = cp_at((const unsigned char *)p, &c)) && is_space(c))
        p += len;
    bool neg = p < end && *p == '-';
    p += p < end && (*p == '-' || *p == '+');
    bool prefixed = false;
    if (end - p >= 2 && p[0] == '0') {
        char x = (char)(p[1] | 0x20);
        int pb = x == 'x' ? 16 : x == 'o' ? 8 : x == 'b' ? 2 : 0;
        if (pb && (base == 0 || base == pb)) {
            base = pb;
            p += 2;
            prefixed = true;
        }
    }
    bool base0_decimal = base == 0;
    if (base == 0)
        base = 10;
    unsigned char *digits = malloc((size_t)s->nbytes + 1);
    if (!digits) {
        ai_raise(ctx, AI_EXC_MEMORY, "");
        return AI_INT_ERR;
    }
    size_t nd;
    const char *q = scan_digits(p, end, base, prefixed, digits, &nd);
    int64_t w = AI_INT_ERR;
    int shown = (int)base_arg;
    if (q && nd > MAX_STR_DIGITS && (base & (base - 1)) != 0) {
        char msg[200];
        snprintf(msg, sizeof msg, "Exceeds the limit (4300 digits) for integer string conversion: value has %zu "
                 "digits; use sys.set_int_max_str_digits() to increase the limit", nd);
        ai_raise(ctx, AI_EXC_VALUE, msg);
    } else {
        while (q && q < end && (len = cp_at((const unsigned char *)q, &c)) && is_space(c))
            q += len;
        bool bad = !q || q != end || nd == 0;
        if (!bad && base0_decimal && digits[0] == 0) /* base 0: no leading zeros unless all zeros */
            for (size_t i = 0; i < nd && !bad; i++)
                bad = digits[i] != 0;
        if (bad) {
            invalid(ctx, s, shown);
        } else {
            size_t k = 0; /* skip leading zeros: mpn_set_str wants at least one digit */
            while (k + 1 < nd && digits[k] == 0)
                k++;
            mp_limb_t *r = ai_limbs_scratch(ctx, (nd - k) / 2 + 2);
            w = r ? ai_int_make(ctx, r, (mp_size_t)mpn_set_str(r, digits + k, nd - k, base), neg) : AI_INT_ERR;
            free(r);
        }
    }
    free(digits);
    return w;
}

int64_t ai_int_from_str(ai_actor_t *ctx, ai_str_t *s) { return parse(ctx, s, 10); }

int64_t ai_int_from_str_base(ai_actor_t *ctx, ai_str_t *s, int64_t base) { return parse(ctx, s, base); }
