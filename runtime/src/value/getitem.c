/* Subscripts, membership, len() and data attributes of any value word: each dispatches to its
 * type's functions (containers.h), or raises CPython 3.11's TypeError naming the type. */
#include <stdio.h>
#include <string.h>

#include "glue.h"
#include "int.h"
#include "../actor/actor.h"

static void *obj(int64_t w) { return (void *)(intptr_t)w; }

bool ai_sized_len(int64_t w, int64_t *n) {
    switch (ai_word_type(w)) {
    case AI_T_STR: *n = ((const ai_str_t *)obj(w))->ncp; return true;
    case AI_T_LIST: *n = ((const ai_list_t *)obj(w))->n; return true;
    case AI_T_TUPLE: *n = ((const ai_tuple_t *)obj(w))->n; return true;
    case AI_T_BYTES: *n = ((const ai_bytes_t *)obj(w))->n; return true;
    case AI_T_RANGE: *n = ((const ai_range_t *)obj(w))->len; return true;
    case AI_T_DICT: *n = ai_dict_len(obj(w)); return true;
    case AI_T_SET: case AI_T_FROZENSET: *n = ai_set_len(obj(w)); return true;
    case AI_T_DICT_KEYS: case AI_T_DICT_VALUES: case AI_T_DICT_ITEMS:
        *n = ai_dict_len(obj(((const ai_dict_view_t *)obj(w))->dict));
        return true;
    default: return false;
    }
}

int64_t ai_obj_getitem(ai_actor_t *ctx, int64_t c, int64_t k) {
    switch (ai_word_type(c)) {
    case AI_T_LIST: return ai_list_getitem(ctx, obj(c), k);
    case AI_T_TUPLE: return ai_tuple_getitem(ctx, obj(c), k);
    case AI_T_STR: return ai_str_getitem(ctx, obj(c), k);
    case AI_T_BYTES: return ai_bytes_getitem(ctx, obj(c), k);
    case AI_T_RANGE: return ai_range_getitem(ctx, obj(c), k);
    case AI_T_DICT: return ai_dict_getitem(ctx, obj(c), k);
    default:
        ai_type_error_of(ctx, "'%s' object is not subscriptable", c);
        return 0;
    }
}

void ai_obj_setitem(ai_actor_t *ctx, int64_t c, int64_t k, int64_t v) {
    switch (ai_word_type(c)) {
    case AI_T_LIST: ai_list_setitem(ctx, obj(c), k, v); return;
    case AI_T_DICT: ai_dict_set(ctx, obj(c), k, v); return;
    default: ai_type_error_of(ctx, "'%s' object does not support item assignment", c);
    }
}

void ai_obj_delitem(ai_actor_t *ctx, int64_t c, int64_t k) {
    switch (ai_word_type(c)) {
    case AI_T_LIST: ai_list_delitem(ctx, obj(c), k); return;
    case AI_T_DICT: ai_dict_delitem(ctx, obj(c), k); return;
    default: ai_type_error_of(ctx, "'%s' object doesn't support item deletion", c);
    }
}

/* x in b for bytes: an int 0..255 or a bytes (a subsequence). */
static bool bytes_contains(ai_actor_t *ctx, const ai_bytes_t *b, int64_t x) {
    int t = ai_word_type(x);
    if (t == AI_T_INT || t == AI_T_BOOL) {
        int64_t v = t == AI_T_BOOL ? ((const struct ai_bool_obj *)obj(x))->value : ai_is_small(x) ? ai_small_val(x) : -1;
        if (v < 0 || v > 255) {
            ai_raise(ctx, AI_EXC_VALUE, "byte must be in range(0, 256)");
            return false;
        }
        return b->n > 0 && memchr(b->data, (int)v, (size_t)b->n) != NULL;
    }
    if (t != AI_T_BYTES) {
        ai_type_error_of(ctx, "a bytes-like object is required, not '%s'", x);
        return false;
    }
    const ai_bytes_t *s = obj(x);
    if (s->n == 0)
        return true;
    for (int64_t i = 0; i + s->n <= b->n; i++) {
        const unsigned char *p = memchr(b->data + i, s->data[0], (size_t)(b->n - s->n - i + 1));
        if (!p)
            return false;
        i = p - b->data;
        if (memcmp(p, s->data, (size_t)s->n) == 0)
            return true;
    }
    return false;
}

bool ai_obj_contains(ai_actor_t *ctx, int64_t c, int64_t x) {
    switch (ai_word_type(c)) {
    case AI_T_LIST: case AI_T_TUPLE: return ai_seq_contains(ctx, c, x);
    case AI_T_STR: return ai_str_contains(ctx, obj(c), x);
    case AI_T_BYTES: return bytes_contains(ctx, obj(c), x);
    case AI_T_RANGE: return ai_range_contains(ctx, obj(c), x);
    case AI_T_DICT: return ai_dict_contains(ctx, obj(c), x);
    case AI_T_SET: case AI_T_FROZENSET: return ai_set_has(ctx, obj(c), x);
    case AI_T_DICT_KEYS: case AI_T_DICT_VALUES: case AI_T_DICT_ITEMS:
        return ai_dict_view_contains(ctx, obj(c), x);
    case AI_T_ITER: /* consumes the iterator up to the first equal item */
        for (;;) {
            int64_t y = ai_iter_next(ctx, c);
            if (!y)
                return false;
            if (ai_obj_eq(ctx, y, x))
                return true;
            if (ai_exc_pending(ctx))
                return false;
        }
    default:
        ai_type_error_of(ctx, "argument of type '%s' is not iterable", c);
        return false;
    }
}

static bool is(const char *a, const char *b) { return strcmp(a, b) == 0; }

int64_t ai_obj_getattr(ai_actor_t *ctx, int64_t x, const char *name) {
    switch (ai_word_type(x)) {
    case AI_T_BOOL: case AI_T_INT: {
        int64_t v = ai_word_type(x) == AI_T_BOOL ? ai_small(((const struct ai_bool_obj *)obj(x))->value) : x;
        if (is(name, "real") || is(name, "numerator"))
            return v;
        if (is(name, "imag"))
            return ai_small(0);
        if (is(name, "denominator"))
            return ai_small(1);
        break;
    }
    case AI_T_FLOAT:
        if (is(name, "real"))
            return x;
        if (is(name, "imag"))
            return ai_float_box(ctx, 0.0);
        break;
    case AI_T_SLICE: {
        const ai_slice_t *s = obj(x);
        if (is(name, "start"))
            return s->start;
        if (is(name, "stop"))
            return s->stop;
        if (is(name, "step"))
            return s->step;
        break;
    }
    case AI_T_RANGE: {
        const ai_range_t *r = obj(x);
        if (is(name, "start"))
            return ai_int_from_i64(ctx, r->start);
        if (is(name, "stop"))
            return ai_int_from_i64(ctx, r->stop);
        if (is(name, "step"))
            return ai_int_from_i64(ctx, r->step);
        break;
    }
    default:
        break;
    }
    char msg[200];
    snprintf(msg, sizeof msg, "'%s' object has no attribute '%.100s'", ai_word_type_name(x), name);
    ai_raise(ctx, AI_EXC_ATTRIBUTE, msg);
    return 0;
}
