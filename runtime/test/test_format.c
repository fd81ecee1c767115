/* format(x, spec) for int, float and str against CPython 3.11's results and messages. Cases marked
 * by the differential run (random values x random specs vs python3) are pinned here. */
#include <math.h>

#include "util.h"

static const char *fi(int64_t x, const char *spec) {
    ai_str_t *r = ai_format_i64(ctx, x, S(spec));
    return r ? r->data : "<error>";
}

static const char *ff(double x, const char *spec) {
    ai_str_t *r = ai_format_f64(ctx, x, S(spec));
    return r ? r->data : "<error>";
}

static const char *fs(const char *x, const char *spec) {
    ai_str_t *r = ai_format_str(ctx, S(x), S(spec));
    return r ? r->data : "<error>";
}

static void test_format_int(void) {
    CHECK_STR(fi(42, "5d"), "   42");
    CHECK_STR(fi(42, "<5"), "42   ");
    CHECK_STR(fi(42, "^6"), "  42  ");
    CHECK_STR(fi(-42, "=+8"), "-     42");
    CHECK_STR(fi(255, "#X"), "0XFF");
    CHECK_STR(fi(63, "=021_"), "0_000_000_000_000_063");
    CHECK_STR(fi(-32045, "<020"), "-3204500000000000000");
    CHECK_STR(fi(123, "04,"), "0,123");
    CHECK_STR(fi(10, "0=5"), "00010");
    CHECK_STR(fi(-84843005, "+8_X"), "-50E_99FD");
    CHECK_STR(fi(-8209891044387491, "<#022o"), "-0o3512555067260652430");
    CHECK_STR(fi(21594218728634705, ">07_.0g"), "002e+16");
    CHECK_STR(fi(65, "05c"), "0000A");
    CHECK_STR(fi(233, "c"), "\xc3\xa9");
    CHECK_STR(fi(1234567, "n"), "1234567");
    CHECK_STR(fi(5, "\xc3\xa9^5"), "\xc3\xa9\xc3\xa9" "5" "\xc3\xa9\xc3\xa9");
    CHECK_STR(fi(42, "+d"), "+42");
    CHECK_STR(fi(1234567, ","), "1,234,567");
    CHECK_STR(fi(1234567, "_"), "1_234_567");
    CHECK_STR(fi(255, "#x"), "0xff");
    CHECK_STR(fi(255, "X"), "FF");
    CHECK_STR(fi(5, "08b"), "00000101");
    CHECK_STR(fi(-5, "05d"), "-0005");
    CHECK_STR(fi(1234, "08,"), "0,001,234");
    CHECK_STR(fi(65, "c"), "A");
    CHECK_STR(fi(3, ".2f"), "3.00");
    CHECK_STR(fi(1, "%"), "100.000000%");
    CHECK_STR(fi(7, "*>4"), "***7");
    CHECK_STR(fi(INT64_MIN, "d"), "-9223372036854775808");
    CHECK_STR(fi(3, ".2"), "<error>");
    CHECK_STR(raised(), "ValueError: Precision not allowed in integer format specifier");
    CHECK_STR(fi(3, "s"), "<error>");
    CHECK_STR(raised(), "ValueError: Unknown format code 's' for object of type 'int'");
    CHECK_STR(fi(3, "z5"), "<error>");
    CHECK_STR(raised(), "ValueError: Negative zero coercion (z) not allowed in integer format specifier");
    CHECK_STR(fi(3, ",x"), "<error>");
    CHECK_STR(raised(), "ValueError: Cannot specify ',' with 'x'.");
    CHECK_STR(fi(3, "_n"), "<error>");
    CHECK_STR(raised(), "ValueError: Cannot specify '_' with 'n'.");
    CHECK_STR(fi(3, ",.2x"), "<error>");
    CHECK_STR(raised(), "ValueError: Cannot specify ',' with 'x'.");
    CHECK_STR(fi(3, "+c"), "<error>");
    CHECK_STR(raised(), "ValueError: Sign not allowed with integer format specifier 'c'");
    CHECK_STR(fi(-1, "c"), "<error>");
    CHECK_STR(raised(), "OverflowError: %c arg not in range(0x110000)");
    CHECK_STR(fi(3, ",_"), "<error>");
    CHECK_STR(raised(), "ValueError: Cannot specify both ',' and '_'.");
    CHECK_STR(fi(3, "."), "<error>");
    CHECK_STR(raised(), "ValueError: Format specifier missing precision");
    CHECK_STR(fi(3, "\xc3\xa9"), "<error>");
    CHECK_STR(raised(), "ValueError: Unknown format code '\\xe9' for object of type 'int'");
    CHECK_STR(fi(3, "5q5"), "<error>");
    CHECK_STR(raised(), "ValueError: Invalid format specifier '5q5' for object of type 'int'");
}

static void test_format_float(void) {
    CHECK_STR(ff(3.14159, ".3f"), "3.142");
    CHECK_STR(ff(2.5, "08.2f"), "00002.50");
    CHECK_STR(ff(-2.5, "08.2f"), "-0002.50");
    CHECK_STR(ff(1234567.891, ",.2f"), "1,234,567.89");
    CHECK_STR(ff(12345.678, "e"), "1.234568e+04");
    CHECK_STR(ff(0.25, "%"), "25.000000%");
    CHECK_STR(ff(0.25, ".1%"), "25.0%");
    CHECK_STR(ff(1.5, ""), "1.5");
    CHECK_STR(ff(1e16, ""), "1e+16");
    CHECK_STR(ff(123.0, ".3"), "1.23e+02");
    CHECK_STR(ff(12.0, ".3"), "12.0");
    CHECK_STR(ff(0.0001, ".3"), "0.0001");
    CHECK_STR(ff(1e20, ".3"), "1e+20");
    CHECK_STR(ff(123456.0, "g"), "123456");
    CHECK_STR(ff(1234567.0, "g"), "1.23457e+06");
    CHECK_STR(ff(1.0, "#g"), "1.00000");
    CHECK_STR(ff(2.0, "10"), "       2.0");
    CHECK_STR(ff(INFINITY, "f"), "inf");
    CHECK_STR(ff(-INFINITY, "F"), "-INF");
    CHECK_STR(ff(NAN, "+.2f"), "+nan");
    CHECK_STR(ff(-0.0, "z.1f"), "0.0");
    CHECK_STR(ff(2.675, ".2f"), "2.67");
    CHECK_STR(ff(INFINITY, "08"), "00000inf");
    CHECK_STR(ff(NAN, "=+08"), "+0000nan");
    CHECK_STR(ff(-0.0001, "z.2f"), "0.00");
    CHECK_STR(ff(5e-23, "#.0"), "5.e-23");
    CHECK_STR(ff(1.0, "#.0e"), "1.e+00");
    CHECK_STR(ff(0.5, ".0f"), "0");
    CHECK_STR(ff(0.125, ".2f"), "0.12");
    CHECK_STR(ff(12345.0, "010,.1f"), "0,012,345.0");
    CHECK_STR(ff(1.5044e-52, ">017g"), "00000001.5044e-52");
    CHECK_STR(ff(61297.5, "-0_"), "61_297.5");
    CHECK(strlen(ff(1e300, ",.0f")) == 401);
    CHECK_STR(ff(1e300, ",.0f") + 393, ",540,160"); /* the exact binary value, grouped */
    CHECK_STR(ff(1.0, "n"), "1");
    CHECK_STR(ff(1234.5, "G"), "1234.5");
    CHECK_STR(ff(1e-10, "G"), "1E-10");
    CHECK_STR(ff(1.0, "_n"), "<error>");
    CHECK_STR(raised(), "ValueError: Cannot specify '_' with 'n'.");
    CHECK_STR(ff(1.0, "z5"), "  1.0");
    CHECK_STR(ff(1.0, "s"), "<error>");
    CHECK_STR(raised(), "ValueError: Unknown format code 's' for object of type 'float'");
    CHECK_STR(ff(1.0, "x<5"), "1.0xx");
    CHECK_STR(ff(1.0, "5qq"), "<error>");
    CHECK_STR(raised(), "ValueError: Invalid format specifier '5qq' for object of type 'float'");
    CHECK_STR(ff(1.0, "d"), "<error>");
    CHECK_STR(raised(), "ValueError: Unknown format code 'd' for object of type 'float'");
}

static void test_format_str(void) {
    CHECK_STR(fs("ab", ">5"), "   ab");
    CHECK_STR(fs("ab", "5"), "ab   ");
    CHECK_STR(fs("ab", "^6"), "  ab  ");
    CHECK_STR(fs("abcdef", ".3"), "abc");
    CHECK_STR(fs("h\xc3\xa9", "*<5"), "h\xc3\xa9***");
    CHECK_STR(fs("ab", "05"), "ab000");
    CHECK_STR(fs("ab", ""), "ab");
    CHECK_STR(fs("ab", " "), "<error>");
    CHECK_STR(raised(), "ValueError: Space not allowed in string format specifier");
    CHECK_STR(fs("ab", ",s"), "<error>");
    CHECK_STR(raised(), "ValueError: Cannot specify ',' with 's'.");
    CHECK_STR(fs("ab", "z"), "<error>");
    CHECK_STR(raised(), "ValueError: Negative zero coercion (z) not allowed in string format specifier");
    CHECK_STR(fs("ab", "d"), "<error>");
    CHECK_STR(raised(), "ValueError: Unknown format code 'd' for object of type 'str'");
    CHECK_STR(fs("ab", "+"), "<error>");
    CHECK_STR(raised(), "ValueError: Sign not allowed in string format specifier");
    CHECK_STR(fs("ab", "=5"), "<error>");
    CHECK_STR(raised(), "ValueError: '=' alignment not allowed in string format specifier");
}

/* Widths and precisions too large to allocate are MemoryError at once (as CPython's
 * PyUnicode_New fails), not a crash or a long loop; '%c' out of range is OverflowError. */
static void test_format_limits(void) {
    CHECK_STR(fi(1, "1000000000000000000"), "<error>");
    CHECK_STR(raised(), "MemoryError: ");
    CHECK_STR(fi(1, "01000000000000000000"), "<error>");
    CHECK_STR(raised(), "MemoryError: ");
    CHECK_STR(fi(1, "_>9223372036854775807"), "<error>");
    CHECK_STR(raised(), "MemoryError: ");
    CHECK_STR(fi(1, "\xc3\xa9<9223372036854775807"), "<error>"); /* 2-byte fill: bytes overflow */
    CHECK_STR(raised(), "MemoryError: ");
    CHECK_STR(ff(1.5, "09223372036854775807,.1f"), "<error>");
    CHECK_STR(raised(), "MemoryError: ");
    CHECK_STR(fs("ab", "9223372036854775807"), "<error>");
    CHECK_STR(raised(), "MemoryError: ");
    CHECK_STR(ff(1.5, ".2147483647e"), "<error>"); /* printf cannot make more than INT_MAX chars */
    CHECK_STR(raised(), "MemoryError: ");
    CHECK_STR(ff(1.5, ".2147483648f"), "<error>");
    CHECK_STR(raised(), "ValueError: precision too big");
    CHECK_STR(fi(-1, "c"), "<error>");
    CHECK_STR(raised(), "OverflowError: %c arg not in range(0x110000)");
    CHECK_STR(fi(0x110000, "c"), "<error>");
    CHECK_STR(raised(), "OverflowError: %c arg not in range(0x110000)");
    CHECK_STR(ff(1.5, ".100"), "1.5");
    CHECK(strlen(ff(1e300, ".70f")) == 301 + 71);
}

int main(void) {
    test_begin();
    test_format_int();
    test_format_limits();
    test_format_float();
    test_format_str();
    test_end();
    DONE();
}
