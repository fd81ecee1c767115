/* repr() of every value word (ai_repr_into), with the guard against self-reference and deep
 * nesting; numbers and the typed front end's lists (float repr is in dtoa.c). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <inttypes.h>

#include "containers.h"
#include "glue.h"
#include "int.h"
#include "iter.h"

size_t ai_fmt_i64(char *out, int64_t x) {
    return (size_t)snprintf(out, 24, "%lld", (long long)x);
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

/* ----- repr() of any value word ------------------------------------------------------------------ */
/* The containers being printed on this thread, innermost last (CPython's Py_ReprEnter list): a
 * repr never suspends, so a thread-local stack is the actor's own while it is used. Each level
 * also counts against the recursion limit, as CPython's Py_EnterRecursiveCall in repr(), so the
 * stack never holds more than the limit's worth of entries. */
enum { REPR_MAX = AI_RECURSION_LIMIT + 16 };
static _Thread_local struct {
    int64_t n;
    int64_t w[REPR_MAX];
    int64_t level[REPR_MAX]; /* the recursion level before each entry */
} R;

int ai_repr_enter(ai_actor_t *ctx, int64_t w) {
    for (int64_t i = R.n - 1; i >= 0; i--)
        if (R.w[i] == w)
            return 1;
    ai_depth_need(ctx, 1, AI_DEPTH_REPR);
    if (ai_exc_pending(ctx))
        return -1;
    if (R.n == REPR_MAX) { /* not reached: the depth check comes first */
        ai_raise(ctx, AI_EXC_RECURSION, "maximum recursion depth exceeded while getting the repr of an object");
        return -1;
    }
    R.level[R.n] = ai_depth_enter(ctx) - 1; /* cannot cross the limit: checked above */
    R.w[R.n++] = w;
    return 0;
}

void ai_repr_leave(ai_actor_t *ctx, int64_t w) {
    (void)ctx;
    /* the innermost entry is w's unless an error unwound out of order: search from the top */
    for (int64_t i = R.n - 1; i >= 0; i--)
        if (R.w[i] == w) {
            ai_depth_set(R.level[i]);
            R.n = i;
            return;
        }
}

static void put_addr(ai_buf_t *b, const char *what, const char *name, int64_t w) {
    char tmp[160];
    int n = snprintf(tmp, sizeof tmp, "<%s%s at 0x%" PRIxPTR ">", what, name, (uintptr_t)w);
    ai_buf_put(b, tmp, (size_t)n);
}

bool ai_repr_into(ai_actor_t *ctx, ai_buf_t *b, int64_t w) {
    char tmp[40];
    if (ai_is_small(w)) {
        ai_buf_put(b, tmp, ai_fmt_i64(tmp, ai_small_val(w)));
        return true;
    }
    switch (ai_word_type(w)) {
    case AI_T_INT: {
        ai_str_t *s = ai_int_str(ctx, w);
        if (!s)
            return false;
        ai_buf_put(b, s->data, (size_t)s->nbytes);
        return true;
    }
    case AI_T_STR: {
        const ai_str_t *s = (const ai_str_t *)(intptr_t)w;
        ai_repr_str(b, s->data, (size_t)s->nbytes);
        return true;
    }
    case AI_T_FLOAT:
        ai_buf_put(b, tmp, ai_fmt_f64_repr(tmp, ai_float_unbox(w)));
        return true;
    case AI_T_BOOL: {
        bool v = ((const struct ai_bool_obj *)(intptr_t)w)->value != 0;
        ai_buf_put(b, v ? "True" : "False", v ? 4 : 5);
        return true;
    }
    case AI_T_NONE:
        ai_buf_put(b, "None", 4);
        return true;
    case AI_T_LIST: {
        ai_list_t *l = (ai_list_t *)(intptr_t)w;
        if (l->kind != AI_ELEM_VALUE) {
            ai_repr_list(b, l, (int32_t)l->kind);
            return true;
        }
        return ai_seq_repr(ctx, b, w);
    }
    case AI_T_TUPLE: return ai_seq_repr(ctx, b, w);
    case AI_T_DICT: return ai_dict_repr(ctx, b, (ai_dict_t *)(intptr_t)w);
    case AI_T_SET: case AI_T_FROZENSET: return ai_set_repr(ctx, b, (ai_set_t *)(intptr_t)w);
    case AI_T_DICT_KEYS: case AI_T_DICT_VALUES: case AI_T_DICT_ITEMS:
        return ai_dict_view_repr(ctx, b, (ai_dict_view_t *)(intptr_t)w);
    case AI_T_RANGE: return ai_range_repr(ctx, b, (ai_range_t *)(intptr_t)w);
    case AI_T_BYTES: return ai_bytes_repr(ctx, b, (ai_bytes_t *)(intptr_t)w);
    case AI_T_SLICE: {
        const ai_slice_t *s = (const ai_slice_t *)(intptr_t)w;
        ai_buf_put(b, "slice(", 6);
        if (!ai_repr_into(ctx, b, s->start))
            return false;
        ai_buf_put(b, ", ", 2);
        if (!ai_repr_into(ctx, b, s->stop))
            return false;
        ai_buf_put(b, ", ", 2);
        if (!ai_repr_into(ctx, b, s->step))
            return false;
        ai_buf_putc(b, ')');
        return true;
    }
    case AI_T_FUNCTION:
        ai_function_repr(b, w);
        return true;
    case AI_T_ITER:
        put_addr(b, ai_iter_type_name(w), " object", w);
        return true;
    default:
        put_addr(b, ai_word_type_name(w), " object", w);
        return true;
    }
}

void ai_repr_values(ai_actor_t *ctx, ai_buf_t *b, const ai_list_t *l) { ai_repr_into(ctx, b, (int64_t)(intptr_t)l); }
