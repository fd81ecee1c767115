/* float(str) with CPython 3.11's grammar: surrounding whitespace, one sign, digits with single
 * underscores between them, an optional fraction and exponent, inf/infinity/nan in any case; the
 * cleaned ASCII text goes to strtod (correctly rounded; 1e500 is inf). Non-ASCII decimal digits
 * (which CPython accepts) raise NotImplementedError. */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <strings.h>

#include "strm.h"
#include "../actor/actor.h"

static bool fl_space(uint32_t c) {
    if (c < 0x80)
        return c == ' ' || (c >= '\t' && c <= '\r');
    return c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 ||
           c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}

static double bad(ai_actor_t *ctx, ai_str_t *s) {
    ai_buf_t b = {0};
    const char *h = "could not convert string to float: ";
    ai_buf_put(&b, h, strlen(h));
    ai_repr_str(&b, s->data, (size_t)s->nbytes);
    if (b.oom)
        ai_raise(ctx, AI_EXC_MEMORY, "");
    else
        ai_raise(ctx, AI_EXC_VALUE, b.p);
    ai_buf_free(&b);
    return 0.0;
}

/* digits with single underscores between them, copied to out without the underscores; the
 * number of digits, or -1 for a misplaced underscore */
static int64_t digits(const char **pp, const char *end, char **out) {
    const char *p = *pp;
    int64_t n = 0;
    while (p < end) {
        if (*p >= '0' && *p <= '9') {
            *(*out)++ = *p++;
            n++;
        } else if (*p == '_' && n && p + 1 < end && p[1] >= '0' && p[1] <= '9') {
            p++;
        } else {
            break;
        }
    }
    if (p < end && *p == '_')
        return -1;
    *pp = p;
    return n;
}

double ai_float_from_str(ai_actor_t *ctx, ai_str_t *s) {
    const char *p = s->data, *end = p + s->nbytes;
    int len;
    for (const char *q = p; q < end; q += len) {
        uint32_t c = strm_cp(q, &len);
        if (c >= 0x500 && !fl_space(c)) {
            ai_raise(ctx, AI_EXC_NOT_IMPLEMENTED, "float() of a str with non-ASCII characters is not supported");
            return 0.0;
        }
    }
    while (p < end && fl_space(strm_cp(p, &len)))
        p += len;
    while (end > p) {
        const char *q = end - 1;
        while (q > p && ((unsigned char)*q & 0xC0u) == 0x80u)
            q--;
        if (!fl_space(strm_cp(q, &len)))
            break;
        end = q;
    }
    char *buf = malloc((size_t)(end - p) + 8);
    if (!buf) {
        ai_raise(ctx, AI_EXC_MEMORY, "");
        return 0.0;
    }
    char *o = buf;
    const char *q = p;
    bool neg = false;
    if (q < end && (*q == '+' || *q == '-')) {
        neg = *q == '-';
        q++;
    }
    double r = 0.0;
    bool ok = false;
    size_t rest = (size_t)(end - q);
    if ((rest == 3 && !strncasecmp(q, "inf", 3)) || (rest == 8 && !strncasecmp(q, "infinity", 8))) {
        r = neg ? -HUGE_VAL : HUGE_VAL;
        ok = true;
    } else if (rest == 3 && !strncasecmp(q, "nan", 3)) {
        r = neg ? -NAN : NAN;
        ok = true;
    } else {
        if (neg)
            *o++ = '-';
        int64_t a = digits(&q, end, &o), b = 0;
        if (a >= 0 && q < end && *q == '.') {
            *o++ = *q++;
            b = q < end && *q == '_' ? -1 : digits(&q, end, &o);
        }
        ok = a >= 0 && b >= 0 && a + b > 0;
        if (ok && q < end && (*q == 'e' || *q == 'E')) {
            *o++ = *q++;
            if (q < end && (*q == '+' || *q == '-'))
                *o++ = *q++;
            int64_t e = digits(&q, end, &o);
            ok = e > 0;
        }
        ok = ok && q == end;
        *o = 0;
        if (ok) {
            errno = 0;
            r = strtod(buf, NULL);
        }
    }
    free(buf);
    if (!ok)
        return bad(ctx, s);
    return r;
}
