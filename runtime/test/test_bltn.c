/* Builtin functions, math, time and sys (value/bltn*.c): every expected text is python3 3.11's. */
#include <math.h>
#include <stdarg.h>

#include "util.h"
#include "value/bltn.h"
#include "value/int.h"

static int64_t W(const void *p) { return (int64_t)(intptr_t)p; }
static int64_t I(int64_t x) { return ai_int_from_i64(ctx, x); }
static int64_t F(double x) { return ai_float_box(ctx, x); }
static int64_t Sw(const char *p) { return W(S(p)); }
static int64_t BIG(const char *digits) { return ai_int_from_decimal(ctx, digits, (int64_t)strlen(digits)); }
#define NONE W(&ai_None)
#define TRUE ai_bool_box(true)
#define FALSE ai_bool_box(false)

/* The result as repr() text, or the raised exception as "Kind: message". */
static const char *T(int64_t w) {
    static char buf[512];
    if (ctx->pending)
        return raised();
    if (!w)
        return "<empty slot without an exception>";
    ai_str_t *s = ai_obj_repr(ctx, w);
    snprintf(buf, sizeof buf, "%s", s ? s->data : raised());
    return buf;
}

static int64_t call(int32_t bid, int n, ...) {
    int64_t argv[16];
    va_list ap;
    va_start(ap, n);
    for (int i = 0; i < n; i++)
        argv[i] = va_arg(ap, int64_t);
    va_end(ap);
    return ai_builtin(ctx, bid, n, argv);
}
#define NARGS(...) (int)(sizeof((int64_t[]){__VA_ARGS__}) / sizeof(int64_t))
#define C(name, ...) T(call(AI_B_##name, NARGS(__VA_ARGS__), __VA_ARGS__))
#define C0(name) T(call(AI_B_##name, 0))

static void test_names_arity(void) {
    CHECK_STR(ai_builtin_name(AI_B_len), "len");
    CHECK_STR(ai_builtin_name(AI_B_math_sqrt), "sqrt");
    CHECK_STR(ai_builtin_name(AI_B_time_perf_counter), "perf_counter");
    CHECK_STR(ai_builtin_name(AI_B_sys_exit), "exit");
    CHECK_STR(C0(abs), "TypeError: abs() takes exactly one argument (0 given)");
    CHECK_STR(C(len, I(1), I(2)), "TypeError: len() takes exactly one argument (2 given)");
    CHECK_STR(C(divmod, I(1)), "TypeError: divmod expected 2 arguments, got 1");
    CHECK_STR(C(bool, I(1), I(2)), "TypeError: bool expected at most 1 argument, got 2");
    CHECK_STR(C(reversed, I(1), I(2)), "TypeError: reversed expected 1 argument, got 2");
    CHECK_STR(C(pow, I(1)), "TypeError: pow() missing required argument 'exp' (pos 2)");
    CHECK_STR(C(pow, I(1), I(1), I(1), I(1)), "TypeError: pow() takes at most 3 arguments (4 given)");
    CHECK_STR(C0(round), "TypeError: round() missing required argument 'number' (pos 1)");
    CHECK_STR(C(int, I(1), I(2), I(3)), "TypeError: int() takes at most 2 arguments (3 given)");
    CHECK_STR(C0(enumerate), "TypeError: enumerate() missing required argument 'iterable'");
    CHECK_STR(C(map, I(1)), "TypeError: map() must have at least two arguments.");
    CHECK_STR(C0(sum), "TypeError: sum() takes at least 1 positional argument (0 given)");
    CHECK_STR(C(max, NONE, 0), "TypeError: max expected at least 1 argument, got 0");
    CHECK_STR(C(next, I(1), I(2), I(3)), "TypeError: next expected at most 2 arguments, got 3");
    CHECK_STR(C0(math_sqrt), "TypeError: math.sqrt() takes exactly one argument (0 given)");
    CHECK_STR(C(math_floor, I(1), I(2)), "TypeError: math.floor() takes exactly one argument (2 given)");
    CHECK_STR(C0(math_log), "TypeError: math.log requires 1 to 2 arguments");
    CHECK_STR(C(math_atan2, I(1)), "TypeError: atan2 expected 2 arguments, got 1");
    CHECK_STR(C(math_perm, I(1), I(2), I(3)), "TypeError: perm expected at most 2 arguments, got 3");
    CHECK_STR(C(math_isclose, I(1)), "TypeError: isclose() missing required argument 'b' (pos 2)");
    CHECK_STR(C0(math_fsum), "TypeError: math.fsum() takes exactly one argument (0 given)");
    CHECK_STR(C(time_time, I(1)), "TypeError: time.time() takes no arguments (1 given)");
    CHECK_STR(C(sys_exit, I(1), I(2)), "TypeError: exit expected at most 1 argument, got 2");
}

static void test_numbers(void) {
    CHECK_STR(C(abs, I(-3)), "3");
    CHECK_STR(C(abs, F(-2.5)), "2.5");
    CHECK_STR(C(abs, TRUE), "1");
    CHECK_STR(C(abs, Sw("a")), "TypeError: bad operand type for abs(): 'str'");
    CHECK_STR(C(bin, I(5)), "'0b101'");
    CHECK_STR(C(bin, I(-5)), "'-0b101'");
    CHECK_STR(C(bin, TRUE), "'0b1'");
    CHECK_STR(C(oct, I(-8)), "'-0o10'");
    CHECK_STR(C(hex, I(-255)), "'-0xff'");
    CHECK_STR(C(hex, BIG("1180591620717411303424")), "'0x400000000000000000'");
    CHECK_STR(C(hex, F(1.5)), "TypeError: 'float' object cannot be interpreted as an integer");
    CHECK_STR(C0(bool), "False");
    CHECK_STR(C(bool, I(0)), "False");
    CHECK_STR(C(bool, Sw("a")), "True");
    CHECK_STR(C(divmod, I(1), I(0)), "ZeroDivisionError: integer division or modulo by zero");
    CHECK_STR(C(divmod, F(1.0), I(0)), "ZeroDivisionError: float divmod()");
    CHECK_STR(C(divmod, I(1), Sw("a")), "TypeError: unsupported operand type(s) for divmod(): 'int' and 'str'");
    CHECK_STR(C0(float), "0.0");
    CHECK_STR(C(float, I(3)), "3.0");
    CHECK_STR(C(float, TRUE), "1.0");
    CHECK_STR(C(float, F(2.5)), "2.5");
    CHECK_STR(C(float, ai_int_pow(ctx, I(10), I(400))), "OverflowError: int too large to convert to float");
    CHECK_STR(C(hash, I(-1)), "-2");
    CHECK_STR(C(hash, F(0.5)), "1152921504606846976");
    CHECK_STR(C(hash, F(-1.5)), "-1152921504606846977");
    CHECK_STR(C(hash, TRUE), "1");
    CHECK_STR(C0(int), "0");
    CHECK_STR(C(int, F(3.9)), "3");
    CHECK_STR(C(int, F(-3.9)), "-3");
    CHECK_STR(C(int, F(INFINITY)), "OverflowError: cannot convert float infinity to integer");
    CHECK_STR(C(int, F(NAN)), "ValueError: cannot convert float NaN to integer");
    CHECK_STR(C(int, Sw(" 42 ")), "42");
    CHECK_STR(C(int, I(5), I(10)), "TypeError: int() can't convert non-string with explicit base");
    CHECK_STR(C(int, Sw("ff"), Sw("a")), "TypeError: 'str' object cannot be interpreted as an integer");
    CHECK_STR(C(pow, I(2), I(10)), "1024");
    CHECK_STR(C(pow, I(2), I(-1)), "0.5");
    CHECK_STR(C(pow, I(3), I(-1), I(7)), "5");
    CHECK_STR(C(pow, I(2), I(-1), I(4)), "ValueError: base is not invertible for the given modulus");
    CHECK_STR(C(pow, I(5), I(0), I(-3)), "-2");
    CHECK_STR(C(pow, I(3), I(5), I(-7)), "-2");
    CHECK_STR(C(pow, I(2), I(-1), I(1)), "0");
    CHECK_STR(C(pow, I(-3), I(-5), I(-97)), "-2");
    CHECK_STR(C(pow, F(1.0), I(2), I(3)),
              "TypeError: pow() 3rd argument not allowed unless all arguments are integers");
    CHECK_STR(C(pow, I(2), I(3), I(0)), "ValueError: pow() 3rd argument cannot be 0");
    CHECK_STR(C(pow, I(3), BIG("100000000000000000000"), BIG("1000000000000000000000000000007")),
              "211170478351494470291451893420");
    CHECK_STR(C(pow, I(2), I(100), BIG("1180591620717411303425")), "1180591620716337561601");
    CHECK_STR(C(pow, I(-7), BIG("36893488147419103235"), BIG("1208925819614629174706176")),
              "713962782628854485745321");
    CHECK_STR(C(pow, BIG("1000000000000000000000000000000"), I(-1), BIG("618970019642690137449562111")),
              "161496386214344352880880639");
    CHECK_STR(C(isinstance, TRUE, I(1 << AI_T_INT)), "True");
    CHECK_STR(C(isinstance, F(1.0), I(1 << AI_T_INT)), "False");
    CHECK_STR(C(isinstance, Sw("a"), I(1 << AI_T_STR | 1 << AI_T_INT)), "True");
    CHECK_STR(C(isinstance, NONE, I(1 << AI_T_NONE)), "True");
    CHECK_STR(C(len, Sw("héllo")), "5");
    CHECK_STR(C(len, I(5)), "TypeError: object of type 'int' has no len()");
    CHECK_STR(C0(str), "''");
    CHECK_STR(C(str, I(5)), "'5'");
    CHECK_STR(C(str, F(1.5)), "'1.5'");
    CHECK_STR(C(repr, Sw("a")), "\"'a'\"");
    CHECK_STR(C(type_name, I(5)), "'int'");
    CHECK_STR(C(type_name, NONE), "'NoneType'");
}

static void test_chr_ord(void) {
    CHECK_STR(C(chr, I(65)), "'A'");
    CHECK_STR(C(chr, I(0x20ac)), "'€'");
    CHECK_STR(C(chr, I(0x1F600)), "'😀'");
    CHECK_STR(C(chr, I(10)), "'\\n'");
    CHECK_STR(C(chr, TRUE), "'\\x01'");
    CHECK_STR(C(chr, I(-1)), "ValueError: chr() arg not in range(0x110000)");
    CHECK_STR(C(chr, I(0x110000)), "ValueError: chr() arg not in range(0x110000)");
    CHECK_STR(C(chr, BIG("1180591620717411303424")), "OverflowError: Python int too large to convert to C int");
    CHECK_STR(C(chr, I((int64_t)1 << 40)), "OverflowError: Python int too large to convert to C int");
    CHECK_STR(C(chr, F(1.5)), "TypeError: 'float' object cannot be interpreted as an integer");
    CHECK_STR(C(ord, Sw("A")), "65");
    CHECK_STR(C(ord, Sw("€")), "8364");
    CHECK_STR(C(ord, Sw("😀")), "128512");
    CHECK_STR(C(ord, Sw("é")), "233");
    CHECK_STR(C(ord, Sw("ab")), "TypeError: ord() expected a character, but string of length 2 found");
    CHECK_STR(C(ord, Sw("")), "TypeError: ord() expected a character, but string of length 0 found");
    CHECK_STR(C(ord, I(5)), "TypeError: ord() expected string of length 1, but int found");
}

static void test_round(void) {
    CHECK_STR(C(round, F(2.675), I(2)), "2.67");
    CHECK_STR(C(round, F(-0.4), I(0)), "-0.0");
    CHECK_STR(C(round, F(1234.5), I(-1)), "1230.0");
    CHECK_STR(C(round, I(1250), I(-2)), "1200");
    CHECK_STR(C(round, I(1350), I(-2)), "1400");
    CHECK_STR(C(round, I(-1250), I(-2)), "-1200");
    CHECK_STR(C(round, I(15), I(3)), "15");
    CHECK_STR(C(round, TRUE, I(3)), "1");
    CHECK_STR(C(round, F(1.5), BIG("1180591620717411303424")), "1.5");
    CHECK_STR(C(round, F(1e308), I(-308)), "1e+308");
    CHECK_STR(C(round, F(5e307), I(-308)), "1e+308");
    CHECK_STR(C(round, F(1.7976931348623157e308), I(-308)), "OverflowError: rounded value too large to represent");
    CHECK_STR(C(round, F(0.5)), "0");
    CHECK_STR(C(round, F(1.5)), "2");
    CHECK_STR(C(round, F(-2.5)), "-2");
    CHECK_STR(C(round, I(15), NONE), "15");
    CHECK_STR(C(round, F(1.5), NONE), "2");
    CHECK_STR(C(round, F(1.5), Sw("a")), "TypeError: 'str' object cannot be interpreted as an integer");
    CHECK_STR(C(round, F(INFINITY)), "OverflowError: cannot convert float infinity to integer");
    CHECK_STR(C(round, F(NAN)), "ValueError: cannot convert float NaN to integer");
    CHECK_STR(C(round, F(INFINITY), I(2)), "inf");
    CHECK_STR(C(round, F(0.125), I(2)), "0.12");
    CHECK_STR(C(round, F(0.375), I(2)), "0.38");
    CHECK_STR(C(round, F(123456.789), I(-2)), "123500.0");
    CHECK_STR(C(round, F(149.999), I(-2)), "100.0");
    CHECK_STR(C(round, F(150.0), I(-2)), "200.0");
    CHECK_STR(C(round, F(250.0), I(-2)), "200.0");
    CHECK_STR(C(round, F(-250.0), I(-2)), "-200.0");
    CHECK_STR(C(round, F(49.0), I(-2)), "0.0");
    CHECK_STR(C(round, F(-49.0), I(-2)), "-0.0");
    CHECK_STR(C(round, F(50.0), I(-2)), "0.0");
    CHECK_STR(C(round, F(51.0), I(-2)), "100.0");
    CHECK_STR(C(round, F(1e22), I(-21)), "1e+22");
    CHECK_STR(C(round, F(12345678901234567890.0), I(-5)), "1.23456789012346e+19");
    CHECK_STR(C(round, F(5e-324), I(323)), "0.0");
    CHECK_STR(C(round, F(5e-324), I(324)), "5e-324");
    CHECK_STR(C(round, F(1.23456789), I(5)), "1.23457");
    CHECK_STR(C(round, F(-1.5e-7), I(7)), "-1e-07");
    CHECK_STR(C(round, F(1180591620717411303424.0), I(-3)), "1.1805916207174113e+21");
    CHECK_STR(C(round, F(999.5), I(-3)), "1000.0");
    CHECK_STR(C(round, F(9.5e22), I(-23)), "1e+23");
    CHECK_STR(C(round, BIG("1000000000000000000000000000001"), I(-29)), "1000000000000000000000000000000");
    CHECK_STR(C(round, BIG("-50000000000000000000000000000000000000000"), I(-41)), "0");
    CHECK_STR(C(round, BIG("150000000000000000000000000000000000000000"), I(-41)),
              "200000000000000000000000000000000000000000");
    CHECK_STR(C(round, Sw("a")), "TypeError: type str doesn't define __round__ method");
}

static void test_minmax_sum(void) {
    CHECK_STR(C(max, NONE, 0, I(1), I(3), I(2)), "3");
    CHECK_STR(C(min, NONE, 0, I(4), F(1.5), I(2)), "1.5");
    CHECK_STR(C(max, NONE, 0, I(1), TRUE), "1");
    CHECK_STR(C(min, NONE, 0, TRUE, I(1)), "True");
    CHECK_STR(C(max, NONE, 0, Sw("b"), Sw("abc")), "'b'");
    CHECK_STR(C(max, NONE, 0, I(1), Sw("a")), "TypeError: '>' not supported between instances of 'str' and 'int'");
    CHECK_STR(C(min, NONE, 0, I(1), Sw("a")), "TypeError: '<' not supported between instances of 'str' and 'int'");
    CHECK_STR(C(max, NONE, I(3), I(1), I(2)),
              "TypeError: Cannot specify a default for max() with multiple positional arguments");
    CHECK_STR(C(sum, I(1), Sw("")), "TypeError: sum() can't sum strings [use ''.join(seq) instead]");
}

static void test_math(void) {
    CHECK_STR(C(math_sqrt, I(2)), "1.4142135623730951");
    CHECK_STR(C(math_sqrt, TRUE), "1.0");
    CHECK_STR(C(math_sqrt, I(-1)), "ValueError: math domain error");
    CHECK_STR(C(math_sqrt, Sw("a")), "TypeError: must be real number, not str");
    CHECK_STR(C(math_sqrt, ai_int_pow(ctx, I(10), I(400))), "OverflowError: int too large to convert to float");
    CHECK_STR(C(math_exp, I(709)), "8.218407461554972e+307");
    CHECK_STR(C(math_exp, I(710)), "OverflowError: math range error");
    CHECK_STR(C(math_exp, I(-1000)), "0.0");
    CHECK_STR(C(math_sin, F(INFINITY)), "ValueError: math domain error");
    CHECK_STR(C(math_cos, F(INFINITY)), "ValueError: math domain error");
    CHECK_STR(C(math_sin, F(1e22)), "-0.8522008497671888");
    CHECK_STR(C(math_tan, F(0.5)), "0.5463024898437905");
    CHECK_STR(C(math_acos, I(2)), "ValueError: math domain error");
    CHECK_STR(C(math_atan2, I(1), I(1)), "0.7853981633974483");
    CHECK_STR(C(math_atan2, F(0.0), F(-0.0)), "3.141592653589793");
    CHECK_STR(C(math_fabs, I(-3)), "3.0");
    CHECK_STR(C(math_degrees, I(1)), "57.29577951308232");
    CHECK_STR(C(math_radians, I(180)), "3.141592653589793");
    CHECK_STR(C(math_copysign, I(1), F(-0.0)), "-1.0");
    CHECK_STR(C(math_copysign, I(3), I(-1)), "-3.0");
    CHECK_STR(C(math_floor, F(-2.5)), "-3");
    CHECK_STR(C(math_ceil, F(2.5)), "3");
    CHECK_STR(C(math_ceil, F(-0.5)), "0");
    CHECK_STR(C(math_floor, F(1e20)), "100000000000000000000");
    CHECK_STR(C(math_floor, F(1180591620717411303424.0)), "1180591620717411303424");
    CHECK_STR(C(math_floor, I(7)), "7");
    CHECK_STR(C(math_floor, TRUE), "1");
    CHECK_STR(C(math_ceil, F(INFINITY)), "OverflowError: cannot convert float infinity to integer");
    CHECK_STR(C(math_floor, F(NAN)), "ValueError: cannot convert float NaN to integer");
    CHECK_STR(C(math_floor, Sw("a")), "TypeError: must be real number, not str");
    CHECK_STR(C(math_trunc, F(-2.5)), "-2");
    CHECK_STR(C(math_trunc, F(1e20)), "100000000000000000000");
    CHECK_STR(C(math_trunc, Sw("a")), "TypeError: type str doesn't define __trunc__ method");
    CHECK_STR(C(math_gcd, I(-4), I(6)), "2");
    CHECK_STR(C0(math_gcd), "0");
    CHECK_STR(C(math_gcd, I(0), I(0)), "0");
    CHECK_STR(C(math_gcd, I(-5)), "5");
    CHECK_STR(C(math_gcd, F(1.5)), "TypeError: 'float' object cannot be interpreted as an integer");
    CHECK_STR(C(math_gcd, BIG("1208925819614629174706176"), ai_int_pow(ctx, I(6), I(40))), "1099511627776");
    CHECK_STR(C(math_lcm, I(4), I(6), I(10)), "60");
    CHECK_STR(C0(math_lcm), "1");
    CHECK_STR(C(math_lcm, I(0), I(5)), "0");
    CHECK_STR(C(math_lcm, I(-5)), "5");
    CHECK_STR(C(math_lcm, BIG("1180591620717411303424"), I(3)), "3541774862152233910272");
    CHECK_STR(C(math_factorial, I(20)), "2432902008176640000");
    CHECK_STR(C(math_factorial, I(30)), "265252859812191058636308480000000");
    CHECK_STR(C(math_factorial, I(0)), "1");
    CHECK_STR(C(math_factorial, I(-1)), "ValueError: factorial() not defined for negative values");
    CHECK_STR(C(math_factorial, F(5.0)), "TypeError: 'float' object cannot be interpreted as an integer");
    CHECK_STR(C(math_factorial, BIG("100000000000000000000")),
              "OverflowError: factorial() argument should not exceed 9223372036854775807");
    CHECK_STR(C(math_isqrt, I(99)), "9");
    CHECK_STR(C(math_isqrt, I(0)), "0");
    CHECK_STR(C(math_isqrt, BIG("100000000000000000000")), "10000000000");
    CHECK_STR(C(math_isqrt, ai_int_add(ctx, ai_int_lshift(ctx, I(1), I(200)), I(12345))),
              "1267650600228229401496703205376");
    CHECK_STR(C(math_isqrt, I(-1)), "ValueError: isqrt() argument must be nonnegative");
    CHECK_STR(C(math_isqrt, F(1.5)), "TypeError: 'float' object cannot be interpreted as an integer");
    CHECK_STR(C(math_comb, I(50), I(25)), "126410606437752");
    CHECK_STR(C(math_comb, I(3), I(5)), "0");
    CHECK_STR(C(math_comb, BIG("100000000000000000000"), I(3)),
              "166666666666666666661666666666666666666700000000000000000000");
    CHECK_STR(C(math_comb, I(-1), I(2)), "ValueError: n must be a non-negative integer");
    CHECK_STR(C(math_comb, I(5), I(-1)), "ValueError: k must be a non-negative integer");
    CHECK_STR(C(math_comb, I(5), F(2.0)), "TypeError: 'float' object cannot be interpreted as an integer");
    CHECK_STR(C(math_perm, I(5)), "120");
    CHECK_STR(C(math_perm, I(5), I(2)), "20");
    CHECK_STR(C(math_perm, I(10), I(3)), "720");
    CHECK_STR(C(math_perm, I(5), I(6)), "0");
    CHECK_STR(C(math_perm, I(5), I(-1)), "ValueError: k must be a non-negative integer");
    CHECK_STR(C(math_log, I(8), I(2)), "3.0");
    CHECK_STR(C(math_log, I(0)), "ValueError: math domain error");
    CHECK_STR(C(math_log, I(-1)), "ValueError: math domain error");
    CHECK_STR(C(math_log, F(0.0)), "ValueError: math domain error");
    CHECK_STR(C(math_log, F(-0.0)), "ValueError: math domain error");
    CHECK_STR(C(math_log, TRUE), "0.0");
    CHECK_STR(C(math_log, ai_int_pow(ctx, I(10), I(400))), "921.0340371976182");
    CHECK_STR(C(math_log, ai_int_pow(ctx, I(10), I(400)), I(2)), "1328.7712379549448");
    CHECK_STR(C(math_log, ai_int_pow(ctx, I(10), I(400)), I(10)), "399.99999999999994");
    CHECK_STR(C(math_log, ai_int_lshift(ctx, I(1), I(1100)), I(2)), "1100.0");
    CHECK_STR(C(math_log, ai_int_lshift(ctx, I(1), I(1100)), ai_int_lshift(ctx, I(1), I(1000))),
              "1.0999999999999999");
    CHECK_STR(C(math_log, ai_int_lshift(ctx, I(1), I(1024))), "709.782712893384");
    CHECK_STR(C(math_log, I(1), I(1)), "ZeroDivisionError: float division by zero");
    CHECK_STR(C(math_log, I(10), I(1)), "ZeroDivisionError: float division by zero");
    CHECK_STR(C(math_log, I(8), I(0)), "ValueError: math domain error");
    CHECK_STR(C(math_log, F(0.5), F(0.5)), "1.0");
    CHECK_STR(C(math_log2, I(8)), "3.0");
    CHECK_STR(C(math_log2, ai_int_pow(ctx, I(10), I(400))), "1328.771237954945");
    CHECK_STR(C(math_log10, I(1000)), "3.0");
    CHECK_STR(C(math_log10, I(12345)), "4.091491094267951");
    CHECK_STR(C(math_log10, ai_int_pow(ctx, I(10), I(400))), "400.0");
    CHECK_STR(C(math_pow, I(0), I(-1)), "ValueError: math domain error");
    CHECK_STR(C(math_pow, I(-8), F(1.0 / 3)), "ValueError: math domain error");
    CHECK_STR(C(math_pow, I(10), I(400)), "OverflowError: math range error");
    CHECK_STR(C(math_pow, I(2), F(0.5)), "1.4142135623730951");
    CHECK_STR(C(math_pow, F(INFINITY), I(-3)), "0.0");
    CHECK_STR(C(math_pow, F(-INFINITY), I(3)), "-inf");
    CHECK_STR(C(math_pow, F(0.0), F(-2.0)), "ValueError: math domain error");
    CHECK_STR(C(math_pow, F(-2.0), I(3)), "-8.0");
    CHECK_STR(C(math_pow, F(NAN), I(0)), "1.0");
    CHECK_STR(C0(math_hypot), "0.0");
    CHECK_STR(C(math_hypot, I(3), I(4)), "5.0");
    CHECK_STR(C(math_hypot, I(1), I(2), I(3)), "3.7416573867739413");
    CHECK_STR(C(math_hypot, F(3e200), F(4e200)), "4.9999999999999995e+200");
    CHECK_STR(C(math_hypot, F(0.1), F(0.2)), "0.223606797749979");
    CHECK_STR(C(math_hypot, F(1e-320), F(1e-320)), "1.414e-320");
    CHECK_STR(C(math_hypot, F(INFINITY), F(NAN)), "inf");
    CHECK_STR(C(math_isclose, I(1), F(1.0000000001)), "True");
    CHECK_STR(C(math_isclose, F(1.0), F(1.1), F(0.2), F(0.0)), "True");
    CHECK_STR(C(math_isclose, F(0.0), F(1e-10), F(1e-9), F(1e-9)), "True");
    CHECK_STR(C(math_isclose, F(0.0), F(1e-10)), "False");
    CHECK_STR(C(math_isclose, I(1), I(2), F(-1.0), F(0.0)), "ValueError: tolerances must be non-negative");
    CHECK_STR(C(math_isclose, F(INFINITY), F(INFINITY)), "True");
    CHECK_STR(C(math_isfinite, F(1e308)), "True");
    CHECK_STR(C(math_isinf, F(-INFINITY)), "True");
    CHECK_STR(C(math_isnan, I(1)), "False");
    CHECK_STR(C(math_isinf, ai_int_pow(ctx, I(10), I(400))), "OverflowError: int too large to convert to float");
}

static void test_time_sys(void) {
    int64_t t = call(AI_B_time_time, 0);
    CHECK(ai_obj_type(t) == AI_T_FLOAT && ai_float_unbox(t) > 1.6e9);
    int64_t a = call(AI_B_time_perf_counter, 0), b = call(AI_B_time_monotonic, 0);
    int64_t a2 = call(AI_B_time_perf_counter, 0), b2 = call(AI_B_time_monotonic, 0);
    CHECK(ai_float_unbox(a2) >= ai_float_unbox(a) && ai_float_unbox(b2) >= ai_float_unbox(b));
    struct {
        int64_t code;
        const char *msg;
        int status;
    } cases[] = {
        {NONE, "", 0},           {I(3), "3", 3},      {I(-1), "-1", 255},
        {I(256), "256", 0},      {TRUE, "True", 1},   {BIG("1180591620717411303424"), "1180591620717411303424", 255},
        {I(0), "0", 0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        CHECK(call(AI_B_sys_exit, 1, cases[i].code) == 0);
        CHECK(ctx->pending && ctx->pending->kind == AI_EXC_SYSTEM_EXIT);
        if (ctx->pending) {
            CHECK_STR(ctx->pending->msg, cases[i].msg);
            CHECK(ai_sys_exit_status(ctx->pending) == cases[i].status);
            raised();
        }
    }
    call(AI_B_sys_exit, 0);
    CHECK(ctx->pending && ctx->pending->kind == AI_EXC_SYSTEM_EXIT && ai_sys_exit_status(ctx->pending) == 0);
    raised();
    call(AI_B_sys_exit, 1, F(3.5));
    CHECK(ctx->pending && (ctx->pending->exit & AI_EXIT_PRINT) && !strcmp(ctx->pending->msg, "3.5"));
    raised();
    /* `raise SystemExit` without sys.exit: status 0 */
    ai_raise(ctx, AI_EXC_SYSTEM_EXIT, "");
    CHECK(ai_sys_exit_status(ctx->pending) == 0);
    raised();
}

/* The builtins over containers and iterators: they need the seq, dict and glue parts (stubbed in
 * this branch until merged); skipped while those raise NotImplementedError("pending"). */
static bool containers_ready(void) {
    int64_t l = ai_list_from(ctx, 0, NULL);
    int64_t it = l ? ai_obj_iter(ctx, l) : 0;
    if (ctx->pending) {
        raised();
        return false;
    }
    return it != 0;
}

static int64_t L(int n, ...) {
    int64_t items[16];
    va_list ap;
    va_start(ap, n);
    for (int i = 0; i < n; i++)
        items[i] = va_arg(ap, int64_t);
    va_end(ap);
    return ai_list_from(ctx, n, items);
}
static int64_t TU(int n, ...) {
    int64_t items[16];
    va_list ap;
    va_start(ap, n);
    for (int i = 0; i < n; i++)
        items[i] = va_arg(ap, int64_t);
    va_end(ap);
    return ai_tuple_new(ctx, n, items);
}

static void test_containers(void) {
    int64_t l = L(3, I(3), I(1), I(2));
    CHECK_STR(C(divmod, I(-7), I(2)), "(-4, 1)");
    CHECK_STR(C(divmod, F(7.5), I(2)), "(3.0, 1.5)");
    CHECK_STR(C(all, l), "True");
    CHECK_STR(C(all, L(2, I(1), I(0))), "False");
    CHECK_STR(C(any, L(0)), "False");
    CHECK_STR(C(any, L(2, I(0), Sw("a"))), "True");
    CHECK_STR(C(all, I(1)), "TypeError: 'int' object is not iterable");
    CHECK_STR(C(len, l), "3");
    CHECK_STR(C(len, TU(2, I(1), I(2))), "2");
    CHECK_STR(C(list, TU(2, I(1), I(2))), "[1, 2]");
    CHECK_STR(C(list, Sw("ab")), "['a', 'b']");
    CHECK_STR(C0(list), "[]");
    CHECK_STR(C(tuple, l), "(3, 1, 2)");
    CHECK_STR(C0(tuple), "()");
    CHECK_STR(C(tuple, Sw("a")), "('a',)");
    CHECK_STR(C(sorted, l, NONE, FALSE), "[1, 2, 3]");
    CHECK_STR(C(sorted, l, NONE, TRUE), "[3, 2, 1]");
    CHECK_STR(C(sorted, l), "[1, 2, 3]");
    CHECK_STR(C(sorted, l, NONE), "TypeError: sorted expected 1 argument, got 2");
    CHECK_STR(C0(sorted), "TypeError: sorted expected 1 argument, got 0");
    int64_t r10 = ai_range_new(ctx, I(0), I(10), I(1));
    CHECK_STR(C(sum, r10), "45");
    CHECK_STR(C(sum, ai_range_new(ctx, I(0), I(1000000), I(1))), "499999500000");
    CHECK_STR(C(max, NONE, 0, r10), "9");
    CHECK_STR(C(list, ai_range_new(ctx, I(3), I(0), I(-1))), "[3, 2, 1]");
    CHECK_STR(C(tuple, r10), "(0, 1, 2, 3, 4, 5, 6, 7, 8, 9)");
    CHECK_STR(C(sorted, Sw("cab"), NONE, TRUE), "['c', 'b', 'a']");
    CHECK_STR(C(any, r10), "True");
    CHECK_STR(C(all, r10), "False");
    CHECK_STR(C(math_fsum, r10), "45.0");
    CHECK_STR(C(math_prod, ai_range_new(ctx, I(1), I(25), I(1))), "620448401733239439360000");
    CHECK_STR(T(l), "[3, 1, 2]");
    CHECK_STR(C(max, NONE, 0, l), "3");
    CHECK_STR(C(min, NONE, 0, l), "1");
    CHECK_STR(C(max, NONE, 0, L(0)), "ValueError: max() arg is an empty sequence");
    CHECK_STR(C(min, NONE, 0, L(0)), "ValueError: min() arg is an empty sequence");
    CHECK_STR(C(min, NONE, NONE, L(0)), "None");
    CHECK_STR(C(max, NONE, 0, Sw("hello")), "'o'");
    /* plain calls (a builtin used as a value) are told from the filled convention */
    CHECK_STR(T(ai_builtin(ctx, AI_B_max, 1, &l)), "3");
    int64_t two[2] = {I(5), I(9)};
    CHECK_STR(T(ai_builtin(ctx, AI_B_min, 2, two)), "5");
    int64_t maxf = ai_builtin_fn(ctx, AI_B_max);
    CHECK_STR(T(ai_call(ctx, maxf, 2, two)), "9");
    CHECK_STR(C(list, call(AI_B_map, 3, maxf, l, L(3, I(0), I(5), I(1)))), "[3, 5, 2]");
    int64_t lenf = ai_builtin_fn(ctx, AI_B_len);
    CHECK_STR(C(max, lenf, 0, Sw("ab"), Sw("xyz"), Sw("q")), "'xyz'");
    CHECK_STR(C(min, lenf, 0, L(3, Sw("ab"), Sw("xyz"), Sw("q"))), "'q'");
    CHECK_STR(C(sorted, L(3, Sw("ab"), Sw("xyz"), Sw("q")), lenf, TRUE), "['xyz', 'ab', 'q']");
    CHECK_STR(C(sum, l), "6");
    CHECK_STR(C(sum, l, F(0.5)), "6.5");
    CHECK_STR(C(sum, L(10, F(.1), F(.1), F(.1), F(.1), F(.1), F(.1), F(.1), F(.1), F(.1), F(.1))),
              "0.9999999999999999");
    CHECK_STR(C(sum, L(3, I(AI_SMALL_MAX), I(AI_SMALL_MAX), I(2))), "9223372036854775808");
    CHECK_STR(C(sum, L(2, L(1, I(1)), L(1, I(2))), L(0)), "[1, 2]");
    CHECK_STR(C(sum, L(2, F(1.5), BIG("1180591620717411303424"))), "1.1805916207174113e+21");
    CHECK_STR(C(sum, L(2, I(1), Sw("a"))), "TypeError: unsupported operand type(s) for +: 'int' and 'str'");
    CHECK_STR(C(next, l), "TypeError: 'list' object is not an iterator");
    int64_t it = call(AI_B_iter, 1, L(1, I(7)));
    CHECK_STR(C(next, it), "7");
    CHECK_STR(C(next, it, NONE), "None");
    CHECK_STR(C(next, it), "StopIteration: ");
    CHECK_STR(C(iter, I(5)), "TypeError: 'int' object is not iterable");
    CHECK_STR(C(list, call(AI_B_enumerate, 2, L(2, Sw("a"), Sw("b")), I(1))), "[(1, 'a'), (2, 'b')]");
    CHECK_STR(C(list, call(AI_B_enumerate, 2, L(1, I(5)), TRUE)), "[(1, 5)]");
    CHECK_STR(C(enumerate, L(0), Sw("a")), "TypeError: 'str' object cannot be interpreted as an integer");
    CHECK_STR(C(list, call(AI_B_zip, 2, l, Sw("ab"))), "[(3, 'a'), (1, 'b')]");
    CHECK_STR(C(list, call(AI_B_zip, 0)), "[]");
    CHECK_STR(C(list, call(AI_B_filter, 2, NONE, L(3, I(0), I(1), I(2)))), "[1, 2]");
    CHECK_STR(C(list, call(AI_B_map, 2, ai_builtin_fn(ctx, AI_B_str), l)), "['3', '1', '2']");
    CHECK_STR(C(list, call(AI_B_reversed, 1, l)), "[2, 1, 3]");
    CHECK_STR(C(reversed, I(5)), "TypeError: 'int' object is not reversible");
    CHECK_STR(C(math_fsum, L(3, F(1e100), F(1.0), F(-1e100))), "1.0");
    CHECK_STR(C(math_fsum, L(10, F(.1), F(.1), F(.1), F(.1), F(.1), F(.1), F(.1), F(.1), F(.1), F(.1))), "1.0");
    CHECK_STR(C(math_fsum, L(3, F(1e-16), I(1), F(1e16))), "1.0000000000000002e+16");
    CHECK_STR(C(math_fsum, L(2, F(INFINITY), F(-INFINITY))), "ValueError: -inf + inf in fsum");
    CHECK_STR(C(math_fsum, L(2, F(1e308), F(1e308))), "OverflowError: intermediate overflow in fsum");
    CHECK_STR(C(math_fsum, L(2, F(NAN), I(1))), "nan");
    CHECK_STR(C(math_fsum, L(0)), "0.0");
    CHECK_STR(C(math_fsum, I(1)), "TypeError: 'int' object is not iterable");
    CHECK_STR(C(math_prod, L(3, I(2), I(3), I(4))), "24");
    CHECK_STR(C(math_prod, L(0)), "1");
    CHECK_STR(C(math_prod, L(2, I(2), F(3.5))), "7.0");
    CHECK_STR(C(math_dist, TU(2, I(0), I(0)), TU(2, I(3), I(4))), "5.0");
    CHECK_STR(C(math_dist, TU(2, I(1), I(2)), L(2, I(4), F(6.5))), "5.408326913195984");
    CHECK_STR(C(math_dist, L(1, I(1)), L(2, I(1), I(2))),
              "ValueError: both points must have the same number of dimensions");
    CHECK_STR(C(math_dist, I(1), I(2)), "TypeError: 'int' object is not iterable");
    char *args[] = {"./prog", "a b", "-x"};
    ai_sys_set_args(3, args);
    CHECK_STR(T(ai_sys_argv(ctx)), "['./prog', 'a b', '-x']");
}


/* dict(), set(), frozenset(): need the dict part */
static bool dicts_ready(void) {
    int64_t d = ai_dict_from(ctx, 0, NULL);
    int64_t s = d ? ai_set_new_empty(ctx, AI_T_SET) : 0;
    if (ctx->pending) {
        raised();
        return false;
    }
    return s != 0;
}

static void test_dicts(void) {
    CHECK_STR(C(dict, L(2, TU(2, I(1), I(2)), L(2, I(3), I(4)))), "{1: 2, 3: 4}");
    CHECK_STR(C(dict, L(1, Sw("ab"))), "{'a': 'b'}");
    CHECK_STR(C(dict, L(1, TU(3, I(1), I(2), I(3)))),
              "ValueError: dictionary update sequence element #0 has length 3; 2 is required");
    CHECK_STR(C(dict, L(1, I(1))), "TypeError: cannot convert dictionary update sequence element #0 to a sequence");
    CHECK_STR(C0(dict), "{}");
    int64_t d = call(AI_B_dict, 1, L(2, TU(2, Sw("b"), I(1)), TU(2, Sw("a"), I(2))));
    CHECK_STR(C(dict, d), "{'b': 1, 'a': 2}");
    CHECK(call(AI_B_dict, 1, d) != d);
    CHECK_STR(C(list, d), "['b', 'a']");
    CHECK_STR(C(sorted, d), "['a', 'b']");
    CHECK_STR(C(max, NONE, 0, d), "'b'");
    CHECK_STR(C(len, d), "2");
    CHECK_STR(C(sum, call(AI_B_set, 1, L(3, I(1), I(2), I(2)))), "3");
    CHECK_STR(C(hash, L(0)), "TypeError: unhashable type: 'list'");
    CHECK_STR(C(tuple, call(AI_B_frozenset, 1, L(1, I(7)))), "(7,)");
    CHECK_STR(C(set, L(3, I(1), I(2), I(1))), "{1, 2}");
    CHECK_STR(C0(set), "set()");
    CHECK_STR(C(frozenset, L(2, I(1), I(2))), "frozenset({1, 2})");
}

/* float(str), int(str, base): need the str part */
static bool str_parse_ready(void) {
    ai_float_from_str(ctx, S("1"));
    if (ctx->pending) {
        raised();
        return false;
    }
    return true;
}

static void test_str_parse(void) {
    CHECK_STR(C(float, Sw(" 1_000.5 ")), "1000.5");
    CHECK_STR(C(int, Sw("ff"), I(16)), "255");
    CHECK_STR(C(int, Sw("0x1f"), I(0)), "31");
    CHECK_STR(C(int, Sw("z"), I(10)), "ValueError: invalid literal for int() with base 10: 'z'");
    CHECK_STR(C(float, Sw("inf")), "inf");
    CHECK_STR(C(float, Sw("x")), "ValueError: could not convert string to float: 'x'");
    CHECK(ai_obj_float(ctx, Sw("2.5")) == 2.5 && !ctx->pending);
}

int main(void) {
    test_begin();
    test_names_arity();
    test_numbers();
    test_chr_ord();
    test_round();
    test_minmax_sum();
    test_math();
    test_time_sys();
    if (containers_ready())
        test_containers();
    else
        printf("test_bltn: container tests skipped (the seq/glue parts are stubs in this build)\n");
    if (containers_ready() && dicts_ready())
        test_dicts();
    else
        printf("test_bltn: dict/set tests skipped (the dict part is a stub in this build)\n");
    if (str_parse_ready())
        test_str_parse();
    else
        printf("test_bltn: float(str)/int(str, base) tests skipped (the str part is a stub in this build)\n");
    test_end();
    DONE();
}
