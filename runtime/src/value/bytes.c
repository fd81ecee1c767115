/* bytes: construction, indexing, repr, comparison, concatenation and the common methods (CPython
 * 3.11 results and messages). Decoding errors are raised as ValueError (UnicodeDecodeError's base)
 * with CPython's exact text. */
#include <stdio.h>
#include <stdlib.h>

#include "strm.h"
#include "../actor/actor.h"

#define W strm_w

static ai_bytes_t *bytes_alloc(ai_actor_t *ctx, int64_t n) {
    if (n < 0 || (uint64_t)n > SIZE_MAX / 2) {
        ai_raise(ctx, AI_EXC_MEMORY, "");
        return NULL;
    }
    ai_bytes_t *b = ai_actor_alloc(ctx, sizeof *b + (size_t)n + 1);
    if (!b)
        return NULL;
    b->header = ai_hdr_new(AI_T_BYTES, sizeof *b + (size_t)n + 1);
    b->n = n;
    b->data[n] = 0;
    return b;
}

int64_t ai_bytes_new(ai_actor_t *ctx, const char *p, int64_t n) {
    ai_bytes_t *b = bytes_alloc(ctx, n);
    if (!b)
        return 0;
    if (n)
        memcpy(b->data, p, (size_t)n);
    return W(b);
}

int64_t ai_bytes_concat(ai_actor_t *ctx, ai_bytes_t *a, ai_bytes_t *b) {
    ai_bytes_t *r = bytes_alloc(ctx, a->n + b->n);
    if (!r)
        return 0;
    memcpy(r->data, a->data, (size_t)a->n);
    memcpy(r->data + a->n, b->data, (size_t)b->n);
    return W(r);
}

bool ai_bytes_compare(ai_actor_t *ctx, int32_t op, ai_bytes_t *a, ai_bytes_t *b) {
    (void)ctx;
    int64_t n = a->n < b->n ? a->n : b->n;
    int c = memcmp(a->data, b->data, (size_t)n);
    if (c == 0)
        c = a->n < b->n ? -1 : a->n > b->n;
    switch (op) {
    case AI_CMP_LT: return c < 0;
    case AI_CMP_LE: return c <= 0;
    case AI_CMP_EQ: return c == 0;
    case AI_CMP_NE: return c != 0;
    case AI_CMP_GT: return c > 0;
    default: return c >= 0;
    }
}

bool ai_bytes_repr(ai_actor_t *ctx, ai_buf_t *out, ai_bytes_t *b) {
    (void)ctx;
    bool sq = memchr(b->data, '\'', (size_t)b->n) != NULL, dq = memchr(b->data, '"', (size_t)b->n) != NULL;
    char quote = sq && !dq ? '"' : '\'';
    ai_buf_putc(out, 'b');
    ai_buf_putc(out, quote);
    for (int64_t i = 0; i < b->n; i++) {
        unsigned char c = b->data[i];
        char t[8];
        if (c == (unsigned char)quote || c == '\\') {
            ai_buf_putc(out, '\\');
            ai_buf_putc(out, (char)c);
        } else if (c == '\t') {
            ai_buf_put(out, "\\t", 2);
        } else if (c == '\n') {
            ai_buf_put(out, "\\n", 2);
        } else if (c == '\r') {
            ai_buf_put(out, "\\r", 2);
        } else if (c < 0x20 || c >= 0x7F) {
            snprintf(t, sizeof t, "\\x%02x", c);
            ai_buf_put(out, t, 4);
        } else {
            ai_buf_putc(out, (char)c);
        }
    }
    ai_buf_putc(out, quote);
    if (out->oom) {
        ai_raise(ctx, AI_EXC_MEMORY, "");
        return false;
    }
    return true;
}

int64_t ai_bytes_getitem(ai_actor_t *ctx, ai_bytes_t *b, int64_t key) {
    int64_t i;
    switch (ai_word_type(key)) {
    case AI_T_BOOL: i = ((const struct ai_bool_obj *)strm_p(key))->value; break;
    case AI_T_INT:
        if (!ai_is_small(key))
            return strm_raise(ctx, AI_EXC_INDEX, "cannot fit 'int' into an index-sized integer");
        i = ai_small_val(key);
        break;
    case AI_T_SLICE: {
        int64_t start, stop, step, n;
        if (!ai_slice_indices(ctx, strm_p(key), b->n, &start, &stop, &step, &n))
            return 0;
        if (n <= 0)
            return ai_bytes_new(ctx, "", 0);
        if (step == 1)
            return n == b->n ? W(b) : ai_bytes_new(ctx, (const char *)b->data + start, n);
        ai_bytes_t *r = bytes_alloc(ctx, n);
        if (!r)
            return 0;
        for (int64_t k = 0, j = start; k < n; k++, j += step)
            r->data[k] = b->data[j];
        return W(r);
    }
    default:
        return strm_type_error(ctx, "byte indices must be integers or slices, not %s", ai_word_type_name(key));
    }
    if (i < 0)
        i += b->n;
    if (i < 0 || i >= b->n)
        return strm_raise(ctx, AI_EXC_INDEX, "index out of range");
    return ai_small(b->data[i]);
}

/* ----- methods --------------------------------------------------------------------------------- */
static const char *mname(int32_t mid) { return strm_mname(mid); }

static bool nargs(ai_actor_t *ctx, int32_t mid, int64_t argc, int64_t lo, int64_t hi) {
    if (lo == 0 && hi == 0 && argc) {
        strm_type_error(ctx, "bytes.%s() takes no arguments (%lld given)", mname(mid), (long long)argc);
        return false;
    }
    if (lo == 1 && hi == 1 && argc != 1) {
        strm_type_error(ctx, "bytes.%s() takes exactly one argument (%lld given)", mname(mid), (long long)argc);
        return false;
    }
    if (argc < lo) {
        strm_type_error(ctx, "%s() takes at least %lld argument%s (%lld given)", mname(mid), (long long)lo,
                        lo == 1 ? "" : "s", (long long)argc);
        return false;
    }
    if (argc > hi) {
        strm_type_error(ctx, "%s() takes at most %lld argument%s (%lld given)", mname(mid), (long long)hi,
                        hi == 1 ? "" : "s", (long long)argc);
        return false;
    }
    return true;
}

static const ai_bytes_t *arg_bytes(ai_actor_t *ctx, int64_t w) {
    if (ai_word_type(w) == AI_T_BYTES)
        return strm_p(w);
    strm_type_error(ctx, "a bytes-like object is required, not '%s'", ai_word_type_name(w));
    return NULL;
}

/* the needle of find/count/index: bytes or an int in range(256) */
static bool arg_needle(ai_actor_t *ctx, int64_t w, const unsigned char **p, int64_t *n, unsigned char *one) {
    int t = ai_word_type(w);
    if (t == AI_T_BYTES) {
        *p = ((const ai_bytes_t *)strm_p(w))->data;
        *n = ((const ai_bytes_t *)strm_p(w))->n;
        return true;
    }
    if (t == AI_T_INT || t == AI_T_BOOL) {
        int64_t v = 0;
        if (t == AI_T_INT && !ai_is_small(w))
            v = -1;
        else if (!strm_arg_int(ctx, w, &v))
            return false;
        if (v < 0 || v > 255) {
            ai_raise(ctx, AI_EXC_VALUE, "byte must be in range(0, 256)");
            return false;
        }
        *one = (unsigned char)v;
        *p = one;
        *n = 1;
        return true;
    }
    strm_type_error(ctx, "argument should be integer or bytes-like object, not '%s'", ai_word_type_name(w));
    return false;
}

static int64_t find_in(const unsigned char *s, int64_t a, int64_t b, const unsigned char *t, int64_t m) {
    if (m == 0)
        return a <= b ? a : -1;
    for (int64_t i = a; i + m <= b; i++) {
        const unsigned char *q = memchr(s + i, t[0], (size_t)(b - m + 1 - i));
        if (!q)
            return -1;
        i = q - s;
        if (memcmp(q, t, (size_t)m) == 0)
            return i;
    }
    return -1;
}

static bool is_ws(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

static int64_t new_list(ai_actor_t *ctx, ai_list_t **l) {
    *l = ai_list_new(ctx, 0, AI_ELEM_VALUE);
    return *l != NULL;
}
static bool push(ai_actor_t *ctx, ai_list_t *l, const unsigned char *p, int64_t n) {
    int64_t w = ai_bytes_new(ctx, (const char *)p, n);
    return w && ai_list_push(ctx, l, w);
}

static int64_t bytes_split(ai_actor_t *ctx, ai_bytes_t *s, int32_t mid, int64_t argc, const int64_t *argv) {
    if (!nargs(ctx, mid, argc, 0, 2))
        return 0;
    const ai_bytes_t *sep = NULL;
    int64_t maxsplit = -1;
    if (argc > 0 && !strm_is_none(argv[0]) && !(sep = arg_bytes(ctx, argv[0])))
        return 0;
    if (argc > 1 && !strm_arg_int(ctx, argv[1], &maxsplit))
        return 0;
    if (maxsplit < 0)
        maxsplit = INT64_MAX;
    ai_list_t *l;
    if (!new_list(ctx, &l))
        return 0;
    const unsigned char *d = s->data;
    int64_t n = s->n, i = 0;
    if (!sep) {
        for (;;) {
            while (i < n && is_ws(d[i]))
                i++;
            if (i >= n)
                break;
            if (maxsplit-- == 0) { /* the rest, trailing whitespace included */
                if (!push(ctx, l, d + i, n - i))
                    return 0;
                break;
            }
            int64_t j = i;
            while (j < n && !is_ws(d[j]))
                j++;
            if (!push(ctx, l, d + i, j - i))
                return 0;
            i = j;
        }
        return W(l);
    }
    if (sep->n == 0)
        return strm_raise(ctx, AI_EXC_VALUE, "empty separator");
    int64_t j;
    while (maxsplit-- > 0 && (j = find_in(d, i, n, sep->data, sep->n)) >= 0) {
        if (!push(ctx, l, d + i, j - i))
            return 0;
        i = j + sep->n;
    }
    return push(ctx, l, d + i, n - i) ? W(l) : 0;
}

static int64_t bytes_strip(ai_actor_t *ctx, ai_bytes_t *s, int32_t mid, int64_t argc, const int64_t *argv) {
    if (!nargs(ctx, mid, argc, 0, 1))
        return 0;
    bool table[256] = {0};
    if (argc > 0 && !strm_is_none(argv[0])) {
        const ai_bytes_t *c = arg_bytes(ctx, argv[0]);
        if (!c)
            return 0;
        for (int64_t i = 0; i < c->n; i++)
            table[c->data[i]] = true;
    } else {
        for (int c = 0; c < 256; c++)
            table[c] = is_ws((unsigned char)c);
    }
    int64_t a = 0, b = s->n;
    if (mid != AI_M_rstrip)
        while (a < b && table[s->data[a]])
            a++;
    if (mid != AI_M_lstrip)
        while (b > a && table[s->data[b - 1]])
            b--;
    return (a == 0 && b == s->n) ? W(s) : ai_bytes_new(ctx, (const char *)s->data + a, b - a);
}

static int64_t bytes_find(ai_actor_t *ctx, ai_bytes_t *s, int32_t mid, int64_t argc, const int64_t *argv) {
    if (!nargs(ctx, mid, argc, 1, 3))
        return 0;
    const unsigned char *t;
    int64_t m;
    unsigned char one;
    if (!arg_needle(ctx, argv[0], &t, &m, &one))
        return 0;
    int64_t start = 0, end = INT64_MAX / 2;
    if (argc > 1 && !strm_arg_bound(ctx, argv[1], 0, &start))
        return 0;
    if (argc > 2 && !strm_arg_bound(ctx, argv[2], INT64_MAX / 2, &end))
        return 0;
    strm_adjust(&start, &end, s->n);
    if (mid == AI_M_count) {
        if (start > s->n || end < start)
            return ai_small(0);
        if (m == 0)
            return ai_small(end - start + 1);
        int64_t c = 0;
        for (int64_t p = start; (p = find_in(s->data, p, end, t, m)) >= 0; p += m)
            c++;
        return ai_small(c);
    }
    int64_t r = -1;
    if (start <= s->n && end - start >= m) {
        if (mid == AI_M_rfind || mid == AI_M_rindex) {
            for (int64_t i = end - m; i >= start; i--)
                if (memcmp(s->data + i, t, (size_t)m) == 0) {
                    r = i;
                    break;
                }
        } else {
            r = find_in(s->data, start, end, t, m);
        }
    }
    if (r < 0 && (mid == AI_M_index || mid == AI_M_rindex))
        return strm_raise(ctx, AI_EXC_VALUE, "subsection not found");
    return ai_small(r);
}

static int64_t bytes_startswith(ai_actor_t *ctx, ai_bytes_t *s, int32_t mid, int64_t argc, const int64_t *argv) {
    if (!nargs(ctx, mid, argc, 1, 3))
        return 0;
    int64_t x = argv[0], n = 1;
    const int64_t *items = &x;
    if (ai_word_type(x) == AI_T_TUPLE) {
        items = ((const ai_tuple_t *)strm_p(x))->items;
        n = ((const ai_tuple_t *)strm_p(x))->n;
    } else if (ai_word_type(x) != AI_T_BYTES) {
        return strm_type_error(ctx, "%s first arg must be bytes or a tuple of bytes, not %s", mname(mid),
                               ai_word_type_name(x));
    }
    int64_t start = 0, end = INT64_MAX / 2;
    if (argc > 1 && !strm_arg_bound(ctx, argv[1], 0, &start))
        return 0;
    if (argc > 2 && !strm_arg_bound(ctx, argv[2], INT64_MAX / 2, &end))
        return 0;
    strm_adjust(&start, &end, s->n);
    for (int64_t i = 0; i < n; i++) {
        const ai_bytes_t *t = arg_bytes(ctx, items[i]);
        if (!t)
            return 0;
        if (start > s->n || end - start < t->n)
            continue;
        const unsigned char *p = mid == AI_M_endswith ? s->data + end - t->n : s->data + start;
        if (memcmp(p, t->data, (size_t)t->n) == 0)
            return ai_bool_box(true);
    }
    return ai_bool_box(false);
}

static int64_t bytes_join(ai_actor_t *ctx, ai_bytes_t *s, int64_t x) {
    int t = ai_word_type(x);
    const int64_t *items;
    int64_t n;
    int64_t lw = 0;
    if (t == AI_T_LIST) {
        items = ((const ai_list_t *)strm_p(x))->items;
        n = ((const ai_list_t *)strm_p(x))->n;
    } else if (t == AI_T_TUPLE) {
        items = ((const ai_tuple_t *)strm_p(x))->items;
        n = ((const ai_tuple_t *)strm_p(x))->n;
    } else {
        if (t != AI_T_SET && t != AI_T_FROZENSET && t != AI_T_ITER && t != AI_T_DICT && t != AI_T_DICT_KEYS &&
            t != AI_T_DICT_VALUES && t != AI_T_RANGE && t != AI_T_STR && t != AI_T_BYTES)
            return strm_type_error(ctx, "can only join an iterable");
        ai_list_t *l = ai_list_new(ctx, 0, AI_ELEM_VALUE);
        if (!l)
            return 0;
        ai_list_extend(ctx, W(l), x);
        if (ai_exc_pending(ctx))
            return 0;
        lw = W(l);
        items = l->items;
        n = l->n;
    }
    (void)lw;
    int64_t total = 0;
    for (int64_t i = 0; i < n; i++) {
        if (ai_word_type(items[i]) != AI_T_BYTES)
            return strm_type_error(ctx, "sequence item %lld: expected a bytes-like object, %s found", (long long)i,
                                   ai_word_type_name(items[i]));
        total += ((const ai_bytes_t *)strm_p(items[i]))->n;
    }
    if (n > 1)
        total += s->n * (n - 1);
    ai_bytes_t *r = bytes_alloc(ctx, total);
    if (!r)
        return 0;
    unsigned char *p = r->data;
    for (int64_t i = 0; i < n; i++) {
        if (i) {
            memcpy(p, s->data, (size_t)s->n);
            p += s->n;
        }
        const ai_bytes_t *b = strm_p(items[i]);
        memcpy(p, b->data, (size_t)b->n);
        p += b->n;
    }
    return W(r);
}

/* CPython's UTF-8 decoder errors: the text after "'utf-8' codec can't decode " */
static int64_t utf8_error(ai_actor_t *ctx, const ai_bytes_t *b, int64_t start, int64_t end, const char *why) {
    if (end - start == 1)
        return strm_raise(ctx, AI_EXC_VALUE, "'utf-8' codec can't decode byte 0x%02x in position %lld: %s",
                          b->data[start], (long long)start, why);
    return strm_raise(ctx, AI_EXC_VALUE, "'utf-8' codec can't decode bytes in position %lld-%lld: %s",
                      (long long)start, (long long)end - 1, why);
}

static int64_t decode_utf8(ai_actor_t *ctx, const ai_bytes_t *b) {
    const unsigned char *d = b->data;
    int64_t n = b->n, ncp = 0;
    for (int64_t i = 0; i < n;) {
        unsigned char c = d[i];
        ncp++;
        if (c < 0x80) {
            i++;
            continue;
        }
        int len = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
        if (!len)
            return utf8_error(ctx, b, i, i + 1, "invalid start byte");
        unsigned char lo = 0x80, hi = 0xBF;
        if (c == 0xE0) lo = 0xA0;
        else if (c == 0xED) hi = 0x9F;
        else if (c == 0xF0) lo = 0x90;
        else if (c == 0xF4) hi = 0x8F;
        int64_t j = i + 1;
        for (int k = 1; k < len; k++, j++) {
            if (j >= n)
                return utf8_error(ctx, b, i, j, "unexpected end of data");
            unsigned char l2 = k == 1 ? lo : 0x80, h2 = k == 1 ? hi : 0xBF;
            if (d[j] < l2 || d[j] > h2)
                return utf8_error(ctx, b, i, j, "invalid continuation byte");
        }
        i = j;
    }
    return W(strm_new(ctx, (const char *)d, n, ncp));
}

static int64_t bytes_decode(ai_actor_t *ctx, ai_bytes_t *b, int32_t mid, int64_t argc, const int64_t *argv) {
    if (!nargs(ctx, mid, argc, 0, 2))
        return 0;
    int codec = 8;
    if (argc > 0) {
        if (!strm_is_str(argv[0]))
            return strm_type_error(ctx, "decode() argument 'encoding' must be str, not %s", ai_word_type_name(argv[0]));
        codec = strm_codec_of(strm_p(argv[0]));
        if (codec < 0)
            return strm_raise(ctx, AI_EXC_NOT_IMPLEMENTED, "encoding '%s' is not supported",
                              ((ai_str_t *)strm_p(argv[0]))->data);
    }
    bool strict = true;
    if (argc > 1) {
        if (!strm_is_str(argv[1]))
            return strm_type_error(ctx, "decode() argument 'errors' must be str, not %s", ai_word_type_name(argv[1]));
        strict = strcmp(((ai_str_t *)strm_p(argv[1]))->data, "strict") == 0;
    }
    bool ascii = true;
    for (int64_t i = 0; i < b->n && ascii; i++)
        ascii = b->data[i] < 0x80;
    if (ascii)
        return W(strm_new(ctx, (const char *)b->data, b->n, b->n));
    if (!strict && codec != 1)
        return strm_raise(ctx, AI_EXC_NOT_IMPLEMENTED, "decode() errors other than 'strict' are not supported");
    if (codec == 8)
        return decode_utf8(ctx, b);
    if (codec == 7) {
        int64_t i = 0;
        while (b->data[i] < 0x80)
            i++;
        return strm_raise(ctx, AI_EXC_VALUE, "'ascii' codec can't decode byte 0x%02x in position %lld: ordinal not "
                          "in range(128)", b->data[i], (long long)i);
    }
    ai_buf_t out = {0};
    for (int64_t i = 0; i < b->n; i++)
        strm_buf_cp(&out, b->data[i]);
    return W(strm_take(ctx, &out));
}

static int64_t bytes_hex(ai_actor_t *ctx, ai_bytes_t *b, int32_t mid, int64_t argc) {
    if (argc > 0)
        return strm_raise(ctx, AI_EXC_NOT_IMPLEMENTED, "bytes.hex() with a separator is not supported");
    (void)mid;
    ai_str_t *s = ai_str_alloc(ctx, b->n * 2);
    if (!s)
        return 0;
    static const char hx[] = "0123456789abcdef";
    for (int64_t i = 0; i < b->n; i++) {
        s->data[2 * i] = hx[b->data[i] >> 4];
        s->data[2 * i + 1] = hx[b->data[i] & 15];
    }
    s->data[2 * b->n] = 0;
    s->ncp = 2 * b->n;
    return W(s);
}

/* ----- the rest of bytes' methods (ASCII semantics) -------------------------------------------- */
static bool nargs_expected(ai_actor_t *ctx, int32_t mid, int64_t argc, int64_t lo, int64_t hi) {
    if (argc < lo) {
        strm_type_error(ctx, "%s expected at least %lld argument%s, got %lld", mname(mid), (long long)lo,
                        lo == 1 ? "" : "s", (long long)argc);
        return false;
    }
    if (argc > hi) {
        strm_type_error(ctx, "%s expected at most %lld argument%s, got %lld", mname(mid), (long long)hi,
                        hi == 1 ? "" : "s", (long long)argc);
        return false;
    }
    return true;
}

static int64_t rfind_in(const unsigned char *s, int64_t a, int64_t b, const unsigned char *t, int64_t m) {
    for (int64_t i = b - m; i >= a; i--)
        if (memcmp(s + i, t, (size_t)m) == 0)
            return i;
    return -1;
}

static int64_t bytes_rsplit(ai_actor_t *ctx, ai_bytes_t *s, int32_t mid, int64_t argc, const int64_t *argv) {
    if (!nargs(ctx, mid, argc, 0, 2))
        return 0;
    const ai_bytes_t *sep = NULL;
    int64_t maxsplit = -1;
    if (argc > 0 && !strm_is_none(argv[0]) && !(sep = arg_bytes(ctx, argv[0])))
        return 0;
    if (argc > 1 && !strm_arg_int(ctx, argv[1], &maxsplit))
        return 0;
    if (maxsplit < 0)
        maxsplit = INT64_MAX;
    if (sep && sep->n == 0)
        return strm_raise(ctx, AI_EXC_VALUE, "empty separator");
    ai_list_t *l;
    if (!new_list(ctx, &l))
        return 0;
    const unsigned char *d = s->data;
    int64_t j = s->n;
    if (!sep) {
        for (;;) {
            while (j > 0 && is_ws(d[j - 1]))
                j--;
            if (j <= 0)
                break;
            if (maxsplit-- == 0) {
                if (!push(ctx, l, d, j))
                    return 0;
                break;
            }
            int64_t i = j;
            while (i > 0 && !is_ws(d[i - 1]))
                i--;
            if (!push(ctx, l, d + i, j - i))
                return 0;
            j = i;
        }
    } else {
        int64_t i;
        while (maxsplit-- > 0 && (i = rfind_in(d, 0, j, sep->data, sep->n)) >= 0) {
            if (!push(ctx, l, d + i + sep->n, j - i - sep->n))
                return 0;
            j = i;
        }
        if (!push(ctx, l, d, j))
            return 0;
    }
    for (int64_t a = 0, b = l->n - 1; a < b; a++, b--) {
        int64_t t = l->items[a];
        l->items[a] = l->items[b];
        l->items[b] = t;
    }
    return W(l);
}

static int64_t bytes_partition(ai_actor_t *ctx, ai_bytes_t *s, int32_t mid, int64_t argc, const int64_t *argv) {
    if (!nargs(ctx, mid, argc, 1, 1))
        return 0;
    const ai_bytes_t *sep = arg_bytes(ctx, argv[0]);
    if (!sep)
        return 0;
    if (sep->n == 0)
        return strm_raise(ctx, AI_EXC_VALUE, "empty separator");
    bool rev = mid == AI_M_rpartition;
    int64_t i = rev ? rfind_in(s->data, 0, s->n, sep->data, sep->n) : find_in(s->data, 0, s->n, sep->data, sep->n);
    int64_t e = ai_bytes_new(ctx, "", 0), items[3];
    if (!e)
        return 0;
    if (i < 0) {
        items[0] = rev ? e : W(s);
        items[1] = e;
        items[2] = rev ? W(s) : e;
    } else {
        items[0] = ai_bytes_new(ctx, (const char *)s->data, i);
        items[1] = W(sep);
        items[2] = items[0] ? ai_bytes_new(ctx, (const char *)s->data + i + sep->n, s->n - i - sep->n) : 0;
        if (!items[2])
            return 0;
    }
    return ai_tuple_new(ctx, 3, items);
}

static int64_t bytes_replace(ai_actor_t *ctx, ai_bytes_t *s, int32_t mid, int64_t argc, const int64_t *argv) {
    if (!nargs_expected(ctx, mid, argc, 2, 3))
        return 0;
    const ai_bytes_t *old = arg_bytes(ctx, argv[0]), *new = old ? arg_bytes(ctx, argv[1]) : NULL;
    if (!new)
        return 0;
    int64_t count = -1;
    if (argc > 2 && !strm_arg_int(ctx, argv[2], &count))
        return 0;
    if (count < 0)
        count = INT64_MAX;
    ai_buf_t b = {0};
    int64_t n = s->n, i = 0, done = 0;
    const char *d = (const char *)s->data;
    if (old->n == 0) {
        while (done < count && i <= n) {
            ai_buf_put(&b, (const char *)new->data, (size_t)new->n);
            done++;
            if (i == n) {
                i++;
                break;
            }
            ai_buf_putc(&b, d[i++]);
        }
    } else {
        int64_t j;
        while (done < count && (j = find_in(s->data, i, n, old->data, old->n)) >= 0) {
            ai_buf_put(&b, d + i, (size_t)(j - i));
            ai_buf_put(&b, (const char *)new->data, (size_t)new->n);
            i = j + old->n;
            done++;
        }
    }
    if (i < n)
        ai_buf_put(&b, d + i, (size_t)(n - i));
    int64_t r = b.oom ? (ai_raise(ctx, AI_EXC_MEMORY, ""), 0) : ai_bytes_new(ctx, b.p ? b.p : "", (int64_t)b.n);
    ai_buf_free(&b);
    return r;
}

static int64_t bytes_affix(ai_actor_t *ctx, ai_bytes_t *s, int32_t mid, int64_t argc, const int64_t *argv) {
    if (!nargs(ctx, mid, argc, 1, 1))
        return 0;
    const ai_bytes_t *a = arg_bytes(ctx, argv[0]);
    if (!a)
        return 0;
    if (a->n > s->n)
        return W(s);
    if (mid == AI_M_removeprefix)
        return memcmp(s->data, a->data, (size_t)a->n) ? W(s)
                                                       : ai_bytes_new(ctx, (const char *)s->data + a->n, s->n - a->n);
    return memcmp(s->data + s->n - a->n, a->data, (size_t)a->n) ? W(s)
                                                                 : ai_bytes_new(ctx, (const char *)s->data, s->n - a->n);
}

static bool b_up(unsigned char c) { return c >= 'A' && c <= 'Z'; }
static bool b_lo(unsigned char c) { return c >= 'a' && c <= 'z'; }
static bool b_dig(unsigned char c) { return c >= '0' && c <= '9'; }

static int64_t bytes_is(ai_actor_t *ctx, ai_bytes_t *s, int32_t mid, int64_t argc) {
    if (!nargs(ctx, mid, argc, 0, 0))
        return 0;
    if (mid == AI_M_isascii) {
        for (int64_t i = 0; i < s->n; i++)
            if (s->data[i] >= 0x80)
                return ai_bool_box(false);
        return ai_bool_box(true);
    }
    if (s->n == 0)
        return ai_bool_box(false);
    bool cased = false, prev = false;
    for (int64_t i = 0; i < s->n; i++) {
        unsigned char c = s->data[i];
        switch (mid) {
        case AI_M_isdigit: if (!b_dig(c)) return ai_bool_box(false); break;
        case AI_M_isalpha: if (!b_up(c) && !b_lo(c)) return ai_bool_box(false); break;
        case AI_M_isalnum: if (!b_up(c) && !b_lo(c) && !b_dig(c)) return ai_bool_box(false); break;
        case AI_M_isspace: if (!is_ws(c)) return ai_bool_box(false); break;
        case AI_M_isupper: if (b_lo(c)) return ai_bool_box(false); cased |= b_up(c); break;
        case AI_M_islower: if (b_up(c)) return ai_bool_box(false); cased |= b_lo(c); break;
        default: /* istitle */
            if (b_up(c)) {
                if (prev)
                    return ai_bool_box(false);
                prev = cased = true;
            } else if (b_lo(c)) {
                if (!prev)
                    return ai_bool_box(false);
                prev = cased = true;
            } else {
                prev = false;
            }
        }
    }
    if (mid == AI_M_isupper || mid == AI_M_islower || mid == AI_M_istitle)
        return ai_bool_box(cased);
    return ai_bool_box(true);
}

static int64_t bytes_case(ai_actor_t *ctx, ai_bytes_t *s, int32_t mid, int64_t argc) {
    if (!nargs(ctx, mid, argc, 0, 0))
        return 0;
    ai_bytes_t *r = bytes_alloc(ctx, s->n);
    if (!r)
        return 0;
    bool prev = false;
    for (int64_t i = 0; i < s->n; i++) {
        unsigned char c = s->data[i];
        bool up = b_up(c), lo = b_lo(c);
        switch (mid) {
        case AI_M_upper: c = lo ? c - 32 : c; break;
        case AI_M_lower: c = up ? c + 32 : c; break;
        case AI_M_swapcase: c = lo ? c - 32 : up ? c + 32 : c; break;
        case AI_M_capitalize: c = i == 0 ? (lo ? c - 32 : c) : (up ? c + 32 : c); break;
        default: /* title */
            c = prev ? (up ? c + 32 : c) : (lo ? c - 32 : c);
            prev = up || lo;
        }
        r->data[i] = c;
    }
    return W(r);
}

static int64_t bytes_pad(ai_actor_t *ctx, ai_bytes_t *s, int64_t left, int64_t right, unsigned char fill) {
    if (left <= 0 && right <= 0)
        return W(s);
    ai_bytes_t *r = bytes_alloc(ctx, s->n + left + right);
    if (!r)
        return 0;
    memset(r->data, fill, (size_t)left);
    memcpy(r->data + left, s->data, (size_t)s->n);
    memset(r->data + left + s->n, fill, (size_t)right);
    return W(r);
}

static int64_t bytes_just(ai_actor_t *ctx, ai_bytes_t *s, int32_t mid, int64_t argc, const int64_t *argv) {
    int64_t width;
    unsigned char fill = ' ';
    if (mid == AI_M_zfill) {
        if (!nargs(ctx, mid, argc, 1, 1) || !strm_arg_int(ctx, argv[0], &width))
            return 0;
        if (width <= s->n)
            return W(s);
        int64_t k = width - s->n;
        int64_t w = bytes_pad(ctx, s, k, 0, '0');
        ai_bytes_t *r = strm_p(w);
        if (r && s->n && (s->data[0] == '+' || s->data[0] == '-')) {
            r->data[0] = s->data[0];
            r->data[k] = '0';
        }
        return w;
    }
    if (!nargs_expected(ctx, mid, argc, 1, 2) || !strm_arg_int(ctx, argv[0], &width))
        return 0;
    if (argc > 1) {
        if (ai_word_type(argv[1]) != AI_T_BYTES || ((const ai_bytes_t *)strm_p(argv[1]))->n != 1)
            return strm_type_error(ctx, "%s() argument 2 must be a byte string of length 1, not %s", mname(mid),
                                   ai_word_type_name(argv[1]));
        fill = ((const ai_bytes_t *)strm_p(argv[1]))->data[0];
    }
    if (width <= s->n)
        return W(s);
    int64_t marg = width - s->n;
    if (mid == AI_M_ljust)
        return bytes_pad(ctx, s, 0, marg, fill);
    if (mid == AI_M_rjust)
        return bytes_pad(ctx, s, marg, 0, fill);
    int64_t left = marg / 2 + (marg & width & 1);
    return bytes_pad(ctx, s, left, marg - left, fill);
}

static int64_t bytes_expandtabs(ai_actor_t *ctx, ai_bytes_t *s, int32_t mid, int64_t argc, const int64_t *argv) {
    if (!nargs(ctx, mid, argc, 0, 1))
        return 0;
    int64_t tab = 8;
    if (argc > 0 && !strm_arg_int(ctx, argv[0], &tab))
        return 0;
    ai_buf_t b = {0};
    int64_t col = 0;
    for (int64_t i = 0; i < s->n; i++) {
        unsigned char c = s->data[i];
        if (c == '\t') {
            if (tab > 0) {
                int64_t k = tab - col % tab;
                for (int64_t j = 0; j < k; j++)
                    ai_buf_putc(&b, ' ');
                col += k;
            }
            continue;
        }
        ai_buf_putc(&b, (char)c);
        col = (c == '\n' || c == '\r') ? 0 : col + 1;
    }
    int64_t r = b.oom ? (ai_raise(ctx, AI_EXC_MEMORY, ""), 0) : ai_bytes_new(ctx, b.p ? b.p : "", (int64_t)b.n);
    ai_buf_free(&b);
    return r;
}

static int64_t bytes_splitlines(ai_actor_t *ctx, ai_bytes_t *s, int32_t mid, int64_t argc, const int64_t *argv) {
    if (!nargs(ctx, mid, argc, 0, 1))
        return 0;
    int64_t keep = 0;
    if (argc > 0 && !strm_arg_int(ctx, argv[0], &keep))
        return 0;
    ai_list_t *l;
    if (!new_list(ctx, &l))
        return 0;
    int64_t i = 0, n = s->n;
    while (i < n) {
        int64_t j = i;
        while (j < n && s->data[j] != '\n' && s->data[j] != '\r')
            j++;
        int64_t e = j;
        if (j < n)
            e = (s->data[j] == '\r' && j + 1 < n && s->data[j + 1] == '\n') ? j + 2 : j + 1;
        if (!push(ctx, l, s->data + i, (keep ? e : j) - i))
            return 0;
        i = e;
    }
    return W(l);
}

int64_t ai_bytes_method(ai_actor_t *ctx, ai_bytes_t *b, int32_t mid, int64_t argc, const int64_t *argv) {
    if (mid & AI_M_KW) {
        mid &= ~AI_M_KW;
        argc--;
    }
    switch (mid) {
    case AI_M_decode: return bytes_decode(ctx, b, mid, argc, argv);
    case AI_M_hex: return bytes_hex(ctx, b, mid, argc);
    case AI_M_count: case AI_M_find: case AI_M_rfind: case AI_M_index: case AI_M_rindex:
        return bytes_find(ctx, b, mid, argc, argv);
    case AI_M_startswith: case AI_M_endswith: return bytes_startswith(ctx, b, mid, argc, argv);
    case AI_M_split: return bytes_split(ctx, b, mid, argc, argv);
    case AI_M_strip: case AI_M_lstrip: case AI_M_rstrip: return bytes_strip(ctx, b, mid, argc, argv);
    case AI_M_upper: case AI_M_lower: case AI_M_title: case AI_M_capitalize: case AI_M_swapcase:
        return bytes_case(ctx, b, mid, argc);
    case AI_M_rsplit: return bytes_rsplit(ctx, b, mid, argc, argv);
    case AI_M_partition: case AI_M_rpartition: return bytes_partition(ctx, b, mid, argc, argv);
    case AI_M_replace: return bytes_replace(ctx, b, mid, argc, argv);
    case AI_M_removeprefix: case AI_M_removesuffix: return bytes_affix(ctx, b, mid, argc, argv);
    case AI_M_isdigit: case AI_M_isalpha: case AI_M_isalnum: case AI_M_isspace: case AI_M_isupper:
    case AI_M_islower: case AI_M_istitle: case AI_M_isascii:
        return bytes_is(ctx, b, mid, argc);
    case AI_M_zfill: case AI_M_ljust: case AI_M_rjust: case AI_M_center: return bytes_just(ctx, b, mid, argc, argv);
    case AI_M_expandtabs: return bytes_expandtabs(ctx, b, mid, argc, argv);
    case AI_M_splitlines: return bytes_splitlines(ctx, b, mid, argc, argv);
    case AI_M_join:
        if (!nargs(ctx, mid, argc, 1, 1))
            return 0;
        return bytes_join(ctx, b, argv[0]);
    default:
        return strm_raise(ctx, AI_EXC_ATTRIBUTE, "'bytes' object has no attribute '%s'", mname(mid));
    }
}
