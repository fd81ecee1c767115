/* printf-style `fmt % args` and str.format, with CPython 3.11's results and messages. */
#include <stdio.h>
#include <stdlib.h>

#include "strm.h"
#include "../actor/actor.h"

#define W strm_w

/* ascii(x): repr(x) with every non-ASCII code point escaped. */
static ai_str_t *ascii_of(ai_actor_t *ctx, int64_t x) {
    ai_str_t *r = ai_obj_repr(ctx, x);
    if (!r || r->nbytes == r->ncp)
        return r;
    ai_buf_t b = {0};
    for (int64_t i = 0; i < r->nbytes;) {
        int len;
        uint32_t c = strm_cp(r->data + i, &len);
        i += len;
        char t[16];
        if (c < 0x80)
            ai_buf_putc(&b, (char)c);
        else {
            int n = c < 0x100 ? snprintf(t, sizeof t, "\\x%02x", (unsigned)c)
                    : c < 0x10000 ? snprintf(t, sizeof t, "\\u%04x", (unsigned)c)
                                  : snprintf(t, sizeof t, "\\U%08x", (unsigned)c);
            ai_buf_put(&b, t, (size_t)n);
        }
    }
    return strm_take(ctx, &b);
}

/* ----- fmt % args ------------------------------------------------------------------------------ */
enum { F_LJUST = 1, F_SIGN = 2, F_BLANK = 4, F_ALT = 8, F_ZERO = 16 };

typedef struct {
    int64_t args;  /* the tuple, or the single value */
    int64_t arglen, argidx;
    const int64_t *items;
    int64_t dict; /* 0: none */
} margs_t;

static int64_t next_arg(ai_actor_t *ctx, margs_t *m) {
    if (m->argidx < m->arglen) {
        int64_t i = m->argidx++;
        return m->arglen < 0 ? m->args : m->items[i];
    }
    ai_raise(ctx, AI_EXC_TYPE, "not enough arguments for format string");
    return 0;
}

static void pad_out(ai_buf_t *b, int64_t n, char c) {
    for (int64_t i = 0; i < n; i++)
        ai_buf_putc(b, c);
}

/* text of ncp code points with width/flags (spaces), already cut to precision */
static void put_padded(ai_buf_t *b, const char *p, int64_t n, int64_t ncp, int64_t width, int flags) {
    if (!(flags & F_LJUST) && width > ncp)
        pad_out(b, width - ncp, ' ');
    ai_buf_put(b, p, (size_t)n);
    if ((flags & F_LJUST) && width > ncp)
        pad_out(b, width - ncp, ' ');
}

/* sign, prefix, body (ASCII) with width: zero padding goes between prefix and body */
static void put_number(ai_buf_t *b, const char *sign, const char *prefix, const char *body, size_t n,
                       int64_t width, int flags) {
    int64_t len = (int64_t)(strlen(sign) + strlen(prefix) + n);
    int64_t fill = width > len ? width - len : 0;
    if (!(flags & (F_LJUST | F_ZERO)))
        pad_out(b, fill, ' ');
    ai_buf_put(b, sign, strlen(sign));
    ai_buf_put(b, prefix, strlen(prefix));
    if ((flags & F_ZERO) && !(flags & F_LJUST))
        pad_out(b, fill, '0');
    ai_buf_put(b, body, n);
    if (flags & F_LJUST)
        pad_out(b, fill, ' ');
}

static bool fmt_int(ai_actor_t *ctx, ai_buf_t *b, int64_t v, char type, int64_t width, int64_t prec, int flags) {
    int t = ai_word_type(v);
    int64_t iv;
    if (t == AI_T_BOOL)
        iv = ai_small(((const struct ai_bool_obj *)strm_p(v))->value);
    else if (t == AI_T_INT)
        iv = v;
    else if (t == AI_T_FLOAT && (type == 'd' || type == 'i' || type == 'u')) {
        iv = ai_int_from_f64(ctx, ai_float_unbox(v));
        if (ai_exc_pending(ctx))
            return false;
    } else {
        if (type == 'd' || type == 'i' || type == 'u')
            strm_type_error(ctx, "%%%c format: a real number is required, not %s", type, ai_word_type_name(v));
        else
            strm_type_error(ctx, "%%%c format: an integer is required, not %s", type, ai_word_type_name(v));
        return false;
    }
    int base = type == 'x' || type == 'X' ? 16 : type == 'o' ? 8 : 10;
    const char *sign = "";
    const char *prefix = !(flags & F_ALT) ? "" : type == 'x' ? "0x" : type == 'X' ? "0X" : type == 'o' ? "0o" : "";
    if (ai_is_small(iv) && prec < 24) { /* no allocation: digits of a small int on the stack */
        int64_t x = ai_small_val(iv);
        uint64_t u = x < 0 ? -(uint64_t)x : (uint64_t)x;
        const char *hx = type == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
        char tmp[72], *e = tmp + sizeof tmp, *q = e;
        do {
            *--q = hx[u % (unsigned)base];
            u /= (unsigned)base;
        } while (u);
        while (e - q < prec)
            *--q = '0';
        sign = x < 0 ? "-" : (flags & F_SIGN) ? "+" : (flags & F_BLANK) ? " " : "";
        put_number(b, sign, prefix, q, (size_t)(e - q), width, flags);
        return true;
    }
    ai_mag_t mv;
    ai_int_view(iv, &mv);
    size_t n;
    char *digits = ai_mag_digits(&mv, base, type == 'X', &n);
    if (!digits) {
        ai_raise(ctx, AI_EXC_MEMORY, "");
        return false;
    }
    sign = mv.neg ? "-" : (flags & F_SIGN) ? "+" : (flags & F_BLANK) ? " " : "";
    if (prec > (int64_t)n) {
        char *z = malloc((size_t)prec + 1);
        if (!z) {
            free(digits);
            ai_raise(ctx, AI_EXC_MEMORY, "");
            return false;
        }
        memset(z, '0', (size_t)prec - n);
        memcpy(z + prec - n, digits, n + 1);
        free(digits);
        digits = z;
        n = (size_t)prec;
    }
    put_number(b, sign, prefix, digits, n, width, flags);
    free(digits);
    return true;
}

static bool fmt_float(ai_actor_t *ctx, ai_buf_t *b, int64_t v, char type, int64_t width, int64_t prec, int flags) {
    double x;
    switch (ai_word_type(v)) {
    case AI_T_FLOAT: x = ai_float_unbox(v); break;
    case AI_T_BOOL: x = ((const struct ai_bool_obj *)strm_p(v))->value; break;
    case AI_T_INT:
        x = ai_int_to_f64(ctx, v);
        if (ai_exc_pending(ctx))
            return false;
        break;
    default:
        strm_type_error(ctx, "must be real number, not %s", ai_word_type_name(v));
        return false;
    }
    if (prec < 0)
        prec = 6;
    ai_buf_t t = {0};
    if (!ai_dtoa(&t, x, type, (int)(prec > 0x7FFFFFFF ? 0x7FFFFFFF : prec), (flags & F_ALT) ? AI_DTSF_ALT : 0)) {
        ai_buf_free(&t);
        ai_raise(ctx, AI_EXC_MEMORY, "");
        return false;
    }
    const char *body = t.p ? t.p : "";
    size_t n = t.n;
    const char *sign = "";
    if (n && body[0] == '-') {
        sign = "-";
        body++;
        n--;
    } else if (flags & F_SIGN)
        sign = "+";
    else if (flags & F_BLANK)
        sign = " ";
    put_number(b, sign, "", body, n, width, flags);
    ai_buf_free(&t);
    return true;
}

static bool is_mapping(int64_t w) {
    int t = ai_word_type(w);
    return t == AI_T_DICT || t == AI_T_LIST || t == AI_T_BYTES || t == AI_T_RANGE;
}

int64_t ai_str_mod(ai_actor_t *ctx, ai_str_t *fmt, int64_t args) {
    margs_t m = {args, -1, -2, NULL, 0};
    if (ai_word_type(args) == AI_T_TUPLE) {
        const ai_tuple_t *t = strm_p(args);
        m.arglen = t->n;
        m.argidx = 0;
        m.items = t->items;
    } else if (is_mapping(args) && !strm_is_str(args)) {
        m.dict = args;
    }
    const char *p = fmt->data, *end = p + fmt->nbytes;
    ai_buf_t b = {0};
    while (p < end) {
        const char *q = memchr(p, '%', (size_t)(end - p));
        if (!q) {
            ai_buf_put(&b, p, (size_t)(end - p));
            break;
        }
        ai_buf_put(&b, p, (size_t)(q - p));
        p = q + 1;
        if (p < end && *p == '%') {
            ai_buf_putc(&b, '%');
            p++;
            continue;
        }
        if (p < end && *p == '(') {
            if (!m.dict) {
                ai_raise(ctx, AI_EXC_TYPE, "format requires a mapping");
                goto fail;
            }
            const char *k = ++p;
            int depth = 1;
            while (p < end && depth) {
                depth += *p == '(' ? 1 : *p == ')' ? -1 : 0;
                p++;
            }
            if (depth) {
                ai_raise(ctx, AI_EXC_VALUE, "incomplete format key");
                goto fail;
            }
            ai_str_t *key = strm_new(ctx, k, p - 1 - k, -1);
            if (!key)
                goto fail;
            int64_t v = ai_obj_getitem(ctx, m.dict, W(key));
            if (ai_exc_pending(ctx))
                goto fail;
            m.args = v;
            m.arglen = -1;
            m.argidx = -2;
        }
        int flags = 0;
        for (; p < end; p++) {
            if (*p == '-') flags |= F_LJUST;
            else if (*p == '+') flags |= F_SIGN;
            else if (*p == ' ') flags |= F_BLANK;
            else if (*p == '#') flags |= F_ALT;
            else if (*p == '0') flags |= F_ZERO;
            else break;
        }
        int64_t width = -1, prec = -1;
        if (p < end && *p == '*') {
            p++;
            int64_t v = next_arg(ctx, &m);
            if (!v)
                goto fail;
            if (ai_word_type(v) != AI_T_INT && ai_word_type(v) != AI_T_BOOL) {
                ai_raise(ctx, AI_EXC_TYPE, "* wants int");
                goto fail;
            }
            if (!strm_arg_int(ctx, v, &width))
                goto fail;
            if (width < 0) {
                flags |= F_LJUST;
                width = -width;
            }
        } else {
            while (p < end && *p >= '0' && *p <= '9') {
                if (width < 0)
                    width = 0;
                if (width > INT64_MAX / 10 - 10) {
                    ai_raise(ctx, AI_EXC_VALUE, "width too big");
                    goto fail;
                }
                width = width * 10 + (*p++ - '0');
            }
        }
        if (p < end && *p == '.') {
            p++;
            prec = 0;
            if (p < end && *p == '*') {
                p++;
                int64_t v = next_arg(ctx, &m);
                if (!v)
                    goto fail;
                if (ai_word_type(v) != AI_T_INT && ai_word_type(v) != AI_T_BOOL) {
                    ai_raise(ctx, AI_EXC_TYPE, "* wants int");
                    goto fail;
                }
                if (!strm_arg_int(ctx, v, &prec))
                    goto fail;
                if (prec < 0)
                    prec = 0;
            } else {
                while (p < end && *p >= '0' && *p <= '9') {
                    if (prec > INT64_MAX / 10 - 10) {
                        ai_raise(ctx, AI_EXC_VALUE, "precision too big");
                        goto fail;
                    }
                    prec = prec * 10 + (*p++ - '0');
                }
            }
        }
        while (p < end && (*p == 'h' || *p == 'l' || *p == 'L'))
            p++;
        if (p >= end) {
            ai_raise(ctx, AI_EXC_VALUE, "incomplete format");
            goto fail;
        }
        int clen;
        uint32_t c = strm_cp(p, &clen);
        int64_t v = next_arg(ctx, &m);
        if (!v)
            goto fail;
        switch (c) {
        case 's': case 'r': case 'a': {
            ai_str_t *s = c == 's' ? ai_obj_str(ctx, v) : c == 'r' ? ai_obj_repr(ctx, v) : ascii_of(ctx, v);
            if (!s)
                goto fail;
            int64_t ncp = s->ncp, n = s->nbytes;
            if (prec >= 0 && prec < ncp) {
                ncp = prec;
                n = strm_offset(s, prec);
            }
            put_padded(&b, s->data, n, ncp, width, flags);
            break;
        }
        case 'c': {
            uint32_t ch;
            int t = ai_word_type(v);
            if (t == AI_T_STR && ((ai_str_t *)strm_p(v))->ncp == 1) {
                int l;
                ch = strm_cp(((ai_str_t *)strm_p(v))->data, &l);
            } else if (t == AI_T_INT || t == AI_T_BOOL) {
                int64_t x;
                if (t == AI_T_INT && !ai_is_small(v))
                    x = -1;
                else if (!strm_arg_int(ctx, v, &x))
                    goto fail;
                if (x < 0 || x > 0x10FFFF) {
                    ai_raise(ctx, AI_EXC_OVERFLOW, "%c arg not in range(0x110000)");
                    goto fail;
                }
                ch = (uint32_t)x;
            } else {
                ai_raise(ctx, AI_EXC_TYPE, "%c requires int or char");
                goto fail;
            }
            char t4[4];
            put_padded(&b, t4, strm_put_cp(t4, ch), 1, width, flags);
            break;
        }
        case 'd': case 'i': case 'u': case 'x': case 'X': case 'o':
            if (!fmt_int(ctx, &b, v, (char)c, width, prec, flags))
                goto fail;
            break;
        case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
            if (!fmt_float(ctx, &b, v, (char)c, width, prec, flags))
                goto fail;
            break;
        default: {
            char msg[120]; /* CPython shows a non-ASCII character as '?' */
            snprintf(msg, sizeof msg, "unsupported format character '%c' (0x%x) at index %lld",
                     c >= 0x20 && c < 0x7F ? (char)c : '?', (unsigned)c, (long long)strm_cpindex(fmt, p - fmt->data));
            ai_raise(ctx, AI_EXC_VALUE, msg);
            goto fail;
        }
        }
        p += clen;
    }
    if (m.argidx < m.arglen && !m.dict) {
        ai_raise(ctx, AI_EXC_TYPE, "not all arguments converted during string formatting");
        goto fail;
    }
    return W(strm_take(ctx, &b));
fail:
    ai_buf_free(&b);
    return 0;
}

/* ----- str.format ------------------------------------------------------------------------------ */
typedef struct {
    int64_t argc;
    const int64_t *argv;
    int64_t kw;   /* a dict word, or 0 */
    int64_t auto_idx; /* next automatic index; -1: manual numbering in use */
    bool manual;
} fstate_t;

static bool build(ai_actor_t *ctx, fstate_t *st, const char *p, const char *end, int depth, ai_buf_t *out);

static int64_t field_value(ai_actor_t *ctx, fstate_t *st, const char *p, const char *end) {
    const char *q = p;
    while (q < end && *q != '.' && *q != '[')
        q++;
    int64_t v;
    bool digits = q > p;
    for (const char *r = p; r < q; r++)
        digits &= *r >= '0' && *r <= '9';
    if (q == p || digits) {
        int64_t idx = 0;
        if (q == p) {
            if (st->manual) {
                ai_raise(ctx, AI_EXC_VALUE, "cannot switch from manual field specification to automatic field numbering");
                return 0;
            }
            idx = st->auto_idx++;
        } else {
            if (st->auto_idx > 0) {
                ai_raise(ctx, AI_EXC_VALUE, "cannot switch from automatic field numbering to manual field specification");
                return 0;
            }
            st->manual = true;
            for (const char *r = p; r < q; r++) {
                if (idx > INT64_MAX / 10 - 10) {
                    ai_raise(ctx, AI_EXC_VALUE, "Too many decimal digits in format string");
                    return 0;
                }
                idx = idx * 10 + (*r - '0');
            }
        }
        if (idx >= st->argc)
            return strm_raise(ctx, AI_EXC_INDEX, "Replacement index %lld out of range for positional args tuple",
                              (long long)idx);
        v = st->argv[idx];
    } else {
        ai_str_t *key = strm_new(ctx, p, q - p, -1);
        if (!key)
            return 0;
        v = st->kw ? ai_dict_lookup(ctx, strm_p(st->kw), W(key)) : 0;
        if (ai_exc_pending(ctx))
            return 0;
        if (!v) {
            ai_str_t *r = ai_str_repr(ctx, key);
            if (r)
                ai_raise(ctx, AI_EXC_KEY, r->data);
            return 0;
        }
    }
    while (q < end) {
        if (*q == '.') {
            const char *a = ++q;
            while (q < end && *q != '.' && *q != '[')
                q++;
            if (q == a) {
                ai_raise(ctx, AI_EXC_VALUE, "Empty attribute in format string");
                return 0;
            }
            char name[64];
            if (q - a >= (int64_t)sizeof name)
                return strm_raise(ctx, AI_EXC_ATTRIBUTE, "'%s' object has no attribute '%.*s'",
                                  ai_word_type_name(v), (int)(q - a), a);
            memcpy(name, a, (size_t)(q - a));
            name[q - a] = 0;
            v = ai_obj_getattr(ctx, v, name);
            if (ai_exc_pending(ctx))
                return 0;
            continue;
        }
        /* '[' key ']' */
        const char *k = ++q;
        while (q < end && *q != ']')
            q++;
        if (q >= end) {
            ai_raise(ctx, AI_EXC_VALUE, "Missing ']' in format string");
            return 0;
        }
        if (q == k) {
            ai_raise(ctx, AI_EXC_VALUE, "Empty attribute in format string");
            return 0;
        }
        bool num = true;
        int64_t n = 0;
        for (const char *r = k; r < q; r++) {
            num &= *r >= '0' && *r <= '9';
            if (num)
                n = n * 10 + (*r - '0');
        }
        int64_t key;
        if (num && q - k < 18)
            key = ai_small(n);
        else {
            ai_str_t *ks = strm_new(ctx, k, q - k, -1);
            if (!ks)
                return 0;
            key = W(ks);
        }
        v = ai_obj_getitem(ctx, v, key);
        if (ai_exc_pending(ctx))
            return 0;
        q++;
        if (q < end && *q != '.' && *q != '[') {
            ai_raise(ctx, AI_EXC_VALUE, "Only '.' or '[' may follow ']' in format field specifier");
            return 0;
        }
    }
    return v;
}

/* one replacement field's text [p, end) (without the braces) */
static bool field(ai_actor_t *ctx, fstate_t *st, const char *p, const char *end, int depth, ai_buf_t *out) {
    const char *q = p;
    int bracket = 0;
    while (q < end && (bracket || (*q != '!' && *q != ':'))) {
        if (*q == '[')
            bracket = 1;
        else if (*q == ']')
            bracket = 0;
        q++;
    }
    const char *name_end = q;
    char conv = 0;
    if (q < end && *q == '!') {
        q++;
        if (q >= end) {
            ai_raise(ctx, AI_EXC_VALUE, "unmatched '{' in format spec");
            return false;
        }
        conv = *q++;
        if (q < end && *q != ':') {
            ai_raise(ctx, AI_EXC_VALUE, "expected ':' after conversion specifier");
            return false;
        }
    }
    const char *spec = q < end ? q + 1 : end;
    int64_t v = field_value(ctx, st, p, name_end);
    if (!v)
        return false;
    if (conv) {
        ai_str_t *s;
        switch (conv) {
        case 'r': s = ai_obj_repr(ctx, v); break;
        case 's': s = ai_obj_str(ctx, v); break;
        case 'a': s = ascii_of(ctx, v); break;
        default: {
            char msg[64];
            snprintf(msg, sizeof msg, "Unknown conversion specifier %c", conv);
            ai_raise(ctx, AI_EXC_VALUE, msg);
            return false;
        }
        }
        if (!s)
            return false;
        v = W(s);
    }
    if (spec == end) { /* format(v, '') is str(v): no spec string, and no copy for a str or a small int */
        if (strm_is_str(v)) {
            const ai_str_t *s = strm_p(v);
            ai_buf_put(out, s->data, (size_t)s->nbytes);
            return true;
        }
        if (ai_is_small(v)) {
            char tmp[32];
            ai_buf_put(out, tmp, ai_fmt_i64(tmp, ai_small_val(v)));
            return true;
        }
    }
    ai_str_t *spec_s;
    if (memchr(spec, '{', (size_t)(end - spec))) {
        if (depth <= 1) {
            ai_raise(ctx, AI_EXC_VALUE, "Max string recursion exceeded");
            return false;
        }
        ai_buf_t sb = {0};
        if (!build(ctx, st, spec, end, depth - 1, &sb)) {
            ai_buf_free(&sb);
            return false;
        }
        spec_s = strm_take(ctx, &sb);
    } else {
        spec_s = strm_new(ctx, spec, end - spec, -1);
    }
    if (!spec_s)
        return false;
    ai_str_t *r = ai_obj_format(ctx, v, spec_s);
    if (!r)
        return false;
    ai_buf_put(out, r->data, (size_t)r->nbytes);
    return true;
}

static bool build(ai_actor_t *ctx, fstate_t *st, const char *p, const char *end, int depth, ai_buf_t *out) {
    while (p < end) {
        char c = *p;
        if (c == '}') {
            if (p + 1 < end && p[1] == '}') {
                ai_buf_putc(out, '}');
                p += 2;
                continue;
            }
            ai_raise(ctx, AI_EXC_VALUE, "Single '}' encountered in format string");
            return false;
        }
        if (c != '{') {
            const char *q = p;
            while (q < end && *q != '{' && *q != '}')
                q++;
            ai_buf_put(out, p, (size_t)(q - p));
            p = q;
            continue;
        }
        if (p + 1 < end && p[1] == '{') {
            ai_buf_putc(out, '{');
            p += 2;
            continue;
        }
        if (p + 1 >= end) {
            ai_raise(ctx, AI_EXC_VALUE, "Single '{' encountered in format string");
            return false;
        }
        /* the matching '}' (nested braces in the spec; brackets in the field name) */
        const char *q = ++p;
        int level = 1;
        bool in_name = true, bracket = false;
        while (q < end) {
            char d = *q;
            if (in_name && bracket) {
                if (d == ']')
                    bracket = false;
            } else if (in_name && d == '[') {
                bracket = true;
            } else {
                if (d == ':' || d == '!')
                    in_name = false;
                if (d == '{')
                    level++;
                else if (d == '}' && --level == 0)
                    break;
            }
            q++;
        }
        if (q >= end) {
            ai_raise(ctx, AI_EXC_VALUE, "expected '}' before end of string");
            return false;
        }
        if (!field(ctx, st, p, q, depth, out))
            return false;
        p = q + 1;
    }
    return true;
}

int64_t strm_format(ai_actor_t *ctx, ai_str_t *fmt, int64_t argc, const int64_t *argv, int64_t kw) {
    fstate_t st = {argc, argv, kw, 0, false};
    ai_buf_t b = {0};
    if (!build(ctx, &st, fmt->data, fmt->data + fmt->nbytes, 2, &b)) {
        ai_buf_free(&b);
        return 0;
    }
    return W(strm_take(ctx, &b));
}
