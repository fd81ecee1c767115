/* Format-spec parsing and number layout with CPython's rules and messages (see fmtspec.h). */
#include "fmtspec.h"

#include <stdio.h>
#include <string.h>

#include "../actor/actor.h"

static bool is_align(uint32_t c) { return c == '<' || c == '>' || c == '^' || c == '='; }

/* Decode the code point at p (valid UTF-8 assumed); returns its byte length. */
static int utf8_decode(const char *p, uint32_t *cp) {
    const unsigned char *u = (const unsigned char *)p;
    if (u[0] < 0x80) {
        *cp = u[0];
        return 1;
    }
    int n = u[0] < 0xE0 ? 2 : u[0] < 0xF0 ? 3 : 4;
    uint32_t v = u[0] & (0x3Fu >> (n - 1));
    for (int i = 1; i < n && u[i]; i++)
        v = v << 6 | (u[i] & 0x3Fu);
    *cp = v;
    return n;
}

ai_str_t *ai_fmtspec_fail(ai_actor_t *ctx, const char *msg) {
    ai_raise(ctx, AI_EXC_VALUE, msg);
    return NULL;
}

ai_str_t *ai_fmtspec_unknown(ai_actor_t *ctx, uint32_t type, const char *tname) {
    char msg[128];
    if (type > 32 && type < 128)
        snprintf(msg, sizeof msg, "Unknown format code '%c' for object of type '%s'", (char)type, tname);
    else
        snprintf(msg, sizeof msg, "Unknown format code '\\x%x' for object of type '%s'", (unsigned)type, tname);
    return ai_fmtspec_fail(ctx, msg);
}

/* get_integer: digits to a non-negative int64; -1 when there are none, -2 on overflow. */
static int64_t parse_int(const char **p) {
    if (**p < '0' || **p > '9')
        return -1;
    int64_t v = 0;
    for (; **p >= '0' && **p <= '9'; (*p)++) {
        int d = **p - '0';
        if (v > (INT64_MAX - d) / 10)
            return -2;
        v = v * 10 + d;
    }
    return v;
}

static bool invalid_spec(ai_actor_t *ctx, const ai_str_t *spec, const char *tname) {
    ai_buf_t b = {0};
    ai_buf_put(&b, "Invalid format specifier '", 26);
    ai_buf_put(&b, spec->data, (size_t)spec->nbytes);
    ai_buf_put(&b, "' for object of type '", 22);
    ai_buf_put(&b, tname, strlen(tname));
    ai_buf_putc(&b, '\'');
    if (b.oom)
        ai_raise(ctx, AI_EXC_MEMORY, "");
    else
        ai_raise(ctx, AI_EXC_VALUE, b.p);
    ai_buf_free(&b);
    return false;
}

/* Separators are allowed with d e f g E G % F and none; '_' also with b o x X (every 4 digits). */
static bool check_grouping(ai_actor_t *ctx, ai_fmtspec_t *s) {
    if (!s->group)
        return true;
    if (s->type && strchr("defgEG%F", (int)s->type) && s->type < 128)
        return true;
    if (s->type == 0)
        return true;
    if (s->group == '_' && (s->type == 'b' || s->type == 'o' || s->type == 'x' || s->type == 'X')) {
        s->group_size = 4;
        return true;
    }
    char msg[64];
    if (s->type > 32 && s->type < 128)
        snprintf(msg, sizeof msg, "Cannot specify '%c' with '%c'.", s->group, (char)s->type);
    else
        snprintf(msg, sizeof msg, "Cannot specify '%c' with '\\x%x'.", s->group, (unsigned)s->type);
    ai_raise(ctx, AI_EXC_VALUE, msg);
    return false;
}

/* [[fill]align][sign][z][#][0]: the flags before the width. */
static const char *parse_flags(const char *p, char default_align, ai_fmtspec_t *s) {
    uint32_t c0 = 0, c1 = 0;
    int n0 = *p ? utf8_decode(p, &c0) : 0;
    if (n0 && p[n0])
        utf8_decode(p + n0, &c1);
    bool fill_given = false, align_given = false;
    if (n0 && p[n0] && is_align(c1)) {
        memcpy(s->fill, p, (size_t)n0);
        s->fill[n0] = 0;
        s->align = (char)c1;
        fill_given = align_given = true;
        p += n0 + 1;
    } else if (is_align(c0)) {
        s->align = (char)c0;
        align_given = true;
        p++;
    }
    if (*p == '+' || *p == '-' || *p == ' ')
        s->sign = *p++;
    if (*p == 'z')
        s->no_neg_0 = true, p++;
    if (*p == '#')
        s->alt = true, p++;
    if (!fill_given && *p == '0') { /* '0' means fill '0' (and '=' when no align is given) */
        strcpy(s->fill, "0");
        if (!align_given && default_align == '>')
            s->align = '=';
        p++;
    }
    return p;
}

bool ai_fmtspec_parse(ai_actor_t *ctx, const ai_str_t *spec, const char *tname, uint32_t default_type,
                      char default_align, ai_fmtspec_t *s) {
    memset(s, 0, sizeof *s);
    strcpy(s->fill, " ");
    s->align = default_align;
    s->group_size = 3;
    s->type = default_type;
    const char *p = parse_flags(spec->data, default_align, s);
    if ((s->width = parse_int(&p)) == -2)
        return ai_fmtspec_fail(ctx, "Too many decimal digits in format string"), false;
    if (*p == ',')
        s->group = *p++;
    if (*p == '_') {
        if (s->group)
            return ai_fmtspec_fail(ctx, "Cannot specify both ',' and '_'."), false;
        s->group = *p++;
    }
    if (*p == ',' && s->group == '_')
        return ai_fmtspec_fail(ctx, "Cannot specify both ',' and '_'."), false;
    if (*p == '.') {
        p++;
        s->prec = parse_int(&p);
        if (s->prec == -2)
            return ai_fmtspec_fail(ctx, "Too many decimal digits in format string"), false;
        if (s->prec == -1)
            return ai_fmtspec_fail(ctx, "Format specifier missing precision"), false;
    } else {
        s->prec = -1;
    }
    if (*p) {
        uint32_t t;
        int n = utf8_decode(p, &t);
        if (p[n])
            return invalid_spec(ctx, spec, tname);
        s->type = t;
    }
    return check_grouping(ctx, s);
}

/* _PyUnicode_InsertThousandsGrouping: group the digits right to left and, while min_width is not
 * reached, keep adding zeros (and separators) on the left. */
static void group_digits(ai_buf_t *out, const char *d, int64_t nd, int64_t min_width, char sep, int size) {
    ai_buf_t rev = {0};
    int64_t remaining = nd;
    bool use_sep = false, done = false;
    const char *end = d + nd;
    for (int64_t len; sep && !done;) {
        len = remaining > min_width ? remaining : min_width;
        len = len < 1 ? 1 : len > size ? size : len;
        int64_t chars = remaining < len ? remaining : len, zeros = len - (chars > 0 ? chars : 0);
        if (use_sep)
            ai_buf_putc(&rev, sep);
        for (int64_t i = 0; i < chars; i++)
            ai_buf_putc(&rev, *--end);
        for (int64_t i = 0; i < zeros; i++)
            ai_buf_putc(&rev, '0');
        use_sep = true;
        remaining -= chars > 0 ? chars : 0;
        min_width -= len;
        done = remaining <= 0 && min_width <= 0;
        min_width -= 1;
    }
    if (!done) {
        int64_t len = remaining > min_width ? remaining : min_width;
        len = len < 1 ? 1 : len;
        int64_t chars = remaining < len ? remaining : len;
        if (use_sep)
            ai_buf_putc(&rev, sep);
        for (int64_t i = 0; i < chars; i++)
            ai_buf_putc(&rev, *--end);
        for (int64_t i = 0; i < len - chars; i++)
            ai_buf_putc(&rev, '0');
    }
    for (size_t i = rev.n; i > 0; i--)
        ai_buf_putc(out, rev.p[i - 1]);
    ai_buf_free(&rev);
}

static void put_fill(ai_buf_t *b, const char *fill, int64_t n) {
    size_t len = strlen(fill);
    for (int64_t i = 0; i < n; i++)
        ai_buf_put(b, fill, len);
}

/* Bytes of n copies of the fill plus `rest`, or SIZE_MAX when that does not fit in size_t. */
static size_t padded_size(const char *fill, int64_t n, size_t rest) {
    size_t len = strlen(fill);
    if ((uint64_t)n > (SIZE_MAX / 2 - rest) / len)
        return SIZE_MAX;
    return (size_t)n * len + rest;
}

/* The whole text is reserved before it is written: a width too large to allocate is MemoryError
 * at once (as CPython's PyUnicode_New fails), not a long loop of dropped writes. */
static ai_str_t *finish(ai_actor_t *ctx, ai_buf_t *out) {
    ai_str_t *r = ai_str_from_text(ctx, out);
    ai_buf_free(out);
    return r;
}

/* calc_number_widths + fill_number. */
ai_str_t *ai_fmtspec_number(ai_actor_t *ctx, const ai_fmtspec_t *s, const ai_number_t *num) {
    char sign = num->negative ? '-' : s->sign == '+' ? '+' : s->sign == ' ' ? ' ' : 0;
    int64_t nprefix = (int64_t)strlen(num->prefix), nrem = ai_utf8_count(num->remainder, num->nremainder);
    int64_t nondigit = (sign != 0) + nprefix + num->has_decimal + nrem;
    bool zero_pad = s->fill[0] == '0' && s->fill[1] == 0 && s->align == '=';
    int64_t min_width = zero_pad ? s->width - nondigit : 0;
    ai_buf_t grouped = {0}, out = {0};
    if (num->ndigits) {
        /* zero padding makes about min_width digits (and a separator per group of 3 or 4) */
        int64_t most = min_width > (int64_t)num->ndigits ? min_width : (int64_t)num->ndigits;
        if ((uint64_t)most > SIZE_MAX / 4 || !ai_buf_reserve(&grouped, (size_t)most + (size_t)most / 3 + 1)) {
            ai_buf_free(&grouped);
            out.oom = true;
            return finish(ctx, &out);
        }
        group_digits(&grouped, num->digits, (int64_t)num->ndigits, min_width, num->locale_n ? 0 : s->group,
                     s->group_size);
    }
    int64_t pad = s->width - (nondigit + (int64_t)grouped.n);
    pad = pad > 0 ? pad : 0;
    int64_t lpad = s->align == '>' ? pad : s->align == '^' ? pad / 2 : 0;
    int64_t spad = s->align == '=' ? pad : 0, rpad = pad - lpad - spad;
    size_t body = 1 + (size_t)nprefix + grouped.n + 1 + num->nremainder;
    size_t total = padded_size(s->fill, pad, body);
    if (total == SIZE_MAX || !ai_buf_reserve(&out, total)) {
        out.oom = true;
    } else {
        put_fill(&out, s->fill, lpad);
        if (sign)
            ai_buf_putc(&out, sign);
        ai_buf_put(&out, num->prefix, (size_t)nprefix);
        put_fill(&out, s->fill, spad);
        ai_buf_put(&out, grouped.p ? grouped.p : "", grouped.n);
        if (num->has_decimal)
            ai_buf_putc(&out, '.');
        ai_buf_put(&out, num->remainder, num->nremainder);
        put_fill(&out, s->fill, rpad);
    }
    out.oom |= grouped.oom;
    ai_buf_free(&grouped);
    return finish(ctx, &out);
}

ai_str_t *ai_fmtspec_pad(ai_actor_t *ctx, const ai_fmtspec_t *s, const char *p, size_t nbytes, int64_t ncp) {
    int64_t total = s->width > ncp ? s->width : ncp;
    int64_t lpad = s->align == '>' ? total - ncp : s->align == '^' ? (total - ncp) / 2 : 0;
    ai_buf_t out = {0};
    size_t size = padded_size(s->fill, total - ncp, nbytes);
    if (size == SIZE_MAX || !ai_buf_reserve(&out, size)) {
        out.oom = true;
    } else {
        put_fill(&out, s->fill, lpad);
        ai_buf_put(&out, p, nbytes);
        put_fill(&out, s->fill, total - ncp - lpad);
    }
    return finish(ctx, &out);
}
