/* Operators on value words of any type with CPython 3.11's results and messages: bool arithmetic
 * is int arithmetic (except & | ^ of two bools), an int meeting a float becomes a float
 * (OverflowError when it is too large), str/list/tuple/bytes concatenate and repeat, sets combine,
 * dicts merge (|), str % formats; the in-place forms (+= ...) and comparisons of every type. */
#include <math.h>
#include <stdio.h>

#include "int.h"
#include "glue.h"
#include "../actor/actor.h"

static const char *const SYMBOL[] = {"+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@"};
static const char *const CMP_SYMBOL[] = {"<", "<=", "==", "!=", ">", ">="};

static bool is_intlike(int64_t a) { return ai_word_type(a) == AI_T_INT || ai_word_type(a) == AI_T_BOOL; }
static bool is_number(int64_t a) { return is_intlike(a) || ai_word_type(a) == AI_T_FLOAT; }

/* A bool as the int it is (True == 1). */
static int64_t as_int(int64_t a) {
    if (ai_word_type(a) == AI_T_BOOL)
        return ai_small(((const struct ai_bool_obj *)(intptr_t)a)->value);
    return a;
}

static int64_t type_error(ai_actor_t *ctx, const char *msg) {
    ai_raise(ctx, AI_EXC_TYPE, msg);
    return AI_INT_ERR;
}

/* Whether the operation being done is an augmented assignment (a += b): the messages then name
 * "+=". Set by ai_obj_inplace around its call of binop (a binop never suspends). */
static _Thread_local bool augmented;

static int64_t unsupported(ai_actor_t *ctx, int32_t op, int64_t a, int64_t b) {
    char msg[160];
    snprintf(msg, sizeof msg, "unsupported operand type(s) for %s%s: '%s' and '%s'",
             op == AI_OP_POW && !augmented ? "** or pow()" : SYMBOL[op], augmented ? "=" : "",
             ai_word_type_name(a), ai_word_type_name(b));
    return type_error(ctx, msg);
}

static int64_t box(ai_actor_t *ctx, double x) { return ai_exc_pending(ctx) ? AI_INT_ERR : ai_float_box(ctx, x); }

static int64_t int_binop(ai_actor_t *ctx, int32_t op, int64_t a, int64_t b) {
    switch (op) {
    case AI_OP_ADD: return ai_int_add(ctx, a, b);
    case AI_OP_SUB: return ai_int_sub(ctx, a, b);
    case AI_OP_MUL: return ai_int_mul(ctx, a, b);
    case AI_OP_TRUEDIV: return box(ctx, ai_int_truediv(ctx, a, b));
    case AI_OP_FLOORDIV: return ai_int_floordiv(ctx, a, b);
    case AI_OP_MOD: return ai_int_mod(ctx, a, b);
    case AI_OP_POW: return ai_int_pow(ctx, a, b);
    case AI_OP_LSHIFT: return ai_int_lshift(ctx, a, b);
    case AI_OP_RSHIFT: return ai_int_rshift(ctx, a, b);
    case AI_OP_AND: return ai_int_and(ctx, a, b);
    case AI_OP_OR: return ai_int_or(ctx, a, b);
    case AI_OP_XOR: return ai_int_xor(ctx, a, b);
    default: return unsupported(ctx, op, a, b);
    }
}

/* A number as a double: an int that is too large raises OverflowError (CPython's float ops). */
static double to_f64(ai_actor_t *ctx, int64_t a) {
    return ai_word_type(a) == AI_T_FLOAT ? ai_float_unbox(a) : ai_int_to_f64(ctx, as_int(a));
}

static int64_t float_binop(ai_actor_t *ctx, int32_t op, int64_t a, int64_t b) {
    if (op >= AI_OP_LSHIFT)
        return unsupported(ctx, op, a, b);
    double x = to_f64(ctx, a);
    if (ai_exc_pending(ctx))
        return AI_INT_ERR;
    double y = to_f64(ctx, b);
    if (ai_exc_pending(ctx))
        return AI_INT_ERR;
    switch (op) {
    case AI_OP_ADD: return box(ctx, x + y);
    case AI_OP_SUB: return box(ctx, x - y);
    case AI_OP_MUL: return box(ctx, x * y);
    case AI_OP_TRUEDIV: return box(ctx, ai_f64_div(ctx, x, y));
    case AI_OP_FLOORDIV: return box(ctx, ai_f64_floordiv(ctx, x, y));
    case AI_OP_MOD: return box(ctx, ai_f64_mod(ctx, x, y));
    default:
        if (x < 0 && isfinite(x) && isfinite(y) && floor(y) != y) { /* CPython: a complex result */
            ai_raise(ctx, AI_EXC_NOT_IMPLEMENTED, "complex numbers are not supported");
            return AI_INT_ERR;
        }
        return box(ctx, ai_f64_pow(ctx, x, y));
    }
}

/* str * n (either order); n an int or bool. */
static int64_t str_repeat(ai_actor_t *ctx, int64_t s, int64_t n) {
    n = as_int(n);
    if (!ai_int_fits_i64(n)) {
        ai_raise(ctx, AI_EXC_OVERFLOW, "cannot fit 'int' into an index-sized integer");
        return AI_INT_ERR;
    }
    ai_str_t *r = ai_str_mul(ctx, (ai_str_t *)(intptr_t)s, ai_int_as_i64(ctx, n));
    return r ? (int64_t)(intptr_t)r : AI_INT_ERR;
}

static int64_t str_binop(ai_actor_t *ctx, int32_t op, int64_t a, int64_t b) {
    bool sa = ai_word_type(a) == AI_T_STR, sb = ai_word_type(b) == AI_T_STR;
    char msg[160];
    if (op == AI_OP_ADD && sa && sb) {
        ai_str_t *r = ai_str_concat(ctx, (ai_str_t *)(intptr_t)a, (ai_str_t *)(intptr_t)b);
        return r ? (int64_t)(intptr_t)r : AI_INT_ERR;
    }
    if (op == AI_OP_ADD && sa) {
        snprintf(msg, sizeof msg, "can only concatenate str (not \"%s\") to str", ai_word_type_name(b));
        return type_error(ctx, msg);
    }
    if (op == AI_OP_MUL && (sa ? is_intlike(b) : is_intlike(a)))
        return sa ? str_repeat(ctx, a, b) : str_repeat(ctx, b, a);
    if (op == AI_OP_MUL) {
        snprintf(msg, sizeof msg, "can't multiply sequence by non-int of type '%s'", ai_word_type_name(sa ? b : a));
        return type_error(ctx, msg);
    }
    if (op == AI_OP_MOD && sa) {
        int64_t r = ai_str_mod(ctx, (ai_str_t *)(intptr_t)a, b);
        return r ? r : AI_INT_ERR;
    }
    return unsupported(ctx, op, a, b);
}

static bool is_seq(int t) { return t == AI_T_LIST || t == AI_T_TUPLE || t == AI_T_BYTES; }
static bool is_setlike(int t) {
    return t == AI_T_SET || t == AI_T_FROZENSET || t == AI_T_DICT_KEYS || t == AI_T_DICT_ITEMS;
}

/* A repeat count (int or bool word) as a C integer: OverflowError beyond 64 bits, as CPython's
 * "cannot fit 'int' into an index-sized integer". */
static bool repeat_count(ai_actor_t *ctx, int64_t n, int64_t *out) {
    n = as_int(n);
    if (!ai_int_fits_i64(n)) {
        ai_raise(ctx, AI_EXC_OVERFLOW, "cannot fit 'int' into an index-sized integer");
        return false;
    }
    *out = ai_int_as_i64(ctx, n);
    return !ai_exc_pending(ctx);
}

static int64_t bytes_repeat(ai_actor_t *ctx, const ai_bytes_t *b, int64_t n) {
    if (n <= 0 || b->n == 0)
        return ai_bytes_new(ctx, "", 0);
    if (n > (INT64_MAX - 64) / b->n) {
        ai_raise(ctx, AI_EXC_MEMORY, "");
        return 0;
    }
    ai_buf_t buf = {0};
    if (ai_buf_reserve(&buf, (size_t)(b->n * n)))
        for (int64_t i = 0; i < n; i++)
            ai_buf_put(&buf, (const char *)b->data, (size_t)b->n);
    int64_t r = 0;
    if (buf.oom)
        ai_raise(ctx, AI_EXC_MEMORY, "");
    else
        r = ai_bytes_new(ctx, buf.p, (int64_t)buf.n);
    ai_buf_free(&buf);
    return r;
}

/* list, tuple, bytes, set, dict (and everything else, which is unsupported). */
static int64_t container_binop(ai_actor_t *ctx, int32_t op, int64_t a, int64_t b) {
    int ta = ai_word_type(a), tb = ai_word_type(b);
    char msg[160];
    int64_t r;
    if (op == AI_OP_ADD && is_seq(ta)) {
        if (tb == ta) {
            r = ta == AI_T_BYTES ? ai_bytes_concat(ctx, (ai_bytes_t *)(intptr_t)a, (ai_bytes_t *)(intptr_t)b)
                                 : ai_seq_concat(ctx, a, b);
            return r ? r : AI_INT_ERR;
        }
        if (ta == AI_T_BYTES)
            snprintf(msg, sizeof msg, "can't concat %s to bytes", ai_word_type_name(b));
        else
            snprintf(msg, sizeof msg, "can only concatenate %s (not \"%s\") to %s", ai_word_type_name(a),
                     ai_word_type_name(b), ai_word_type_name(a));
        return type_error(ctx, msg);
    }
    if (op == AI_OP_MUL && (is_seq(ta) || is_seq(tb))) {
        int64_t seq = is_seq(ta) ? a : b, n = is_seq(ta) ? b : a, count;
        if (!is_intlike(n)) {
            snprintf(msg, sizeof msg, "can't multiply sequence by non-int of type '%s'", ai_word_type_name(n));
            return type_error(ctx, msg);
        }
        if (!repeat_count(ctx, n, &count))
            return AI_INT_ERR;
        r = ai_word_type(seq) == AI_T_BYTES ? bytes_repeat(ctx, (const ai_bytes_t *)(intptr_t)seq, count)
                                            : ai_seq_repeat(ctx, seq, count); /* a C count */
        return r ? r : AI_INT_ERR;
    }
    /* sets of either kind, and dict_keys / dict_items views (whose other operand may be any
     * iterable): 0 without an exception when the operands do not combine */
    if ((op == AI_OP_SUB || (op >= AI_OP_AND && op <= AI_OP_XOR)) && (is_setlike(ta) || is_setlike(tb))) {
        r = ai_set_binop(ctx, op, a, b);
        if (r || ai_exc_pending(ctx))
            return r ? r : AI_INT_ERR;
    }
    if (op == AI_OP_OR && ta == AI_T_DICT && tb == AI_T_DICT) {
        r = ai_dict_from(ctx, 0, NULL);
        if (!r)
            return AI_INT_ERR;
        ai_dict_merge(ctx, r, a);
        if (!ai_exc_pending(ctx))
            ai_dict_merge(ctx, r, b);
        return ai_exc_pending(ctx) ? AI_INT_ERR : r;
    }
    if (op == AI_OP_MOD && ta == AI_T_BYTES) {
        ai_raise(ctx, AI_EXC_NOT_IMPLEMENTED, "printf-style bytes formatting (bytes % x) is not supported");
        return AI_INT_ERR;
    }
    return unsupported(ctx, op, a, b);
}

int64_t ai_obj_binop(ai_actor_t *ctx, int32_t op, int64_t a, int64_t b) {
    if (op < 0 || op > AI_OP_MATMUL) {
        ai_raise(ctx, AI_EXC_RUNTIME, "bad binary operator code");
        return AI_INT_ERR;
    }
    if (op == AI_OP_MATMUL) /* no built-in type has @ */
        return unsupported(ctx, op, a, b);
    if (ai_word_type(a) == AI_T_BOOL && ai_word_type(b) == AI_T_BOOL && op >= AI_OP_AND && op <= AI_OP_XOR)
        return ai_bool_box(ai_small_val(int_binop(ctx, op, as_int(a), as_int(b))) != 0);
    if (is_intlike(a) && is_intlike(b))
        return int_binop(ctx, op, as_int(a), as_int(b));
    if (is_number(a) && is_number(b))
        return float_binop(ctx, op, a, b);
    if (ai_word_type(a) == AI_T_STR || (ai_word_type(b) == AI_T_STR && !is_seq(ai_word_type(a))))
        return str_binop(ctx, op, a, b);
    return container_binop(ctx, op, a, b);
}

int64_t ai_obj_unop(ai_actor_t *ctx, int32_t op, int64_t a) {
    if (is_intlike(a) && op >= AI_UOP_NEG && op <= AI_UOP_INVERT) {
        a = as_int(a);
        return op == AI_UOP_NEG ? ai_int_neg(ctx, a) : op == AI_UOP_POS ? a : ai_int_invert(ctx, a);
    }
    if (ai_word_type(a) == AI_T_FLOAT && op == AI_UOP_NEG)
        return ai_float_box(ctx, -ai_float_unbox(a));
    if (ai_word_type(a) == AI_T_FLOAT && op == AI_UOP_POS)
        return a;
    char msg[96];
    snprintf(msg, sizeof msg, "bad operand type for unary %s: '%s'",
             op == AI_UOP_NEG ? "-" : op == AI_UOP_POS ? "+" : "~", ai_word_type_name(a));
    return type_error(ctx, msg);
}

/* ----- comparisons ------------------------------------------------------------------------------ */
static bool cmp_result(int32_t op, int c) {
    switch (op) {
    case AI_CMP_LT: return c < 0;
    case AI_CMP_LE: return c <= 0;
    case AI_CMP_EQ: return c == 0;
    case AI_CMP_NE: return c != 0;
    case AI_CMP_GT: return c > 0;
    default: return c >= 0;
    }
}

/* -1, 0, 1 for numbers; 2 when unordered (a NaN). */
static int number_cmp(int64_t a, int64_t b) {
    bool fa = ai_word_type(a) == AI_T_FLOAT, fb = ai_word_type(b) == AI_T_FLOAT;
    if (!fa && !fb)
        return (int)ai_int_cmp(as_int(a), as_int(b));
    if (fa && fb) {
        double x = ai_float_unbox(a), y = ai_float_unbox(b);
        return isnan(x) || isnan(y) ? 2 : (x > y) - (x < y);
    }
    if (fb)
        return ai_int_cmp_f64(as_int(a), ai_float_unbox(b));
    int c = ai_int_cmp_f64(as_int(b), ai_float_unbox(a));
    return c == 2 ? 2 : -c;
}

bool ai_obj_compare(ai_actor_t *ctx, int32_t op, int64_t a, int64_t b) {
    int c;
    if (is_number(a) && is_number(b)) {
        c = number_cmp(a, b);
        return c == 2 ? op == AI_CMP_NE : cmp_result(op, c);
    }
    if (ai_word_type(a) == AI_T_STR && ai_word_type(b) == AI_T_STR) {
        c = (int)ai_str_cmp((ai_str_t *)(intptr_t)a, (ai_str_t *)(intptr_t)b);
        return cmp_result(op, c);
    }
    int ta = ai_word_type(a), tb = ai_word_type(b);
    bool eq_only = op == AI_CMP_EQ || op == AI_CMP_NE;
    if (ta == tb && (ta == AI_T_LIST || ta == AI_T_TUPLE))
        return ai_seq_compare(ctx, op, a, b);
    if (ta == tb && ta == AI_T_BYTES)
        return ai_bytes_compare(ctx, op, (ai_bytes_t *)(intptr_t)a, (ai_bytes_t *)(intptr_t)b);
    if (ta == tb && ta == AI_T_DICT && eq_only)
        return ai_dict_eq(ctx, (ai_dict_t *)(intptr_t)a, (ai_dict_t *)(intptr_t)b) == (op == AI_CMP_EQ);
    if (ta == tb && ta == AI_T_RANGE && eq_only)
        return ai_range_eq((ai_range_t *)(intptr_t)a, (ai_range_t *)(intptr_t)b) == (op == AI_CMP_EQ);
    bool sa = ta == AI_T_SET || ta == AI_T_FROZENSET, sb = tb == AI_T_SET || tb == AI_T_FROZENSET;
    bool va = ta == AI_T_DICT_KEYS || ta == AI_T_DICT_ITEMS, vb = tb == AI_T_DICT_KEYS || tb == AI_T_DICT_ITEMS;
    if ((sa || va) && (sb || vb)) /* a keys/items view compares as a set (dictview_richcompare) */
        return ai_set_compare(ctx, op, a, b);
    if (eq_only) /* unrelated types: identity */
        return (a == b) == (op == AI_CMP_EQ);
    char msg[160];
    snprintf(msg, sizeof msg, "'%s' not supported between instances of '%s' and '%s'",
             CMP_SYMBOL[op >= 0 && op <= AI_CMP_GE ? op : 0], ai_word_type_name(a), ai_word_type_name(b));
    ai_raise(ctx, AI_EXC_TYPE, msg);
    return false;
}

bool ai_obj_eq(ai_actor_t *ctx, int64_t a, int64_t b) {
    if (a == b) /* identity first, as CPython's containers do (a NaN equals itself there) */
        return true;
    if (ai_is_small(a) && ai_is_small(b))
        return false;
    return ai_obj_compare(ctx, AI_CMP_EQ, a, b);
}

/* ----- a op= b ---------------------------------------------------------------------------------- */
int64_t ai_obj_inplace(ai_actor_t *ctx, int32_t op, int64_t a, int64_t b) {
    int ta = ai_word_type(a), tb = ai_word_type(b);
    if (ta == AI_T_LIST && ((const ai_list_t *)(intptr_t)a)->kind == AI_ELEM_VALUE) {
        if (op == AI_OP_ADD) { /* extends in place with any iterable */
            ai_list_extend(ctx, a, b);
            return ai_exc_pending(ctx) ? AI_INT_ERR : a;
        }
        if (op == AI_OP_MUL && is_intlike(b)) {
            int64_t count;
            if (!repeat_count(ctx, b, &count))
                return AI_INT_ERR;
            int64_t r = ai_seq_repeat(ctx, a, count);
            if (!r)
                return AI_INT_ERR;
            ai_list_t *l = (ai_list_t *)(intptr_t)a, *n = (ai_list_t *)(intptr_t)r;
            l->items = n->items; /* the new array becomes the list's (the old one is garbage) */
            l->n = n->n;
            l->cap = n->cap;
            return a;
        }
    }
    if (ta == AI_T_SET && (tb == AI_T_SET || tb == AI_T_FROZENSET) && op >= AI_OP_SUB) {
        int32_t mid = op == AI_OP_OR ? AI_M_update : op == AI_OP_AND ? AI_M_intersection_update
                    : op == AI_OP_SUB ? AI_M_difference_update : op == AI_OP_XOR ? AI_M_symmetric_difference_update
                    : AI_M_NONE;
        if (mid != AI_M_NONE) {
            ai_set_method(ctx, (ai_set_t *)(intptr_t)a, mid, 1, &b);
            return ai_exc_pending(ctx) ? AI_INT_ERR : a;
        }
    }
    if (ta == AI_T_DICT && op == AI_OP_OR) { /* d |= any mapping or iterable of pairs */
        ai_dict_method(ctx, (ai_dict_t *)(intptr_t)a, AI_M_update, 1, &b);
        return ai_exc_pending(ctx) ? AI_INT_ERR : a;
    }
    augmented = true;
    int64_t r = ai_obj_binop(ctx, op, a, b);
    augmented = false;
    return r;
}
