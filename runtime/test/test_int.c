/* Ints of any size (value/int.c, int_bits.c, int_float.c): canonical words, arithmetic checked
 * against CPython's printed results, errors with CPython's messages. */
#include <math.h>

#include "util.h"
#include "value/int.h"

static int64_t I(const char *p) { return ai_int_from_decimal(ctx, p, (int64_t)strlen(p)); }

/* The result as text: str() of an int, repr() of a float, or the raised exception. */
static const char *T(int64_t w) {
    static char buf[4400];
    if (ctx->pending)
        return raised();
    ai_str_t *s = ai_obj_repr(ctx, w);
    if (!s)
        return raised();
    snprintf(buf, sizeof buf, "%s", s->data);
    return buf;
}

static void test_words(void) {
    CHECK(ai_int_from_i64(ctx, 5) == 11);
    CHECK(ai_is_small(ai_int_from_i64(ctx, AI_SMALL_MAX)) && ai_is_small(ai_int_from_i64(ctx, AI_SMALL_MIN)));
    int64_t big = ai_int_from_i64(ctx, AI_SMALL_MAX + 1);
    CHECK(!ai_is_small(big) && (big & 7) == 0 && ai_obj_type(big) == AI_T_INT);
    CHECK((*(uint64_t *)(intptr_t)big & 1) == 1); /* the header's always-set bit */
    CHECK(ai_is_small(ai_int_sub(ctx, big, ai_small(1)))); /* normalised back */
    CHECK_STR(T(ai_int_from_i64(ctx, INT64_MIN)), "-9223372036854775808");
    CHECK_STR(T(I("-0")), "0");
    CHECK_STR(T(I("000123")), "123");
    CHECK_STR(T(I("-340282366920938463463374607431768211456")), "-340282366920938463463374607431768211456");
    CHECK(ai_int_fits_i64(I("9223372036854775807")) && !ai_int_fits_i64(I("9223372036854775808")));
    CHECK(ai_int_as_i64(ctx, I("-9223372036854775808")) == INT64_MIN);
    ai_int_as_i64(ctx, I("9223372036854775808"));
    CHECK_STR(raised(), "OverflowError: Python int too large to convert to C ssize_t");
}

static void test_arith(void) {
    int64_t two64 = I("18446744073709551616");
    CHECK_STR(T(ai_int_add(ctx, ai_small(AI_SMALL_MAX), ai_small(1))), "4611686018427387904");
    CHECK_STR(T(ai_int_mul(ctx, two64, two64)), "340282366920938463463374607431768211456");
    CHECK_STR(T(ai_int_sub(ctx, ai_small(0), two64)), "-18446744073709551616");
    CHECK_STR(T(ai_int_add(ctx, two64, I("-18446744073709551615"))), "1");
    CHECK_STR(T(ai_int_floordiv(ctx, I("-340282366920938463463374607431768211457"), two64)), "-18446744073709551617");
    CHECK_STR(T(ai_int_mod(ctx, I("-340282366920938463463374607431768211457"), two64)), "18446744073709551615");
    CHECK_STR(T(ai_int_mod(ctx, ai_small(7), I("-18446744073709551616"))), "-18446744073709551609");
    CHECK_STR(T(ai_int_floordiv(ctx, ai_small(AI_SMALL_MIN), ai_small(-1))), "4611686018427387904");
    CHECK_STR(T(ai_int_floordiv(ctx, two64, ai_small(0))), "ZeroDivisionError: integer division or modulo by zero");
    CHECK_STR(T(ai_int_mod(ctx, two64, ai_small(0))), "ZeroDivisionError: integer modulo by zero");
    CHECK_STR(T(ai_int_pow(ctx, ai_small(3), ai_small(100))), "515377520732011331036461129765621272702107522001");
    CHECK_STR(T(ai_int_pow(ctx, ai_small(-2), ai_small(63))), "-9223372036854775808");
    CHECK_STR(T(ai_int_pow(ctx, ai_small(2), ai_small(-1))), "0.5");
    CHECK_STR(T(ai_int_pow(ctx, ai_small(0), ai_small(-1))),
              "ZeroDivisionError: 0.0 cannot be raised to a negative power");
    CHECK_STR(T(ai_int_pow(ctx, ai_small(2), I("100000000000000000000"))), "MemoryError: ");
    CHECK_STR(T(ai_int_pow(ctx, ai_small(-1), I("100000000000000000001"))), "-1");
    CHECK_STR(T(ai_int_neg(ctx, ai_small(AI_SMALL_MIN))), "4611686018427387904");
    CHECK_STR(T(ai_int_abs(ctx, I("-18446744073709551616"))), "18446744073709551616");
    CHECK(ai_int_cmp(two64, ai_small(5)) == 1 && ai_int_cmp(ai_int_neg(ctx, two64), ai_small(5)) == -1);
    CHECK(ai_int_cmp(two64, I("18446744073709551616")) == 0);
}

static void test_bits(void) {
    int64_t two64 = I("18446744073709551616");
    CHECK_STR(T(ai_int_and(ctx, ai_small(-1), two64)), "18446744073709551616");
    CHECK_STR(T(ai_int_or(ctx, ai_int_neg(ctx, two64), ai_small(5))), "-18446744073709551611");
    CHECK_STR(T(ai_int_xor(ctx, ai_int_neg(ctx, two64), ai_small(-1))), "18446744073709551615");
    CHECK_STR(T(ai_int_invert(ctx, two64)), "-18446744073709551617");
    CHECK_STR(T(ai_int_lshift(ctx, ai_small(1), ai_small(64))), "18446744073709551616");
    CHECK_STR(T(ai_int_rshift(ctx, ai_int_neg(ctx, two64), ai_small(65))), "-1");
    CHECK_STR(T(ai_int_rshift(ctx, I("-18446744073709551617"), ai_small(64))), "-2");
    CHECK_STR(T(ai_int_rshift(ctx, ai_small(-5), two64)), "-1");
    CHECK_STR(T(ai_int_lshift(ctx, ai_small(1), ai_small(-1))), "ValueError: negative shift count");
    CHECK_STR(T(ai_int_lshift(ctx, ai_small(1), I("1000000000000000000000000000000"))),
              "OverflowError: too many digits in integer");
    CHECK_STR(T(ai_int_lshift(ctx, ai_small(1), I("9223372036854775808"))), "MemoryError: ");
    CHECK_STR(T(ai_int_lshift(ctx, ai_small(0), I("1000000000000000000000000000000"))), "0");
}

static void test_float(void) {
    CHECK(ai_int_to_f64(ctx, I("9007199254740993")) == 9007199254740992.0);            /* tie: even */
    CHECK(ai_int_to_f64(ctx, I("9007199254740995")) == 9007199254740996.0);            /* tie: even */
    CHECK(ai_int_to_f64(ctx, I("36893488147419107329")) == 36893488147419111424.0);    /* sticky bit */
    CHECK(ai_int_to_f64(ctx, I("36893488147419107328")) == 36893488147419103232.0);    /* tie: even */
    ai_int_to_f64(ctx, ai_int_lshift(ctx, ai_small(1), ai_small(1024)));
    CHECK_STR(raised(), "OverflowError: int too large to convert to float");
    int64_t p2000 = ai_int_lshift(ctx, ai_small(1), ai_small(2000));
    CHECK(ai_int_truediv(ctx, p2000, ai_int_lshift(ctx, ai_small(1), ai_small(1999))) == 2.0);
    CHECK(ai_int_truediv(ctx, ai_small(1), ai_int_lshift(ctx, ai_small(1), ai_small(1074))) == 0x1p-1074);
    CHECK(ai_int_truediv(ctx, ai_small(1), ai_int_lshift(ctx, ai_small(1), ai_small(1075))) == 0.0); /* tie: even */
    ai_int_truediv(ctx, ai_int_lshift(ctx, ai_small(1), ai_small(1100)), ai_small(3));
    CHECK_STR(raised(), "OverflowError: integer division result too large for a float");
    ai_int_truediv(ctx, ai_small(1), ai_small(0));
    CHECK_STR(raised(), "ZeroDivisionError: division by zero");
    CHECK(ai_int_cmp_f64(I("9007199254740993"), 9007199254740992.0) == 1);
    CHECK(ai_int_cmp_f64(ai_small(3), 3.5) == -1 && ai_int_cmp_f64(ai_small(-3), -3.5) == 1);
    CHECK(ai_int_cmp_f64(ai_small(0), NAN) == 2);
    CHECK(ai_int_cmp_f64(I("1000000000000000000000000000000"), INFINITY) == -1);
    CHECK_STR(T(ai_int_from_f64(ctx, 1e30)), "1000000000000000019884624838656");
    CHECK_STR(T(ai_int_from_f64(ctx, -4611686018427387904.0)), "-4611686018427387904");
    CHECK_STR(T(ai_int_from_f64(ctx, NAN)), "ValueError: cannot convert float NaN to integer");
    CHECK_STR(T(ai_int_from_f64(ctx, -INFINITY)), "OverflowError: cannot convert float infinity to integer");
}

static void test_text(void) {
    int64_t two64 = I("18446744073709551616");
    CHECK(ai_int_hash(ai_small(-1)) == -2 && ai_int_hash(I("2305843009213693951")) == 0);
    CHECK(ai_int_hash(two64) == 8 && ai_int_hash(ai_int_neg(ctx, two64)) == -8);
    CHECK_STR(ai_int_format(ctx, two64, S("#_x"))->data, "0x1_0000_0000_0000_0000");
    CHECK_STR(ai_int_format(ctx, ai_int_neg(ctx, two64), S(",d"))->data, "-18,446,744,073,709,551,616");
    CHECK_STR(ai_int_format(ctx, two64, S("^30"))->data, "     18446744073709551616     ");
    CHECK_STR(ai_int_format(ctx, two64, S(".3e"))->data, "1.845e+19");
    CHECK_STR(ai_int_format(ctx, two64, S("o"))->data, "2000000000000000000000");
    CHECK_STR(ai_int_format(ctx, two64, S("#b"))->data + 61, "000000");
    ai_int_format(ctx, two64, S("c"));
    CHECK_STR(raised(), "OverflowError: Python int too large to convert to C long");
    int64_t limit = ai_int_pow(ctx, ai_small(10), ai_small(4300)); /* 4301 digits */
    CHECK(ai_int_str(ctx, ai_int_sub(ctx, limit, ai_small(1)))->nbytes == 4300);
    ai_int_str(ctx, limit);
    CHECK_STR(raised(), "ValueError: Exceeds the limit (4300 digits) for integer string conversion; "
                        "use sys.set_int_max_str_digits() to increase the limit");
    ai_int_str(ctx, ai_int_lshift(ctx, ai_small(1), ai_small(100000)));
    CHECK(strncmp(raised(), "ValueError: Exceeds the limit", 29) == 0);
}

/* int(str) (value/int_parse.c). */
static void test_parse(void) {
    CHECK_STR(T(ai_int_from_str(ctx, S(" -18_446_744_073_709_551_616\n"))), "-18446744073709551616");
    CHECK_STR(T(ai_int_from_str(ctx, S("\u3000+007\u00a0"))), "7");
    CHECK_STR(T(ai_int_from_str(ctx, S("1__0"))), "ValueError: invalid literal for int() with base 10: '1__0'");
    CHECK_STR(T(ai_int_from_str(ctx, S("\x1c" "5"))), /* an ASCII control is not whitespace there */
              "ValueError: invalid literal for int() with base 10: '\\x1c5'");
    CHECK_STR(T(ai_int_from_str(ctx, S(""))), "ValueError: invalid literal for int() with base 10: ''");
}

int main(void) {
    test_begin();
    test_words();
    test_arith();
    test_bits();
    test_float();
    test_text();
    test_parse();
    CHECK(!ai_exc_pending(ctx));
    test_end();
    DONE();
}
