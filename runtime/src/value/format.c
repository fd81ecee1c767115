/* format(value, spec) for int, float and str: CPython's format-spec mini-language
 *   [[fill]align][sign][z][#][0][width][grouping][.precision][type]
 * with CPython 3's error messages (raised as ValueError in the calling actor). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "value.h"
#include "../actor/actor.h"

typedef struct {
    char fill[5];
    char align, sign, group, type;
    bool alt, zero, no_neg_zero;
    int64_t width, prec; /* -1: absent */
} spec_t;

static bool is_align(char c) { return c == '<' || c == '>' || c == '^' || c == '='; }

static int utf8_len(unsigned char c) { return c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4; }

static bool parse_num(const char **p, int64_t *out) {
    if (**p < '0' || **p > '9')
        return false;
    int64_t v = 0;
    while (**p >= '0' && **p <= '9') {
        if (v > (INT64_MAX - 9) / 10)
            return false;
        v = v * 10 + (*(*p)++ - '0');
    }
    *out = v;
    return true;
}

static const char *parse_spec(const char *p, spec_t *s) {
    memset(s, 0, sizeof *s);
    strcpy(s->fill, " ");
    s->width = s->prec = -1;
    int fl = *p ? utf8_len((unsigned char)*p) : 0;
    if (*p && (int)strnlen(p, 4) > fl && is_align(p[fl])) {
        memcpy(s->fill, p, (size_t)fl);
        s->fill[fl] = 0;
        s->align = p[fl];
        p += fl + 1;
    } else if (is_align(*p)) {
        s->align = *p++;
    }
    if (*p == '+' || *p == '-' || *p == ' ')
        s->sign = *p++;
    if (*p == 'z') {
        s->no_neg_zero = true;
        p++;
    }
    if (*p == '#') {
        s->alt = true;
        p++;
    }
    if (*p == '0') {
        s->zero = true;
        p++;
    }
    parse_num(&p, &s->width);
    if (*p == ',' || *p == '_')
        s->group = *p++;
    if (*p == ',' || *p == '_')
        return "Cannot specify both ',' and '_'.";
    if (*p == '.') {
        p++;
        if (!parse_num(&p, &s->prec))
            return "Format specifier missing precision";
    }
    if (*p && p[1] == 0)
        s->type = *p++;
    if (*p)
        return "Invalid format specifier";
    return NULL;
}

static ai_str_t *fail(ai_actor_t *ctx, const char *msg) {
    ai_raise(ctx, AI_EXC_VALUE, msg);
    return NULL;
}

/* A spec that does not parse: CPython names the spec and the type in the message. */
static ai_str_t *spec_error(ai_actor_t *ctx, const char *err, const ai_str_t *spec, const char *tname) {
    if (strcmp(err, "Invalid format specifier") != 0)
        return fail(ctx, err);
    ai_buf_t b = {0};
    ai_buf_put(&b, "Invalid format specifier '", 26);
    ai_buf_put(&b, spec->data, (size_t)spec->nbytes);
    ai_buf_put(&b, "' for object of type '", 22);
    ai_buf_put(&b, tname, strlen(tname));
    ai_buf_putc(&b, '\'');
    ai_raise(ctx, AI_EXC_VALUE, b.p);
    ai_buf_free(&b);
    return NULL;
}

static ai_str_t *unknown_code(ai_actor_t *ctx, char type, const char *tname) {
    char msg[96];
    if (type > 0x20 && type < 0x7f)
        snprintf(msg, sizeof msg, "Unknown format code '%c' for object of type '%s'", type, tname);
    else
        snprintf(msg, sizeof msg, "Unknown format code '\\x%x' for object of type '%s'", (unsigned char)type, tname);
    return fail(ctx, msg);
}

/* Insert separators every `every` digits into the leading run of digits of body[0..n). */
static void group_digits(ai_buf_t *out, const char *body, size_t ndig, char sep, int every) {
    for (size_t i = 0; i < ndig; i++) {
        if (i && (ndig - i) % (size_t)every == 0)
            ai_buf_putc(out, sep);
        ai_buf_putc(out, body[i]);
    }
}

/* Lay out sign+prefix, digits (integer part grouped) and the rest, padded to the width. */
static ai_str_t *finish_number(ai_actor_t *ctx, const spec_t *s, const char *prefix, const char *digits,
                               int every) {
    size_t nint = strspn(digits, "0123456789abcdefABCDEF");
    if (strchr(digits, '.') || strchr(digits, 'e') || strchr(digits, 'E') || strchr(digits, '%'))
        nint = strspn(digits, "0123456789");
    const char *fill = s->fill;
    char align = s->align ? s->align : '>';
    if (s->zero && !s->align) {
        fill = "0";
        align = '=';
    }
    int64_t plen = (int64_t)strlen(prefix);
    ai_buf_t body = {0}, zeros = {0};
    /* zero padding with grouping pads inside the grouped digits, as CPython does */
    ai_buf_put(&zeros, digits, nint);
    for (;;) {
        ai_buf_t g = {0};
        if (s->group)
            group_digits(&g, zeros.p ? zeros.p : "", zeros.n, s->group, every);
        else
            ai_buf_put(&g, zeros.p ? zeros.p : "", zeros.n);
        int64_t total = plen + (int64_t)g.n + (int64_t)strlen(digits + nint);
        if (!(align == '=' && fill[0] == '0' && s->group && total < s->width)) {
            ai_buf_put(&body, g.p ? g.p : "", g.n);
            ai_buf_free(&g);
            break;
        }
        ai_buf_free(&g);
        ai_buf_t z = {0};
        ai_buf_putc(&z, '0');
        ai_buf_put(&z, zeros.p, zeros.n);
        ai_buf_free(&zeros);
        zeros = z;
    }
    ai_buf_free(&zeros);
    ai_buf_put(&body, digits + nint, strlen(digits + nint));
    int64_t len = plen + ai_utf8_count(body.p, body.n);
    int64_t pad = s->width > len ? s->width - len : 0;
    int64_t left = align == '<' ? 0 : align == '^' ? pad / 2 : align == '=' ? 0 : pad;
    int64_t mid = align == '=' ? pad : 0;
    int64_t right = pad - left - mid;
    ai_buf_t out = {0};
    for (int64_t i = 0; i < left; i++)
        ai_buf_put(&out, fill, strlen(fill));
    ai_buf_put(&out, prefix, (size_t)plen);
    for (int64_t i = 0; i < mid; i++)
        ai_buf_put(&out, fill, strlen(fill));
    ai_buf_put(&out, body.p, body.n);
    for (int64_t i = 0; i < right; i++)
        ai_buf_put(&out, fill, strlen(fill));
    ai_str_t *r = ai_str_from_buf(ctx, out.p ? out.p : "", out.n);
    ai_buf_free(&out);
    ai_buf_free(&body);
    return r;
}

static void sign_prefix(char *prefix, bool neg, char sign) {
    prefix[0] = neg ? '-' : sign == '+' ? '+' : sign == ' ' ? ' ' : 0;
    prefix[1] = 0;
}

static ai_str_t *format_float_spec(ai_actor_t *ctx, double x, const spec_t *s, const char *tname);

ai_str_t *ai_format_i64(ai_actor_t *ctx, int64_t x, ai_str_t *spec) {
    spec_t s;
    const char *err = parse_spec(spec->data, &s);
    if (err)
        return spec_error(ctx, err, spec, "int");
    if (strchr("eEfFgG%", s.type ? s.type : 'd'))
        return format_float_spec(ctx, (double)x, &s, "int");
    if (!strchr("bcdoxXn", s.type ? s.type : 'd'))
        return unknown_code(ctx, s.type, "int");
    if (s.prec >= 0)
        return fail(ctx, "Precision not allowed in integer format specifier");
    if (s.group == ',' && strchr("bcoxXn", s.type ? s.type : 'd')) {
        char msg[48];
        snprintf(msg, sizeof msg, "Cannot specify ',' with '%c'.", s.type);
        return fail(ctx, msg);
    }
    if (s.type == 'c') {
        if (s.sign)
            return fail(ctx, "Sign not allowed with integer format specifier 'c'");
        if (x < 0 || x > 0x10FFFF)
            return (ai_raise(ctx, AI_EXC_OVERFLOW, "%c arg not in range(0x110000)"), NULL);
        char u[5] = {0};
        unsigned v = (unsigned)x;
        if (v < 0x80) u[0] = (char)v;
        else if (v < 0x800) { u[0] = (char)(0xC0 | v >> 6); u[1] = (char)(0x80 | (v & 63)); }
        else if (v < 0x10000) { u[0] = (char)(0xE0 | v >> 12); u[1] = (char)(0x80 | (v >> 6 & 63)); u[2] = (char)(0x80 | (v & 63)); }
        else { u[0] = (char)(0xF0 | v >> 18); u[1] = (char)(0x80 | (v >> 12 & 63)); u[2] = (char)(0x80 | (v >> 6 & 63)); u[3] = (char)(0x80 | (v & 63)); }
        spec_t t = s;
        t.group = 0;
        return finish_number(ctx, &t, "", u, 3);
    }
    uint64_t mag = x < 0 ? (uint64_t)0 - (uint64_t)x : (uint64_t)x;
    int base = s.type == 'b' ? 2 : s.type == 'o' ? 8 : (s.type == 'x' || s.type == 'X') ? 16 : 10;
    const char *dig = s.type == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
    char digits[72], tmp[72];
    int n = 0;
    do {
        tmp[n++] = dig[mag % (uint64_t)base];
        mag /= (uint64_t)base;
    } while (mag);
    for (int i = 0; i < n; i++)
        digits[i] = tmp[n - 1 - i];
    digits[n] = 0;
    char prefix[8];
    sign_prefix(prefix, x < 0, s.sign);
    if (s.alt && base != 10) {
        char *q = prefix + strlen(prefix);
        q[0] = '0';
        q[1] = s.type;
        q[2] = 0;
    }
    return finish_number(ctx, &s, prefix, digits, base == 10 ? 3 : 4);
}

/* digits of |x| for a float presentation type (no sign); returns false for inf/nan handled. */
static void float_body(char *out, size_t cap, double ax, const spec_t *s, char type) {
    int prec = s->prec < 0 ? 6 : (int)s->prec;
    char alt = s->alt ? '#' : 0;
    char f[16];
    if (type == 'r') { /* no type, no precision: repr */
        ai_fmt_f64_repr(out, ax);
        return;
    }
    if (type == 0) { /* no type, with precision: 'g' that keeps a digit after the point and uses
                        * the exponent from exp >= precision - 1 (CPython's Py_DTSF_ADD_DOT_0) */
        int p = prec ? prec : 1;
        char e[48];
        snprintf(e, sizeof e, "%.*e", p - 1, ax);
        int exp10 = atoi(strchr(e, 'e') + 1);
        if (exp10 >= -4 && exp10 < p - 1) {
            snprintf(out, cap, alt ? "%#.*f" : "%.*f", p - 1 - exp10, ax);
            size_t n = strlen(out);
            if (!alt && strchr(out, '.'))
                while (out[n - 1] == '0')
                    out[--n] = 0;
            if (out[n - 1] == '.')
                out[n++] = '0', out[n] = 0;
            if (!strchr(out, '.'))
                strcat(out, ".0");
            return;
        }
        char *ep = strchr(e, 'e');
        size_t m = (size_t)(ep - e);
        if (!alt && memchr(e, '.', m)) {
            while (e[m - 1] == '0')
                m--;
            if (e[m - 1] == '.')
                m--;
        }
        snprintf(out, cap, "%.*s%s", (int)m, e, ep);
        return;
    }
    char t = type == 'n' ? 'g' : type == '%' ? 'f' : type;
    if ((t == 'g' || t == 'G') && prec == 0)
        prec = 1;
    snprintf(f, sizeof f, "%%%s.%d%c", alt ? "#" : "", prec, t);
    snprintf(out, cap, f, type == '%' ? ax * 100 : ax);
    if (type == '%')
        strcat(out, "%");
}

static ai_str_t *format_float_spec(ai_actor_t *ctx, double x, const spec_t *s, const char *tname) {
    char type = s->type;
    if (type && !strchr("eEfFgGn%", type))
        return unknown_code(ctx, type, tname);
    if (s->group == ',' && type == 'n')
        return fail(ctx, "Cannot specify ',' with 'n'.");
    if (!type && s->prec < 0)
        type = 'r';
    if (s->no_neg_zero && x == 0)
        x = 0.0;
    char body[480], prefix[4]; /* 1e308 in fixed point with precision <= 60 fits */
    bool upper = type == 'E' || type == 'F' || type == 'G';
    double ax = fabs(x);
    if (isnan(x) || isinf(x)) {
        strcpy(body, isnan(x) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf"));
        if (type == '%')
            strcat(body, "%");
        sign_prefix(prefix, !isnan(x) && x < 0, s->sign);
        spec_t t = *s;
        if (t.zero && !t.align) { /* no zero padding for non-finite values */
            t.zero = false;
        }
        return finish_number(ctx, &t, prefix, body, 3);
    }
    if (s->prec > 60 && (type == 'f' || type == 'F' || type == '%'))
        return fail(ctx, "precision too big");
    float_body(body, sizeof body, ax, s, type);
    sign_prefix(prefix, signbit(x) && !(s->no_neg_zero && x == 0), s->sign);
    return finish_number(ctx, s, prefix, body, 3);
}

ai_str_t *ai_format_f64(ai_actor_t *ctx, double x, ai_str_t *spec) {
    spec_t s;
    const char *err = parse_spec(spec->data, &s);
    if (err)
        return spec_error(ctx, err, spec, "float");
    return format_float_spec(ctx, x, &s, "float");
}

ai_str_t *ai_format_str(ai_actor_t *ctx, ai_str_t *x, ai_str_t *spec) {
    spec_t s;
    const char *err = parse_spec(spec->data, &s);
    if (err)
        return spec_error(ctx, err, spec, "str");
    if (s.type && s.type != 's')
        return unknown_code(ctx, s.type, "str");
    if (s.sign)
        return fail(ctx, "Sign not allowed in string format specifier");
    if (s.alt)
        return fail(ctx, "Alternate form (#) not allowed in string format specifier");
    if (s.group) {
        char msg[48];
        snprintf(msg, sizeof msg, "Cannot specify '%c' with 's'.", s.group);
        return fail(ctx, msg);
    }
    if (s.align == '=')
        return fail(ctx, "'=' alignment not allowed in string format specifier");
    /* precision truncates to that many code points */
    size_t nb = (size_t)x->nbytes;
    int64_t ncp = x->ncp;
    if (s.prec >= 0 && s.prec < ncp) {
        nb = 0;
        for (int64_t i = 0; i < s.prec; i++)
            nb += (size_t)utf8_len((unsigned char)x->data[nb]);
        ncp = s.prec;
    }
    const char *fill = s.zero && !s.align ? "0" : s.fill;
    char align = s.align ? s.align : '<';
    int64_t pad = s.width > ncp ? s.width - ncp : 0;
    int64_t left = align == '>' ? pad : align == '^' ? pad / 2 : 0;
    ai_buf_t out = {0};
    for (int64_t i = 0; i < left; i++)
        ai_buf_put(&out, fill, strlen(fill));
    ai_buf_put(&out, x->data, nb);
    for (int64_t i = 0; i < pad - left; i++)
        ai_buf_put(&out, fill, strlen(fill));
    ai_str_t *r = ai_str_from_buf(ctx, out.p ? out.p : "", out.n);
    ai_buf_free(&out);
    return r;
}
