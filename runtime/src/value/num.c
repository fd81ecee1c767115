/* Arithmetic with Python's results and error messages (CPython 3's floatobject.c/longobject.c
 * semantics for the 64-bit subset). An error raises in ctx and returns 0. */
#include <errno.h>
#include <math.h>

#include "value.h"
#include "../actor/actor.h"

int64_t ai_i64_pow(ai_actor_t *ctx, int64_t base, int64_t exp) {
    if (exp < 0) {
        ai_raise(ctx, AI_EXC_NOT_IMPLEMENTED, "int ** negative int (a float result) is not supported yet");
        return 0;
    }
    int64_t result = 1;
    while (exp > 0) {
        if (exp & 1) {
            if (__builtin_mul_overflow(result, base, &result))
                goto overflow;
        }
        exp >>= 1;
        if (exp && __builtin_mul_overflow(base, base, &base))
            goto overflow;
    }
    return result;
overflow:
    ai_raise(ctx, AI_EXC_OVERFLOW, "integer overflow: AIthon ints are 64-bit (no big integers yet)");
    return 0;
}

/* |a| / |b| correctly rounded (a, b != 0), as CPython's long_true_divide: scale so that the
 * integer quotient has 55-56 bits, fold the remainder into a sticky low bit, and let the exact
 * integer-to-double conversion round (to nearest, ties to even) once; then rescale exactly. */
static double udiv_rounded(uint64_t a, uint64_t b) {
    int shift = 55 + (64 - __builtin_clzll(b)) - (64 - __builtin_clzll(a)); /* in [-8, 118] */
    unsigned __int128 n = a, d = b;
    if (shift >= 0)
        n <<= shift;
    else
        d <<= -shift;
    unsigned __int128 q = n / d;
    uint64_t q64 = (uint64_t)q | (n % d != 0); /* q < 2**57: the sticky bit is below the rounding */
    return ldexp((double)q64, -shift);
}

double ai_i64_truediv(ai_actor_t *ctx, int64_t a, int64_t b) {
    if (b == 0) {
        ai_raise(ctx, AI_EXC_ZERO_DIVISION, "division by zero");
        return 0;
    }
    const int64_t exact = (int64_t)1 << 53;
    if (a >= -exact && a <= exact && b >= -exact && b <= exact)
        return (double)a / (double)b; /* both exact doubles: IEEE division rounds correctly */
    if (a == 0)
        return (b < 0) ? -0.0 : 0.0;
    uint64_t ua = a < 0 ? (uint64_t)0 - (uint64_t)a : (uint64_t)a;
    uint64_t ub = b < 0 ? (uint64_t)0 - (uint64_t)b : (uint64_t)b;
    double q = udiv_rounded(ua, ub);
    return (a < 0) != (b < 0) ? -q : q;
}

double ai_f64_div(ai_actor_t *ctx, double a, double b) {
    if (b == 0) {
        ai_raise(ctx, AI_EXC_ZERO_DIVISION, "float division by zero");
        return 0;
    }
    return a / b;
}

/* CPython's float_divmod: mod takes the divisor's sign, div is floor-corrected. */
static void divmod_f64(double vx, double wx, double *floordiv, double *mod_out) {
    double mod = fmod(vx, wx);
    double div = (vx - mod) / wx;
    if (mod) {
        if ((wx < 0) != (mod < 0)) {
            mod += wx;
            div -= 1.0;
        }
    } else {
        mod = copysign(0.0, wx);
    }
    double fd;
    if (div) {
        fd = floor(div);
        if (div - fd > 0.5)
            fd += 1.0;
    } else {
        fd = copysign(0.0, vx / wx);
    }
    *floordiv = fd;
    *mod_out = mod;
}

double ai_f64_floordiv(ai_actor_t *ctx, double a, double b) {
    if (b == 0) {
        ai_raise(ctx, AI_EXC_ZERO_DIVISION, "float floor division by zero");
        return 0;
    }
    double d, m;
    divmod_f64(a, b, &d, &m);
    return d;
}

double ai_f64_mod(ai_actor_t *ctx, double a, double b) {
    if (b == 0) {
        ai_raise(ctx, AI_EXC_ZERO_DIVISION, "float modulo");
        return 0;
    }
    double d, m;
    divmod_f64(a, b, &d, &m);
    return m;
}

double ai_f64_pow(ai_actor_t *ctx, double a, double b) {
    if (b == 0)
        return 1.0;
    if (isnan(a))
        return a;
    if (a == 0 && b < 0 && !isinf(b)) {
        ai_raise(ctx, AI_EXC_ZERO_DIVISION, "0.0 cannot be raised to a negative power");
        return 0;
    }
    if (a < 0 && isfinite(a) && isfinite(b) && floor(b) != b) {
        ai_raise(ctx, AI_EXC_NOT_IMPLEMENTED, "complex results are not supported");
        return 0;
    }
    errno = 0;
    double r = pow(a, b);
    if (isinf(r) && isfinite(a) && isfinite(b)) {
        ai_raise(ctx, AI_EXC_OVERFLOW, "(34, 'Numerical result out of range')");
        return 0;
    }
    return r;
}

int64_t ai_f64_to_i64(ai_actor_t *ctx, double x) {
    if (isnan(x)) {
        ai_raise(ctx, AI_EXC_VALUE, "cannot convert float NaN to integer");
        return 0;
    }
    if (isinf(x)) {
        ai_raise(ctx, AI_EXC_OVERFLOW, "cannot convert float infinity to integer");
        return 0;
    }
    double t = trunc(x);
    if (t >= 9223372036854775808.0 || t < -9223372036854775808.0) {
        ai_raise(ctx, AI_EXC_OVERFLOW, "integer overflow: AIthon ints are 64-bit (no big integers yet)");
        return 0;
    }
    return (int64_t)t;
}
