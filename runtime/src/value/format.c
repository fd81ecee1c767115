/* format(value, spec) for int, float and str, following CPython 3.11's formatter_unicode.c: the
 * order of checks (and so which error a bad spec reports) and the texts are CPython's. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fmtspec.h"
#include "int.h"
#include "../actor/actor.h"

static ai_str_t *format_float(ai_actor_t *ctx, double x, const ai_fmtspec_t *s);

/* UTF-8 of code point v (v <= 0x10FFFF). */
static void utf8_encode(char out[5], uint32_t v) {
    memset(out, 0, 5);
    if (v < 0x80) {
        out[0] = (char)v;
    } else if (v < 0x800) {
        out[0] = (char)(0xC0 | v >> 6);
        out[1] = (char)(0x80 | (v & 63));
    } else if (v < 0x10000) {
        out[0] = (char)(0xE0 | v >> 12);
        out[1] = (char)(0x80 | (v >> 6 & 63));
        out[2] = (char)(0x80 | (v & 63));
    } else {
        out[0] = (char)(0xF0 | v >> 18);
        out[1] = (char)(0x80 | (v >> 12 & 63));
        out[2] = (char)(0x80 | (v >> 6 & 63));
        out[3] = (char)(0x80 | (v & 63));
    }
}

static ai_str_t *format_char(ai_actor_t *ctx, int64_t x, const ai_fmtspec_t *s) {
    if (s->sign)
        return ai_fmtspec_fail(ctx, "Sign not allowed with integer format specifier 'c'");
    if (s->alt)
        return ai_fmtspec_fail(ctx, "Alternate form (#) not allowed with integer format specifier 'c'");
    if (x < 0 || x > 0x10FFFF) {
        ai_raise(ctx, AI_EXC_OVERFLOW, "%c arg not in range(0x110000)");
        return NULL;
    }
    char u[5];
    utf8_encode(u, (uint32_t)x);
    /* as CPython: the character is a "remainder", not digits, so it is never grouped */
    ai_number_t num = {.prefix = "", .digits = "", .remainder = u, .nremainder = x ? strlen(u) : 1};
    return ai_fmtspec_number(ctx, s, &num);
}

/* format_long_internal for types b d o x X n, given the digits of |x| in the type's base. */
static ai_str_t *format_digits(ai_actor_t *ctx, bool negative, const char *digits, size_t n, const ai_fmtspec_t *s) {
    char prefix[3] = {0};
    if (s->alt && s->type != 'd' && s->type != 'n') {
        prefix[0] = '0';
        prefix[1] = (char)s->type; /* 0b 0o 0x 0X: CPython upper-cases the prefix with X */
    }
    ai_number_t num = {.negative = negative, .prefix = prefix, .digits = digits, .ndigits = n,
                       .remainder = "", .nremainder = 0, .locale_n = s->type == 'n'};
    return ai_fmtspec_number(ctx, s, &num);
}

static int spec_base(uint32_t type) {
    return type == 'b' ? 2 : type == 'o' ? 8 : (type == 'x' || type == 'X') ? 16 : 10;
}

/* The checks format_long_internal makes before any digit; false after raising. */
static bool int_spec_ok(ai_actor_t *ctx, const ai_fmtspec_t *s) {
    if (s->prec != -1)
        return ai_fmtspec_fail(ctx, "Precision not allowed in integer format specifier"), false;
    if (s->no_neg_0)
        return ai_fmtspec_fail(ctx, "Negative zero coercion (z) not allowed in integer format specifier"), false;
    return true;
}

static ai_str_t *format_int(ai_actor_t *ctx, int64_t x, const ai_fmtspec_t *s) {
    if (!int_spec_ok(ctx, s))
        return NULL;
    if (s->type == 'c')
        return format_char(ctx, x, s);
    uint64_t base = (uint64_t)spec_base(s->type);
    const char *dig = s->type == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
    char tmp[72], digits[72];
    int n = 0;
    uint64_t mag = x < 0 ? (uint64_t)0 - (uint64_t)x : (uint64_t)x;
    do {
        tmp[n++] = dig[mag % base];
        mag /= base;
    } while (mag);
    for (int i = 0; i < n; i++)
        digits[i] = tmp[n - 1 - i];
    digits[n] = 0;
    return format_digits(ctx, x < 0, digits, (size_t)n, s);
}

/* An int beyond 64 bits: decimal obeys str()'s digit limit, as CPython's _PyLong_Format. */
static ai_str_t *format_big(ai_actor_t *ctx, int64_t w, const ai_fmtspec_t *s) {
    if (!int_spec_ok(ctx, s))
        return NULL;
    if (s->type == 'c' && ai_int_fits_i64(w))
        return format_char(ctx, ai_int_as_i64(ctx, w), s);
    if (s->type == 'c') {
        if (s->sign || s->alt) /* the same checks as format_char, before the conversion */
            return format_char(ctx, 0, s);
        ai_raise(ctx, AI_EXC_OVERFLOW, "Python int too large to convert to C long");
        return NULL;
    }
    int base = spec_base(s->type);
    if (base == 10) {
        ai_str_t *t = ai_int_str(ctx, w); /* the digit limit, with str()'s message */
        if (!t)
            return NULL;
        bool neg = t->data[0] == '-';
        return format_digits(ctx, neg, t->data + neg, (size_t)(t->nbytes - neg), s);
    }
    ai_mag_t x;
    ai_int_view(w, &x);
    size_t n;
    char *d = ai_mag_digits(&x, base, s->type == 'X', &n);
    if (!d) {
        ai_raise(ctx, AI_EXC_MEMORY, "");
        return NULL;
    }
    ai_str_t *r = format_digits(ctx, x.neg, d, n, s);
    free(d);
    return r;
}

static ai_str_t *format_any_int(ai_actor_t *ctx, int64_t w, bool small, int64_t x, ai_str_t *spec,
                                const char *tname) {
    ai_fmtspec_t s;
    if (!ai_fmtspec_parse(ctx, spec, tname, 'd', '>', &s))
        return NULL;
    switch (s.type) {
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
        return small ? format_int(ctx, x, &s) : format_big(ctx, w, &s);
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
        double d = small ? (double)x : ai_int_to_f64(ctx, w); /* int -> float, as CPython converts */
        return ai_exc_pending(ctx) ? NULL : format_float(ctx, d, &s);
    }
    default:
        return ai_fmtspec_unknown(ctx, s.type, tname);
    }
}

ai_str_t *ai_format_i64(ai_actor_t *ctx, int64_t x, ai_str_t *spec) {
    if (spec->nbytes == 0)
        return ai_str_from_i64(ctx, x);
    return format_any_int(ctx, 0, true, x, spec, "int");
}

ai_str_t *ai_format_int_as(ai_actor_t *ctx, int64_t w, ai_str_t *spec, const char *tname) {
    if (ai_is_small(w))
        return format_any_int(ctx, w, true, ai_small_val(w), spec, tname);
    return format_any_int(ctx, w, false, 0, spec, tname);
}

ai_str_t *ai_int_format(ai_actor_t *ctx, int64_t w, ai_str_t *spec) {
    if (spec->nbytes == 0)
        return ai_int_str(ctx, w);
    return ai_format_int_as(ctx, w, spec, "int");
}

/* format_float_internal. */
static ai_str_t *format_float(ai_actor_t *ctx, double x, const ai_fmtspec_t *s) {
    if (s->prec > 0x7fffffff)
        return ai_fmtspec_fail(ctx, "precision too big");
    int flags = (s->alt ? AI_DTSF_ALT : 0) | (s->no_neg_0 ? AI_DTSF_NO_NEG_0 : 0);
    int prec = (int)s->prec, default_prec = 6;
    char type = (char)s->type;
    if (type == 0) { /* like repr without precision, else 'g' keeping a digit after the point */
        flags |= AI_DTSF_ADD_DOT_0;
        type = 'r';
        default_prec = 0;
    }
    if (type == 'n')
        type = 'g';
    bool pct = type == '%';
    if (pct) {
        type = 'f';
        x *= 100;
    }
    if (prec < 0)
        prec = default_prec;
    else if (type == 'r')
        type = 'g';
    ai_buf_t b = {0};
    bool ok = ai_dtoa(&b, x, type, prec, flags);
    if (pct)
        ai_buf_putc(&b, '%');
    if (!ok || b.oom) {
        ai_buf_free(&b);
        ai_raise(ctx, AI_EXC_MEMORY, "");
        return NULL;
    }
    const char *p = b.p;
    bool neg = *p == '-';
    p += neg;
    size_t nd = strspn(p, "0123456789");
    ai_number_t num = {.negative = neg, .prefix = "", .digits = p, .ndigits = nd,
                       .has_decimal = p[nd] == '.', .locale_n = s->type == 'n'};
    num.remainder = p + nd + num.has_decimal;
    num.nremainder = strlen(num.remainder);
    ai_str_t *r = ai_fmtspec_number(ctx, s, &num);
    ai_buf_free(&b);
    return r;
}

ai_str_t *ai_format_f64(ai_actor_t *ctx, double x, ai_str_t *spec) {
    if (spec->nbytes == 0)
        return ai_str_from_f64(ctx, x);
    ai_fmtspec_t s;
    if (!ai_fmtspec_parse(ctx, spec, "float", 0, '>', &s))
        return NULL;
    switch (s.type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
        return format_float(ctx, x, &s);
    default:
        return ai_fmtspec_unknown(ctx, s.type, "float");
    }
}

/* format_string_internal. */
ai_str_t *ai_format_str(ai_actor_t *ctx, ai_str_t *x, ai_str_t *spec) {
    if (spec->nbytes == 0)
        return x;
    ai_fmtspec_t s;
    if (!ai_fmtspec_parse(ctx, spec, "str", 's', '<', &s))
        return NULL;
    if (s.type != 's')
        return ai_fmtspec_unknown(ctx, s.type, "str");
    if (s.sign == ' ')
        return ai_fmtspec_fail(ctx, "Space not allowed in string format specifier");
    if (s.sign)
        return ai_fmtspec_fail(ctx, "Sign not allowed in string format specifier");
    if (s.no_neg_0)
        return ai_fmtspec_fail(ctx, "Negative zero coercion (z) not allowed in string format specifier");
    if (s.alt)
        return ai_fmtspec_fail(ctx, "Alternate form (#) not allowed in string format specifier");
    if (s.align == '=')
        return ai_fmtspec_fail(ctx, "'=' alignment not allowed in string format specifier");
    size_t nb = (size_t)x->nbytes;
    int64_t ncp = x->ncp;
    if (s.prec >= 0 && s.prec < ncp) { /* precision keeps that many code points */
        nb = 0;
        for (int64_t i = 0; i < s.prec; i++)
            do
                nb++;
            while (nb < (size_t)x->nbytes && ((unsigned char)x->data[nb] & 0xC0u) == 0x80u);
        ncp = s.prec;
    }
    return ai_fmtspec_pad(ctx, &s, x->data, nb, ncp);
}
