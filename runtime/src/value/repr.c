/* Numbers as CPython writes them: int decimal, float repr (shortest round-trip), list repr. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "value.h"

size_t ai_fmt_i64(char *out, int64_t x) {
    return (size_t)snprintf(out, 24, "%lld", (long long)x);
}

/* Shortest digits that round-trip: digits[] (no dot) and the decimal exponent of the first digit. */
static int shortest_digits(double x, char *digits, int *exp10) {
    char buf[40];
    for (int prec = 1; prec <= 17; prec++) {
        snprintf(buf, sizeof buf, "%.*e", prec - 1, x);
        if (strtod(buf, NULL) == x || prec == 17)
            break;
    }
    /* buf = d[.ddd]e±XX */
    int n = 0;
    char *p = buf;
    for (; *p && *p != 'e'; p++)
        if (*p >= '0' && *p <= '9')
            digits[n++] = *p;
    while (n > 1 && digits[n - 1] == '0')
        n--;
    digits[n] = 0;
    *exp10 = atoi(p + 1);
    return n;
}

/* float.__repr__: fixed notation for 1e-4 <= |x| < 1e16, else d.ddde±XX; always a '.0' when
 * the fixed form would be integral. */
size_t ai_fmt_f64_repr(char *out, double x) {
    if (isnan(x))
        return (size_t)sprintf(out, "nan");
    if (isinf(x))
        return (size_t)sprintf(out, x < 0 ? "-inf" : "inf");
    char digits[24];
    int e;
    char *o = out;
    if (signbit(x))
        *o++ = '-';
    x = fabs(x);
    if (x == 0) {
        strcpy(o, "0.0");
        return (size_t)(o - out) + 3;
    }
    int n = shortest_digits(x, digits, &e);
    if (e < -4 || e >= 16) {
        *o++ = digits[0];
        if (n > 1) {
            *o++ = '.';
            memcpy(o, digits + 1, (size_t)n - 1);
            o += n - 1;
        }
        o += sprintf(o, "e%c%02d", e < 0 ? '-' : '+', abs(e));
    } else if (e < 0) {
        *o++ = '0';
        *o++ = '.';
        for (int i = 0; i < -e - 1; i++)
            *o++ = '0';
        memcpy(o, digits, (size_t)n);
        o += n;
    } else {
        for (int i = 0; i <= e; i++)
            *o++ = i < n ? digits[i] : '0';
        *o++ = '.';
        if (n > e + 1) {
            memcpy(o, digits + e + 1, (size_t)(n - e - 1));
            o += n - e - 1;
        } else {
            *o++ = '0';
        }
    }
    *o = 0;
    return (size_t)(o - out);
}

void ai_repr_list(ai_buf_t *b, ai_list_t *l, int32_t kind) {
    char tmp[40];
    ai_buf_putc(b, '[');
    for (int64_t i = 0; i < l->n; i++) {
        if (i)
            ai_buf_put(b, ", ", 2);
        int64_t w = l->items[i];
        if (kind == AI_ELEM_FLOAT) {
            double d;
            memcpy(&d, &w, sizeof d);
            ai_buf_put(b, tmp, ai_fmt_f64_repr(tmp, d));
        } else if (kind == AI_ELEM_BOOL) {
            ai_buf_put(b, w ? "True" : "False", w ? 4 : 5);
        } else if (kind == AI_ELEM_STR) {
            ai_str_t *s = (ai_str_t *)(intptr_t)w;
            ai_repr_str(b, s->data, (size_t)s->nbytes);
        } else {
            ai_buf_put(b, tmp, ai_fmt_i64(tmp, w));
        }
    }
    ai_buf_putc(b, ']');
}
