/* Slice objects and the index arithmetic every sequence shares (CPython's PySlice_Unpack and
 * PySlice_AdjustIndices, PyNumber_AsSsize_t). */
#include <stdio.h>
#include <string.h>

#include "seq.h"
#include "../actor/actor.h"

int64_t ai_slice_new(ai_actor_t *ctx, int64_t start, int64_t stop, int64_t step) {
    ai_slice_t *s = ai_actor_alloc(ctx, sizeof *s);
    if (!s)
        return 0;
    s->header = ai_hdr_new(AI_T_SLICE, sizeof *s);
    s->start = start;
    s->stop = stop;
    s->step = step;
    return ai_seq_word(s);
}

int64_t ai_seq_as_int(int64_t w) {
    if (ai_word_type(w) == AI_T_BOOL)
        return ai_small(((const struct ai_bool_obj *)(intptr_t)w)->value != 0);
    return w;
}

int64_t ai_seq_clamp(int64_t w) {
    if (ai_is_small(w))
        return ai_small_val(w);
    if (ai_int_fits_i64(w)) {
        ai_mag_t v;
        ai_int_view(w, &v);
        return v.neg ? (int64_t)((uint64_t)0 - v.d[0]) : (int64_t)v.d[0];
    }
    return ai_int_cmp(w, ai_small(0)) < 0 ? INT64_MIN : INT64_MAX;
}

bool ai_seq_ssize(ai_actor_t *ctx, int64_t w, int64_t *out) {
    if (!ai_seq_is_intlike(w)) {
        ai_type_error_of(ctx, "'%s' object cannot be interpreted as an integer", w);
        return false;
    }
    w = ai_seq_as_int(w);
    if (!ai_int_fits_i64(w)) {
        ai_raise(ctx, AI_EXC_OVERFLOW, "Python int too large to convert to C ssize_t");
        return false;
    }
    *out = ai_seq_clamp(w);
    return true;
}

bool ai_seq_argc_error(ai_actor_t *ctx, const char *fmt, const char *name, int64_t argc) {
    char msg[160];
    snprintf(msg, sizeof msg, fmt, name, (long long)argc);
    ai_raise(ctx, AI_EXC_TYPE, msg);
    return false;
}

/* A slice bound: None -> dflt; an int clamped to int64; anything else TypeError. */
static bool slice_bound(ai_actor_t *ctx, int64_t w, int64_t dflt, int64_t *out) {
    if (w == ai_seq_word(&ai_None)) {
        *out = dflt;
        return true;
    }
    if (!ai_seq_is_intlike(w)) {
        ai_raise(ctx, AI_EXC_TYPE, "slice indices must be integers or None or have an __index__ method");
        return false;
    }
    *out = ai_seq_clamp(ai_seq_as_int(w));
    return true;
}

bool ai_slice_indices(ai_actor_t *ctx, const ai_slice_t *s, int64_t len, int64_t *start, int64_t *stop,
                      int64_t *step, int64_t *slicelen) {
    int64_t st, a, b;
    if (!slice_bound(ctx, s->step, 1, &st))
        return false;
    if (st == 0) {
        ai_raise(ctx, AI_EXC_VALUE, "slice step cannot be zero");
        return false;
    }
    if (st < -INT64_MAX) /* so that -step cannot overflow */
        st = -INT64_MAX;
    if (!slice_bound(ctx, s->start, st < 0 ? INT64_MAX : 0, &a) ||
        !slice_bound(ctx, s->stop, st < 0 ? INT64_MIN : INT64_MAX, &b))
        return false;
    if (a < 0) {
        a += len;
        if (a < 0)
            a = st < 0 ? -1 : 0;
    } else if (a >= len) {
        a = st < 0 ? len - 1 : len;
    }
    if (b < 0) {
        b += len;
        if (b < 0)
            b = st < 0 ? -1 : 0;
    } else if (b >= len) {
        b = st < 0 ? len - 1 : len;
    }
    int64_t n = 0;
    if (st < 0) {
        if (b < a)
            n = (int64_t)(((uint64_t)a - (uint64_t)b - 1) / (uint64_t)-st + 1);
    } else if (a < b) {
        n = (int64_t)(((uint64_t)b - (uint64_t)a - 1) / (uint64_t)st + 1);
    }
    *start = a;
    *stop = b;
    *step = st;
    *slicelen = n;
    return true;
}

bool ai_seq_index(ai_actor_t *ctx, int64_t key, int64_t len, const char *what, int64_t *index) {
    if (!ai_seq_is_intlike(key)) {
        char msg[160];
        if (strcmp(what, "string") == 0 || strcmp(what, "str") == 0)
            snprintf(msg, sizeof msg, "string indices must be integers, not '%s'", ai_word_type_name(key));
        else
            snprintf(msg, sizeof msg, "%s indices must be integers or slices, not %s", what,
                     ai_word_type_name(key));
        ai_raise(ctx, AI_EXC_TYPE, msg);
        return false;
    }
    key = ai_seq_as_int(key);
    if (!ai_int_fits_i64(key)) {
        ai_raise(ctx, AI_EXC_INDEX, "cannot fit 'int' into an index-sized integer");
        return false;
    }
    int64_t i = ai_seq_clamp(key);
    if (i < 0)
        i += len; /* no overflow: len >= 0 */
    *index = i;
    return true;
}

bool ai_seq_index_bounds(ai_actor_t *ctx, int64_t argc, const int64_t *argv, int64_t len, int64_t *start,
                         int64_t *end) {
    int64_t b[2] = {0, INT64_MAX};
    for (int k = 0; k < 2 && k < argc; k++) {
        if (!ai_seq_is_intlike(argv[k])) {
            ai_raise(ctx, AI_EXC_TYPE, "slice indices must be integers or have an __index__ method");
            return false;
        }
        b[k] = ai_seq_clamp(ai_seq_as_int(argv[k]));
        if (b[k] < 0) {
            b[k] += len;
            if (b[k] < 0)
                b[k] = 0;
        }
        if (b[k] > len)
            b[k] = len;
    }
    *start = b[0];
    *end = b[1] > len ? len : b[1];
    return true;
}

bool ai_seq_iterable(int64_t w) {
    switch (ai_word_type(w)) {
    case AI_T_STR: case AI_T_LIST: case AI_T_TUPLE: case AI_T_DICT: case AI_T_SET: case AI_T_BYTES:
    case AI_T_RANGE: case AI_T_ITER: case AI_T_FROZENSET: case AI_T_DICT_KEYS: case AI_T_DICT_VALUES:
    case AI_T_DICT_ITEMS:
        return true;
    default:
        return false;
    }
}
