/* Ints of any size: small words (bit 0 set) and big-int objects holding GMP limbs (VALUE.md).
 * Only GMP's low-level mpn_* functions are used: the limbs live in the actor's heap, scratch space
 * comes from malloc, and running out of either raises MemoryError in the actor. */
#ifndef AI_INT_H
#define AI_INT_H

#include <gmp.h>
#include <stdbool.h>
#include <stdint.h>

#include "value.h"

#if GMP_NUMB_BITS != 64 || GMP_NAIL_BITS != 0
#error "the runtime expects 64-bit GMP limbs without nails"
#endif

/* A big int: |size| limbs, least significant first, the top one nonzero; the sign of size is the
 * sign of the number. Its value is always outside the small range [-2**62, 2**62 - 1]. */
typedef struct ai_bigint {
    uint64_t header; /* AI_T_INT */
    int64_t size;
    mp_limb_t limbs[];
} ai_bigint_t;

/* The word a raising int function returns (small 0: harmless if it were ever used). */
#define AI_INT_ERR ((int64_t)1)

static inline bool ai_is_small(int64_t w) { return w & 1; }
static inline int64_t ai_small(int64_t x) { return (int64_t)((uint64_t)x << 1 | 1u); }
static inline int64_t ai_small_val(int64_t w) { return w >> 1; } /* arithmetic shift (gcc, clang) */

/* Magnitude and sign of an int word, read in place; a small int's magnitude is `one`, so a view
 * must not be copied. n == 0 for zero. */
typedef struct {
    const mp_limb_t *d;
    mp_size_t n;
    bool neg;
    mp_limb_t one;
} ai_mag_t;
void ai_int_view(int64_t w, ai_mag_t *v);
/* The canonical word for (neg ? -1 : 1) * {d, n} (high zero limbs allowed): a small int or a new
 * big int in ctx's heap; AI_INT_ERR after MemoryError. */
int64_t ai_int_make(ai_actor_t *ctx, const mp_limb_t *d, mp_size_t n, bool neg);
/* n limbs of zeroed scratch (malloc; free() it), or NULL after raising MemoryError. */
mp_limb_t *ai_limbs_scratch(ai_actor_t *ctx, size_t n);
/* A big-int object with room for n limbs (not zeroed) that the caller computes into, then
 * ai_int_finish: the canonical word (a small int when the result fits; the room then stays unused
 * in the arena). NULL after MemoryError. */
ai_bigint_t *ai_int_room(ai_actor_t *ctx, mp_size_t n);
int64_t ai_int_finish(ai_bigint_t *b, mp_size_t n, bool neg);
uint64_t ai_mag_bits(const ai_mag_t *v);
/* Whether {p, n} is all zero; n may be 0 (mpn_zero_p reads a limb then). */
static inline bool ai_limbs_zero(const mp_limb_t *p, mp_size_t n) {
    for (mp_size_t i = 0; i < n; i++)
        if (p[i])
            return false;
    return true;
}
int ai_mag_cmp(const ai_mag_t *a, const ai_mag_t *b);
/* ASCII digits of |v| in base 2, 8, 10 or 16 (malloc'd, NUL-terminated, "0" for zero); NULL when
 * out of memory. */
char *ai_mag_digits(const ai_mag_t *v, int base, bool upper, size_t *len);
/* format(w, spec) for an int word, naming type `tname` in errors (a bool is an int there); spec
 * not empty. */
ai_str_t *ai_format_int_as(ai_actor_t *ctx, int64_t w, ai_str_t *spec, const char *tname);
/* double -> int words without a context: |t| integral, < 2**1024; out gets up to 17 limbs. */
mp_size_t ai_f64_limbs(double t, mp_limb_t out[17]);

#endif
