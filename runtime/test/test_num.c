/* Arithmetic with CPython's results and messages (num.c). */
#include <math.h>

#include "util.h"

static void test_numbers(void) {
    CHECK(ai_i64_pow(ctx, 2, 62) == (int64_t)1 << 62);
    CHECK(ai_i64_pow(ctx, 2, 63) == 0);
    CHECK_STR(raised(), "OverflowError: integer overflow: AIthon ints are 64-bit (no big integers yet)");
    CHECK(ai_i64_pow(ctx, -3, 3) == -27);
    CHECK(ai_i64_truediv(ctx, 7, 2) == 3.5);
    /* beyond 2**53: correctly rounded (long double would double-round these) */
    CHECK(ai_i64_truediv(ctx, -90, -3122747009146006757) == 2.8820778544148775e-17);
    CHECK(ai_i64_truediv(ctx, INT64_MAX, 3) == 3.0744573456182584e+18);
    CHECK(ai_i64_truediv(ctx, INT64_MIN, -1) == 9.223372036854775808e18);
    CHECK(ai_i64_truediv(ctx, (1LL << 53) + 1, 1) == 9007199254740992.0);
    CHECK(ai_i64_truediv(ctx, (1LL << 54) + 3, 1) == 18014398509481988.0);
    CHECK(signbit(ai_i64_truediv(ctx, 0, -3)));
    ai_i64_truediv(ctx, 1, 0);
    CHECK_STR(raised(), "ZeroDivisionError: division by zero");
    CHECK(ai_f64_floordiv(ctx, -7.0, 2.0) == -4.0);
    CHECK(ai_f64_mod(ctx, -7.0, 2.0) == 1.0);
    CHECK(ai_f64_mod(ctx, 7.0, -2.0) == -1.0);
    CHECK(signbit(ai_f64_mod(ctx, 4.0, -2.0)));
    ai_f64_mod(ctx, 1.0, 0.0);
    CHECK_STR(raised(), "ZeroDivisionError: float modulo");
    ai_f64_floordiv(ctx, 1.0, 0.0);
    CHECK_STR(raised(), "ZeroDivisionError: float floor division by zero");
    ai_f64_pow(ctx, 0.0, -1.0);
    CHECK_STR(raised(), "ZeroDivisionError: 0.0 cannot be raised to a negative power");
    CHECK(ai_f64_pow(ctx, 2.0, 0.5) == sqrt(2.0));
    ai_f64_pow(ctx, -8.0, 1.0 / 3.0);
    CHECK_STR(raised(), "NotImplementedError: complex results are not supported");
    CHECK(ai_f64_pow(ctx, -2.0, 3.0) == -8.0);
    CHECK(ai_f64_pow(ctx, 0.0, -INFINITY) == INFINITY);
    CHECK(ai_f64_pow(ctx, -1.0, INFINITY) == 1.0);
    CHECK(ai_f64_pow(ctx, 1.0, NAN) == 1.0);
    CHECK(isnan(ai_f64_pow(ctx, NAN, 1.0)));
    CHECK(ai_f64_pow(ctx, NAN, 0.0) == 1.0);
    CHECK(ai_f64_pow(ctx, 10.0, -400.0) == 0.0);
    CHECK(!ai_exc_pending(ctx));
    CHECK(ai_f64_div(ctx, 1.0, 4.0) == 0.25);
    ai_f64_div(ctx, 1.0, 0.0);
    CHECK_STR(raised(), "ZeroDivisionError: float division by zero");
    CHECK(ai_f64_floordiv(ctx, 1.0, -0.3) == -4.0);
    CHECK(ai_f64_mod(ctx, -0.0, 5.0) == 0.0 && !signbit(ai_f64_mod(ctx, -0.0, 5.0)));
    CHECK(ai_f64_floordiv(ctx, INFINITY, 2.0) != ai_f64_floordiv(ctx, INFINITY, 2.0)); /* nan */
    CHECK(ai_i64_pow(ctx, 0, 0) == 1);
    CHECK(ai_i64_pow(ctx, -2, 63) == INT64_MIN);
    CHECK(!ai_exc_pending(ctx));
    ai_i64_pow(ctx, 2, -1);
    CHECK(strncmp(raised(), "NotImplementedError", 19) == 0);
    ai_f64_pow(ctx, 10.0, 400.0);
    CHECK_STR(raised(), "OverflowError: (34, 'Numerical result out of range')");
    CHECK(ai_f64_to_i64(ctx, -3.9) == -3);
    ai_f64_to_i64(ctx, NAN);
    CHECK_STR(raised(), "ValueError: cannot convert float NaN to integer");
    CHECK(ai_f64_to_i64(ctx, -9223372036854775808.0) == INT64_MIN);
    ai_f64_to_i64(ctx, 9223372036854775808.0);
    CHECK(strncmp(raised(), "OverflowError: ", 15) == 0);
    ai_f64_to_i64(ctx, -INFINITY);
    CHECK_STR(raised(), "OverflowError: cannot convert float infinity to integer");
    ai_f64_to_i64(ctx, INFINITY);
    CHECK_STR(raised(), "OverflowError: cannot convert float infinity to integer");
}

int main(void) {
    test_begin();
    test_numbers();
    test_end();
    DONE();
}
