/* Ints of any size against floats: int -> float correctly rounded (round-half-even, as CPython's
 * PyLong_AsDouble), int / int correctly rounded (long_true_divide), exact int <-> float comparison
 * and float -> int truncation. */
#include <float.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "int.h"
#include "../actor/actor.h"

/* The top 64 bits of |x| (nbits > 64) with a sticky bit 0 set when any lower bit is set: the
 * conversion of that to double rounds exactly as the whole number would round. */
static uint64_t top_bits_sticky(const ai_mag_t *x, uint64_t nbits) {
    uint64_t shift = nbits - 64;
    mp_size_t i = (mp_size_t)(shift / 64);
    unsigned off = (unsigned)(shift % 64);
    uint64_t top = x->d[i] >> off, sticky = off ? x->d[i] << (64 - off) : 0;
    if (off && i + 1 < x->n)
        top |= x->d[i + 1] << (64 - off);
    sticky |= !ai_limbs_zero(x->d, i);
    return top | (sticky != 0);
}

double ai_int_to_f64(ai_actor_t *ctx, int64_t a) {
    if (ai_is_small(a))
        return (double)ai_small_val(a); /* |a| <= 2**62: one correctly rounded conversion */
    ai_mag_t x;
    ai_int_view(a, &x);
    uint64_t nbits = ai_mag_bits(&x);
    double d = nbits <= 64 ? (double)x.d[0]
               : nbits > 1100 ? INFINITY
                              : ldexp((double)top_bits_sticky(&x, nbits), (int)(nbits - 64));
    if (isinf(d)) {
        ai_raise(ctx, AI_EXC_OVERFLOW, "int too large to convert to float");
        return 0;
    }
    return x.neg ? -d : d;
}

/* q (with `sticky`: a nonzero remainder was dropped) * 2**-shift rounded half-even to the bits a
 * double has at that magnitude, subnormals included (a single rounding). */
static double round_scaled(uint64_t q, bool sticky, int64_t shift) {
    int len = 64 - __builtin_clzll(q);
    int64_t e = len - 1 - shift; /* the value is in [2**e, 2**(e+1)) */
    int64_t prec = e >= DBL_MIN_EXP - 1 ? DBL_MANT_DIG : e + 1 - (DBL_MIN_EXP - DBL_MANT_DIG);
    int64_t drop = len - prec; /* >= 2: q has at least 55 bits */
    if (drop > len + 1)
        return 0.0;
    unsigned __int128 mant = (unsigned __int128)q >> drop, rem = q & (((unsigned __int128)1 << drop) - 1);
    unsigned __int128 half = (unsigned __int128)1 << (drop - 1);
    if (rem > half || (rem == half && (sticky || (mant & 1))))
        mant++;
    return ldexp((double)(uint64_t)mant, (int)(drop - shift));
}

/* |a| / |b| for big operands (b != 0): q = floor(|a| * 2**shift / |b|) with 55 or 56 bits. */
static double truediv_mag(ai_actor_t *ctx, const ai_mag_t *x, const ai_mag_t *y, bool *ok) {
    int64_t ax = (int64_t)ai_mag_bits(x), by = (int64_t)ai_mag_bits(y), shift = 55 + by - ax;
    *ok = true;
    if (ax - by > DBL_MAX_EXP + 1)
        return INFINITY;
    if (ax - by < DBL_MIN_EXP - DBL_MANT_DIG - 2)
        return 0.0;
    /* numerator and denominator after the shift; the shifted one gets fresh limbs */
    size_t nn = (size_t)x->n + (shift > 0 ? (size_t)shift / 64 + 1 : 0);
    size_t dn = (size_t)y->n + (shift < 0 ? (size_t)-shift / 64 + 1 : 0);
    mp_limb_t *num = ai_limbs_scratch(ctx, nn + dn + 2 * (nn + 1));
    if (!num)
        return *ok = false, 0.0;
    mp_limb_t *den = num + nn, *q = den + dn, *r = q + nn + 1;
    const mp_ptr targets[2] = {num, den};
    const ai_mag_t *src[2] = {x, y};
    int which = shift < 0;
    uint64_t s = (uint64_t)(shift < 0 ? -shift : shift);
    memcpy(targets[!which], src[!which]->d, (size_t)src[!which]->n * sizeof(mp_limb_t));
    mp_limb_t *t = targets[which] + s / 64;
    memcpy(t, src[which]->d, (size_t)src[which]->n * sizeof(mp_limb_t));
    if (s % 64)
        t[src[which]->n] = mpn_lshift(t, t, src[which]->n, (unsigned)(s % 64));
    mp_size_t un = (mp_size_t)nn, vn = (mp_size_t)dn;
    while (num[un - 1] == 0)
        un--;
    while (den[vn - 1] == 0)
        vn--;
    mpn_tdiv_qr(q, r, 0, num, un, den, vn);
    double d = round_scaled(q[0], !ai_limbs_zero(r, vn), shift); /* q < 2**56: one limb */
    free(num);
    return d;
}

double ai_int_truediv(ai_actor_t *ctx, int64_t a, int64_t b) {
    if (b == ai_small(0)) {
        ai_raise(ctx, AI_EXC_ZERO_DIVISION, "division by zero");
        return 0;
    }
    if (ai_is_small(a) && ai_is_small(b))
        return ai_i64_truediv(ctx, ai_small_val(a), ai_small_val(b));
    ai_mag_t x, y;
    ai_int_view(a, &x);
    ai_int_view(b, &y);
    bool ok;
    double d = x.n ? truediv_mag(ctx, &x, &y, &ok) : (ok = true, 0.0);
    if (!ok)
        return 0;
    if (isinf(d)) {
        ai_raise(ctx, AI_EXC_OVERFLOW, "integer division result too large for a float");
        return 0;
    }
    return x.neg != y.neg ? -d : d;
}

mp_size_t ai_f64_limbs(double t, mp_limb_t out[17]) {
    int e;
    double m = frexp(fabs(t), &e); /* |t| = m * 2**e, m in [0.5, 1) */
    if (m == 0)
        return 0;
    uint64_t mant = (uint64_t)ldexp(m, 53);
    int sh = e - 53;
    if (sh <= -64)
        return 0;
    if (sh <= 0) {
        out[0] = mant >> -sh; /* t is integral: no bits are lost */
        return out[0] != 0;
    }
    mp_size_t n = sh / 64 + 2;
    memset(out, 0, (size_t)n * sizeof(mp_limb_t));
    out[sh / 64] = mant << (sh % 64);
    if (sh % 64)
        out[sh / 64 + 1] = mant >> (64 - sh % 64);
    return out[n - 1] ? n : n - 1;
}

int64_t ai_int_from_f64(ai_actor_t *ctx, double x) {
    if (isnan(x)) {
        ai_raise(ctx, AI_EXC_VALUE, "cannot convert float NaN to integer");
        return AI_INT_ERR;
    }
    if (isinf(x)) {
        ai_raise(ctx, AI_EXC_OVERFLOW, "cannot convert float infinity to integer");
        return AI_INT_ERR;
    }
    double t = trunc(x);
    if (fabs(t) < 4611686018427387904.0) /* 2**62 */
        return ai_small((int64_t)t);
    mp_limb_t d[17];
    mp_size_t n = ai_f64_limbs(t, d);
    return ai_int_make(ctx, d, n, t < 0);
}

int32_t ai_int_cmp_f64(int64_t a, double x) {
    if (isnan(x))
        return 2;
    if (isinf(x))
        return x > 0 ? -1 : 1;
    if (ai_is_small(a) && fabs(x) < 4611686018427387904.0) {
        double t = trunc(x); /* exact in int64 */
        int64_t v = ai_small_val(a), ti = (int64_t)t;
        if (v != ti)
            return v < ti ? -1 : 1;
        return x > t ? -1 : x < t ? 1 : 0;
    }
    double t = trunc(x);
    mp_limb_t d[17];
    ai_mag_t f = {.d = d, .n = ai_f64_limbs(t, d), .neg = t < 0}, v;
    ai_int_view(a, &v);
    int c;
    if (v.neg != f.neg && (v.n || f.n))
        c = v.neg ? -1 : 1;
    else
        c = v.neg ? -ai_mag_cmp(&v, &f) : ai_mag_cmp(&v, &f);
    if (c)
        return c;
    return x > t ? -1 : x < t ? 1 : 0;
}
