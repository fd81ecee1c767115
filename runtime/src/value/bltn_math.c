/* The math module: CPython 3.11's mathmodule.c results and messages (math_1's domain/range rules,
 * loghelper's big ints, vector_norm for hypot and dist, fsum's exact partials), ints exact. */
#include <float.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "bltn.h"
#include "int.h"
#include "../actor/actor.h"

static int64_t domain_error(ai_actor_t *ctx) { return ai_bl_raisef(ctx, AI_EXC_VALUE, "math domain error"); }
static int64_t range_error(ai_actor_t *ctx) { return ai_bl_raisef(ctx, AI_EXC_OVERFLOW, "math range error"); }

/* CPython's ASSIGN_DOUBLE / PyFloat_AsDouble: float, int (OverflowError "int too large to convert to
 * float"), bool; TypeError "must be real number, not str". */
static bool to_double(ai_actor_t *ctx, int64_t w, double *out) {
    int64_t iw;
    if (ai_word_type(w) == AI_T_FLOAT) {
        *out = ai_float_unbox(w);
        return true;
    }
    if (ai_bl_as_int(w, &iw)) {
        *out = ai_is_small(iw) ? (double)ai_small_val(iw) : ai_int_to_f64(ctx, iw);
        return !ctx->pending;
    }
    ai_type_error_of(ctx, "must be real number, not %s", w);
    return false;
}

static bool to_int(ai_actor_t *ctx, int64_t w, int64_t *iw) {
    if (ai_bl_as_int(w, iw))
        return true;
    ai_type_error_of(ctx, "'%s' object cannot be interpreted as an integer", w);
    return false;
}

static bool is_neg(int64_t iw) { return ai_int_cmp(iw, ai_small(0)) < 0; }

/* math_1: a NaN from a non-NaN is a domain error; an infinity from a finite x is a range error
 * (OverflowError) when the function can overflow, else a domain error. */
static int64_t math_1(ai_actor_t *ctx, int64_t w, double (*f)(double), bool can_overflow) {
    double x;
    if (!to_double(ctx, w, &x))
        return BL_ERR;
    double r = f(x);
    if (isnan(r) && !isnan(x))
        return domain_error(ctx);
    if (isinf(r) && isfinite(x))
        return can_overflow ? range_error(ctx) : domain_error(ctx);
    return ai_float_box(ctx, r);
}

/* ----- logarithms (loghelper: ints beyond a double are x = m * 2**e) ------------------------------ */
static double m_log(double x) { return log(x); }

/* the correctly rounded m in [0.5, 1] and e with |n| ~ m * 2**e (n a big int) */
static double big_frexp(int64_t n, int64_t *e) {
    ai_mag_t v;
    ai_int_view(n, &v);
    uint64_t bits = ai_mag_bits(&v);
    /* the top 64 bits, with a sticky bit for everything below: one rounding when converted */
    uint64_t shift = bits - 64, limb = shift / 64, off = shift % 64;
    uint64_t top = v.d[limb] >> off;
    if (off && (mp_size_t)limb + 1 < v.n)
        top |= v.d[limb + 1] << (64 - off);
    bool sticky = (v.d[limb] & ((off ? (uint64_t)1 << off : 0) - 1)) != 0;
    for (uint64_t i = 0; i < limb && !sticky; i++)
        sticky = v.d[i] != 0;
    top |= sticky;
    *e = (int64_t)bits;
    return ldexp((double)top, -64);
}

/* loghelper(x, func): a positive int too large for a double is m * 2**e; 0 and negatives are
 * domain errors. *ok false after raising. */
static double loghelper(ai_actor_t *ctx, int64_t w, double (*f)(double), bool *ok) {
    int64_t iw;
    *ok = false;
    if (ai_bl_as_int(w, &iw)) {
        if (ai_int_cmp(iw, ai_small(0)) <= 0) {
            domain_error(ctx);
            return 0;
        }
        double x;
        if (ai_is_small(iw)) {
            x = (double)ai_small_val(iw);
        } else {
            x = ai_int_to_f64(ctx, iw);
            if (ctx->pending) { /* beyond a double */
                ai_exc_release(ctx->pending);
                ctx->pending = NULL;
                int64_t e;
                double m = big_frexp(iw, &e);
                *ok = true;
                return f(m) + f(2.0) * (double)e;
            }
        }
        *ok = true;
        return f(x);
    }
    double x;
    if (!to_double(ctx, w, &x))
        return 0;
    if (isnan(x) || (isinf(x) && x > 0)) {
        *ok = true;
        return x;
    }
    if (x <= 0) {
        domain_error(ctx);
        return 0;
    }
    *ok = true;
    return f(x);
}

static int64_t math_log(ai_actor_t *ctx, int64_t argc, const int64_t *argv, double (*f)(double)) {
    bool ok;
    double num = loghelper(ctx, argv[0], f, &ok);
    if (!ok)
        return BL_ERR;
    if (argc == 2) {
        double den = loghelper(ctx, argv[1], f, &ok);
        if (!ok)
            return BL_ERR;
        if (den == 0)
            return ai_bl_raisef(ctx, AI_EXC_ZERO_DIVISION, "float division by zero");
        num /= den;
    }
    return ai_float_box(ctx, num);
}

/* ----- floor, ceil, trunc ------------------------------------------------------------------------ */
static int64_t round_to_int(ai_actor_t *ctx, int64_t w, double (*f)(double), const char *dunder) {
    int64_t iw;
    if (ai_bl_as_int(w, &iw))
        return iw;
    if (ai_word_type(w) == AI_T_FLOAT)
        return ai_int_from_f64(ctx, f(ai_float_unbox(w)));
    if (dunder) {
        ai_type_error_of(ctx, dunder, w);
        return BL_ERR;
    }
    double x;
    return to_double(ctx, w, &x) ? ai_int_from_f64(ctx, f(x)) : BL_ERR;
}

/* ----- integer functions ------------------------------------------------------------------------- */
static int64_t int_abs(ai_actor_t *ctx, int64_t a) { return is_neg(a) ? ai_int_neg(ctx, a) : a; }

static uint64_t gcd_u64(uint64_t a, uint64_t b) {
    while (b) {
        uint64_t t = a % b;
        a = b;
        b = t;
    }
    return a;
}

static int64_t gcd_words(ai_actor_t *ctx, int64_t a, int64_t b) {
    a = int_abs(ctx, a);
    b = int_abs(ctx, b);
    while (b != ai_small(0) && !ctx->pending) {
        if (ai_is_small(a) && ai_is_small(b))
            return ai_small((int64_t)gcd_u64((uint64_t)ai_small_val(a), (uint64_t)ai_small_val(b)));
        int64_t t = ai_int_mod(ctx, a, b);
        a = b;
        b = t;
    }
    return ctx->pending ? BL_ERR : a;
}

static int64_t math_gcd_lcm(ai_actor_t *ctx, bool lcm, int64_t argc, const int64_t *argv) {
    int64_t acc = ai_small(lcm ? 1 : 0);
    for (int64_t i = 0; i < argc; i++) {
        int64_t x;
        if (!to_int(ctx, argv[i], &x))
            return BL_ERR;
        if (!lcm) {
            acc = gcd_words(ctx, acc, x);
        } else if (acc == ai_small(0) || x == ai_small(0)) {
            acc = ai_small(0);
        } else {
            int64_t g = gcd_words(ctx, acc, x);
            if (ctx->pending)
                return BL_ERR;
            acc = int_abs(ctx, ai_int_mul(ctx, ai_int_floordiv(ctx, acc, g), x));
        }
        if (ctx->pending)
            return BL_ERR;
    }
    /* a lone argument still loses its sign */
    return int_abs(ctx, acc);
}

/* a * (a+1) * ... * (a+m-1), by halves so that GMP multiplies numbers of similar sizes */
static int64_t range_product(ai_actor_t *ctx, int64_t a, uint64_t m) {
    if (m == 0)
        return ai_small(1);
    if (m <= 8) {
        int64_t r = a;
        for (uint64_t i = 1; i < m && !ctx->pending; i++)
            r = ai_int_mul(ctx, r, ai_int_add(ctx, a, ai_small((int64_t)i)));
        return r;
    }
    uint64_t h = m / 2;
    int64_t lo = range_product(ctx, a, h);
    if (ctx->pending)
        return BL_ERR;
    int64_t b = ai_int_add(ctx, a, ai_int_from_i64(ctx, (int64_t)h));
    int64_t hi = range_product(ctx, b, m - h);
    return ctx->pending ? BL_ERR : ai_int_mul(ctx, lo, hi);
}

static int64_t math_factorial(ai_actor_t *ctx, int64_t w) {
    int64_t x;
    if (!to_int(ctx, w, &x))
        return BL_ERR;
    if (is_neg(x))
        return ai_bl_raisef(ctx, AI_EXC_VALUE, "factorial() not defined for negative values");
    if (!ai_int_fits_i64(x))
        return ai_bl_raisef(ctx, AI_EXC_OVERFLOW, "factorial() argument should not exceed %lld", (long long)INT64_MAX);
    int64_t n = ai_int_as_i64(ctx, x);
    return n == 0 ? ai_small(1) : range_product(ctx, ai_small(1), (uint64_t)n);
}

static int64_t math_isqrt(ai_actor_t *ctx, int64_t w) {
    int64_t x;
    if (!to_int(ctx, w, &x))
        return BL_ERR;
    if (is_neg(x))
        return ai_bl_raisef(ctx, AI_EXC_VALUE, "isqrt() argument must be nonnegative");
    if (x == ai_small(0))
        return x;
    ai_mag_t v;
    ai_int_view(x, &v);
    mp_size_t rn = (v.n + 1) / 2;
    ai_bigint_t *r = ai_int_room(ctx, rn);
    if (!r)
        return BL_ERR;
    mpn_sqrtrem(r->limbs, NULL, v.d, v.n);
    return ai_int_finish(r, rn, false);
}

/* comb(n, k) and perm(n, k): non-negative ints; k > n gives 0 */
static int64_t math_comb_perm(ai_actor_t *ctx, bool comb, int64_t argc, const int64_t *argv) {
    int64_t n, k;
    if (!to_int(ctx, argv[0], &n))
        return BL_ERR;
    if (argc == 1)
        k = n;
    else if (!to_int(ctx, argv[1], &k))
        return BL_ERR;
    if (is_neg(n))
        return ai_bl_raisef(ctx, AI_EXC_VALUE, "n must be a non-negative integer");
    if (is_neg(k))
        return ai_bl_raisef(ctx, AI_EXC_VALUE, "k must be a non-negative integer");
    if (ai_int_cmp(k, n) > 0)
        return ai_small(0);
    if (comb) {
        int64_t nk = ai_int_sub(ctx, n, k);
        if (ai_int_cmp(nk, k) < 0)
            k = nk;
    }
    if (!ai_int_fits_i64(k))
        return ai_bl_raisef(ctx, AI_EXC_OVERFLOW, comb ? "min(n - k, k) must not exceed %lld"
                                                        : "k must not exceed %lld",
                            (long long)INT64_MAX);
    int64_t kk = ai_int_as_i64(ctx, k);
    /* n * (n-1) * ... * (n-k+1) */
    int64_t first = ai_int_add(ctx, ai_int_sub(ctx, n, k), ai_small(1));
    int64_t p = range_product(ctx, first, (uint64_t)kk);
    if (ctx->pending || !comb)
        return ctx->pending ? BL_ERR : p;
    int64_t f = kk ? range_product(ctx, ai_small(1), (uint64_t)kk) : ai_small(1);
    return ctx->pending ? BL_ERR : ai_int_floordiv(ctx, p, f);
}

/* ----- hypot, dist: CPython's vector_norm ---------------------------------------------------------- */
typedef struct {
    double hi, lo;
} dl_t;
static dl_t dl_fast_sum(double a, double b) {
    double x = a + b;
    return (dl_t){x, (a - x) + b};
}
static dl_t dl_mul(double x, double y) {
    double z = x * y;
    return (dl_t){z, fma(x, y, -z)};
}

static double vector_norm(int64_t n, double *vec, double max, bool found_nan) {
    if (isinf(max))
        return max;
    if (found_nan)
        return NAN;
    if (max == 0.0 || n <= 1)
        return max;
    int max_e;
    frexp(max, &max_e);
    if (max_e < -1023) {
        for (int64_t i = 0; i < n; i++)
            vec[i] /= DBL_MIN;
        return DBL_MIN * vector_norm(n, vec, max / DBL_MIN, found_nan);
    }
    double scale = ldexp(1.0, -max_e), csum = 1.0, frac1 = 0.0, frac2 = 0.0;
    for (int64_t i = 0; i < n; i++) {
        double x = vec[i] * scale;
        dl_t pr = dl_mul(x, x);
        dl_t sm = dl_fast_sum(csum, pr.hi);
        csum = sm.hi;
        frac1 += pr.lo;
        frac2 += sm.lo;
    }
    double h = sqrt(csum - 1.0 + (frac1 + frac2));
    dl_t pr = dl_mul(-h, h);
    dl_t sm = dl_fast_sum(csum, pr.hi);
    csum = sm.hi;
    frac1 += pr.lo;
    frac2 += sm.lo;
    double x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);
    return h / scale;
}

static int64_t math_hypot(ai_actor_t *ctx, int64_t argc, const int64_t *argv) {
    double local[16], *v = argc <= 16 ? local : malloc((size_t)argc * sizeof(double));
    if (!v) {
        ai_raise(ctx, AI_EXC_MEMORY, "");
        return BL_ERR;
    }
    double max = 0;
    bool nan = false;
    int64_t r = BL_ERR;
    for (int64_t i = 0; i < argc; i++) {
        double x;
        if (!to_double(ctx, argv[i], &x))
            goto out;
        v[i] = fabs(x);
        nan |= isnan(x);
        if (v[i] > max)
            max = v[i];
    }
    r = ai_float_box(ctx, vector_norm(argc, v, max, nan));
out:
    if (v != local)
        free(v);
    return r;
}

/* The items of a point (a tuple as is; any other iterable through tuple()). */
static int64_t point_of(ai_actor_t *ctx, int64_t x) {
    if (ai_word_type(x) == AI_T_TUPLE)
        return x;
    return ai_builtin(ctx, AI_B_tuple, 1, &x);
}

static int64_t math_dist(ai_actor_t *ctx, const int64_t *argv) {
    int64_t p = point_of(ctx, argv[0]);
    if (!p)
        return BL_ERR;
    int64_t q = point_of(ctx, argv[1]);
    if (!q)
        return BL_ERR;
    const ai_tuple_t *tp = (const ai_tuple_t *)(intptr_t)p, *tq = (const ai_tuple_t *)(intptr_t)q;
    if (tp->n != tq->n)
        return ai_bl_raisef(ctx, AI_EXC_VALUE, "both points must have the same number of dimensions");
    int64_t n = tp->n;
    double local[16], *v = n <= 16 ? local : malloc((size_t)n * sizeof(double));
    if (!v) {
        ai_raise(ctx, AI_EXC_MEMORY, "");
        return BL_ERR;
    }
    double max = 0;
    bool nan = false;
    int64_t r = BL_ERR;
    for (int64_t i = 0; i < n; i++) {
        double a, b;
        if (!to_double(ctx, tp->items[i], &a) || !to_double(ctx, tq->items[i], &b))
            goto out;
        v[i] = fabs(a - b);
        nan |= isnan(v[i]);
        if (v[i] > max)
            max = v[i];
    }
    r = ai_float_box(ctx, vector_norm(n, v, max, nan));
out:
    if (v != local)
        free(v);
    return r;
}

/* ----- fsum: Shewchuk's exact partials, as CPython's math_fsum ------------------------------------- */
static int64_t math_fsum(ai_actor_t *ctx, int64_t x0) {
    ai_bl_iter_t it;
    if (!ai_bl_iter_init(ctx, &it, x0))
        return BL_ERR;
    double local[32], *p = local, special = 0.0, inf_sum = 0.0;
    size_t n = 0, cap = 32;
    int64_t result = BL_ERR;
    for (int64_t w; (w = ai_bl_iter_next(ctx, &it));) {
        double x;
        if (!to_double(ctx, w, &x))
            goto out;
        double xsave = x;
        size_t i = 0;
        for (size_t j = 0; j < n; j++) {
            double y = p[j];
            if (fabs(x) < fabs(y)) {
                double t = x;
                x = y;
                y = t;
            }
            double hi = x + y, lo = y - (hi - x);
            if (lo != 0.0)
                p[i++] = lo;
            x = hi;
        }
        n = i;
        if (x != 0.0) {
            if (!isfinite(x)) {
                if (isfinite(xsave)) {
                    ai_bl_raisef(ctx, AI_EXC_OVERFLOW, "intermediate overflow in fsum");
                    goto out;
                }
                if (isinf(xsave))
                    inf_sum += xsave;
                special += xsave;
                n = 0;
            } else {
                if (n >= cap) {
                    double *np = malloc(2 * cap * sizeof *np);
                    if (!np) {
                        ai_raise(ctx, AI_EXC_MEMORY, "");
                        goto out;
                    }
                    memcpy(np, p, n * sizeof *np);
                    if (p != local)
                        free(p);
                    p = np;
                    cap *= 2;
                }
                p[n++] = x;
            }
        }
    }
    if (ctx->pending)
        goto out;
    if (special != 0.0) {
        if (isnan(inf_sum))
            ai_bl_raisef(ctx, AI_EXC_VALUE, "-inf + inf in fsum");
        else
            result = ai_float_box(ctx, special);
        goto out;
    }
    double hi = 0.0;
    if (n > 0) {
        double lo = 0.0;
        hi = p[--n];
        while (n > 0) {
            double x = hi, y = p[--n];
            hi = x + y;
            lo = y - (hi - x);
            if (lo != 0.0)
                break;
        }
        /* half-even rounding across partials */
        if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
            double y = lo * 2.0, x = hi + y;
            if (y == x - hi)
                hi = x;
        }
    }
    result = ai_float_box(ctx, hi);
out:
    if (p != local)
        free(p);
    return result;
}

/* ----- prod ---------------------------------------------------------------------------------------- */
static int64_t math_prod(ai_actor_t *ctx, int64_t argc, const int64_t *argv) {
    int64_t acc = argc > 1 ? argv[1] : ai_small(1);
    ai_bl_iter_t it;
    if (!ai_bl_iter_init(ctx, &it, argv[0]))
        return BL_ERR;
    for (int64_t v; (v = ai_bl_iter_next(ctx, &it));) {
        if (ai_word_type(acc) == AI_T_FLOAT && ai_word_type(v) == AI_T_FLOAT) {
            acc = ai_float_box(ctx, ai_float_unbox(acc) * ai_float_unbox(v));
            continue;
        }
        acc = ai_is_small(acc) && ai_is_small(v) ? ai_int_mul(ctx, acc, v) : ai_obj_binop(ctx, AI_OP_MUL, acc, v);
        if (ctx->pending)
            return BL_ERR;
    }
    return ctx->pending ? BL_ERR : acc;
}

/* ----- pow, atan2, copysign, isclose ---------------------------------------------------------------- */
static int64_t math_pow(ai_actor_t *ctx, double x, double y) {
    double r;
    if (!isfinite(x) || !isfinite(y)) {
        if (isnan(x))
            r = y == 0.0 ? 1.0 : x;
        else if (isnan(y))
            r = x == 1.0 ? 1.0 : y;
        else if (isinf(x)) {
            bool odd_y = isfinite(y) && fmod(fabs(y), 2.0) == 1.0;
            if (y > 0.0)
                r = odd_y ? x : fabs(x);
            else if (y == 0.0)
                r = 1.0;
            else
                r = odd_y ? copysign(0.0, x) : 0.0;
        } else {
            if (fabs(x) == 1.0)
                r = 1.0;
            else if (y > 0.0 && fabs(x) > 1.0)
                r = y;
            else if (y < 0.0 && fabs(x) < 1.0)
                r = -y;
            else
                r = 0.0;
        }
        return ai_float_box(ctx, r);
    }
    r = pow(x, y);
    if (isnan(r))
        return domain_error(ctx);
    if (isinf(r))
        return x == 0.0 ? domain_error(ctx) : range_error(ctx);
    return ai_float_box(ctx, r);
}

static int64_t math_isclose(ai_actor_t *ctx, int64_t argc, const int64_t *argv) {
    double a, b, rel = 1e-09, abs_tol = 0.0;
    if (!to_double(ctx, argv[0], &a) || !to_double(ctx, argv[1], &b))
        return BL_ERR;
    if (argc > 2 && !to_double(ctx, argv[2], &rel))
        return BL_ERR;
    if (argc > 3 && !to_double(ctx, argv[3], &abs_tol))
        return BL_ERR;
    if (rel < 0.0 || abs_tol < 0.0)
        return ai_bl_raisef(ctx, AI_EXC_VALUE, "tolerances must be non-negative");
    if (a == b)
        return ai_bool_box(true);
    if (isinf(a) || isinf(b))
        return ai_bool_box(false);
    double diff = fabs(b - a);
    return ai_bool_box((diff <= fabs(rel * b)) || (diff <= fabs(rel * a)) || (diff <= abs_tol));
}

static double m_degrees(double x) { return x * (180.0 / 3.141592653589793238462643383279502884); }
static double m_radians(double x) { return x * (3.141592653589793238462643383279502884 / 180.0); }

int64_t ai_bltn_math(ai_actor_t *ctx, int32_t bid, int64_t argc, const int64_t *argv) {
    int64_t w = argc ? argv[0] : 0;
    double x, y;
    switch (bid) {
    case AI_B_math_sqrt: return math_1(ctx, w, sqrt, false);
    case AI_B_math_exp: return math_1(ctx, w, exp, true);
    case AI_B_math_sin: return math_1(ctx, w, sin, false);
    case AI_B_math_cos: return math_1(ctx, w, cos, false);
    case AI_B_math_tan: return math_1(ctx, w, tan, false);
    case AI_B_math_asin: return math_1(ctx, w, asin, false);
    case AI_B_math_acos: return math_1(ctx, w, acos, false);
    case AI_B_math_atan: return math_1(ctx, w, atan, false);
    case AI_B_math_fabs: return math_1(ctx, w, fabs, false);
    case AI_B_math_degrees: return to_double(ctx, w, &x) ? ai_float_box(ctx, m_degrees(x)) : BL_ERR;
    case AI_B_math_radians: return to_double(ctx, w, &x) ? ai_float_box(ctx, m_radians(x)) : BL_ERR;
    case AI_B_math_floor: return round_to_int(ctx, w, floor, NULL);
    case AI_B_math_ceil: return round_to_int(ctx, w, ceil, NULL);
    case AI_B_math_trunc: return round_to_int(ctx, w, trunc, "type %s doesn't define __trunc__ method");
    case AI_B_math_gcd: return math_gcd_lcm(ctx, false, argc, argv);
    case AI_B_math_lcm: return math_gcd_lcm(ctx, true, argc, argv);
    case AI_B_math_factorial: return math_factorial(ctx, w);
    case AI_B_math_isqrt: return math_isqrt(ctx, w);
    case AI_B_math_log: return math_log(ctx, argc, argv, m_log);
    case AI_B_math_log2: return math_log(ctx, 1, argv, log2);
    case AI_B_math_log10: return math_log(ctx, 1, argv, log10);
    case AI_B_math_atan2:
        if (!to_double(ctx, argv[0], &x) || !to_double(ctx, argv[1], &y))
            return BL_ERR;
        return ai_float_box(ctx, atan2(x, y));
    case AI_B_math_modf: { /* (fraction, integer part), both floats with x's sign */
        if (!to_double(ctx, argv[0], &x))
            return BL_ERR;
        double ip, fp = isinf(x) ? copysign(0.0, x) : modf(x, &ip);
        if (isinf(x))
            ip = x;
        int64_t pair[2] = {ai_float_box(ctx, fp), 0};
        if (ai_exc_pending(ctx))
            return BL_ERR;
        pair[1] = ai_float_box(ctx, ip);
        return ai_exc_pending(ctx) ? BL_ERR : ai_tuple_new(ctx, 2, pair);
    }
    case AI_B_math_fmod: /* C fmod; a zero divisor or an infinite dividend is a domain error */
        if (!to_double(ctx, argv[0], &x) || !to_double(ctx, argv[1], &y))
            return BL_ERR;
        if (isnan(x) || isnan(y))
            return ai_float_box(ctx, x + y);
        if (y == 0.0 || isinf(x))
            return ai_bl_raisef(ctx, AI_EXC_VALUE, "math domain error");
        return ai_float_box(ctx, isinf(y) ? x : fmod(x, y));
    case AI_B_math_copysign:
        if (!to_double(ctx, argv[0], &x) || !to_double(ctx, argv[1], &y))
            return BL_ERR;
        return ai_float_box(ctx, copysign(x, y));
    case AI_B_math_pow:
        if (!to_double(ctx, argv[0], &x) || !to_double(ctx, argv[1], &y))
            return BL_ERR;
        return math_pow(ctx, x, y);
    case AI_B_math_hypot: return math_hypot(ctx, argc, argv);
    case AI_B_math_dist: return math_dist(ctx, argv);
    case AI_B_math_isclose: return math_isclose(ctx, argc, argv);
    case AI_B_math_isfinite: return to_double(ctx, w, &x) ? ai_bool_box(isfinite(x)) : BL_ERR;
    case AI_B_math_isinf: return to_double(ctx, w, &x) ? ai_bool_box(isinf(x)) : BL_ERR;
    case AI_B_math_isnan: return to_double(ctx, w, &x) ? ai_bool_box(isnan(x)) : BL_ERR;
    case AI_B_math_comb: return math_comb_perm(ctx, true, argc, argv);
    case AI_B_math_perm: return math_comb_perm(ctx, false, argc, argv);
    case AI_B_math_prod: return math_prod(ctx, argc, argv);
    case AI_B_math_fsum: return math_fsum(ctx, w);
    default: return ai_bl_raisef(ctx, AI_EXC_RUNTIME, "unknown builtin id %d", (int)bid);
    }
}
