/* Float to text exactly as CPython's PyOS_double_to_string (Python/pystrtod.c, format_float_short).
 *
 * Two steps, as in CPython:
 *  1. digits: a decimal digit string d1d2...dn (no leading/trailing zeros) and the position `decpt`
 *     of the decimal point, value = 0.d1d2...dn * 10**decpt. CPython gets them from David Gay's
 *     dtoa; we get the same digits from the C library's correctly rounded printf (glibc prints the
 *     exact binary value rounded half-even, like dtoa) and, for repr, by searching the shortest
 *     precision whose digits read back to the same double.
 *  2. layout: the "virtual digits" slice of format_float_short: choose fixed or exponent notation
 *     per presentation type, pad with zeros, place the point, drop a trailing point unless '#'. */
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "value.h"

typedef struct {
    char *d;   /* digits, NUL-terminated; "" or "0" for zero */
    int len;
    int decpt;
} digits_t;

/* Parse printf's "%.*e" text ("d.ddde±X") into digits/decpt, dropping trailing zeros. */
static void from_exp_text(const char *t, digits_t *out) {
    int n = 0;
    const char *p = t;
    for (; *p && *p != 'e'; p++)
        if (*p >= '0' && *p <= '9')
            out->d[n++] = *p;
    while (n > 1 && out->d[n - 1] == '0')
        n--;
    out->d[n] = 0;
    out->len = n;
    out->decpt = atoi(p + 1) + 1;
    if (n == 1 && out->d[0] == '0')
        out->decpt = 1;
}

/* Step the last of the p digits of printf's "%.*e" text t (d.ddd e±X) one unit up (dir = +1) or
 * down (dir = -1), carrying/borrowing into the exponent: 9.99e5 + 1 unit = 1.00e6, and
 * 1.00e6 - 1 unit = 9.99e5. Writes the result into out. */
static void step_last_digit(const char *t, int dir, char *out, size_t cap) {
    char mant[24];
    int n = 0;
    const char *p = t;
    for (; *p && *p != 'e'; p++)
        if (*p >= '0' && *p <= '9')
            mant[n++] = *p;
    int exp = atoi(p + 1);
    int i = n - 1;
    if (dir > 0) {
        while (i >= 0 && mant[i] == '9')
            mant[i--] = '0';
        if (i >= 0) {
            mant[i]++;
        } else { /* all nines: 10.00 -> 1.000 with the next exponent */
            mant[0] = '1';
            exp++;
        }
    } else {
        while (i >= 0 && mant[i] == '0')
            mant[i--] = '9';
        mant[i]--; /* i >= 0: the leading digit of a positive value is not 0 */
        if (mant[0] == '0') { /* 1.000 -> 0.999: renormalise to 9.99 (p digits) with exponent - 1 */
            mant[0] = '9';
            exp--;
        }
    }
    snprintf(out, cap, "%c.%.*se%+d", mant[0], n - 1, mant + 1, exp);
}

/* Mode 0 of David Gay's dtoa, which CPython's repr uses: the shortest digit string that reads back
 * as x, and among those of that length the one closest to x (x finite, >= 0). For each length p
 * the correctly rounded p-digit string is the closest; when it does not read back, the only other
 * p-digit candidate that may is its neighbour on x's side. That happens when x is a power of two:
 * its rounding interval is twice as wide above x as below, so a string just above x may read back
 * while the nearer one just below does not. */
static void digits_shortest(double x, digits_t *out) {
    char t[48], alt[48];
    for (int prec = 1; prec <= 17; prec++) {
        snprintf(t, sizeof t, "%.*e", prec - 1, x);
        if (prec == 17)
            break;
        double back = strtod(t, NULL);
        if (back == x)
            break;
        step_last_digit(t, back < x ? 1 : -1, alt, sizeof alt);
        if (strtod(alt, NULL) == x) {
            memcpy(t, alt, sizeof t);
            break;
        }
    }
    from_exp_text(t, out);
}

/* printf's text of x with a precision into tmp; false when it cannot be made: out of memory, or
 * longer than printf can return (INT_MAX characters: precisions near 2**31). */
static bool print_into(ai_buf_t *tmp, const char *fmt, int prec, double x) {
    int need = snprintf(NULL, 0, fmt, prec, x);
    if (need < 0 || !ai_buf_reserve(tmp, (size_t)need + 1))
        return false;
    snprintf(tmp->p, (size_t)need + 1, fmt, prec, x);
    return true;
}

/* Mode 2: `ndigits` significant digits (>= 1), correctly rounded. */
static bool digits_significant(double x, int ndigits, digits_t *out, ai_buf_t *tmp) {
    if (!print_into(tmp, "%.*e", ndigits - 1, x))
        return false;
    from_exp_text(tmp->p, out);
    return true;
}

/* Mode 3: `ndigits` digits after the decimal point, correctly rounded. */
static bool digits_fixed(double x, int ndigits, digits_t *out, ai_buf_t *tmp) {
    if (!print_into(tmp, "%.*f", ndigits, x))
        return false;
    int n = 0, decpt = -1;
    for (const char *p = tmp->p; *p; p++) {
        if (*p == '.')
            decpt = n;
        else
            out->d[n++] = *p;
    }
    if (decpt < 0)
        decpt = n;
    int lead = 0;
    while (lead < n && out->d[lead] == '0')
        lead++;
    memmove(out->d, out->d + lead, (size_t)(n - lead));
    n -= lead;
    decpt -= lead;
    while (n > 0 && out->d[n - 1] == '0')
        n--;
    out->d[n] = 0;
    out->len = n;
    out->decpt = n ? decpt : 1; /* zero: like dtoa's "0" */
    if (!n) {
        out->d[0] = '0', out->d[1] = 0, out->len = 1;
    }
    return true;
}

static void put_zeros(ai_buf_t *b, int n) {
    for (int i = 0; i < n; i++)
        ai_buf_putc(b, '0');
}

/* format_float_short's layout of vdigits[vstart:vend] with the point after index decpt. */
static void layout(ai_buf_t *b, const digits_t *g, char type, int precision, int flags, bool upper) {
    bool alt = flags & AI_DTSF_ALT, dot0 = flags & AI_DTSF_ADD_DOT_0, use_exp = false;
    int decpt = g->decpt, vend = g->len, exp = 0;
    if (type == 'e') {
        use_exp = true;
        vend = precision;
    } else if (type == 'f') {
        vend = decpt + precision;
    } else if (type == 'g') {
        use_exp = decpt <= -4 || decpt > (dot0 ? precision - 1 : precision);
        if (alt)
            vend = precision;
    } else { /* 'r': exponent from 1e16 */
        use_exp = decpt <= -4 || decpt > 16;
    }
    if (use_exp) {
        exp = decpt - 1;
        decpt = 1;
    }
    int vstart = decpt <= 0 ? decpt - 1 : 0;
    if (!use_exp && dot0)
        vend = vend > decpt ? vend : decpt + 1;
    else
        vend = vend > decpt ? vend : decpt;
    if (decpt <= 0) {
        put_zeros(b, decpt - vstart);
        ai_buf_putc(b, '.');
        put_zeros(b, -decpt);
    } else {
        put_zeros(b, -vstart);
    }
    if (decpt > 0 && decpt <= g->len) {
        ai_buf_put(b, g->d, (size_t)decpt);
        ai_buf_putc(b, '.');
        ai_buf_put(b, g->d + decpt, (size_t)(g->len - decpt));
    } else {
        ai_buf_put(b, g->d, (size_t)g->len);
    }
    if (g->len < decpt) {
        put_zeros(b, decpt - g->len);
        ai_buf_putc(b, '.');
        put_zeros(b, vend - decpt);
    } else {
        put_zeros(b, vend - g->len);
    }
    if (b->n && b->p[b->n - 1] == '.' && !alt)
        b->p[--b->n] = 0;
    if (use_exp) {
        char e[16];
        int n = snprintf(e, sizeof e, "%c%+.02d", upper ? 'E' : 'e', exp);
        ai_buf_put(b, e, (size_t)n);
    }
}

static bool all_zero(const digits_t *g) {
    for (int i = 0; i < g->len; i++)
        if (g->d[i] != '0')
            return false;
    return true;
}

bool ai_dtoa(ai_buf_t *out, double x, char type, int precision, int flags) {
    bool upper = type == 'E' || type == 'F' || type == 'G';
    char t = upper ? (char)(type + ('a' - 'A')) : type;
    if (isnan(x) || isinf(x)) {
        if (isinf(x) && x < 0)
            ai_buf_putc(out, '-');
        ai_buf_put(out, isnan(x) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf"), 3);
        return !out->oom;
    }
    bool neg = signbit(x);
    double ax = fabs(x);
    /* digits of a double need at most ~770 characters before the requested zero padding */
    digits_t g = {.d = malloc((t == 'r' ? 0 : (size_t)precision) + 800)};
    ai_buf_t tmp = {0};
    bool ok = g.d != NULL;
    if (!ok || (t == 'e' && precision == INT_MAX)) { /* out of memory / too long: the caller reports it */
        ok = false;
    } else if (t == 'e') { /* precision digits after the first one */
        precision++;
        ok = digits_significant(ax, precision, &g, &tmp);
    } else if (t == 'f') {
        ok = digits_fixed(ax, precision, &g, &tmp);
    } else if (t == 'g') { /* 'g' with precision 0 means 1 */
        precision = precision ? precision : 1;
        ok = digits_significant(ax, precision, &g, &tmp);
    } else {
        digits_shortest(ax, &g);
    }
    if (ok) {
        if (neg && (flags & AI_DTSF_NO_NEG_0) && all_zero(&g))
            neg = false;
        if (neg)
            ai_buf_putc(out, '-');
        layout(out, &g, t, precision, flags, upper);
    }
    free(g.d);
    ai_buf_free(&tmp);
    return ok && !out->oom;
}

size_t ai_fmt_f64_repr(char *out, double x) {
    ai_buf_t b = {0};
    if (!ai_dtoa(&b, x, 'r', 0, AI_DTSF_ADD_DOT_0))
        ai_memory_error_exit(); /* a few dozen bytes: nothing else could run either */
    memcpy(out, b.p, b.n + 1);
    size_t n = b.n;
    ai_buf_free(&b);
    return n;
}
