/* float repr: the shortest round-trip digits and CPython's layout rules (dtoa.c). */
#include <math.h>

#include "util.h"

static const char *repr(double x) {
    static char buf[64];
    ai_fmt_f64_repr(buf, x);
    return buf;
}

static void test_float_repr(void) {
    CHECK_STR(repr(0.1), "0.1");
    CHECK_STR(repr(0.1 + 0.2), "0.30000000000000004");
    CHECK_STR(repr(1e16), "1e+16");
    CHECK_STR(repr(1e15), "1000000000000000.0");
    CHECK_STR(repr(1e-5), "1e-05");
    CHECK_STR(repr(0.0001), "0.0001");
    CHECK_STR(repr(-0.0), "-0.0");
    CHECK_STR(repr(3.0), "3.0");
    CHECK_STR(repr(1.5e300), "1.5e+300");
    CHECK_STR(repr(12345678901234567890.0), "1.2345678901234567e+19");
    CHECK_STR(repr(INFINITY), "inf");
    CHECK_STR(repr(-INFINITY), "-inf");
    CHECK_STR(repr(NAN), "nan");
    CHECK_STR(repr(2.0 / 3.0), "0.6666666666666666");
    CHECK_STR(repr(5e-324), "5e-324");
    CHECK_STR(repr(1.7976931348623157e308), "1.7976931348623157e+308");
    CHECK_STR(repr(9999999999999998.0), "9999999999999998.0");
    CHECK_STR(repr(0.001), "0.001");
    CHECK_STR(repr(123456789.0), "123456789.0");
    CHECK_STR(repr(-1.5e-7), "-1.5e-07");
    CHECK_STR(repr(2e16 + 8), "2.000000000000001e+16");
    CHECK_STR(repr(1e22), "1e+22");
    CHECK_STR(repr(100.0), "100.0");
    /* powers of two: the shortest string just above beats the nearer one below that does not
     * read back (dtoa mode 0: shortest, then closest) */
    CHECK_STR(repr(1.0 / 16777216), "5.960464477539063e-08");
    CHECK_STR(repr(ldexp(1.0, 89)), "6.189700196426902e+26");
    CHECK_STR(repr(ldexp(1.0, 122)), "5.316911983139664e+36");
    CHECK_STR(repr(ldexp(1.0, -1060)), "8.095e-320");
    CHECK_STR(repr(ldexp(1.0, 1023)), "8.98846567431158e+307");
}

static void test_str_and_write_agree(void) {
    CHECK_STR(ai_str_from_f64(ctx, 0.1)->data, "0.1");
    CHECK_STR(ai_str_from_f64(ctx, -0.0)->data, "-0.0");
    CHECK(ai_str_len(ai_str_from_f64(ctx, 1e16)) == 5);
}

int main(void) {
    test_begin();
    test_float_repr();
    test_str_and_write_agree();
    test_end();
    DONE();
}
