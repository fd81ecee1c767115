/* Ints of any size: & | ^ ~ on the infinite two's complement (as CPython), << >>, and **. */
#include <stdlib.h>
#include <string.h>

#include "int.h"
#include "../actor/actor.h"

/* Results beyond 2**40 bits (128 GiB) are MemoryError at once, before any scratch is touched. */
#define MAX_BITS ((uint64_t)1 << 40)

/* {out, n}: the n-limb two's complement of the view's value (n > its magnitude's limbs). */
static void to_twos(mp_limb_t *out, mp_size_t n, const ai_mag_t *x) {
    memset(out, 0, (size_t)n * sizeof(mp_limb_t));
    if (x->n)
        memcpy(out, x->d, (size_t)x->n * sizeof(mp_limb_t));
    if (x->neg)
        mpn_neg(out, out, n);
}

static mp_limb_t bitop(int op, mp_limb_t x, mp_limb_t y) {
    return op == AI_OP_AND ? x & y : op == AI_OP_OR ? x | y : x ^ y;
}

static int64_t bitwise(ai_actor_t *ctx, int op, int64_t a, int64_t b) {
    if (ai_is_small(a) && ai_is_small(b)) /* sign extension keeps the result in the small range */
        return ai_small((int64_t)bitop(op, (uint64_t)ai_small_val(a), (uint64_t)ai_small_val(b)));
    ai_mag_t x, y;
    ai_int_view(a, &x);
    ai_int_view(b, &y);
    mp_size_t n = (x.n > y.n ? x.n : y.n) + 1;
    mp_limb_t *p = ai_limbs_scratch(ctx, 2 * (size_t)n);
    if (!p)
        return AI_INT_ERR;
    mp_limb_t *q = p + n;
    to_twos(p, n, &x);
    to_twos(q, n, &y);
    for (mp_size_t i = 0; i < n; i++)
        p[i] = bitop(op, p[i], q[i]);
    bool neg = p[n - 1] >> 63;
    if (neg)
        mpn_neg(p, p, n);
    int64_t w = ai_int_make(ctx, p, n, neg);
    free(p);
    return w;
}

int64_t ai_int_and(ai_actor_t *ctx, int64_t a, int64_t b) { return bitwise(ctx, AI_OP_AND, a, b); }
int64_t ai_int_or(ai_actor_t *ctx, int64_t a, int64_t b) { return bitwise(ctx, AI_OP_OR, a, b); }
int64_t ai_int_xor(ai_actor_t *ctx, int64_t a, int64_t b) { return bitwise(ctx, AI_OP_XOR, a, b); }

int64_t ai_int_invert(ai_actor_t *ctx, int64_t a) {
    if (ai_is_small(a))
        return ai_small(~ai_small_val(a));
    int64_t n = ai_int_neg(ctx, a); /* ~a == -a - 1 */
    return ai_exc_pending(ctx) ? AI_INT_ERR : ai_int_sub(ctx, n, ai_small(1));
}

/* ----- shifts ----------------------------------------------------------------------------------- */
/* The shift count b >= 0 as a 128-bit number (saturated), or false after ValueError. */
static bool shift_count(ai_actor_t *ctx, int64_t b, unsigned __int128 *count) {
    ai_mag_t y;
    ai_int_view(b, &y);
    if (y.neg) {
        ai_raise(ctx, AI_EXC_VALUE, "negative shift count");
        return false;
    }
    *count = y.n > 2 ? ~(unsigned __int128)0 : y.n == 2 ? (unsigned __int128)y.d[1] << 64 | y.d[0] : y.n ? y.d[0] : 0;
    return true;
}

int64_t ai_int_rshift(ai_actor_t *ctx, int64_t a, int64_t b) {
    unsigned __int128 s;
    if (!shift_count(ctx, b, &s))
        return AI_INT_ERR;
    ai_mag_t x;
    ai_int_view(a, &x);
    if (s >= ai_mag_bits(&x)) /* floor: every bit goes */
        return ai_small(x.neg ? -1 : 0);
    if (ai_is_small(a))
        return ai_small(ai_small_val(a) >> (int)s);
    mp_size_t limbs = (mp_size_t)(s / 64), n = x.n - limbs;
    unsigned bits = (unsigned)(s % 64);
    mp_limb_t *r = ai_limbs_scratch(ctx, (size_t)n + 1);
    if (!r)
        return AI_INT_ERR;
    mp_limb_t lost = bits ? mpn_rshift(r, x.d + limbs, n, bits) : 0;
    if (!bits)
        memcpy(r, x.d + limbs, (size_t)n * sizeof(mp_limb_t));
    if (x.neg && (lost || !ai_limbs_zero(x.d, limbs))) /* a negative value rounds toward -inf */
        r[n] = mpn_add_1(r, r, n, 1);
    int64_t w = ai_int_make(ctx, r, n + 1, x.neg);
    free(r);
    return w;
}

/* CPython 3.11 splits the count into 30-bit digits and clips it: a result of more than
 * (2**63 - 25) / 4 digits is OverflowError "too many digits in integer"; anything less that
 * cannot be allocated is MemoryError. */
static bool lshift_fits(ai_actor_t *ctx, const ai_mag_t *x, unsigned __int128 s) {
    const unsigned __int128 clip = ((unsigned __int128)1 << 61) - 1;
    const unsigned __int128 max_digits = (((unsigned __int128)1 << 63) - 25) / 4;
    unsigned __int128 words = s / 30, digits = (ai_mag_bits(x) + 29) / 30;
    unsigned __int128 size = words >= clip ? digits + clip : digits + words + (s % 30 != 0);
    if (size > max_digits) {
        ai_raise(ctx, AI_EXC_OVERFLOW, "too many digits in integer");
        return false;
    }
    if (ai_mag_bits(x) + s > MAX_BITS) {
        ai_raise(ctx, AI_EXC_MEMORY, "");
        return false;
    }
    return true;
}

int64_t ai_int_lshift(ai_actor_t *ctx, int64_t a, int64_t b) {
    unsigned __int128 s;
    if (!shift_count(ctx, b, &s))
        return AI_INT_ERR;
    if (a == ai_small(0))
        return a;
    ai_mag_t x;
    ai_int_view(a, &x);
    if (ai_is_small(a) && s < 64 && ai_mag_bits(&x) + s < 63)
        return ai_int_from_i64(ctx, (int64_t)((uint64_t)ai_small_val(a) << (int)s));
    if (!lshift_fits(ctx, &x, s))
        return AI_INT_ERR;
    mp_size_t limbs = (mp_size_t)(s / 64), n = x.n + limbs + 1;
    unsigned bits = (unsigned)(s % 64);
    mp_limb_t *r = ai_limbs_scratch(ctx, (size_t)n);
    if (!r)
        return AI_INT_ERR;
    if (bits)
        r[n - 1] = mpn_lshift(r + limbs, x.d, x.n, bits);
    else
        memcpy(r + limbs, x.d, (size_t)x.n * sizeof(mp_limb_t));
    int64_t w = ai_int_make(ctx, r, n, x.neg);
    free(r);
    return w;
}

/* ----- ** ----------------------------------------------------------------------------------------- */
/* int ** negative int is float ** float, as CPython's long_pow hands it to float_pow. */
static int64_t pow_negative(ai_actor_t *ctx, int64_t a, int64_t b) {
    double x = ai_int_to_f64(ctx, a);
    if (ai_exc_pending(ctx))
        return AI_INT_ERR;
    double y = ai_int_to_f64(ctx, b);
    if (ai_exc_pending(ctx))
        return AI_INT_ERR;
    double r = ai_f64_pow(ctx, x, y);
    return ai_exc_pending(ctx) ? AI_INT_ERR : ai_float_box(ctx, r);
}

/* |x| ** e by left-to-right binary powering, in two buffers of `cap` limbs; returns the limbs
 * used in *out (one of the buffers). */
static mp_size_t pow_mag(const ai_mag_t *x, uint64_t e, mp_limb_t *buf1, mp_limb_t *buf2, mp_limb_t **out) {
    mp_limb_t *r = buf1, *t = buf2;
    memcpy(r, x->d, (size_t)x->n * sizeof(mp_limb_t));
    mp_size_t rn = x->n;
    for (int bit = 62 - __builtin_clzll(e); bit >= 0; bit--) {
        mpn_sqr(t, r, rn);
        rn *= 2;
        while (t[rn - 1] == 0)
            rn--;
        mp_limb_t *swap = r;
        r = t;
        t = swap;
        if (e >> bit & 1) {
            mpn_mul(t, r, rn, x->d, x->n);
            rn += x->n;
            while (t[rn - 1] == 0)
                rn--;
            swap = r;
            r = t;
            t = swap;
        }
    }
    *out = r;
    return rn;
}

static int64_t pow_small(ai_actor_t *ctx, int64_t base, int64_t e, bool *done) {
    int64_t r = 1;
    *done = false;
    for (;;) {
        if ((e & 1) && __builtin_mul_overflow(r, base, &r))
            return 0;
        e >>= 1;
        if (!e)
            break;
        if (__builtin_mul_overflow(base, base, &base))
            return 0;
    }
    *done = true;
    return ai_int_from_i64(ctx, r);
}

int64_t ai_int_pow(ai_actor_t *ctx, int64_t a, int64_t b) {
    if (ai_int_cmp(b, ai_small(0)) < 0)
        return pow_negative(ctx, a, b);
    if (b == ai_small(0) || a == ai_small(1))
        return ai_small(1);
    if (a == ai_small(0))
        return a;
    ai_mag_t x, y;
    ai_int_view(a, &x);
    ai_int_view(b, &y);
    if (a == ai_small(-1))
        return ai_small(y.d[0] & 1 ? -1 : 1);
    bool done;
    if (ai_is_small(a) && ai_is_small(b)) {
        int64_t w = pow_small(ctx, ai_small_val(a), ai_small_val(b), &done);
        if (done)
            return w;
    }
    uint64_t bits = ai_mag_bits(&x), e = ai_is_small(b) ? (uint64_t)ai_small_val(b) : UINT64_MAX, low;
    /* the result has at least (bits - 1) * e + 1 bits */
    if (e > MAX_BITS || __builtin_mul_overflow(bits - 1, e, &low) || low > MAX_BITS) {
        ai_raise(ctx, AI_EXC_MEMORY, "");
        return AI_INT_ERR;
    }
    size_t cap = (size_t)(bits * e / 64) + 3;
    mp_limb_t *p = ai_limbs_scratch(ctx, 2 * cap), *r;
    if (!p)
        return AI_INT_ERR;
    mp_size_t n = pow_mag(&x, e, p, p + cap, &r);
    int64_t w = ai_int_make(ctx, r, n, x.neg && (e & 1));
    free(p);
    return w;
}
