/* Builtin functions: ai_builtin(ctx, bid, argc, argv) with the argument conventions of rt.h
 * (above AI_BUILTINS) and CPython 3.11's results and messages; the math, time and sys functions are
 * in bltn_math.c and bltn_sys.c. */
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bltn.h"
#include "int.h"
#include "../actor/actor.h"

static const char *const names[AI_B_LIMIT] = {
    [AI_B_NONE] = "?",
#define AI_B_NAME(name) [AI_B_##name] = #name,
    AI_BUILTINS(AI_B_NAME)
#undef AI_B_NAME
};

/* The Python name (`sqrt` for math_sqrt, as repr(math.sqrt) says). */
const char *ai_builtin_name(int32_t bid) {
    if (bid <= 0 || bid >= AI_B_LIMIT)
        return "?";
    const char *n = names[bid];
    if (!strncmp(n, "math_", 5))
        return n + 5;
    if (!strncmp(n, "time_", 5))
        return n + 5;
    if (!strncmp(n, "sys_", 4))
        return n + 4;
    return n;
}

/* ----- helpers ----------------------------------------------------------------------------------- */
int64_t ai_bl_raisef(ai_actor_t *ctx, int32_t kind, const char *fmt, ...) {
    char msg[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    ai_raise(ctx, kind, msg);
    return BL_ERR;
}

static int64_t W(const void *p) { return (int64_t)(intptr_t)p; }
static int64_t none_word(void) { return W(&ai_None); }

bool ai_bl_as_int(int64_t w, int64_t *iw) {
    int t = ai_word_type(w);
    if (t == AI_T_INT) {
        *iw = w;
        return true;
    }
    if (t == AI_T_BOOL) {
        *iw = ai_small(((const struct ai_bool_obj *)(intptr_t)w)->value != 0);
        return true;
    }
    return false;
}

static void not_integer(ai_actor_t *ctx, int64_t w) {
    ai_type_error_of(ctx, "'%s' object cannot be interpreted as an integer", w);
}

bool ai_bl_index(ai_actor_t *ctx, int64_t w, int64_t *out) {
    int64_t iw;
    if (!ai_bl_as_int(w, &iw)) {
        not_integer(ctx, w);
        return false;
    }
    if (ai_is_small(iw)) {
        *out = ai_small_val(iw);
        return true;
    }
    *out = ai_int_as_i64(ctx, iw);
    return !ctx->pending;
}

static bool is_value_list(int64_t x) {
    return ai_word_type(x) == AI_T_LIST && ((const ai_list_t *)(intptr_t)x)->kind == AI_ELEM_VALUE;
}

bool ai_bl_iter_init(ai_actor_t *ctx, ai_bl_iter_t *it, int64_t x) {
    it->i = 0;
    it->seq = 0;
    it->it = 0;
    if (is_value_list(x) || ai_word_type(x) == AI_T_TUPLE) {
        it->seq = x;
        return true;
    }
    it->it = ai_obj_iter(ctx, x);
    return it->it != 0 && !ctx->pending;
}

int64_t ai_bl_iter_next(ai_actor_t *ctx, ai_bl_iter_t *it) {
    if (it->seq) {
        if (ai_word_type(it->seq) == AI_T_TUPLE) {
            const ai_tuple_t *t = (const ai_tuple_t *)(intptr_t)it->seq;
            return it->i < t->n ? t->items[it->i++] : 0;
        }
        const ai_list_t *l = (const ai_list_t *)(intptr_t)it->seq; /* re-read: the list may change */
        return it->i < l->n ? l->items[it->i++] : 0;
    }
    return ai_iter_next(ctx, it->it);
}

/* A new list of the items of any iterable. */
static int64_t list_of(ai_actor_t *ctx, int64_t x) {
    if (is_value_list(x)) {
        const ai_list_t *l = (const ai_list_t *)(intptr_t)x;
        return ai_list_from(ctx, l->n, l->items);
    }
    if (ai_word_type(x) == AI_T_TUPLE) {
        const ai_tuple_t *t = (const ai_tuple_t *)(intptr_t)x;
        return ai_list_from(ctx, t->n, t->items);
    }
    ai_bl_iter_t it;
    if (!ai_bl_iter_init(ctx, &it, x))
        return BL_ERR;
    int64_t list = ai_list_from(ctx, 0, NULL);
    if (!list)
        return BL_ERR;
    for (int64_t v; (v = ai_bl_iter_next(ctx, &it));)
        if (!ai_list_push(ctx, (ai_list_t *)(intptr_t)list, v))
            return BL_ERR;
    return ctx->pending ? BL_ERR : list;
}

static int64_t str_word(ai_str_t *s) { return s ? W(s) : BL_ERR; }

/* ----- argument counts --------------------------------------------------------------------------- */
enum { ONE = 1, EXPECT, MATH_ONE, OWN };
typedef struct {
    int8_t min, max; /* max -1: any number */
    uint8_t style;
} arity_t;

static const arity_t arity[AI_B_LIMIT] = {
    [AI_B_abs] = {1, 1, ONE}, [AI_B_all] = {1, 1, ONE}, [AI_B_any] = {1, 1, ONE},
    [AI_B_bin] = {1, 1, ONE}, [AI_B_bool] = {0, 1, EXPECT}, [AI_B_chr] = {1, 1, ONE},
    [AI_B_dict] = {0, 1, EXPECT}, [AI_B_divmod] = {2, 2, EXPECT}, [AI_B_enumerate] = {1, 2, OWN},
    [AI_B_filter] = {2, 2, EXPECT}, [AI_B_float] = {0, 1, EXPECT}, [AI_B_frozenset] = {0, 1, EXPECT},
    [AI_B_hash] = {1, 1, ONE}, [AI_B_hex] = {1, 1, ONE}, [AI_B_int] = {0, 2, OWN},
    [AI_B_isinstance] = {2, 2, EXPECT}, [AI_B_iter] = {1, 1, EXPECT}, [AI_B_len] = {1, 1, ONE},
    [AI_B_list] = {0, 1, EXPECT}, [AI_B_map] = {2, -1, OWN}, [AI_B_max] = {1, -1, OWN},
    [AI_B_min] = {1, -1, OWN}, [AI_B_next] = {1, 2, EXPECT}, [AI_B_oct] = {1, 1, ONE},
    [AI_B_ord] = {1, 1, ONE}, [AI_B_pow] = {2, 3, OWN}, [AI_B_repr] = {1, 1, ONE},
    [AI_B_reversed] = {1, 1, EXPECT}, [AI_B_round] = {1, 2, OWN}, [AI_B_set] = {0, 1, EXPECT},
    [AI_B_sorted] = {1, 3, OWN}, [AI_B_str] = {0, 1, OWN}, [AI_B_sum] = {1, 2, OWN},
    [AI_B_tuple] = {0, 1, EXPECT}, [AI_B_zip] = {0, -1, EXPECT}, [AI_B_type_name] = {1, 1, ONE},
    [AI_B_math_sqrt] = {1, 1, MATH_ONE}, [AI_B_math_floor] = {1, 1, MATH_ONE},
    [AI_B_math_ceil] = {1, 1, MATH_ONE}, [AI_B_math_trunc] = {1, 1, MATH_ONE},
    [AI_B_math_gcd] = {0, -1, EXPECT}, [AI_B_math_lcm] = {0, -1, EXPECT},
    [AI_B_math_factorial] = {1, 1, MATH_ONE}, [AI_B_math_isqrt] = {1, 1, MATH_ONE},
    [AI_B_math_log] = {1, 2, OWN}, [AI_B_math_log2] = {1, 1, MATH_ONE},
    [AI_B_math_log10] = {1, 1, MATH_ONE}, [AI_B_math_exp] = {1, 1, MATH_ONE},
    [AI_B_math_sin] = {1, 1, MATH_ONE}, [AI_B_math_cos] = {1, 1, MATH_ONE},
    [AI_B_math_tan] = {1, 1, MATH_ONE}, [AI_B_math_asin] = {1, 1, MATH_ONE},
    [AI_B_math_acos] = {1, 1, MATH_ONE}, [AI_B_math_atan] = {1, 1, MATH_ONE},
    [AI_B_math_atan2] = {2, 2, EXPECT}, [AI_B_math_hypot] = {0, -1, EXPECT},
    [AI_B_math_fabs] = {1, 1, MATH_ONE}, [AI_B_math_isclose] = {2, 4, OWN},
    [AI_B_math_isfinite] = {1, 1, MATH_ONE}, [AI_B_math_isinf] = {1, 1, MATH_ONE},
    [AI_B_math_isnan] = {1, 1, MATH_ONE}, [AI_B_math_pow] = {2, 2, EXPECT},
    [AI_B_math_comb] = {2, 2, EXPECT}, [AI_B_math_perm] = {1, 2, EXPECT}, [AI_B_math_prod] = {1, 2, OWN},
    [AI_B_math_fsum] = {1, 1, MATH_ONE}, [AI_B_math_copysign] = {2, 2, EXPECT},
    [AI_B_math_degrees] = {1, 1, MATH_ONE}, [AI_B_math_radians] = {1, 1, MATH_ONE},
    [AI_B_math_dist] = {2, 2, EXPECT}, [AI_B_time_time] = {0, 0, OWN},
    [AI_B_time_perf_counter] = {0, 0, OWN}, [AI_B_time_monotonic] = {0, 0, OWN},
    [AI_B_sys_exit] = {0, 1, EXPECT}, [AI_B_bytes] = {0, 1, EXPECT}, [AI_B_math_fmod] = {2, 2, EXPECT},
    [AI_B_math_modf] = {1, 1, MATH_ONE},
};

static const char *plural(int64_t n) { return n == 1 ? "" : "s"; }

/* CPython's message for a wrong number of arguments; false after raising. */
static bool check_arity(ai_actor_t *ctx, int32_t bid, int64_t argc) {
    arity_t a = arity[bid];
    if (argc >= a.min && (a.max < 0 || argc <= a.max) && !(bid == AI_B_sorted && argc == 2))
        return true;
    const char *n = ai_builtin_name(bid);
    int g = (int)argc;
    switch (a.style) {
    case ONE:
        ai_bl_raisef(ctx, AI_EXC_TYPE, "%s() takes exactly one argument (%d given)", n, g);
        return false;
    case MATH_ONE:
        ai_bl_raisef(ctx, AI_EXC_TYPE, "math.%s() takes exactly one argument (%d given)", n, g);
        return false;
    case EXPECT:
        if (a.min == a.max)
            ai_bl_raisef(ctx, AI_EXC_TYPE, "%s expected %d argument%s, got %d", n, a.min, plural(a.min), g);
        else if (argc < a.min)
            ai_bl_raisef(ctx, AI_EXC_TYPE, "%s expected at least %d argument%s, got %d", n, a.min, plural(a.min), g);
        else
            ai_bl_raisef(ctx, AI_EXC_TYPE, "%s expected at most %d argument%s, got %d", n, a.max, plural(a.max), g);
        return false;
    default:
        break;
    }
    switch (bid) {
    case AI_B_enumerate:
        if (argc == 0)
            ai_bl_raisef(ctx, AI_EXC_TYPE, "enumerate() missing required argument 'iterable'");
        else
            ai_bl_raisef(ctx, AI_EXC_TYPE, "enumerate() takes at most 2 arguments (%d given)", g);
        break;
    case AI_B_int:
        ai_bl_raisef(ctx, AI_EXC_TYPE, "int() takes at most 2 arguments (%d given)", g);
        break;
    case AI_B_map:
        ai_bl_raisef(ctx, AI_EXC_TYPE, "map() must have at least two arguments.");
        break;
    case AI_B_max:
    case AI_B_min:
        ai_bl_raisef(ctx, AI_EXC_TYPE, "%s expected at least 1 argument, got 0", n);
        break;
    case AI_B_pow:
        if (argc == 0)
            ai_bl_raisef(ctx, AI_EXC_TYPE, "pow() missing required argument 'base' (pos 1)");
        else if (argc == 1)
            ai_bl_raisef(ctx, AI_EXC_TYPE, "pow() missing required argument 'exp' (pos 2)");
        else
            ai_bl_raisef(ctx, AI_EXC_TYPE, "pow() takes at most 3 arguments (%d given)", g);
        break;
    case AI_B_round:
        if (argc == 0)
            ai_bl_raisef(ctx, AI_EXC_TYPE, "round() missing required argument 'number' (pos 1)");
        else
            ai_bl_raisef(ctx, AI_EXC_TYPE, "round() takes at most 2 arguments (%d given)", g);
        break;
    case AI_B_sorted:
        ai_bl_raisef(ctx, AI_EXC_TYPE, "sorted expected 1 argument, got %d", g);
        break;
    case AI_B_str:
        if (argc > 3)
            ai_bl_raisef(ctx, AI_EXC_TYPE, "str() takes at most 3 arguments (%d given)", g);
        else
            ai_bl_raisef(ctx, AI_EXC_NOT_IMPLEMENTED, "str() of bytes with an encoding is not supported");
        break;
    case AI_B_sum:
        if (argc == 0)
            ai_bl_raisef(ctx, AI_EXC_TYPE, "sum() takes at least 1 positional argument (0 given)");
        else
            ai_bl_raisef(ctx, AI_EXC_TYPE, "sum() takes at most 2 arguments (%d given)", g);
        break;
    case AI_B_math_log:
        ai_bl_raisef(ctx, AI_EXC_TYPE, "math.log requires 1 to 2 arguments");
        break;
    case AI_B_math_isclose:
        if (argc == 0)
            ai_bl_raisef(ctx, AI_EXC_TYPE, "isclose() missing required argument 'a' (pos 1)");
        else if (argc == 1)
            ai_bl_raisef(ctx, AI_EXC_TYPE, "isclose() missing required argument 'b' (pos 2)");
        else
            ai_bl_raisef(ctx, AI_EXC_TYPE, "isclose() takes at most 4 arguments (%d given)", g);
        break;
    case AI_B_math_prod:
        if (argc == 0)
            ai_bl_raisef(ctx, AI_EXC_TYPE, "prod() takes exactly 1 positional argument (0 given)");
        else
            ai_bl_raisef(ctx, AI_EXC_TYPE, "prod() takes at most 2 arguments (%d given)", g);
        break;
    default: /* time.* */
        ai_bl_raisef(ctx, AI_EXC_TYPE, "time.%s() takes no arguments (%d given)", n, g);
        break;
    }
    return false;
}

/* ----- the builtins ------------------------------------------------------------------------------ */
static int64_t all_any(ai_actor_t *ctx, int64_t x, bool want) {
    ai_bl_iter_t it;
    if (!ai_bl_iter_init(ctx, &it, x))
        return BL_ERR;
    for (int64_t v; (v = ai_bl_iter_next(ctx, &it));) {
        bool t = ai_obj_truth(ctx, v);
        if (ctx->pending)
            return BL_ERR;
        if (t == want)
            return ai_bool_box(want);
    }
    return ctx->pending ? BL_ERR : ai_bool_box(!want);
}

static int64_t int_text(ai_actor_t *ctx, int64_t x, const char *spec) {
    int64_t iw;
    if (!ai_bl_as_int(x, &iw)) {
        not_integer(ctx, x);
        return BL_ERR;
    }
    ai_str_t *s = ai_str_const(ctx, spec, (int64_t)strlen(spec));
    return s ? str_word(ai_int_format(ctx, iw, s)) : BL_ERR;
}

static int64_t bl_chr(ai_actor_t *ctx, int64_t x) {
    int64_t iw;
    if (!ai_bl_as_int(x, &iw)) {
        not_integer(ctx, x);
        return BL_ERR;
    }
    if (!ai_is_small(iw) || ai_small_val(iw) > INT32_MAX || ai_small_val(iw) < INT32_MIN)
        return ai_bl_raisef(ctx, AI_EXC_OVERFLOW, "Python int too large to convert to C int");
    int64_t c = ai_small_val(iw);
    if (c < 0 || c >= 0x110000)
        return ai_bl_raisef(ctx, AI_EXC_VALUE, "chr() arg not in range(0x110000)");
    char b[4];
    size_t n;
    if (c < 0x80) {
        b[0] = (char)c;
        n = 1;
    } else if (c < 0x800) {
        b[0] = (char)(0xC0 | c >> 6);
        b[1] = (char)(0x80 | (c & 0x3F));
        n = 2;
    } else if (c < 0x10000) {
        b[0] = (char)(0xE0 | c >> 12);
        b[1] = (char)(0x80 | (c >> 6 & 0x3F));
        b[2] = (char)(0x80 | (c & 0x3F));
        n = 3;
    } else {
        b[0] = (char)(0xF0 | c >> 18);
        b[1] = (char)(0x80 | (c >> 12 & 0x3F));
        b[2] = (char)(0x80 | (c >> 6 & 0x3F));
        b[3] = (char)(0x80 | (c & 0x3F));
        n = 4;
    }
    return str_word(ai_str_from_buf(ctx, b, n));
}

static int64_t bl_ord(ai_actor_t *ctx, int64_t x) {
    int t = ai_word_type(x);
    if (t == AI_T_STR) {
        const ai_str_t *s = (const ai_str_t *)(intptr_t)x;
        if (s->ncp != 1)
            return ai_bl_raisef(ctx, AI_EXC_TYPE, "ord() expected a character, but string of length %lld found",
                                (long long)s->ncp);
        const unsigned char *p = (const unsigned char *)s->data;
        uint32_t c = p[0];
        if (c >= 0xF0)
            c = (c & 0x07) << 18 | (uint32_t)(p[1] & 0x3F) << 12 | (uint32_t)(p[2] & 0x3F) << 6 | (p[3] & 0x3F);
        else if (c >= 0xE0)
            c = (c & 0x0F) << 12 | (uint32_t)(p[1] & 0x3F) << 6 | (p[2] & 0x3F);
        else if (c >= 0xC0)
            c = (c & 0x1F) << 6 | (p[1] & 0x3F);
        return ai_small(c);
    }
    if (t == AI_T_BYTES) {
        const ai_bytes_t *b = (const ai_bytes_t *)(intptr_t)x;
        if (b->n != 1)
            return ai_bl_raisef(ctx, AI_EXC_TYPE, "ord() expected a character, but string of length %lld found",
                                (long long)b->n);
        return ai_small(b->data[0]);
    }
    ai_type_error_of(ctx, "ord() expected string of length 1, but %s found", x);
    return BL_ERR;
}

/* dict(), dict(mapping), dict(iterable of pairs) */
static int64_t bl_dict(ai_actor_t *ctx, int64_t argc, const int64_t *argv) {
    int64_t d = ai_dict_from(ctx, 0, NULL);
    if (!d || argc == 0)
        return d;
    int64_t x = argv[0];
    if (ai_word_type(x) == AI_T_DICT) {
        ai_dict_merge(ctx, d, x);
        return ctx->pending ? BL_ERR : d;
    }
    ai_bl_iter_t it;
    if (!ai_bl_iter_init(ctx, &it, x))
        return BL_ERR;
    int64_t i = 0;
    for (int64_t e; (e = ai_bl_iter_next(ctx, &it)); i++) {
        int64_t kv[2], n = 0;
        int t = ai_word_type(e);
        if (is_value_list(e) || t == AI_T_TUPLE) {
            n = t == AI_T_TUPLE ? ((const ai_tuple_t *)(intptr_t)e)->n : ((const ai_list_t *)(intptr_t)e)->n;
            const int64_t *items = t == AI_T_TUPLE ? ((const ai_tuple_t *)(intptr_t)e)->items
                                                   : ((const ai_list_t *)(intptr_t)e)->items;
            if (n == 2) {
                kv[0] = items[0];
                kv[1] = items[1];
            }
        } else {
            int64_t sub = ai_obj_iter(ctx, e);
            if (!sub || ctx->pending) {
                if (ctx->pending && ctx->pending->kind == AI_EXC_TYPE) {
                    return ai_bl_raisef(ctx, AI_EXC_TYPE,
                                        "cannot convert dictionary update sequence element #%lld to a sequence",
                                        (long long)i);
                }
                return BL_ERR;
            }
            for (int64_t v; (v = ai_iter_next(ctx, sub)); n++)
                if (n < 2)
                    kv[n] = v;
            if (ctx->pending)
                return BL_ERR;
        }
        if (n != 2)
            return ai_bl_raisef(ctx, AI_EXC_VALUE,
                                "dictionary update sequence element #%lld has length %lld; 2 is required",
                                (long long)i, (long long)n);
        if (!ai_dict_set(ctx, (ai_dict_t *)(intptr_t)d, kv[0], kv[1]))
            return BL_ERR;
    }
    return ctx->pending ? BL_ERR : d;
}

static bool as_double(int64_t w, double *out, bool *is_float, ai_actor_t *ctx) {
    int64_t iw;
    if (ai_word_type(w) == AI_T_FLOAT) {
        *out = ai_float_unbox(w);
        *is_float = true;
        return true;
    }
    if (ai_bl_as_int(w, &iw)) {
        *out = ai_is_small(iw) ? (double)ai_small_val(iw) : 0;
        *is_float = false;
        (void)ctx;
        return true;
    }
    return false;
}

static int64_t bl_divmod(ai_actor_t *ctx, int64_t a, int64_t b) {
    double x, y;
    bool fa, fb;
    if (!as_double(a, &x, &fa, ctx) || !as_double(b, &y, &fb, ctx))
        return ai_bl_raisef(ctx, AI_EXC_TYPE, "unsupported operand type(s) for divmod(): '%s' and '%s'",
                            ai_word_type_name(a), ai_word_type_name(b));
    int64_t q, r;
    if (!fa && !fb) {
        int64_t ia = 0, ib = 0;
        ai_bl_as_int(a, &ia);
        ai_bl_as_int(b, &ib);
        q = ai_int_floordiv(ctx, ia, ib);
        if (ctx->pending)
            return BL_ERR;
        r = ai_int_mod(ctx, ia, ib);
    } else {
        if (!fa)
            x = ai_obj_float(ctx, a);
        if (!fb)
            y = ai_obj_float(ctx, b);
        if (ctx->pending)
            return BL_ERR;
        if (y == 0)
            return ai_bl_raisef(ctx, AI_EXC_ZERO_DIVISION, "float divmod()");
        q = ai_float_box(ctx, ai_f64_floordiv(ctx, x, y));
        r = ai_float_box(ctx, ai_f64_mod(ctx, x, y));
    }
    if (ctx->pending)
        return BL_ERR;
    int64_t items[2] = {q, r};
    return ai_tuple_new(ctx, 2, items);
}

/* ----- pow(a, b, m) ------------------------------------------------------------------------------ */
/* (a * b) mod m for words, m > 0 */
static int64_t mulmod(ai_actor_t *ctx, int64_t a, int64_t b, int64_t m) {
    if (ai_is_small(a) && ai_is_small(b) && ai_is_small(m)) {
        unsigned __int128 p = (unsigned __int128)(uint64_t)ai_small_val(a) * (uint64_t)ai_small_val(b);
        return ai_small((int64_t)(p % (uint64_t)ai_small_val(m)));
    }
    int64_t p = ai_int_mul(ctx, a, b);
    return ctx->pending ? BL_ERR : ai_int_mod(ctx, p, m);
}

/* the inverse of a modulo m (m > 1, 0 <= a < m) by the extended Euclidean algorithm */
static int64_t invmod(ai_actor_t *ctx, int64_t a, int64_t m) {
    int64_t r0 = a, r1 = m, s0 = ai_small(1), s1 = ai_small(0);
    while (r1 != ai_small(0) && !ctx->pending) {
        int64_t q = ai_int_floordiv(ctx, r0, r1);
        int64_t r2 = ai_int_sub(ctx, r0, ai_int_mul(ctx, q, r1));
        int64_t s2 = ai_int_sub(ctx, s0, ai_int_mul(ctx, q, s1));
        r0 = r1;
        r1 = r2;
        s0 = s1;
        s1 = s2;
    }
    if (ctx->pending)
        return BL_ERR;
    if (r0 != ai_small(1))
        return ai_bl_raisef(ctx, AI_EXC_VALUE, "base is not invertible for the given modulus");
    return ai_int_mod(ctx, s0, m);
}

static int64_t pow3(ai_actor_t *ctx, int64_t a0, int64_t e0, int64_t m0) {
    int64_t a, e, m;
    if (!ai_bl_as_int(a0, &a) || !ai_bl_as_int(e0, &e) || !ai_bl_as_int(m0, &m))
        return ai_bl_raisef(ctx, AI_EXC_TYPE, "pow() 3rd argument not allowed unless all arguments are integers");
    if (m == ai_small(0))
        return ai_bl_raisef(ctx, AI_EXC_VALUE, "pow() 3rd argument cannot be 0");
    bool neg_m = ai_int_cmp(m, ai_small(0)) < 0;
    int64_t mm = neg_m ? ai_int_neg(ctx, m) : m;
    if (ctx->pending)
        return BL_ERR;
    if (mm == ai_small(1))
        return ai_small(0);
    a = ai_int_mod(ctx, a, mm);
    if (ctx->pending)
        return BL_ERR;
    if (ai_int_cmp(e, ai_small(0)) < 0) {
        a = invmod(ctx, a, mm);
        e = ai_int_neg(ctx, e);
        if (ctx->pending)
            return BL_ERR;
    }
    ai_mag_t ev;
    ai_int_view(e, &ev);
    uint64_t bits = ai_mag_bits(&ev);
    int64_t r = ai_small(1);
    for (uint64_t i = bits; i-- > 0 && !ctx->pending;) {
        r = mulmod(ctx, r, r, mm);
        if (ev.d[i / 64] >> (i % 64) & 1)
            r = mulmod(ctx, r, a, mm);
    }
    if (ctx->pending)
        return BL_ERR;
    if (neg_m && r != ai_small(0))
        r = ai_int_sub(ctx, r, mm);
    return ctx->pending ? BL_ERR : r;
}

/* ----- round ------------------------------------------------------------------------------------- */
/* round(x, n) of an int: half to even at 10**-n */
static int64_t round_int(ai_actor_t *ctx, int64_t x, int64_t n) {
    if (n >= 0)
        return x;
    int64_t p = ai_int_pow(ctx, ai_small(10), ai_int_from_i64(ctx, -n));
    if (ctx->pending)
        return BL_ERR;
    int64_t q = ai_int_floordiv(ctx, x, p);
    int64_t r = ai_int_mod(ctx, x, p);
    int64_t twice = ai_int_add(ctx, r, r);
    if (ctx->pending)
        return BL_ERR;
    int c = (int)ai_int_cmp(twice, p);
    if (c > 0 || (c == 0 && (ai_int_and(ctx, q, ai_small(1)) == ai_small(1))))
        q = ai_int_add(ctx, q, ai_small(1));
    return ctx->pending ? BL_ERR : ai_int_mul(ctx, q, p);
}

/* round(x, n) of a finite double, correctly rounded half to even on its exact decimal value (as
 * CPython's double_round, which uses dtoa's mode 3); glibc's printf rounds the exact binary value
 * the same way. */
static int64_t round_float(ai_actor_t *ctx, double x, int64_t n) {
    if (!isfinite(x) || n > 323)
        return ai_float_box(ctx, x);
    if (n < -308)
        return ai_float_box(ctx, 0.0 * x);
    char buf[1500];
    if (n >= 0) {
        snprintf(buf, sizeof buf, "%.*f", (int)n, x);
    } else {
        /* the exact integer part, then half-to-even at the digit k = -n places left of the point */
        int len = snprintf(buf, sizeof buf, "%.1100f", x);
        char *digits = buf + (buf[0] == '-');
        char *dot = strchr(digits, '.');
        bool sticky = false;
        for (char *p = dot + 1; p < buf + len; p++)
            if (*p != '0') {
                sticky = true;
                break;
            }
        int ilen = (int)(dot - digits), k = (int)-n, keep = ilen - k;
        if (keep < 0 || (keep == 0 && digits[0] == '0')) {
            snprintf(digits, sizeof buf - 1, "0");
        } else {
            int rd = digits[keep] - '0';
            for (char *p = digits + keep + 1; p < dot; p++)
                if (*p != '0')
                    sticky = true;
            bool odd = keep > 0 && (digits[keep - 1] - '0') % 2;
            bool up = rd > 5 || (rd == 5 && (sticky || odd));
            char out[400];
            int o = 0;
            out[o++] = '0';
            memcpy(out + o, digits, (size_t)keep);
            o += keep;
            if (up) {
                int i = o - 1;
                while (out[i] == '9')
                    out[i--] = '0';
                out[i]++;
            }
            o += snprintf(out + o, sizeof out - (size_t)o, "e%d", k);
            memcpy(digits, out, (size_t)o + 1);
        }
    }
    double r = strtod(buf, NULL);
    if (isinf(r))
        return ai_bl_raisef(ctx, AI_EXC_OVERFLOW, "rounded value too large to represent");
    return ai_float_box(ctx, r);
}

static int64_t bl_round(ai_actor_t *ctx, int64_t argc, const int64_t *argv) {
    int64_t x = argv[0];
    if (argc == 1 || argv[1] == none_word())
        return ai_obj_round(ctx, x);
    int64_t nw;
    if (!ai_bl_as_int(argv[1], &nw)) {
        not_integer(ctx, argv[1]);
        return BL_ERR;
    }
    int t = ai_word_type(x);
    if (t == AI_T_FLOAT) {
        /* CPython clips the digit count to a C ssize_t */
        int64_t n = ai_is_small(nw) ? ai_small_val(nw) : ai_int_cmp(nw, ai_small(0)) < 0 ? INT64_MIN : INT64_MAX;
        return round_float(ctx, ai_float_unbox(x), n);
    }
    int64_t iw;
    if (ai_bl_as_int(x, &iw)) {
        if (ai_int_cmp(nw, ai_small(0)) >= 0)
            return iw;
        int64_t n = ai_int_as_i64(ctx, nw);
        return ctx->pending ? BL_ERR : round_int(ctx, iw, n);
    }
    ai_type_error_of(ctx, "type %s doesn't define __round__ method", x);
    return BL_ERR;
}

/* ----- min / max ------------------------------------------------------------------------------------ */
/* Whether argv follows rt.h's convention (key, default, *args) rather than being a plain call's
 * arguments (max used as a value: map(max, ...)). A plain call never has the empty slot, and one
 * whose first argument is None or a callable would be a TypeError in CPython anyway. */
static bool minmax_filled(int64_t argc, const int64_t *argv) {
    if (argc < 2)
        return false;
    return argv[1] == 0 || argv[0] == none_word() || ai_word_type(argv[0]) == AI_T_FUNCTION;
}

static int64_t minmax(ai_actor_t *ctx, bool is_max, int64_t argc, const int64_t *argv) {
    const char *name = is_max ? "max" : "min";
    if (!minmax_filled(argc, argv)) {
        int64_t local[8], *full = argc + 2 <= 8 ? local : malloc((size_t)(argc + 2) * sizeof *full);
        if (!full) {
            ai_raise(ctx, AI_EXC_MEMORY, "");
            return BL_ERR;
        }
        full[0] = none_word();
        full[1] = 0;
        memcpy(full + 2, argv, (size_t)argc * sizeof *full);
        int64_t r = minmax(ctx, is_max, argc + 2, full);
        if (full != local)
            free(full);
        return r;
    }
    int64_t key = argv[0], dflt = argv[1], n = argc - 2;
    if (n == 0)
        return ai_bl_raisef(ctx, AI_EXC_TYPE, "%s expected at least 1 argument, got 0", name);
    if (n > 1 && dflt)
        return ai_bl_raisef(ctx, AI_EXC_TYPE,
                            "Cannot specify a default for %s() with multiple positional arguments", name);
    bool keyed = key && key != none_word();
    int32_t op = is_max ? AI_CMP_GT : AI_CMP_LT;
    ai_bl_iter_t it = {0};
    if (n == 1 && !ai_bl_iter_init(ctx, &it, argv[2]))
        return BL_ERR;
    int64_t best = 0, bestkey = 0;
    for (int64_t i = 0;; i++) {
        int64_t v = n == 1 ? ai_bl_iter_next(ctx, &it) : i < n ? argv[2 + i] : 0;
        if (!v)
            break;
        int64_t k = v;
        if (keyed) {
            k = ai_call(ctx, key, 1, &v);
            if (ctx->pending)
                return BL_ERR;
        }
        if (!best) {
            best = v;
            bestkey = k;
            continue;
        }
        bool better;
        if (ai_is_small(k) && ai_is_small(bestkey))
            better = is_max ? k > bestkey : k < bestkey;
        else
            better = ai_obj_compare(ctx, op, k, bestkey);
        if (ctx->pending)
            return BL_ERR;
        if (better) {
            best = v;
            bestkey = k;
        }
    }
    if (ctx->pending)
        return BL_ERR;
    if (!best) {
        if (dflt)
            return dflt;
        return ai_bl_raisef(ctx, AI_EXC_VALUE, "%s() arg is an empty sequence", name);
    }
    return best;
}

/* ----- sum --------------------------------------------------------------------------------------- */
/* CPython 3.11: ints added exactly, floats by plain double addition left to right (the float fast
 * path gives the same results as the generic +), anything else with the generic +. */
static int64_t bl_sum(ai_actor_t *ctx, int64_t argc, const int64_t *argv) {
    int64_t acc = argc > 1 ? argv[1] : ai_small(0);
    int st = ai_word_type(acc);
    if (st == AI_T_STR)
        return ai_bl_raisef(ctx, AI_EXC_TYPE, "sum() can't sum strings [use ''.join(seq) instead]");
    if (st == AI_T_BYTES)
        return ai_bl_raisef(ctx, AI_EXC_TYPE, "sum() can't sum bytes [use b''.join(seq) instead]");
    ai_bl_iter_t it;
    if (!ai_bl_iter_init(ctx, &it, argv[0]))
        return BL_ERR;
    bool in_double = false;
    double d = 0;
    for (int64_t v; (v = ai_bl_iter_next(ctx, &it));) {
        if (in_double) {
            if (ai_word_type(v) == AI_T_FLOAT) {
                d += ai_float_unbox(v);
                continue;
            }
            if (ai_is_small(v)) {
                d += (double)ai_small_val(v); /* |v| < 2**62: the conversion rounds as int + float */
                continue;
            }
            acc = ai_float_box(ctx, d);
            in_double = false;
            if (ctx->pending)
                return BL_ERR;
        } else if (ai_is_small(acc) && ai_is_small(v)) {
            int64_t s = ai_small_val(acc) + ai_small_val(v);
            acc = s >= AI_SMALL_MIN && s <= AI_SMALL_MAX ? ai_small(s) : ai_int_from_i64(ctx, s);
            continue;
        } else if (ai_word_type(acc) == AI_T_FLOAT && (ai_word_type(v) == AI_T_FLOAT || ai_is_small(v))) {
            in_double = true;
            d = ai_float_unbox(acc) + ai_float_unbox(v);
            continue;
        }
        acc = ai_obj_binop(ctx, AI_OP_ADD, acc, v);
        if (ctx->pending)
            return BL_ERR;
    }
    if (ctx->pending)
        return BL_ERR;
    return in_double ? ai_float_box(ctx, d) : acc;
}

/* ----- constructors ------------------------------------------------------------------------------ */
static int64_t bl_set(ai_actor_t *ctx, int type, int64_t argc, const int64_t *argv) {
    if (argc && type == AI_T_FROZENSET && ai_word_type(argv[0]) == AI_T_FROZENSET)
        return argv[0];
    int64_t s = ai_set_new_empty(ctx, type);
    if (!s || argc == 0)
        return s;
    ai_bl_iter_t it;
    if (!ai_bl_iter_init(ctx, &it, argv[0]))
        return BL_ERR;
    for (int64_t v; (v = ai_bl_iter_next(ctx, &it));)
        if (!ai_set_insert(ctx, (ai_set_t *)(intptr_t)s, v))
            return BL_ERR;
    return ctx->pending ? BL_ERR : s;
}

static int64_t bl_tuple(ai_actor_t *ctx, int64_t argc, const int64_t *argv) {
    if (argc == 0)
        return ai_tuple_new(ctx, 0, NULL);
    int64_t x = argv[0];
    if (ai_word_type(x) == AI_T_TUPLE)
        return x;
    int64_t l = list_of(ctx, x);
    if (!l)
        return BL_ERR;
    const ai_list_t *lp = (const ai_list_t *)(intptr_t)l;
    return ai_tuple_new(ctx, lp->n, lp->items);
}

static int64_t bl_float(ai_actor_t *ctx, int64_t argc, const int64_t *argv) {
    if (argc == 0)
        return ai_float_box(ctx, 0.0);
    int64_t x = argv[0];
    switch (ai_word_type(x)) {
    case AI_T_FLOAT:
        return x;
    case AI_T_STR: {
        double d = ai_float_from_str(ctx, (ai_str_t *)(intptr_t)x);
        return ctx->pending ? BL_ERR : ai_float_box(ctx, d);
    }
    default: {
        double d = ai_obj_float(ctx, x);
        return ctx->pending ? BL_ERR : ai_float_box(ctx, d);
    }
    }
}

static int64_t bl_int(ai_actor_t *ctx, int64_t argc, const int64_t *argv) {
    if (argc == 0)
        return ai_small(0);
    if (argc == 1)
        return ai_obj_int(ctx, argv[0]);
    if (ai_word_type(argv[0]) != AI_T_STR)
        return ai_bl_raisef(ctx, AI_EXC_TYPE, "int() can't convert non-string with explicit base");
    int64_t base;
    if (!ai_bl_index(ctx, argv[1], &base))
        return BL_ERR;
    return ai_int_from_str_base(ctx, (ai_str_t *)(intptr_t)argv[0], base);
}

static int64_t bl_isinstance(int64_t x, int64_t mask) {
    uint64_t m = ai_is_small(mask) ? (uint64_t)ai_small_val(mask) : 0;
    int t = ai_word_type(x);
    bool r = (t < 64 && (m >> t & 1)) || (t == AI_T_BOOL && (m >> AI_T_INT & 1));
    return ai_bool_box(r);
}

static int64_t bl_next(ai_actor_t *ctx, int64_t argc, const int64_t *argv) {
    if (ai_word_type(argv[0]) != AI_T_ITER) {
        ai_type_error_of(ctx, "'%s' object is not an iterator", argv[0]);
        return BL_ERR;
    }
    int64_t v = ai_iter_next(ctx, argv[0]);
    if (v || ctx->pending)
        return ctx->pending ? BL_ERR : v;
    if (argc > 1)
        return argv[1];
    ai_raise(ctx, AI_EXC_STOP_ITERATION, "");
    return BL_ERR;
}

static int64_t bl_sorted(ai_actor_t *ctx, int64_t argc, const int64_t *argv) {
    int64_t key = argc > 1 ? argv[1] : none_word();
    bool reverse = argc > 2 && ai_obj_truth(ctx, argv[2]);
    int64_t l = list_of(ctx, argv[0]);
    if (!l || !ai_list_sort(ctx, (ai_list_t *)(intptr_t)l, key ? key : none_word(), reverse))
        return BL_ERR;
    return l;
}

/* The lazy builtins' iterators (glue's iter.c) take the iterables themselves. */
static int64_t bl_enumerate(ai_actor_t *ctx, int64_t argc, const int64_t *argv) {
    int64_t start = ai_small(0);
    if (argc > 1 && !ai_bl_as_int(argv[1], &start)) {
        not_integer(ctx, argv[1]);
        return BL_ERR;
    }
    return ai_iter_enumerate(ctx, argv[0], start);
}

/* bytes() / bytes(n) / bytes(iterable of ints in range(256)) (no encoding argument here). */
static int64_t bytes_of(ai_actor_t *ctx, int64_t argc, int64_t x) {
    if (!argc)
        return ai_bytes_new(ctx, "", 0);
    int t = ai_word_type(x);
    if (t == AI_T_STR)
        return ai_bl_raisef(ctx, AI_EXC_TYPE, "string argument without an encoding");
    if (t == AI_T_BYTES)
        return x;
    if (t == AI_T_INT) { /* n zero bytes */
        int64_t n = ai_int_as_i64(ctx, x);
        if (ai_exc_pending(ctx))
            return BL_ERR;
        if (n < 0)
            return ai_bl_raisef(ctx, AI_EXC_VALUE, "negative count");
        char *zeros = calloc((size_t)n + 1, 1);
        if (!zeros)
            return ai_bl_raisef(ctx, AI_EXC_MEMORY, "%s", "");
        int64_t r = ai_bytes_new(ctx, zeros, n);
        free(zeros);
        return r;
    }
    if (t == AI_T_FLOAT || t == AI_T_NONE || t == AI_T_FUNCTION) /* CPython's message for a non-iterable */
        return ai_bl_raisef(ctx, AI_EXC_TYPE, "cannot convert '%s' object to bytes", ai_word_type_name(x));
    int64_t it = ai_obj_iter(ctx, x);
    if (!it || ai_exc_pending(ctx))
        return BL_ERR;
    ai_buf_t b = {0};
    for (int64_t w; (w = ai_iter_next(ctx, it)) != 0;) {
        int wt = ai_word_type(w);
        if (wt != AI_T_INT && wt != AI_T_BOOL) {
            ai_buf_free(&b);
            return ai_bl_raisef(ctx, AI_EXC_TYPE, "'%s' object cannot be interpreted as an integer", ai_word_type_name(w));
        }
        int64_t v = wt == AI_T_BOOL ? (w == ai_bool_box(true)) : (ai_int_fits_i64(w) ? ai_int_as_i64(ctx, w) : -1);
        if (v < 0 || v > 255) {
            ai_buf_free(&b);
            return ai_bl_raisef(ctx, AI_EXC_VALUE, "bytes must be in range(0, 256)");
        }
        ai_buf_putc(&b, (char)v);
    }
    if (ai_exc_pending(ctx)) {
        ai_buf_free(&b);
        return BL_ERR;
    }
    int64_t r = b.oom ? ai_bl_raisef(ctx, AI_EXC_MEMORY, "%s", "") : ai_bytes_new(ctx, b.p ? b.p : "", (int64_t)b.n);
    ai_buf_free(&b);
    return r;
}

static int64_t dispatch(ai_actor_t *ctx, int32_t bid, int64_t argc, const int64_t *argv) {
    int64_t x = argc ? argv[0] : 0;
    switch (bid) {
    case AI_B_abs: return ai_obj_abs(ctx, x);
    case AI_B_bytes: return bytes_of(ctx, argc, x);
    case AI_B_all: return all_any(ctx, x, false);
    case AI_B_any: return all_any(ctx, x, true);
    case AI_B_bin: return int_text(ctx, x, "#b");
    case AI_B_oct: return int_text(ctx, x, "#o");
    case AI_B_hex: return int_text(ctx, x, "#x");
    case AI_B_bool: return ai_bool_box(argc && ai_obj_truth(ctx, x));
    case AI_B_chr: return bl_chr(ctx, x);
    case AI_B_ord: return bl_ord(ctx, x);
    case AI_B_dict: return bl_dict(ctx, argc, argv);
    case AI_B_divmod: return bl_divmod(ctx, argv[0], argv[1]);
    case AI_B_enumerate: return bl_enumerate(ctx, argc, argv);
    case AI_B_filter: return ai_iter_filter(ctx, argv[0], argv[1]);
    case AI_B_float: return bl_float(ctx, argc, argv);
    case AI_B_int: return bl_int(ctx, argc, argv);
    case AI_B_frozenset: return bl_set(ctx, AI_T_FROZENSET, argc, argv);
    case AI_B_set: return bl_set(ctx, AI_T_SET, argc, argv);
    case AI_B_hash: {
        int64_t h = ai_obj_hash(ctx, x);
        return ctx->pending ? BL_ERR : ai_int_from_i64(ctx, h);
    }
    case AI_B_isinstance: return bl_isinstance(argv[0], argv[1]);
    case AI_B_iter: return ai_obj_iter(ctx, x);
    case AI_B_len: return ai_obj_len(ctx, x);
    case AI_B_list: return argc ? list_of(ctx, x) : ai_list_from(ctx, 0, NULL);
    case AI_B_map: return ai_iter_map(ctx, argv[0], argc - 1, argv + 1);
    case AI_B_zip: return ai_iter_zip(ctx, argc, argv);
    case AI_B_max: return minmax(ctx, true, argc, argv);
    case AI_B_min: return minmax(ctx, false, argc, argv);
    case AI_B_next: return bl_next(ctx, argc, argv);
    case AI_B_pow: return argc == 3 ? pow3(ctx, argv[0], argv[1], argv[2]) : ai_obj_binop(ctx, AI_OP_POW, argv[0], argv[1]);
    case AI_B_repr: return str_word(ai_obj_repr(ctx, x));
    case AI_B_str: return argc ? str_word(ai_obj_str(ctx, x)) : str_word(ai_str_const(ctx, "", 0));
    case AI_B_reversed: return ai_iter_reversed(ctx, x);
    case AI_B_round: return bl_round(ctx, argc, argv);
    case AI_B_sorted: return bl_sorted(ctx, argc, argv);
    case AI_B_sum: return bl_sum(ctx, argc, argv);
    case AI_B_tuple: return bl_tuple(ctx, argc, argv);
    case AI_B_type_name: return str_word(ai_obj_type_name(ctx, x));
    case AI_B_time_time:
    case AI_B_time_perf_counter:
    case AI_B_time_monotonic:
    case AI_B_sys_exit: return ai_bltn_sys(ctx, bid, argc, argv);
    default: return ai_bltn_math(ctx, bid, argc, argv);
    }
}

int64_t ai_builtin(ai_actor_t *ctx, int32_t bid, int64_t argc, const int64_t *argv) {
    if (bid <= AI_B_NONE || bid >= AI_B_LIMIT)
        return ai_bl_raisef(ctx, AI_EXC_RUNTIME, "unknown builtin id %d", (int)bid);
    if (!check_arity(ctx, bid, argc))
        return BL_ERR;
    int64_t r = dispatch(ctx, bid, argc, argv);
    return ctx->pending ? BL_ERR : r;
}
