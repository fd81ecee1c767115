/* Ints of any size: representation, + - * // %, comparison, hash, conversions to and from text
 * (CPython 3.11's longobject.c semantics and messages). Small operands take the fast paths; the
 * general paths work on magnitudes with GMP's mpn_* functions. */
#include <stdlib.h>
#include <string.h>

#include "int.h"
#include "../actor/actor.h"

/* CPython 3.11's default sys.get_int_max_str_digits(). */
enum { MAX_STR_DIGITS = 4300 };

void ai_int_view(int64_t w, ai_mag_t *v) {
    if (ai_is_small(w)) {
        int64_t x = ai_small_val(w);
        v->neg = x < 0;
        v->one = x < 0 ? (uint64_t)0 - (uint64_t)x : (uint64_t)x;
        v->d = &v->one;
        v->n = x != 0;
        return;
    }
    const ai_bigint_t *b = (const ai_bigint_t *)(intptr_t)w;
    v->neg = b->size < 0;
    v->n = b->size < 0 ? -b->size : b->size;
    v->d = b->limbs;
}

int64_t ai_int_make(ai_actor_t *ctx, const mp_limb_t *d, mp_size_t n, bool neg) {
    while (n > 0 && d[n - 1] == 0)
        n--;
    if (n == 0)
        return ai_small(0);
    uint64_t top = neg ? (uint64_t)1 << 62 : ((uint64_t)1 << 62) - 1;
    if (n == 1 && d[0] <= top)
        return ai_small(neg ? (int64_t)((uint64_t)0 - d[0]) : (int64_t)d[0]);
    if ((uint64_t)n > (SIZE_MAX / 2 - sizeof(ai_bigint_t)) / sizeof(mp_limb_t)) {
        ai_raise(ctx, AI_EXC_MEMORY, "");
        return AI_INT_ERR;
    }
    size_t bytes = sizeof(ai_bigint_t) + (size_t)n * sizeof(mp_limb_t);
    ai_bigint_t *b = ai_actor_alloc_raw(ctx, bytes); /* header, size and limbs written below */
    if (!b)
        return AI_INT_ERR;
    b->header = ai_hdr_new(AI_T_INT, bytes);
    b->size = neg ? -(int64_t)n : (int64_t)n;
    memcpy(b->limbs, d, (size_t)n * sizeof(mp_limb_t));
    return (int64_t)(intptr_t)b;
}

ai_bigint_t *ai_int_room(ai_actor_t *ctx, mp_size_t n) {
    if (n <= 0 || (uint64_t)n > (SIZE_MAX / 2 - sizeof(ai_bigint_t)) / sizeof(mp_limb_t)) {
        ai_raise(ctx, AI_EXC_MEMORY, "");
        return NULL;
    }
    size_t bytes = sizeof(ai_bigint_t) + (size_t)n * sizeof(mp_limb_t);
    ai_bigint_t *b = ai_actor_alloc_raw(ctx, bytes); /* the caller writes the limbs */
    if (b)
        b->header = ai_hdr_new(AI_T_INT, bytes);
    return b;
}

int64_t ai_int_finish(ai_bigint_t *b, mp_size_t n, bool neg) {
    while (n > 0 && b->limbs[n - 1] == 0)
        n--;
    if (n == 0)
        return ai_small(0);
    uint64_t top = neg ? (uint64_t)1 << 62 : ((uint64_t)1 << 62) - 1;
    if (n == 1 && b->limbs[0] <= top) /* small after all: the room stays unused in the arena */
        return ai_small(neg ? (int64_t)((uint64_t)0 - b->limbs[0]) : (int64_t)b->limbs[0]);
    b->size = neg ? -(int64_t)n : (int64_t)n;
    return (int64_t)(intptr_t)b;
}

mp_limb_t *ai_limbs_scratch(ai_actor_t *ctx, size_t n) {
    mp_limb_t *p = n <= SIZE_MAX / 2 / sizeof(mp_limb_t) ? calloc(n ? n : 1, sizeof(mp_limb_t)) : NULL;
    if (!p)
        ai_raise(ctx, AI_EXC_MEMORY, "");
    return p;
}

uint64_t ai_mag_bits(const ai_mag_t *v) {
    if (v->n == 0)
        return 0;
    return (uint64_t)v->n * 64 - (uint64_t)__builtin_clzll(v->d[v->n - 1]);
}

int ai_mag_cmp(const ai_mag_t *a, const ai_mag_t *b) {
    if (a->n != b->n)
        return a->n < b->n ? -1 : 1;
    int c = a->n ? mpn_cmp(a->d, b->d, a->n) : 0;
    return (c > 0) - (c < 0);
}

int64_t ai_int_from_i64(ai_actor_t *ctx, int64_t x) {
    if (x >= AI_SMALL_MIN && x <= AI_SMALL_MAX)
        return ai_small(x);
    mp_limb_t m = x < 0 ? (uint64_t)0 - (uint64_t)x : (uint64_t)x;
    return ai_int_make(ctx, &m, 1, x < 0);
}

int64_t ai_int_from_decimal(ai_actor_t *ctx, const char *p, int64_t len) {
    bool neg = len > 0 && p[0] == '-';
    p += neg;
    len -= neg;
    unsigned char *digits = malloc(len > 0 ? (size_t)len : 1);
    mp_limb_t *r = ai_limbs_scratch(ctx, (size_t)len / 19 + 2);
    int64_t w = AI_INT_ERR;
    if (!digits && r)
        ai_raise(ctx, AI_EXC_MEMORY, "");
    if (digits && r) {
        size_t nd = 0;
        for (int64_t i = 0; i < len; i++)
            if (p[i] >= '0' && p[i] <= '9')
                digits[nd++] = (unsigned char)(p[i] - '0');
        mp_size_t n = nd ? mpn_set_str(r, digits, nd, 10) : 0;
        w = ai_int_make(ctx, r, n, neg);
    }
    free(digits);
    free(r);
    return w;
}

/* ----- + and - --------------------------------------------------------------------------------- */
/* a + b with b's sign flipped when `negate_b`; neither is zero. */
static int64_t add_general(ai_actor_t *ctx, int64_t a, int64_t b, bool negate_b) {
    ai_mag_t x, y;
    ai_int_view(a, &x);
    ai_int_view(b, &y);
    bool yneg = y.neg != negate_b;
    const ai_mag_t *big = &x, *small = &y;
    bool neg = x.neg;
    if (ai_mag_cmp(&x, &y) < 0) {
        big = &y;
        small = &x;
        neg = yneg;
    }
    ai_bigint_t *res = ai_int_room(ctx, big->n + 1); /* computed in place: no scratch, no copy */
    if (!res)
        return AI_INT_ERR;
    mp_limb_t *r = res->limbs;
    if (x.neg == yneg) {
        r[big->n] = mpn_add(r, big->d, big->n, small->d, small->n);
    } else {
        r[big->n] = 0;
        mpn_sub(r, big->d, big->n, small->d, small->n);
    }
    return ai_int_finish(res, big->n + 1, neg);
}

int64_t ai_int_add(ai_actor_t *ctx, int64_t a, int64_t b) {
    if (ai_is_small(a) && ai_is_small(b)) /* 63-bit values: the sum fits in 64 bits */
        return ai_int_from_i64(ctx, ai_small_val(a) + ai_small_val(b));
    if (b == ai_small(0))
        return a;
    if (a == ai_small(0))
        return b;
    return add_general(ctx, a, b, false);
}

int64_t ai_int_sub(ai_actor_t *ctx, int64_t a, int64_t b) {
    if (ai_is_small(a) && ai_is_small(b))
        return ai_int_from_i64(ctx, ai_small_val(a) - ai_small_val(b));
    if (b == ai_small(0))
        return a;
    if (a == ai_small(0))
        return ai_int_neg(ctx, b);
    return add_general(ctx, a, b, true);
}

int64_t ai_int_neg(ai_actor_t *ctx, int64_t a) {
    ai_mag_t x;
    ai_int_view(a, &x);
    if (ai_is_small(a))
        return ai_int_from_i64(ctx, -ai_small_val(a));
    return ai_int_make(ctx, x.d, x.n, !x.neg);
}

int64_t ai_int_pos(ai_actor_t *ctx, int64_t a) {
    (void)ctx;
    return a;
}

int64_t ai_int_abs(ai_actor_t *ctx, int64_t a) {
    return ai_int_cmp(a, ai_small(0)) < 0 ? ai_int_neg(ctx, a) : a;
}

/* ----- * // % -------------------------------------------------------------------------------- */
int64_t ai_int_mul(ai_actor_t *ctx, int64_t a, int64_t b) {
    int64_t p;
    if (ai_is_small(a) && ai_is_small(b) && !__builtin_mul_overflow(ai_small_val(a), ai_small_val(b), &p))
        return ai_int_from_i64(ctx, p);
    ai_mag_t x, y;
    ai_int_view(a, &x);
    ai_int_view(b, &y);
    if (x.n == 0 || y.n == 0)
        return ai_small(0);
    const ai_mag_t *big = x.n >= y.n ? &x : &y, *small = x.n >= y.n ? &y : &x;
    ai_bigint_t *res = ai_int_room(ctx, x.n + y.n); /* computed in place: no scratch, no copy */
    if (!res)
        return AI_INT_ERR;
    mpn_mul(res->limbs, big->d, big->n, small->d, small->n);
    return ai_int_finish(res, x.n + y.n, x.neg != y.neg);
}

/* Floor division: a = q*b + r with r of b's sign (b != 0); the one result asked for. */
static int64_t divmod_general(ai_actor_t *ctx, int64_t a, int64_t b, bool want_mod) {
    ai_mag_t x, y;
    ai_int_view(a, &x);
    ai_int_view(b, &y);
    mp_size_t qn = (x.n >= y.n ? x.n - y.n + 1 : 0) + 1;
    mp_limb_t *q = ai_limbs_scratch(ctx, (size_t)qn), *r = q ? ai_limbs_scratch(ctx, (size_t)y.n) : NULL;
    int64_t w = AI_INT_ERR;
    if (r) {
        if (x.n >= y.n)
            mpn_tdiv_qr(q, r, 0, x.d, x.n, y.d, y.n);
        else if (x.n)
            memcpy(r, x.d, (size_t)x.n * sizeof(mp_limb_t));
        if (x.neg != y.neg && !ai_limbs_zero(r, y.n)) { /* truncated -> floored */
            mpn_add_1(q, q, qn, 1);
            mpn_sub_n(r, y.d, r, y.n);
        }
        w = want_mod ? ai_int_make(ctx, r, y.n, y.neg) : ai_int_make(ctx, q, qn, x.neg != y.neg);
    }
    free(q);
    free(r);
    return w;
}

static int64_t divmod(ai_actor_t *ctx, int64_t a, int64_t b, bool want_mod) {
    if (b == ai_small(0)) {
        ai_raise(ctx, AI_EXC_ZERO_DIVISION, want_mod ? "integer modulo by zero" : "integer division or modulo by zero");
        return AI_INT_ERR;
    }
    if (ai_is_small(a) && ai_is_small(b)) {
        int64_t x = ai_small_val(a), y = ai_small_val(b), q = x / y, r = x % y;
        if (r != 0 && (r < 0) != (y < 0)) {
            q--;
            r += y;
        }
        return want_mod ? ai_small(r) : ai_int_from_i64(ctx, q);
    }
    return divmod_general(ctx, a, b, want_mod);
}

int64_t ai_int_floordiv(ai_actor_t *ctx, int64_t a, int64_t b) { return divmod(ctx, a, b, false); }

int64_t ai_int_mod(ai_actor_t *ctx, int64_t a, int64_t b) { return divmod(ctx, a, b, true); }

/* ----- comparison, hash, i64 ------------------------------------------------------------------- */
int64_t ai_int_cmp(int64_t a, int64_t b) {
    if (ai_is_small(a) && ai_is_small(b)) /* 2x + 1 keeps the order */
        return (a > b) - (a < b);
    ai_mag_t x, y;
    ai_int_view(a, &x);
    ai_int_view(b, &y);
    if (x.neg != y.neg)
        return x.neg ? -1 : 1;
    int c = ai_mag_cmp(&x, &y);
    return x.neg ? -c : c;
}

/* CPython's int hash: |a| mod 2**61 - 1 with a's sign, -1 -> -2. */
int64_t ai_int_hash(int64_t a) {
    const uint64_t p = ((uint64_t)1 << 61) - 1;
    ai_mag_t x;
    ai_int_view(a, &x);
    uint64_t h = 0;
    for (mp_size_t i = x.n; i-- > 0;)
        h = (uint64_t)((((unsigned __int128)h << 64) | x.d[i]) % p);
    int64_t r = x.neg ? -(int64_t)h : (int64_t)h;
    return r == -1 ? -2 : r;
}

bool ai_int_fits_i64(int64_t a) {
    if (ai_is_small(a))
        return true;
    ai_mag_t x;
    ai_int_view(a, &x);
    return x.n == 1 && x.d[0] <= (x.neg ? (uint64_t)1 << 63 : ((uint64_t)1 << 63) - 1);
}

int64_t ai_int_as_i64(ai_actor_t *ctx, int64_t a) {
    if (ai_is_small(a))
        return ai_small_val(a);
    if (!ai_int_fits_i64(a)) {
        ai_raise(ctx, AI_EXC_OVERFLOW, "Python int too large to convert to C ssize_t");
        return 0;
    }
    ai_mag_t x;
    ai_int_view(a, &x);
    return x.neg ? (int64_t)((uint64_t)0 - x.d[0]) : (int64_t)x.d[0];
}

/* ----- text ------------------------------------------------------------------------------------ */
char *ai_mag_digits(const ai_mag_t *v, int base, bool upper, size_t *len) {
    const char *dig = upper ? "0123456789ABCDEF" : "0123456789abcdef";
    size_t cap = (size_t)v->n * (base == 10 ? 20 : 64) + 2;
    unsigned char *s = malloc(cap);
    mp_limb_t *t = malloc(((size_t)v->n + 1) * sizeof(mp_limb_t));
    if (!s || !t) {
        free(s);
        free(t);
        return NULL;
    }
    size_t n = 0;
    if (v->n) {
        memcpy(t, v->d, (size_t)v->n * sizeof(mp_limb_t)); /* mpn_get_str clobbers its input */
        n = mpn_get_str(s, base, t, v->n);
    }
    size_t skip = 0;
    while (skip + 1 < n && s[skip] == 0)
        skip++;
    n -= skip;
    memmove(s, s + skip, n);
    if (n == 0)
        s[n++] = 0;
    for (size_t i = 0; i < n; i++)
        s[i] = (unsigned char)dig[s[i]];
    s[n] = 0;
    free(t);
    *len = n;
    return (char *)s;
}

static void raise_str_digits(ai_actor_t *ctx) {
    ai_raise(ctx, AI_EXC_VALUE, "Exceeds the limit (4300 digits) for integer string conversion; "
                                "use sys.set_int_max_str_digits() to increase the limit");
}

ai_str_t *ai_int_str(ai_actor_t *ctx, int64_t a) {
    if (ai_is_small(a))
        return ai_str_from_i64(ctx, ai_small_val(a));
    ai_mag_t x;
    ai_int_view(a, &x);
    if (ai_mag_bits(&x) > MAX_STR_DIGITS * 3.3219280948873622 + 64) { /* surely too many digits */
        raise_str_digits(ctx);
        return NULL;
    }
    size_t n;
    char *d = ai_mag_digits(&x, 10, false, &n);
    ai_str_t *s = NULL;
    if (!d)
        ai_raise(ctx, AI_EXC_MEMORY, "");
    else if (n > MAX_STR_DIGITS)
        raise_str_digits(ctx);
    else if ((s = ai_str_alloc(ctx, (int64_t)n + x.neg))) {
        s->data[0] = '-';
        memcpy(s->data + x.neg, d, n + 1);
        s->ncp = (int64_t)n + x.neg;
    }
    free(d);
    return s;
}

void ai_write_int(ai_actor_t *ctx, int64_t a) {
    if (ai_is_small(a)) {
        ai_write_i64(ctx, ai_small_val(a));
        return;
    }
    ai_str_t *s = ai_int_str(ctx, a);
    if (s)
        ai_write_str(ctx, s);
}
