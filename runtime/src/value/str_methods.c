/* str methods (CPython 3.11 results and messages). Text is UTF-8 with a code-point count; ASCII
 * strings (nbytes == ncp) take byte-wise fast paths. Character properties and case mappings come
 * from strm_table.h (U+0000..U+052F: Latin, Greek, Cyrillic; U+1E00..U+27FF: Latin and Greek
 * extended, punctuation, currency, letterlike, number forms, symbols; U+FB00..U+FB4F ligatures;
 * U+FF00..U+FFEF fullwidth forms) plus ranges known to be uncased
 * (kana, Hangul, CJK, emoji); a character outside them raises NotImplementedError, never a wrong
 * answer. */
#include <stdio.h>
#include <stdlib.h>

#include "strm.h"
#include "strm_table.h"
#include "../actor/actor.h"

#define W strm_w
static const char *mname(int32_t mid) { return strm_mname(mid); }

/* ----- character properties -------------------------------------------------------------------- */
/* The CJK ideographs (U+4E00..U+9FFF) that str.isnumeric() accepts (numeric, not digits), from
 * python3 3.11. */
static const uint16_t cjk_numeric[] = {
    0x4E00, 0x4E03, 0x4E07, 0x4E09, 0x4E5D, 0x4E8C, 0x4E94, 0x4E96, 0x4EBF, 0x4EC0, 0x4EDF, 0x4EE8,
    0x4F0D, 0x4F70, 0x5104, 0x5146, 0x5169, 0x516B, 0x516D, 0x5341, 0x5343, 0x5344, 0x5345, 0x534C,
    0x53C1, 0x53C2, 0x53C3, 0x53C4, 0x56DB, 0x58F1, 0x58F9, 0x5E7A, 0x5EFE, 0x5EFF, 0x5F0C, 0x5F0D,
    0x5F0E, 0x5F10, 0x62FE, 0x634C, 0x67D2, 0x6F06, 0x7396, 0x767E, 0x8086, 0x842C, 0x8CAE, 0x8CB3,
    0x8D30, 0x9621, 0x9646, 0x964C, 0x9678, 0x96F6
};

static bool is_cjk_numeric(uint32_t c) {
    size_t lo = 0, hi = sizeof cjk_numeric / sizeof cjk_numeric[0];
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (cjk_numeric[mid] == c)
            return true;
        if (cjk_numeric[mid] < c)
            lo = mid + 1;
        else
            hi = mid;
    }
    return false;
}

static bool uni_space(uint32_t c) {
    return c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 ||
           c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}
static bool is_space(uint32_t c) {
    if (c < 0x80)
        return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1C && c <= 0x1F);
    return uni_space(c);
}

/* c's entry in strm_table, or NULL */
static const strm_cp_info_t *cp_info(uint32_t c) {
    for (size_t i = 0; i < sizeof strm_ranges / sizeof strm_ranges[0]; i++)
        if (c >= strm_ranges[i].lo && c < strm_ranges[i].hi)
            return &strm_table[strm_ranges[i].at + (c - strm_ranges[i].lo)];
    return NULL;
}

/* The flags of c; false after raising NotImplementedError for a character we do not know. */
static bool cp_flags(ai_actor_t *ctx, uint32_t c, uint16_t *f) {
    const strm_cp_info_t *t = cp_info(c);
    if (t) {
        *f = t->flags;
        return true;
    }
    if ((c >= 0x3041 && c <= 0x3096) || (c >= 0x30A1 && c <= 0x30FA) || (c >= 0xAC00 && c <= 0xD7A3)) {
        *f = STRM_F_ALPHA | STRM_F_XID_START | STRM_F_XID_CONTINUE;
        return true;
    }
    if (c >= 0x4E00 && c <= 0x9FFF) {
        *f = STRM_F_ALPHA | STRM_F_XID_START | STRM_F_XID_CONTINUE | (is_cjk_numeric(c) ? STRM_F_NUMERIC : 0);
        return true;
    }
    if ((c >= 0x1F300 && c <= 0x1F3FA) || (c >= 0x1F400 && c <= 0x1F64F) || (c >= 0x1F680 && c <= 0x1F6FF) ||
        (c >= 0x1F900 && c <= 0x1F9FF)) {
        *f = 0;
        return true;
    }
    if (uni_space(c)) {
        *f = STRM_F_SPACE;
        return true;
    }
    strm_raise(ctx, AI_EXC_NOT_IMPLEMENTED, "str methods do not know the character U+%04X yet", (unsigned)c);
    return false;
}

/* ----- argument checks ------------------------------------------------------------------------- */
static bool no_args(ai_actor_t *ctx, int32_t mid, int64_t argc) {
    if (argc == 0)
        return true;
    strm_type_error(ctx, "str.%s() takes no arguments (%lld given)", mname(mid), (long long)argc);
    return false;
}
static bool one_arg(ai_actor_t *ctx, int32_t mid, int64_t argc) {
    if (argc == 1)
        return true;
    strm_type_error(ctx, "str.%s() takes exactly one argument (%lld given)", mname(mid), (long long)argc);
    return false;
}
/* "find() takes at least 1 argument (0 given)" style */
static bool nargs_paren(ai_actor_t *ctx, int32_t mid, int64_t argc, int64_t lo, int64_t hi) {
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
/* "strip expected at most 1 argument, got 5" style */
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
static ai_str_t *arg_str(ai_actor_t *ctx, int64_t w) {
    if (strm_is_str(w))
        return strm_p(w);
    strm_type_error(ctx, "must be str, not %s", ai_word_type_name(w));
    return NULL;
}

/* ----- searching ------------------------------------------------------------------------------- */
static int64_t rfind_bytes(const char *s, int64_t a, int64_t b, const char *t, int64_t m) {
    if (m == 0)
        return a <= b ? b : -1;
    for (int64_t i = b - m; i >= a; i--)
        if (s[i] == t[0] && memcmp(s + i, t, (size_t)m) == 0)
            return i;
    return -1;
}

/* start/end arguments argv[0..1] (code points) as byte offsets a, b; false: raised, or *empty when
 * the range is empty in a way CPython reports as not found (start > len). */
static bool range_args(ai_actor_t *ctx, const ai_str_t *s, int64_t argc, const int64_t *argv, int64_t *a,
                       int64_t *b, int64_t *cs, int64_t *ce) {
    int64_t start = 0, end = INT64_MAX / 2;
    if (argc > 0 && !strm_arg_bound(ctx, argv[0], 0, &start))
        return false;
    if (argc > 1 && !strm_arg_bound(ctx, argv[1], INT64_MAX / 2, &end))
        return false;
    strm_adjust(&start, &end, s->ncp);
    *cs = start;
    *ce = end;
    if (start > s->ncp) {
        *a = s->nbytes + 1;
        *b = s->nbytes;
        return true;
    }
    *a = strm_offset(s, start);
    *b = end <= start ? *a - (end < start) : strm_offset(s, end);
    return true;
}

static int64_t str_find(ai_actor_t *ctx, ai_str_t *s, int32_t mid, int64_t argc, const int64_t *argv) {
    if (!nargs_paren(ctx, mid, argc, 1, 3))
        return 0;
    ai_str_t *t = arg_str(ctx, argv[0]);
    int64_t a, b, cs, ce;
    if (!t || !range_args(ctx, s, argc - 1, argv + 1, &a, &b, &cs, &ce))
        return 0;
    bool rev = mid == AI_M_rfind || mid == AI_M_rindex;
    int64_t r = -1;
    if (ce - cs >= t->ncp && cs <= s->ncp)
        r = rev ? rfind_bytes(s->data, a, b, t->data, t->nbytes) : strm_find(s->data, a, b, t->data, t->nbytes);
    if (r < 0) {
        if (mid == AI_M_index || mid == AI_M_rindex)
            return strm_raise(ctx, AI_EXC_VALUE, "substring not found");
        return ai_small(-1);
    }
    return ai_small(strm_cpindex(s, r));
}

static int64_t str_count(ai_actor_t *ctx, ai_str_t *s, int32_t mid, int64_t argc, const int64_t *argv) {
    if (!nargs_paren(ctx, mid, argc, 1, 3))
        return 0;
    ai_str_t *t = arg_str(ctx, argv[0]);
    int64_t a, b, cs, ce;
    if (!t || !range_args(ctx, s, argc - 1, argv + 1, &a, &b, &cs, &ce))
        return 0;
    if (cs > s->ncp || ce < cs)
        return ai_small(0);
    if (t->nbytes == 0)
        return ai_small(ce - cs + 1);
    int64_t n = 0;
    for (int64_t p = a; (p = strm_find(s->data, p, b, t->data, t->nbytes)) >= 0; p += t->nbytes)
        n++;
    return ai_small(n);
}

static int64_t str_startswith(ai_actor_t *ctx, ai_str_t *s, int32_t mid, int64_t argc, const int64_t *argv) {
    if (!nargs_paren(ctx, mid, argc, 1, 3))
        return 0;
    int64_t a, b, cs, ce;
    int64_t x = argv[0];
    bool end = mid == AI_M_endswith;
    const int64_t *items = &x;
    int64_t n = 1;
    if (ai_word_type(x) == AI_T_TUPLE) {
        items = ((const ai_tuple_t *)strm_p(x))->items;
        n = ((const ai_tuple_t *)strm_p(x))->n;
    } else if (!strm_is_str(x)) {
        return strm_type_error(ctx, "%s first arg must be str or a tuple of str, not %s", mname(mid),
                               ai_word_type_name(x));
    }
    if (!range_args(ctx, s, argc - 1, argv + 1, &a, &b, &cs, &ce))
        return 0;
    for (int64_t i = 0; i < n; i++) {
        if (!strm_is_str(items[i]))
            return strm_type_error(ctx, "tuple for %s must only contain str, not %s", mname(mid),
                                   ai_word_type_name(items[i]));
        const ai_str_t *t = strm_p(items[i]);
        if (cs > s->ncp)
            continue;
        if (ce - cs < t->ncp || b - a < t->nbytes)
            continue;
        const char *p = end ? s->data + b - t->nbytes : s->data + a;
        if (memcmp(p, t->data, (size_t)t->nbytes) == 0)
            return ai_bool_box(true);
    }
    return ai_bool_box(false);
}

/* ----- split ----------------------------------------------------------------------------------- */
static bool push_piece(ai_actor_t *ctx, ai_list_t *l, const ai_str_t *s, int64_t a, int64_t b) {
    ai_str_t *p = (a == 0 && b == s->nbytes) ? (ai_str_t *)s : strm_new(ctx, s->data + a, b - a, s->nbytes == s->ncp ? b - a : -1);
    return p && ai_list_push(ctx, l, W(p));
}

/* The whitespace character (if any) at byte offset i: its length, else 0. */
static int space_at(const ai_str_t *s, int64_t i) {
    unsigned char c = (unsigned char)s->data[i];
    if (c < 0x80)
        return is_space(c);
    int len;
    uint32_t cp = strm_cp(s->data + i, &len);
    return uni_space(cp) ? len : 0;
}
/* The whitespace character ending just before byte offset i: its length, else 0. */
static int space_before(const ai_str_t *s, int64_t i) {
    int64_t j = i - 1;
    while (j > 0 && ((unsigned char)s->data[j] & 0xC0u) == 0x80u)
        j--;
    return space_at(s, j) ? (int)(i - j) : 0;
}

static int64_t list_reverse_done(ai_list_t *l) {
    for (int64_t i = 0, j = l->n - 1; i < j; i++, j--) {
        int64_t t = l->items[i];
        l->items[i] = l->items[j];
        l->items[j] = t;
    }
    return W(l);
}

static int64_t str_split(ai_actor_t *ctx, ai_str_t *s, int32_t mid, int64_t argc, const int64_t *argv) {
    if (!nargs_paren(ctx, mid, argc, 0, 2))
        return 0;
    int64_t sepw = argc > 0 ? argv[0] : W(&ai_None), maxsplit = -1;
    if (!strm_is_none(sepw) && !strm_is_str(sepw))
        return strm_type_error(ctx, "must be str or None, not %s", ai_word_type_name(sepw));
    if (argc > 1 && !strm_arg_int(ctx, argv[1], &maxsplit))
        return 0;
    if (maxsplit < 0)
        maxsplit = INT64_MAX;
    bool rev = mid == AI_M_rsplit;
    ai_list_t *l = ai_list_new(ctx, 0, AI_ELEM_VALUE);
    if (!l)
        return 0;
    int64_t n = s->nbytes;
    if (strm_is_none(sepw)) {
        if (!rev) {
            int64_t i = 0;
            for (;;) {
                int k;
                while (i < n && (k = space_at(s, i)))
                    i += k;
                if (i >= n)
                    break;
                if (maxsplit-- == 0) {
                    /* the rest, with its trailing whitespace stripped? no: CPython keeps it */
                    if (!push_piece(ctx, l, s, i, n))
                        return 0;
                    break;
                }
                int64_t j = i;
                while (j < n && !space_at(s, j))
                    j += strm_cplen((unsigned char)s->data[j]);
                if (!push_piece(ctx, l, s, i, j))
                    return 0;
                i = j;
            }
            return W(l);
        }
        int64_t j = n;
        for (;;) {
            int k;
            while (j > 0 && (k = space_before(s, j)))
                j -= k;
            if (j <= 0)
                break;
            if (maxsplit-- == 0) {
                if (!push_piece(ctx, l, s, 0, j))
                    return 0;
                break;
            }
            int64_t i = j;
            while (i > 0 && !space_before(s, i)) {
                i--;
                while (i > 0 && ((unsigned char)s->data[i] & 0xC0u) == 0x80u)
                    i--;
            }
            if (!push_piece(ctx, l, s, i, j))
                return 0;
            j = i;
        }
        return list_reverse_done(l);
    }
    const ai_str_t *sep = strm_p(sepw);
    if (sep->nbytes == 0)
        return strm_raise(ctx, AI_EXC_VALUE, "empty separator");
    if (!rev) {
        int64_t i = 0, j;
        while (maxsplit-- > 0 && (j = strm_find(s->data, i, n, sep->data, sep->nbytes)) >= 0) {
            if (!push_piece(ctx, l, s, i, j))
                return 0;
            i = j + sep->nbytes;
        }
        return push_piece(ctx, l, s, i, n) ? W(l) : 0;
    }
    int64_t j = n, i;
    while (maxsplit-- > 0 && (i = rfind_bytes(s->data, 0, j, sep->data, sep->nbytes)) >= 0) {
        if (!push_piece(ctx, l, s, i + sep->nbytes, j))
            return 0;
        j = i;
    }
    if (!push_piece(ctx, l, s, 0, j))
        return 0;
    return list_reverse_done(l);
}

/* CPython's line boundaries: \n \r \r\n \v \f \x1c \x1d \x1e \x85 \u2028 \u2029 */
static int line_break_at(const ai_str_t *s, int64_t i) {
    unsigned char c = (unsigned char)s->data[i];
    if (c == '\r')
        return i + 1 < s->nbytes && s->data[i + 1] == '\n' ? 2 : 1;
    if (c == '\n' || c == '\v' || c == '\f' || c == 0x1C || c == 0x1D || c == 0x1E)
        return 1;
    if (c < 0x80)
        return 0;
    int len;
    uint32_t cp = strm_cp(s->data + i, &len);
    return (cp == 0x85 || cp == 0x2028 || cp == 0x2029) ? len : 0;
}

static int64_t str_splitlines(ai_actor_t *ctx, ai_str_t *s, int32_t mid, int64_t argc, const int64_t *argv) {
    if (!nargs_paren(ctx, mid, argc, 0, 1))
        return 0;
    int64_t keep = 0;
    if (argc > 0 && !strm_arg_int(ctx, argv[0], &keep))
        return 0;
    ai_list_t *l = ai_list_new(ctx, 0, AI_ELEM_VALUE);
    if (!l)
        return 0;
    int64_t i = 0, n = s->nbytes;
    while (i < n) {
        int64_t j = i;
        int k = 0;
        while (j < n && !(k = line_break_at(s, j)))
            j += strm_cplen((unsigned char)s->data[j]);
        int64_t e = j < n ? j + k : n;
        if (!push_piece(ctx, l, s, i, keep ? e : j))
            return 0;
        i = e;
    }
    return W(l);
}

static int64_t str_partition(ai_actor_t *ctx, ai_str_t *s, int32_t mid, int64_t argc, const int64_t *argv) {
    if (!one_arg(ctx, mid, argc))
        return 0;
    ai_str_t *sep = arg_str(ctx, argv[0]);
    if (!sep)
        return 0;
    if (sep->nbytes == 0)
        return strm_raise(ctx, AI_EXC_VALUE, "empty separator");
    bool rev = mid == AI_M_rpartition;
    int64_t i = rev ? rfind_bytes(s->data, 0, s->nbytes, sep->data, sep->nbytes)
                    : strm_find(s->data, 0, s->nbytes, sep->data, sep->nbytes);
    int64_t items[3];
    ai_str_t *e = strm_new(ctx, "", 0, 0);
    if (i < 0) {
        items[0] = rev ? W(e) : W(s);
        items[1] = W(e);
        items[2] = rev ? W(s) : W(e);
    } else {
        ai_str_t *a = strm_new(ctx, s->data, i, -1);
        ai_str_t *b = a ? strm_new(ctx, s->data + i + sep->nbytes, s->nbytes - i - sep->nbytes, -1) : NULL;
        if (!b)
            return 0;
        items[0] = W(a);
        items[1] = W(sep);
        items[2] = W(b);
    }
    return ai_tuple_new(ctx, 3, items);
}

/* ----- join ------------------------------------------------------------------------------------ */
static bool iterable_type(int t) {
    switch (t) {
    case AI_T_LIST: case AI_T_TUPLE: case AI_T_STR: case AI_T_DICT: case AI_T_SET: case AI_T_FROZENSET:
    case AI_T_BYTES: case AI_T_RANGE: case AI_T_ITER: case AI_T_DICT_KEYS: case AI_T_DICT_VALUES:
    case AI_T_DICT_ITEMS:
        return true;
    default: return false;
    }
}

static int64_t join_items(ai_actor_t *ctx, ai_str_t *sep, int64_t n, const int64_t *items) {
    if (n == 0)
        return W(strm_new(ctx, "", 0, 0));
    if (n == 1 && strm_is_str(items[0]))
        return items[0];
    int64_t nbytes = 0, ncp = 0;
    for (int64_t i = 0; i < n; i++) {
        if (!strm_is_str(items[i]))
            return strm_type_error(ctx, "sequence item %lld: expected str instance, %s found", (long long)i,
                                   ai_word_type_name(items[i]));
        const ai_str_t *t = strm_p(items[i]);
        nbytes += t->nbytes;
        ncp += t->ncp;
    }
    nbytes += sep->nbytes * (n - 1);
    ncp += sep->ncp * (n - 1);
    ai_str_t *r = ai_str_alloc(ctx, nbytes);
    if (!r)
        return 0;
    char *p = r->data;
    for (int64_t i = 0; i < n; i++) {
        if (i && sep->nbytes) {
            memcpy(p, sep->data, (size_t)sep->nbytes);
            p += sep->nbytes;
        }
        const ai_str_t *t = strm_p(items[i]);
        memcpy(p, t->data, (size_t)t->nbytes);
        p += t->nbytes;
    }
    *p = 0;
    r->ncp = ncp;
    return W(r);
}

static int64_t str_join(ai_actor_t *ctx, ai_str_t *s, int32_t mid, int64_t argc, const int64_t *argv) {
    if (!one_arg(ctx, mid, argc))
        return 0;
    int64_t x = argv[0];
    int t = ai_word_type(x);
    if (t == AI_T_LIST) {
        const ai_list_t *l = strm_p(x);
        return join_items(ctx, s, l->n, l->items);
    }
    if (t == AI_T_TUPLE) {
        const ai_tuple_t *tu = strm_p(x);
        return join_items(ctx, s, tu->n, tu->items);
    }
    if (!iterable_type(t))
        return strm_type_error(ctx, "can only join an iterable");
    int64_t it = ai_obj_iter(ctx, x);
    if (ai_exc_pending(ctx))
        return 0;
    int64_t stack[32], *items = stack, n = 0, cap = 32, r = 0;
    for (;;) {
        int64_t v = ai_iter_next(ctx, it);
        if (ai_exc_pending(ctx))
            goto out;
        if (!v)
            break;
        if (n == cap) {
            int64_t *q = malloc((size_t)cap * 2 * sizeof *q);
            if (!q) {
                ai_raise(ctx, AI_EXC_MEMORY, "");
                goto out;
            }
            memcpy(q, items, (size_t)n * sizeof *q);
            if (items != stack)
                free(items);
            items = q;
            cap *= 2;
        }
        items[n++] = v;
    }
    r = join_items(ctx, s, n, items);
out:
    if (items != stack)
        free(items);
    return r;
}

/* ----- strip ----------------------------------------------------------------------------------- */
static int64_t str_strip(ai_actor_t *ctx, ai_str_t *s, int32_t mid, int64_t argc, const int64_t *argv) {
    if (!nargs_expected(ctx, mid, argc, 0, 1))
        return 0;
    const ai_str_t *chars = NULL;
    if (argc > 0 && !strm_is_none(argv[0])) {
        if (!strm_is_str(argv[0]))
            return strm_type_error(ctx, "%s arg must be None or str", mname(mid));
        chars = strm_p(argv[0]);
    }
    bool left = mid != AI_M_rstrip, right = mid != AI_M_lstrip;
    int64_t a = 0, b = s->nbytes;
    bool table[128] = {0};
    bool ascii_chars = true;
    if (chars) {
        for (int64_t i = 0; i < chars->nbytes; i++) {
            unsigned char c = (unsigned char)chars->data[i];
            if (c < 0x80)
                table[c] = true;
            else
                ascii_chars = false;
        }
    }
#define IN_CHARS(p, len)                                                                           \
    (chars ? ((len) == 1 ? table[(unsigned char)*(p)]                                              \
                         : (!ascii_chars && strm_find(chars->data, 0, chars->nbytes, (p), (len)) >= 0)) \
           : 0)
    if (left)
        while (a < b) {
            int len = strm_cplen((unsigned char)s->data[a]);
            if (chars ? !IN_CHARS(s->data + a, len) : !space_at(s, a))
                break;
            a += len;
        }
    if (right)
        while (b > a) {
            int64_t j = b - 1;
            while (j > a && ((unsigned char)s->data[j] & 0xC0u) == 0x80u)
                j--;
            int len = (int)(b - j);
            if (chars ? !IN_CHARS(s->data + j, len) : !space_at(s, j))
                break;
            b = j;
        }
#undef IN_CHARS
    if (a == 0 && b == s->nbytes)
        return W(s);
    return W(strm_new(ctx, s->data + a, b - a, s->nbytes == s->ncp ? b - a : -1));
}

/* ----- case ------------------------------------------------------------------------------------ */
/* code points of s (malloc'd), or NULL after MemoryError */
static uint32_t *decode(ai_actor_t *ctx, const ai_str_t *s) {
    uint32_t *u = malloc((size_t)(s->ncp + 1) * sizeof *u);
    if (!u) {
        ai_raise(ctx, AI_EXC_MEMORY, "");
        return NULL;
    }
    int64_t off = 0;
    for (int64_t i = 0; i < s->ncp; i++) {
        int len;
        u[i] = strm_cp(s->data + off, &len);
        off += len;
    }
    return u;
}

enum { OP_UPPER, OP_LOWER, OP_TITLE, OP_FOLD };
/* c's mapping by op (t: its entry, NULL when c is known to map to itself) */
static void put_map(ai_buf_t *b, uint32_t c, const strm_cp_info_t *t, int op) {
    if (!t) {
        strm_buf_cp(b, c);
        return;
    }
    uint16_t m = op == OP_UPPER ? t->upper : op == OP_LOWER ? t->lower : op == OP_TITLE ? t->title : t->fold;
    if (t->flags & (STRM_F_SPECIAL_UPPER << op)) {
        const uint32_t *sp = strm_special[m];
        for (uint32_t k = 1; k <= sp[0]; k++)
            strm_buf_cp(b, sp[k]);
    } else {
        strm_buf_cp(b, m);
    }
}

/* CPython's final-sigma rule for U+03A3 at index i; -1 after raising. */
static int final_sigma(ai_actor_t *ctx, const uint32_t *u, int64_t n, int64_t i) {
    uint16_t f = 0;
    int64_t j = i - 1;
    while (j >= 0) {
        if (!cp_flags(ctx, u[j], &f))
            return -1;
        if (!(f & STRM_F_IGNORABLE))
            break;
        j--;
    }
    if (j < 0 || !(f & STRM_F_CASED))
        return 0;
    j = i + 1;
    while (j < n) {
        if (!cp_flags(ctx, u[j], &f))
            return -1;
        if (!(f & STRM_F_IGNORABLE))
            break;
        j++;
    }
    return j == n || !(f & STRM_F_CASED);
}

static bool put_lower(ai_actor_t *ctx, ai_buf_t *b, const uint32_t *u, int64_t n, int64_t i) {
    if (u[i] == 0x3A3) {
        int fs = final_sigma(ctx, u, n, i);
        if (fs < 0)
            return false;
        strm_buf_cp(b, fs ? 0x3C2 : 0x3C3);
        return true;
    }
    put_map(b, u[i], cp_info(u[i]), OP_LOWER);
    return true;
}

static int64_t ascii_case(ai_actor_t *ctx, ai_str_t *s, int32_t mid) {
    ai_str_t *r = ai_str_alloc(ctx, s->nbytes);
    if (!r)
        return 0;
    r->ncp = s->ncp;
    const unsigned char *p = (const unsigned char *)s->data;
    char *q = r->data;
    bool prev_cased = false;
    for (int64_t i = 0; i < s->nbytes; i++) {
        unsigned char c = p[i];
        bool up = c >= 'A' && c <= 'Z', lo = c >= 'a' && c <= 'z';
        switch (mid) {
        case AI_M_upper: c = lo ? c - 32 : c; break;
        case AI_M_lower: case AI_M_casefold: c = up ? c + 32 : c; break;
        case AI_M_swapcase: c = lo ? c - 32 : up ? c + 32 : c; break;
        case AI_M_capitalize: c = i == 0 ? (lo ? c - 32 : c) : (up ? c + 32 : c); break;
        case AI_M_title:
            c = prev_cased ? (up ? c + 32 : c) : (lo ? c - 32 : c);
            prev_cased = up || lo;
            break;
        }
        q[i] = (char)c;
    }
    q[s->nbytes] = 0;
    return W(r);
}

static int64_t str_case(ai_actor_t *ctx, ai_str_t *s, int32_t mid, int64_t argc) {
    if (!no_args(ctx, mid, argc))
        return 0;
    if (s->nbytes == s->ncp)
        return ascii_case(ctx, s, mid);
    uint32_t *u = decode(ctx, s);
    if (!u)
        return 0;
    int64_t n = s->ncp;
    ai_buf_t b = {0};
    bool prev_cased = false, ok = true;
    for (int64_t i = 0; i < n && ok; i++) {
        uint32_t c = u[i];
        uint16_t f;
        if (!cp_flags(ctx, c, &f)) {
            ok = false;
            break;
        }
        const strm_cp_info_t *t = cp_info(c);
        switch (mid) {
        case AI_M_upper: put_map(&b, c, t, OP_UPPER); break;
        case AI_M_lower: ok = put_lower(ctx, &b, u, n, i); break;
        case AI_M_casefold: put_map(&b, c, t, OP_FOLD); break;
        case AI_M_swapcase:
            if (f & STRM_F_UPPER)
                ok = put_lower(ctx, &b, u, n, i);
            else if (f & STRM_F_LOWER)
                put_map(&b, c, t, OP_UPPER);
            else
                strm_buf_cp(&b, c);
            break;
        case AI_M_capitalize:
            if (i == 0)
                put_map(&b, c, t, OP_TITLE);
            else
                ok = put_lower(ctx, &b, u, n, i);
            break;
        case AI_M_title:
            if (prev_cased)
                ok = put_lower(ctx, &b, u, n, i);
            else
                put_map(&b, c, t, OP_TITLE);
            prev_cased = f & STRM_F_CASED;
            break;
        }
    }
    free(u);
    if (!ok) {
        ai_buf_free(&b);
        return 0;
    }
    return W(strm_take(ctx, &b));
}

/* ----- predicates ------------------------------------------------------------------------------ */
static int64_t str_is(ai_actor_t *ctx, ai_str_t *s, int32_t mid, int64_t argc) {
    if (!no_args(ctx, mid, argc))
        return 0;
    if (mid == AI_M_isascii)
        return ai_bool_box(s->nbytes == s->ncp);
    if (s->nbytes == 0)
        return ai_bool_box(false);
    bool cased = false, prev_cased = false;
    int64_t off = 0;
    for (int64_t i = 0; i < s->ncp; i++) {
        int len;
        uint32_t c = strm_cp(s->data + off, &len);
        off += len;
        uint16_t f;
        if (mid == AI_M_isspace) {
            if (!is_space(c))
                return ai_bool_box(false);
            continue;
        }
        if (!cp_flags(ctx, c, &f))
            return 0;
        switch (mid) {
        case AI_M_isalpha: if (!(f & STRM_F_ALPHA)) return ai_bool_box(false); break;
        case AI_M_isdecimal: if (!(f & STRM_F_DECIMAL)) return ai_bool_box(false); break;
        case AI_M_isdigit: if (!(f & STRM_F_DIGIT)) return ai_bool_box(false); break;
        case AI_M_isnumeric:
            if (!(f & STRM_F_NUMERIC))
                return ai_bool_box(false);
            break;
        case AI_M_isalnum:
            if (!(f & (STRM_F_ALPHA | STRM_F_DECIMAL | STRM_F_DIGIT | STRM_F_NUMERIC)))
                return ai_bool_box(false);
            break;
        case AI_M_isupper:
            if (f & (STRM_F_LOWER | STRM_F_TITLE))
                return ai_bool_box(false);
            cased |= (f & STRM_F_UPPER) != 0;
            break;
        case AI_M_islower:
            if (f & (STRM_F_UPPER | STRM_F_TITLE))
                return ai_bool_box(false);
            cased |= (f & STRM_F_LOWER) != 0;
            break;
        case AI_M_istitle:
            if (f & (STRM_F_UPPER | STRM_F_TITLE)) {
                if (prev_cased)
                    return ai_bool_box(false);
                prev_cased = cased = true;
            } else if (f & STRM_F_LOWER) {
                if (!prev_cased)
                    return ai_bool_box(false);
                prev_cased = cased = true;
            } else {
                prev_cased = false;
            }
            break;
        case AI_M_isidentifier:
            if (!(f & (i == 0 ? STRM_F_XID_START : STRM_F_XID_CONTINUE)) && !(i == 0 && c == '_'))
                return ai_bool_box(false);
            break;
        }
    }
    if (mid == AI_M_isupper || mid == AI_M_islower || mid == AI_M_istitle)
        return ai_bool_box(cased);
    return ai_bool_box(true);
}

/* ----- padding --------------------------------------------------------------------------------- */
static int64_t pad(ai_actor_t *ctx, ai_str_t *s, int64_t left, int64_t right, uint32_t fill) {
    if (left <= 0 && right <= 0)
        return W(s);
    char f[4];
    int fl = strm_put_cp(f, fill);
    int64_t nb = s->nbytes + (left + right) * fl;
    ai_str_t *r = ai_str_alloc(ctx, nb);
    if (!r)
        return 0;
    char *p = r->data;
    for (int64_t i = 0; i < left; i++, p += fl)
        memcpy(p, f, (size_t)fl);
    memcpy(p, s->data, (size_t)s->nbytes);
    p += s->nbytes;
    for (int64_t i = 0; i < right; i++, p += fl)
        memcpy(p, f, (size_t)fl);
    *p = 0;
    r->ncp = s->ncp + left + right;
    return W(r);
}

static int64_t str_just(ai_actor_t *ctx, ai_str_t *s, int32_t mid, int64_t argc, const int64_t *argv) {
    if (!nargs_expected(ctx, mid, argc, 1, 2))
        return 0;
    int64_t width;
    if (!strm_arg_int(ctx, argv[0], &width))
        return 0;
    uint32_t fill = ' ';
    if (argc > 1) {
        if (!strm_is_str(argv[1]))
            return strm_type_error(ctx, "The fill character must be a unicode character, not %s",
                                   ai_word_type_name(argv[1]));
        const ai_str_t *fs = strm_p(argv[1]);
        if (fs->ncp != 1)
            return strm_type_error(ctx, "The fill character must be exactly one character long");
        int len;
        fill = strm_cp(fs->data, &len);
    }
    if (width <= s->ncp)
        return W(s);
    int64_t marg = width - s->ncp;
    switch (mid) {
    case AI_M_ljust: return pad(ctx, s, 0, marg, fill);
    case AI_M_rjust: return pad(ctx, s, marg, 0, fill);
    default: {
        int64_t left = marg / 2 + (marg & width & 1);
        return pad(ctx, s, left, marg - left, fill);
    }
    }
}

static int64_t str_zfill(ai_actor_t *ctx, ai_str_t *s, int32_t mid, int64_t argc, const int64_t *argv) {
    if (!one_arg(ctx, mid, argc))
        return 0;
    int64_t width;
    if (!strm_arg_int(ctx, argv[0], &width))
        return 0;
    if (width <= s->ncp)
        return W(s);
    int64_t fill = width - s->ncp;
    ai_str_t *r = (ai_str_t *)strm_p(pad(ctx, s, fill, 0, '0'));
    if (!r)
        return 0;
    if (s->nbytes && (s->data[0] == '+' || s->data[0] == '-')) {
        r->data[0] = s->data[0];
        r->data[fill] = '0';
    }
    return W(r);
}

/* ----- replace, prefixes, tabs ----------------------------------------------------------------- */
static int64_t str_replace(ai_actor_t *ctx, ai_str_t *s, int32_t mid, int64_t argc, const int64_t *argv) {
    if (!nargs_expected(ctx, mid, argc, 2, 3))
        return 0;
    for (int k = 0; k < 2; k++)
        if (!strm_is_str(argv[k]))
            return strm_type_error(ctx, "replace() argument %d must be str, not %s", k + 1,
                                   ai_word_type_name(argv[k]));
    const ai_str_t *old = strm_p(argv[0]), *new = strm_p(argv[1]);
    int64_t count = -1;
    if (argc > 2 && !strm_arg_int(ctx, argv[2], &count))
        return 0;
    if (count < 0)
        count = INT64_MAX;
    if (count == 0)
        return W(s);
    ai_buf_t b = {0};
    int64_t n = s->nbytes, i = 0, done = 0;
    if (old->nbytes == 0) {
        /* insert new before every code point and at the end */
        while (done < count && i <= n) {
            ai_buf_put(&b, new->data, (size_t)new->nbytes);
            done++;
            if (i == n) {
                i++;
                break;
            }
            int len = strm_cplen((unsigned char)s->data[i]);
            ai_buf_put(&b, s->data + i, (size_t)len);
            i += len;
        }
        if (i < n)
            ai_buf_put(&b, s->data + i, (size_t)(n - i));
        return W(strm_take(ctx, &b));
    }
    int64_t j;
    while (done < count && (j = strm_find(s->data, i, n, old->data, old->nbytes)) >= 0) {
        ai_buf_put(&b, s->data + i, (size_t)(j - i));
        ai_buf_put(&b, new->data, (size_t)new->nbytes);
        i = j + old->nbytes;
        done++;
    }
    if (done == 0) {
        ai_buf_free(&b);
        return W(s);
    }
    ai_buf_put(&b, s->data + i, (size_t)(n - i));
    return W(strm_take(ctx, &b));
}

static int64_t str_affix(ai_actor_t *ctx, ai_str_t *s, int32_t mid, int64_t argc, const int64_t *argv) {
    if (!one_arg(ctx, mid, argc))
        return 0;
    if (!strm_is_str(argv[0]))
        return strm_type_error(ctx, "%s() argument must be str, not %s", mname(mid), ai_word_type_name(argv[0]));
    const ai_str_t *a = strm_p(argv[0]);
    if (a->nbytes == 0 || a->nbytes > s->nbytes)
        return W(s);
    if (mid == AI_M_removeprefix) {
        if (memcmp(s->data, a->data, (size_t)a->nbytes) != 0)
            return W(s);
        return W(strm_new(ctx, s->data + a->nbytes, s->nbytes - a->nbytes, s->ncp - a->ncp));
    }
    if (memcmp(s->data + s->nbytes - a->nbytes, a->data, (size_t)a->nbytes) != 0)
        return W(s);
    return W(strm_new(ctx, s->data, s->nbytes - a->nbytes, s->ncp - a->ncp));
}

static int64_t str_expandtabs(ai_actor_t *ctx, ai_str_t *s, int32_t mid, int64_t argc, const int64_t *argv) {
    if (!nargs_paren(ctx, mid, argc, 0, 1))
        return 0;
    int64_t tab = 8;
    if (argc > 0 && !strm_arg_int(ctx, argv[0], &tab))
        return 0;
    if (!memchr(s->data, '\t', (size_t)s->nbytes))
        return W(s);
    ai_buf_t b = {0};
    int64_t col = 0;
    for (int64_t i = 0; i < s->nbytes;) {
        unsigned char c = (unsigned char)s->data[i];
        if (c == '\t') {
            if (tab > 0) {
                int64_t k = tab - col % tab;
                for (int64_t j = 0; j < k; j++)
                    ai_buf_putc(&b, ' ');
                col += k;
            }
            i++;
            continue;
        }
        int len = strm_cplen(c);
        ai_buf_put(&b, s->data + i, (size_t)len);
        i += len;
        col = (c == '\n' || c == '\r') ? 0 : col + 1;
    }
    return W(strm_take(ctx, &b));
}

/* ----- encode ---------------------------------------------------------------------------------- */
/* a codec name as CPython normalises it: lower case, '_' and ' ' as '-' */
int strm_codec_of(const ai_str_t *e) {
    char n[32];
    if (e->nbytes >= (int64_t)sizeof n)
        return -1;
    for (int64_t i = 0; i <= e->nbytes; i++) {
        char c = e->data[i];
        n[i] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c == '_' || c == ' ' ? '-' : c);
    }
    if (!strcmp(n, "utf-8") || !strcmp(n, "utf8") || !strcmp(n, "u8") || !strcmp(n, "utf"))
        return 8;
    if (!strcmp(n, "ascii") || !strcmp(n, "us-ascii") || !strcmp(n, "646"))
        return 7;
    if (!strcmp(n, "latin-1") || !strcmp(n, "latin1") || !strcmp(n, "iso-8859-1") || !strcmp(n, "iso8859-1") ||
        !strcmp(n, "l1") || !strcmp(n, "latin") || !strcmp(n, "8859") || !strcmp(n, "cp819"))
        return 1;
    return -1;
}

static int64_t str_encode(ai_actor_t *ctx, ai_str_t *s, int32_t mid, int64_t argc, const int64_t *argv) {
    if (!nargs_paren(ctx, mid, argc, 0, 2))
        return 0;
    int codec = 8;
    if (argc > 0) {
        if (!strm_is_str(argv[0]))
            return strm_type_error(ctx, "encode() argument 'encoding' must be str, not %s", ai_word_type_name(argv[0]));
        codec = strm_codec_of(strm_p(argv[0]));
        if (codec < 0)
            return strm_raise(ctx, AI_EXC_NOT_IMPLEMENTED, "encoding '%s' is not supported",
                              ((ai_str_t *)strm_p(argv[0]))->data);
    }
    if (argc > 1) {
        if (!strm_is_str(argv[1]))
            return strm_type_error(ctx, "encode() argument 'errors' must be str, not %s", ai_word_type_name(argv[1]));
        if (strcmp(((ai_str_t *)strm_p(argv[1]))->data, "strict") != 0 && s->nbytes != s->ncp)
            return strm_raise(ctx, AI_EXC_NOT_IMPLEMENTED, "encode() errors other than 'strict' are not supported");
    }
    if (codec == 8 || s->nbytes == s->ncp)
        return ai_bytes_new(ctx, s->data, s->nbytes);
    char *out = malloc((size_t)s->ncp + 1);
    if (!out) {
        ai_raise(ctx, AI_EXC_MEMORY, "");
        return 0;
    }
    int64_t off = 0;
    for (int64_t i = 0; i < s->ncp; i++) {
        int len;
        uint32_t c = strm_cp(s->data + off, &len);
        off += len;
        uint32_t lim = codec == 7 ? 128 : 256;
        if (c >= lim) { /* UnicodeEncodeError (a ValueError): the run of characters it cannot encode */
            free(out);
            const char *name = codec == 7 ? "ascii" : "latin-1";
            int64_t j = i + 1, o2 = off;
            while (j < s->ncp) {
                int l2;
                if (strm_cp(s->data + o2, &l2) < lim)
                    break;
                o2 += l2;
                j++;
            }
            if (j > i + 1)
                return strm_raise(ctx, AI_EXC_VALUE, "'%s' codec can't encode characters in position %lld-%lld: "
                                  "ordinal not in range(%u)", name, (long long)i, (long long)j - 1, (unsigned)lim);
            return strm_raise(ctx, AI_EXC_VALUE, "'%s' codec can't encode character '\\%s%0*x' in position %lld: "
                              "ordinal not in range(%u)", name, c < 0x100 ? "x" : c < 0x10000 ? "u" : "U",
                              c < 0x100 ? 2 : c < 0x10000 ? 4 : 8, (unsigned)c, (long long)i, (unsigned)lim);
        }
        out[i] = (char)c;
    }
    int64_t r = ai_bytes_new(ctx, out, s->ncp);
    free(out);
    return r;
}

/* ----- dispatch -------------------------------------------------------------------------------- */
int64_t ai_str_method(ai_actor_t *ctx, ai_str_t *s, int32_t mid, int64_t argc, const int64_t *argv) {
    int64_t kw = 0;
    if (mid & AI_M_KW) {
        mid &= ~AI_M_KW;
        kw = argv[--argc];
        if (mid != AI_M_format && ai_word_type(kw) == AI_T_DICT && ai_dict_len(strm_p(kw)) > 0)
            return strm_type_error(ctx, "str.%s() takes no keyword arguments", mname(mid));
    }
    switch (mid) {
    case AI_M_split: case AI_M_rsplit: return str_split(ctx, s, mid, argc, argv);
    case AI_M_splitlines: return str_splitlines(ctx, s, mid, argc, argv);
    case AI_M_join: return str_join(ctx, s, mid, argc, argv);
    case AI_M_strip: case AI_M_lstrip: case AI_M_rstrip: return str_strip(ctx, s, mid, argc, argv);
    case AI_M_upper: case AI_M_lower: case AI_M_title: case AI_M_capitalize: case AI_M_swapcase:
    case AI_M_casefold:
        return str_case(ctx, s, mid, argc);
    case AI_M_replace: return str_replace(ctx, s, mid, argc, argv);
    case AI_M_find: case AI_M_rfind: case AI_M_index: case AI_M_rindex: return str_find(ctx, s, mid, argc, argv);
    case AI_M_count: return str_count(ctx, s, mid, argc, argv);
    case AI_M_startswith: case AI_M_endswith: return str_startswith(ctx, s, mid, argc, argv);
    case AI_M_isdigit: case AI_M_isalpha: case AI_M_isalnum: case AI_M_isspace: case AI_M_isupper:
    case AI_M_islower: case AI_M_isdecimal: case AI_M_isnumeric: case AI_M_istitle: case AI_M_isidentifier:
    case AI_M_isascii:
        return str_is(ctx, s, mid, argc);
    case AI_M_zfill: return str_zfill(ctx, s, mid, argc, argv);
    case AI_M_ljust: case AI_M_rjust: case AI_M_center: return str_just(ctx, s, mid, argc, argv);
    case AI_M_partition: case AI_M_rpartition: return str_partition(ctx, s, mid, argc, argv);
    case AI_M_format: return strm_format(ctx, s, argc, argv, kw);
    case AI_M_encode: return str_encode(ctx, s, mid, argc, argv);
    case AI_M_removeprefix: case AI_M_removesuffix: return str_affix(ctx, s, mid, argc, argv);
    case AI_M_expandtabs: return str_expandtabs(ctx, s, mid, argc, argv);
    default:
        return strm_raise(ctx, AI_EXC_ATTRIBUTE, "'str' object has no attribute '%s'", mname(mid));
    }
}
