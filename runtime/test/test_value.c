/* Strings, float repr, format specs and arithmetic against CPython's results. */
#include <math.h>

#include "aithon/rt.h"
#include "actor/actor.h"
#include "check.h"
#include "value/value.h"

static ai_actor_t *ctx;

static const char *repr(double x) {
    static char buf[64];
    ai_fmt_f64_repr(buf, x);
    return buf;
}

static ai_str_t *S(const char *p) { return ai_str_const(ctx, p, (int64_t)strlen(p)); }

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

/* The message of the pending exception (and clear it). */
static const char *raised(void) {
    static char buf[160];
    if (!ctx->pending)
        return "<none>";
    snprintf(buf, sizeof buf, "%s: %s", ai_exc_kind_name(ctx->pending->kind), ctx->pending->msg);
    ai_exc_release(ctx->pending);
    ctx->pending = NULL;
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
}

static void test_format_int(void) {
    CHECK_STR(fi(42, "5d"), "   42");
    CHECK_STR(fi(42, "<5"), "42   ");
    CHECK_STR(fi(42, "^6"), "  42  ");
    CHECK_STR(fi(-42, "=+8"), "-     42");
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
    CHECK_STR(ff(1.0, "d"), "<error>");
    CHECK_STR(raised(), "ValueError: Unknown format code 'd' for object of type 'float'");
}

static void test_format_str(void) {
    CHECK_STR(fs("ab", ">5"), "   ab");
    CHECK_STR(fs("ab", "5"), "ab   ");
    CHECK_STR(fs("ab", "^6"), "  ab  ");
    CHECK_STR(fs("abcdef", ".3"), "abc");
    CHECK_STR(fs("h\xc3\xa9", "*<5"), "h\xc3\xa9***");
    CHECK_STR(fs("ab", "+"), "<error>");
    CHECK_STR(raised(), "ValueError: Sign not allowed in string format specifier");
    CHECK_STR(fs("ab", "=5"), "<error>");
    CHECK_STR(raised(), "ValueError: '=' alignment not allowed in string format specifier");
}

static void test_strings(void) {
    ai_str_t *a = S("h\xc3\xa9"), *b = S("llo");
    CHECK(ai_str_len(a) == 2);
    CHECK_STR(ai_str_concat(ctx, a, b)->data, "h\xc3\xa9llo");
    CHECK(ai_str_len(ai_str_concat(ctx, a, b)) == 5);
    CHECK_STR(ai_str_mul(ctx, b, 3)->data, "llollollo");
    CHECK_STR(ai_str_mul(ctx, b, -1)->data, "");
    CHECK(ai_str_cmp(S("abc"), S("abd")) == -1);
    CHECK(ai_str_cmp(S("abc"), S("ab")) == 1);
    CHECK(ai_str_cmp(S("x"), S("x")) == 0);
    CHECK_STR(ai_str_repr(ctx, S("it's"))->data, "\"it's\"");
    CHECK_STR(ai_str_repr(ctx, S("a\nb"))->data, "'a\\nb'");
    CHECK_STR(ai_str_from_i64(ctx, -7)->data, "-7");
    CHECK_STR(ai_str_from_bool(ctx, true)->data, "True");
    CHECK_STR(ai_str_none(ctx)->data, "None");
}

static void test_numbers(void) {
    CHECK(ai_i64_pow(ctx, 2, 62) == (int64_t)1 << 62);
    CHECK(ai_i64_pow(ctx, 2, 63) == 0);
    CHECK_STR(raised(), "OverflowError: integer overflow: AIthon ints are 64-bit (no big integers yet)");
    CHECK(ai_i64_pow(ctx, -3, 3) == -27);
    CHECK(ai_i64_truediv(ctx, 7, 2) == 3.5);
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
    ai_f64_pow(ctx, 10.0, 400.0);
    CHECK_STR(raised(), "OverflowError: (34, 'Numerical result out of range')");
    CHECK(ai_f64_to_i64(ctx, -3.9) == -3);
    ai_f64_to_i64(ctx, NAN);
    CHECK_STR(raised(), "ValueError: cannot convert float NaN to integer");
    ai_f64_to_i64(ctx, INFINITY);
    CHECK_STR(raised(), "OverflowError: cannot convert float infinity to integer");
}

static void test_lists_and_messages(void) {
    ai_actor_t *child = ai_actor_spawn(ctx);
    ai_list_t *l = ai_list_new(child, 2, AI_ELEM_STR);
    ai_list_set(l, 0, (int64_t)(intptr_t)ai_str_const(child, "a'b", 3));
    ai_list_set(l, 1, (int64_t)(intptr_t)ai_str_const(child, "c", 1));
    void *msg = ai_msg_export(child, l);
    ai_actor_exit(child); /* the child's heap is gone; the message survives */
    ai_list_t *got = ai_msg_adopt(ctx, msg);
    ai_buf_t b = {0};
    ai_repr_list(&b, got, AI_ELEM_STR);
    CHECK_STR(b.p, "[\"a'b\", 'c']");
    ai_buf_free(&b);
    CHECK(ai_list_len(got) == 2);
    ai_list_get(ctx, got, 2);
    CHECK_STR(raised(), "IndexError: list index out of range");
    CHECK(ai_list_get(ctx, got, -1) == got->items[1]);
}

int main(void) {
    ctx = ai_actor_spawn(ai_actor_root());
    test_float_repr();
    test_format_int();
    test_format_float();
    test_format_str();
    test_strings();
    test_numbers();
    test_lists_and_messages();
    ai_actor_exit(ctx);
    DONE();
}
