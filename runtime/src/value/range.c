/* range objects: start, stop, step and length as C integers (a range whose bounds or length do not
 * fit in 64 bits is OverflowError here, where CPython would keep big ints). */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "seq.h"
#include "../actor/actor.h"

static const char *const TOO_LARGE = "Python int too large to convert to C ssize_t";

static int64_t int_word(ai_actor_t *ctx, int64_t v) {
    return v >= AI_SMALL_MIN && v <= AI_SMALL_MAX ? ai_small(v) : ai_int_from_i64(ctx, v);
}

static int64_t make(ai_actor_t *ctx, __int128 start, __int128 stop, __int128 step) {
    __int128 len = 0;
    if (step > 0 && start < stop)
        len = (stop - start - 1) / step + 1;
    else if (step < 0 && start > stop)
        len = (start - stop - 1) / -step + 1;
    if (start < INT64_MIN || start > INT64_MAX || stop < INT64_MIN || stop > INT64_MAX || step < INT64_MIN ||
        step > INT64_MAX || len > INT64_MAX) {
        ai_raise(ctx, AI_EXC_OVERFLOW, TOO_LARGE);
        return 0;
    }
    ai_range_t *r = ai_actor_alloc(ctx, sizeof *r);
    if (!r)
        return 0;
    r->header = ai_hdr_new(AI_T_RANGE, sizeof *r);
    r->start = (int64_t)start;
    r->stop = (int64_t)stop;
    r->step = (int64_t)step;
    r->len = (int64_t)len;
    return ai_seq_word(r);
}

int64_t ai_range_new(ai_actor_t *ctx, int64_t start, int64_t stop, int64_t step) {
    int64_t w[3] = {start, stop, step}, v[3];
    for (int k = 0; k < 3; k++) {
        if (!ai_seq_is_intlike(w[k])) {
            ai_type_error_of(ctx, "'%s' object cannot be interpreted as an integer", w[k]);
            return 0;
        }
        w[k] = ai_seq_as_int(w[k]);
    }
    if (w[2] == ai_small(0)) {
        ai_raise(ctx, AI_EXC_VALUE, "range() arg 3 must not be zero");
        return 0;
    }
    for (int k = 0; k < 3; k++) {
        if (!ai_int_fits_i64(w[k])) {
            ai_raise(ctx, AI_EXC_OVERFLOW, TOO_LARGE);
            return 0;
        }
        v[k] = ai_seq_clamp(w[k]);
    }
    return make(ctx, v[0], v[1], v[2]);
}

int64_t ai_range_getitem(ai_actor_t *ctx, ai_range_t *r, int64_t key) {
    if (ai_word_type(key) == AI_T_SLICE) {
        int64_t a, b, st, n;
        if (!ai_slice_indices(ctx, (const ai_slice_t *)(intptr_t)key, r->len, &a, &b, &st, &n))
            return 0;
        return make(ctx, (__int128)r->start + (__int128)a * r->step, (__int128)r->start + (__int128)b * r->step,
                    (__int128)r->step * st);
    }
    if (!ai_seq_is_intlike(key)) {
        char msg[128];
        snprintf(msg, sizeof msg, "range indices must be integers or slices, not %s", ai_word_type_name(key));
        ai_raise(ctx, AI_EXC_TYPE, msg);
        return 0;
    }
    key = ai_seq_as_int(key);
    int64_t i = ai_int_fits_i64(key) ? ai_seq_clamp(key) : INT64_MIN;
    if (i < 0 && i != INT64_MIN)
        i += r->len;
    if (i < 0 || i >= r->len) {
        ai_raise(ctx, AI_EXC_INDEX, "range object index out of range");
        return 0;
    }
    return int_word(ctx, r->start + i * r->step);
}

/* The position of x in r (-1 when absent); *numeric false when x is no int, bool or float. */
static int64_t position(const ai_range_t *r, int64_t x, bool *numeric) {
    int64_t v;
    *numeric = true;
    if (ai_seq_is_intlike(x)) {
        x = ai_seq_as_int(x);
        if (!ai_int_fits_i64(x))
            return -1;
        v = ai_seq_clamp(x);
    } else if (ai_word_type(x) == AI_T_FLOAT) {
        double d = ai_float_unbox(x);
        if (!(d >= -0x1p63 && d < 0x1p63) || d != trunc(d))
            return -1;
        v = (int64_t)d;
    } else {
        *numeric = false;
        return -1;
    }
    __int128 off = (__int128)v - r->start;
    if (r->step > 0 ? (v < r->start || v >= r->stop) : (v > r->start || v <= r->stop))
        return -1;
    if (off % r->step != 0)
        return -1;
    return (int64_t)(off / r->step);
}

bool ai_range_contains(ai_actor_t *ctx, ai_range_t *r, int64_t x) {
    (void)ctx;
    bool numeric;
    return position(r, x, &numeric) >= 0;
}

bool ai_range_eq(ai_range_t *a, ai_range_t *b) {
    if (a == b)
        return true;
    if (a->len != b->len)
        return false;
    if (a->len == 0)
        return true;
    if (a->start != b->start)
        return false;
    return a->len == 1 || a->step == b->step;
}

bool ai_range_repr(ai_actor_t *ctx, ai_buf_t *b, ai_range_t *r) {
    (void)ctx;
    char tmp[96];
    int n = r->step == 1 ? snprintf(tmp, sizeof tmp, "range(%lld, %lld)", (long long)r->start, (long long)r->stop)
                         : snprintf(tmp, sizeof tmp, "range(%lld, %lld, %lld)", (long long)r->start,
                                    (long long)r->stop, (long long)r->step);
    ai_buf_put(b, tmp, (size_t)n);
    return true;
}

int64_t ai_range_method(ai_actor_t *ctx, ai_range_t *r, int32_t mid, int64_t argc, const int64_t *argv) {
    if (mid != AI_M_count && mid != AI_M_index)
        return ai_seq_no_method(ctx, "range", mid);
    if (argc != 1) {
        ai_seq_argc_error(ctx, "%s() takes exactly one argument (%lld given)",
                          mid == AI_M_count ? "range.count" : "range.index", argc);
        return 0;
    }
    bool numeric;
    int64_t i = position(r, argv[0], &numeric);
    if (mid == AI_M_count)
        return ai_small(i >= 0);
    if (i >= 0)
        return ai_small(i);
    if (!ai_seq_is_intlike(argv[0])) {
        ai_raise(ctx, AI_EXC_VALUE, "sequence.index(x): x not in sequence");
        return 0;
    }
    ai_buf_t b = {0};
    if (ai_repr_into(ctx, &b, argv[0])) {
        ai_buf_put(&b, " is not in range", 16);
        ai_buf_putc(&b, 0);
        ai_raise(ctx, b.oom ? AI_EXC_MEMORY : AI_EXC_VALUE, b.oom ? "" : b.p);
    }
    ai_buf_free(&b);
    return 0;
}
