/* Methods of int, bool and float receivers: bit_length bit_count conjugate as_integer_ratio
 * is_integer (float only in 3.11); float.hex raises NotImplementedError. */
#include <math.h>
#include <stdio.h>

#include "strm.h"
#include "../actor/actor.h"

static int64_t no_attr(ai_actor_t *ctx, int64_t x, int32_t mid) {
    return strm_raise(ctx, AI_EXC_ATTRIBUTE, "'%s' object has no attribute '%s'", ai_word_type_name(x),
                      strm_mname(mid));
}

static int64_t float_ratio(ai_actor_t *ctx, double x) {
    if (isinf(x))
        return strm_raise(ctx, AI_EXC_OVERFLOW, "cannot convert Infinity to integer ratio");
    if (isnan(x))
        return strm_raise(ctx, AI_EXC_VALUE, "cannot convert NaN to integer ratio");
    int e;
    double m = frexp(x, &e); /* x = m * 2**e, 0.5 <= |m| < 1 */
    int64_t mant = (int64_t)ldexp(m, 53);
    e -= 53;
    while (mant != 0 && (mant & 1) == 0) {
        mant /= 2;
        e++;
    }
    int64_t items[2];
    if (mant == 0) {
        items[0] = ai_small(0);
        items[1] = ai_small(1);
    } else if (e >= 0) {
        items[0] = ai_int_lshift(ctx, ai_small(mant), ai_small(e));
        items[1] = ai_small(1);
    } else {
        items[0] = ai_small(mant);
        items[1] = ai_int_lshift(ctx, ai_small(1), ai_small(-e));
    }
    if (ai_exc_pending(ctx))
        return 0;
    return ai_tuple_new(ctx, 2, items);
}

int64_t ai_num_method(ai_actor_t *ctx, int64_t x, int32_t mid, int64_t argc, const int64_t *argv) {
    (void)argv;
    mid &= ~AI_M_KW;
    int t = ai_word_type(x);
    bool is_float = t == AI_T_FLOAT;
    switch (mid) {
    case AI_M_bit_length: case AI_M_bit_count:
        if (is_float)
            return no_attr(ctx, x, mid);
        break;
    case AI_M_is_integer: case AI_M_hex:
        if (!is_float)
            return no_attr(ctx, x, mid);
        break;
    case AI_M_conjugate: case AI_M_as_integer_ratio: break;
    default: return no_attr(ctx, x, mid);
    }
    if (argc)
        return strm_type_error(ctx, "%s.%s() takes no arguments (%lld given)", is_float ? "float" : "int",
                               strm_mname(mid), (long long)argc);
    if (is_float) {
        double v = ai_float_unbox(x);
        switch (mid) {
        case AI_M_is_integer: return ai_bool_box(isfinite(v) && floor(v) == v);
        case AI_M_conjugate: return x;
        case AI_M_as_integer_ratio: return float_ratio(ctx, v);
        default: return strm_raise(ctx, AI_EXC_NOT_IMPLEMENTED, "float.hex() is not supported");
        }
    }
    int64_t v = t == AI_T_BOOL ? ai_small(((const struct ai_bool_obj *)strm_p(x))->value) : x;
    switch (mid) {
    case AI_M_conjugate: return v;
    case AI_M_as_integer_ratio: {
        int64_t items[2] = {v, ai_small(1)};
        return ai_tuple_new(ctx, 2, items);
    }
    default: break;
    }
    ai_mag_t m;
    ai_int_view(v, &m);
    if (mid == AI_M_bit_length)
        return ai_small((int64_t)ai_mag_bits(&m));
    int64_t c = 0;
    for (mp_size_t i = 0; i < m.n; i++)
        c += __builtin_popcountll(m.d[i]);
    return ai_small(c);
}
