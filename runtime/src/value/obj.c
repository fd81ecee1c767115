/* Value words of any type: the type table, the immortal None/True/False, float boxes, and the
 * conversions every type answers (truth, str, repr, format, print, type name). */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "int.h"
#include "containers.h"
#include "glue.h"
#include "iter.h"
#include "../actor/actor.h"

const struct ai_none_obj ai_None = {AI_HDR(AI_T_NONE, 1, AI_GC_IMMORTAL)};
const struct ai_bool_obj ai_True = {AI_HDR(AI_T_BOOL, 2, AI_GC_IMMORTAL), 1};
const struct ai_bool_obj ai_False = {AI_HDR(AI_T_BOOL, 2, AI_GC_IMMORTAL), 0};

const ai_type_info_t ai_type_info[AI_T_LIMIT] = {
    [AI_T_NONE] = {"NoneType", true, 1},
    [AI_T_BOOL] = {"bool", true, 2},
    [AI_T_INT] = {"int", true, 0},
    [AI_T_FLOAT] = {"float", true, 2},
    [AI_T_STR] = {"str", true, 0},
    [AI_T_LIST] = {"list", false, 0},
    [AI_T_TUPLE] = {"tuple", false, 0},
    [AI_T_DICT] = {"dict", false, 0},
    [AI_T_SET] = {"set", false, 0},
    [AI_T_BYTES] = {"bytes", true, 0},
    [AI_T_RANGE] = {"range", false, 0},
    [AI_T_TYPE] = {"type", false, 0},
    [AI_T_FUNCTION] = {"function", false, 0},
    [AI_T_TASK] = {"Task", false, 0},
    [AI_T_ITER] = {"iterator", false, 0},
    [AI_T_SLICE] = {"slice", false, 4},
    [AI_T_FROZENSET] = {"frozenset", false, 0},
    [AI_T_DICT_KEYS] = {"dict_keys", false, 2},
    [AI_T_DICT_VALUES] = {"dict_values", false, 2},
    [AI_T_DICT_ITEMS] = {"dict_items", false, 2},
};

bool ai_is_immortal(int64_t w) {
    return w && !(w & 1) && (*(const uint64_t *)(intptr_t)w & AI_GC_IMMORTAL);
}

int64_t ai_bool_box(bool b) { return (int64_t)(intptr_t)(b ? &ai_True : &ai_False); }

int64_t ai_float_box(ai_actor_t *ctx, double x) {
    struct ai_float *f = ai_actor_alloc(ctx, sizeof *f);
    if (!f)
        return AI_INT_ERR;
    f->header = ai_hdr_new(AI_T_FLOAT, sizeof *f);
    f->value = x;
    return (int64_t)(intptr_t)f;
}

/* A small int word (what ai_list_item gives past the end of a list) unboxes to a number too, so
 * an iteration that stops there never dereferences it. */
double ai_float_unbox(int64_t w) {
    return (w & 1) ? (double)(w >> 1) : ((const struct ai_float *)(intptr_t)w)->value;
}

int32_t ai_obj_type(int64_t a) { return ai_word_type(a); }

const char *ai_word_type_name(int64_t a) {
    int t = ai_word_type(a);
    if (t == AI_T_ITER)
        return ai_iter_type_name(a);
    if (t == AI_T_FUNCTION)
        return ai_function_type_name(a);
    const char *n = ai_type_info[ai_word_type(a) & 0xFF].name;
    return n ? n : "object";
}

int64_t ai_type_error_of(ai_actor_t *ctx, const char *fmt, int64_t w) {
    char msg[160];
    snprintf(msg, sizeof msg, fmt, ai_word_type_name(w));
    ai_raise(ctx, AI_EXC_TYPE, msg);
    return AI_INT_ERR;
}

ai_str_t *ai_obj_type_name(ai_actor_t *ctx, int64_t a) {
    const char *n = ai_word_type_name(a);
    return ai_str_const(ctx, n, (int64_t)strlen(n));
}

static const void *obj(int64_t a) { return (const void *)(intptr_t)a; }

bool ai_obj_truth(ai_actor_t *ctx, int64_t a) {
    (void)ctx;
    int64_t n;
    switch (ai_word_type(a)) {
    case AI_T_INT: return a != ai_small(0);
    case AI_T_BOOL: return ((const struct ai_bool_obj *)obj(a))->value != 0;
    case AI_T_FLOAT: return ai_float_unbox(a) != 0;
    case AI_T_STR: return ((const ai_str_t *)obj(a))->nbytes != 0;
    case AI_T_LIST: return ((const ai_list_t *)obj(a))->n != 0;
    case AI_T_NONE: return false;
    default: return ai_sized_len(a, &n) ? n != 0 : true;
    }
}

/* str() of the scalar types (int, bool, float, None). */
static ai_str_t *scalar_str(ai_actor_t *ctx, int64_t a) {
    switch (ai_word_type(a)) {
    case AI_T_INT: return ai_int_str(ctx, a);
    case AI_T_BOOL: return ai_str_from_bool(ctx, ((const struct ai_bool_obj *)obj(a))->value != 0);
    case AI_T_FLOAT: return ai_str_from_f64(ctx, ai_float_unbox(a));
    default: return ai_str_none(ctx);
    }
}

/* repr() through a text buffer (containers and the other objects). */
static ai_str_t *buf_repr(ai_actor_t *ctx, int64_t a) {
    ai_buf_t b = {0};
    bool ok = ai_repr_into(ctx, &b, a);
    ai_str_t *r = ok && !ai_exc_pending(ctx) ? ai_str_from_text(ctx, &b) : NULL;
    ai_buf_free(&b);
    return r;
}

ai_str_t *ai_obj_str(ai_actor_t *ctx, int64_t a) {
    switch (ai_word_type(a)) {
    case AI_T_STR: return (ai_str_t *)(intptr_t)a;
    case AI_T_INT: case AI_T_BOOL: case AI_T_FLOAT: case AI_T_NONE: return scalar_str(ctx, a);
    default: return buf_repr(ctx, a); /* str() of every other built-in type is its repr() */
    }
}

ai_str_t *ai_obj_repr(ai_actor_t *ctx, int64_t a) {
    if (ai_word_type(a) == AI_T_STR)
        return ai_str_repr(ctx, (ai_str_t *)(intptr_t)a);
    return ai_obj_str(ctx, a);
}

/* format(a, spec): bool and None format as their str() with an empty spec; a bool is an int
 * otherwise, and None accepts no other spec (object.__format__). */
ai_str_t *ai_obj_format(ai_actor_t *ctx, int64_t a, ai_str_t *spec) {
    switch (ai_word_type(a)) {
    case AI_T_INT: return ai_int_format(ctx, a, spec);
    case AI_T_FLOAT: return ai_format_f64(ctx, ai_float_unbox(a), spec);
    case AI_T_STR: return ai_format_str(ctx, (ai_str_t *)(intptr_t)a, spec);
    case AI_T_BOOL:
        if (spec->nbytes == 0)
            return scalar_str(ctx, a);
        return ai_format_int_as(ctx, ai_small(((const struct ai_bool_obj *)obj(a))->value), spec, "bool");
    default:
        if (spec->nbytes == 0)
            return ai_obj_str(ctx, a);
        char msg[96];
        snprintf(msg, sizeof msg, "unsupported format string passed to %s.__format__", ai_word_type_name(a));
        ai_raise(ctx, AI_EXC_TYPE, msg);
        return NULL;
    }
}

void ai_write_obj(ai_actor_t *ctx, int64_t a) {
    switch (ai_word_type(a)) {
    case AI_T_INT: ai_write_int(ctx, a); return;
    case AI_T_FLOAT: ai_write_f64(ctx, ai_float_unbox(a)); return;
    case AI_T_BOOL: ai_write_bool(ctx, ((const struct ai_bool_obj *)obj(a))->value != 0); return;
    case AI_T_NONE: ai_write_none(ctx); return;
    case AI_T_STR: ai_write_str(ctx, (ai_str_t *)(intptr_t)a); return;
    default: {
        ai_buf_t b = {0};
        if (ai_repr_into(ctx, &b, a) && !ai_exc_pending(ctx)) {
            if (b.oom)
                ai_raise(ctx, AI_EXC_MEMORY, "");
            else
                ai_write_cstr(ctx, b.p, (int64_t)b.n);
        }
        ai_buf_free(&b);
    }
    }
}

/* ----- hash() ------------------------------------------------------------------------------------ */
/* CPython's numeric hash of a finite double: x = mant * 2**exp reduced modulo P = 2**61 - 1, where
 * 2**61 == 1 (mod P), so 2**exp is 2**(exp mod 61); equal to the int hash for integral values. */
static int64_t hash_f64(double x) {
    const uint64_t p = ((uint64_t)1 << 61) - 1;
    int exp;
    double m = frexp(fabs(x), &exp); /* |x| = m * 2**exp, m in [0.5, 1) */
    uint64_t mant = (uint64_t)ldexp(m, 53);
    exp -= 53;
    int k = ((exp % 61) + 61) % 61;
    uint64_t h = (uint64_t)(((unsigned __int128)mant << k) % p);
    int64_t r = x < 0 ? -(int64_t)h : (int64_t)h;
    return r == -1 ? -2 : r;
}

/* A str hash need not be CPython's (it is randomised per process there): FNV-1a over the UTF-8. */
static int64_t hash_str(const ai_str_t *s) {
    uint64_t h = 0xcbf29ce484222325u;
    for (int64_t i = 0; i < s->nbytes; i++)
        h = (h ^ (unsigned char)s->data[i]) * 0x100000001b3u;
    int64_t r = (int64_t)(h >> 1);
    return r == -1 ? -2 : r;
}

int64_t ai_obj_hash(ai_actor_t *ctx, int64_t a) {
    switch (ai_word_type(a)) {
    case AI_T_INT: return ai_int_hash(a);
    case AI_T_BOOL: return ((const struct ai_bool_obj *)obj(a))->value;
    case AI_T_STR: return hash_str(obj(a));
    case AI_T_FLOAT: {
        double x = ai_float_unbox(a);
        if (isinf(x))
            return x > 0 ? 314159 : -314159;
        if (isnan(x)) /* by identity, as CPython 3.10+ */
            return ai_identity_hash(a);
        return x == 0 ? 0 : hash_f64(x);
    }
    case AI_T_NONE: return 0x2a7e1f0b5;  /* a constant (CPython 3.11 hashes None's address) */
    case AI_T_TUPLE: return ai_tuple_hash(ctx, (ai_tuple_t *)(intptr_t)a);
    case AI_T_FROZENSET: return ai_set_hash(ctx, (ai_set_t *)(intptr_t)a);
    case AI_T_BYTES: { /* as a str of the same bytes (CPython randomises it too) */
        const ai_bytes_t *by = obj(a);
        uint64_t h = 0xcbf29ce484222325u;
        for (int64_t i = 0; i < by->n; i++)
            h = (h ^ by->data[i]) * 0x100000001b3u;
        int64_t r = (int64_t)(h >> 1);
        return r == -1 ? -2 : r;
    }
    case AI_T_RANGE: { /* CPython's range_hash: hash((len, start, step)), None for what len makes moot */
        const ai_range_t *r = obj(a);
        int64_t none = (int64_t)(intptr_t)&ai_None, t[3];
        t[0] = ai_int_from_i64(ctx, r->len);
        t[1] = r->len == 0 ? none : ai_int_from_i64(ctx, r->start);
        t[2] = r->len <= 1 ? none : ai_int_from_i64(ctx, r->step);
        if (ai_exc_pending(ctx))
            return 0;
        int64_t tup = ai_tuple_new(ctx, 3, t);
        return tup ? ai_tuple_hash(ctx, (ai_tuple_t *)(intptr_t)tup) : 0;
    }
    case AI_T_FUNCTION: case AI_T_ITER: case AI_T_DICT_VALUES: case AI_T_TYPE: case AI_T_TASK:
        return ai_identity_hash(a);
    default: {
        char msg[96];
        snprintf(msg, sizeof msg, "unhashable type: '%s'", ai_word_type_name(a));
        ai_raise(ctx, AI_EXC_TYPE, msg);
        return 0;
    }
    }
}

int64_t ai_identity_hash(int64_t a) { return (int64_t)((uint64_t)a >> 4 | (uint64_t)a << 60) & INT64_MAX; }
