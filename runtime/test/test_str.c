/* Strings: UTF-8 length in code points, code-point order, repr quoting/escapes, conversions. */
#include <math.h>

#include "util.h"

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
    CHECK_STR(ai_str_repr(ctx, S("a'b\"c"))->data, "'a\\'b\"c'");
    CHECK_STR(ai_str_repr(ctx, S("t\tb\\\x01"))->data, "'t\\tb\\\\\\x01'");
    CHECK(ai_str_cmp(S("\xc3\xa9"), S("z")) == 1); /* U+00E9 > U+007A */
    CHECK(ai_str_len(S("\xe6\x97\xa5\xf0\x9f\x98\x80")) == 2);
    CHECK(ai_str_len(ai_str_mul(ctx, S("\xc3\xa9"), 4)) == 4);
    CHECK_STR(ai_str_from_i64(ctx, INT64_MIN)->data, "-9223372036854775808");
    CHECK_STR(ai_str_from_bool(ctx, false)->data, "False");
    /* non-printable non-ASCII is escaped like CPython (str.isprintable), printable passes through */
    CHECK_STR(ai_str_repr(ctx, S("\xc2\x85|\xc2\xa0|\xc3\xa9"))->data, "'\\x85|\\xa0|\xc3\xa9'");
    CHECK_STR(ai_str_repr(ctx, S("\xe2\x80\xa8\xe2\x80\x8b\xe6\x97\xa5"))->data, "'\\u2028\\u200b\xe6\x97\xa5'");
    CHECK_STR(ai_str_repr(ctx, S("\xf3\xa0\x80\x81\xf0\x9f\x98\x80"))->data, "'\\U000e0001\xf0\x9f\x98\x80'");
}

/* Sizes beyond memory or size_t: MemoryError / OverflowError as CPython's unicode_repeat, never a
 * wrapped size (a small allocation written far past its end). */
static void test_too_large(void) {
    CHECK(ai_str_mul(ctx, S("a"), INT64_C(1) << 61) == NULL);
    CHECK_STR(raised(), "MemoryError: ");
    CHECK(ai_str_mul(ctx, S("ab"), INT64_C(1) << 62) == NULL);
    CHECK_STR(raised(), "OverflowError: repeated string is too long");
    CHECK(ai_str_mul(ctx, S("\xc3\xa9"), INT64_C(1) << 62) == NULL); /* 2**62 code points, 2**63 bytes */
    CHECK_STR(raised(), "MemoryError: ");
    CHECK(ai_str_mul(ctx, S("abc"), INT64_MAX / 3) == NULL);
    CHECK_STR(raised(), "MemoryError: ");
    CHECK(ai_str_alloc(ctx, INT64_MAX) == NULL);
    CHECK_STR(raised(), "MemoryError: ");
    CHECK(ai_list_new(ctx, INT64_MAX, AI_ELEM_INT) == NULL);
    CHECK_STR(raised(), "MemoryError: ");
    CHECK(ai_list_new(ctx, INT64_C(1) << 61, AI_ELEM_INT) == NULL);
    CHECK_STR(raised(), "MemoryError: ");
    CHECK(ai_list_new(ctx, -1, AI_ELEM_INT) == NULL); /* an unsigned count >= 2**63 */
    CHECK_STR(raised(), "MemoryError: ");
    CHECK(ai_actor_alloc(ctx, SIZE_MAX - 3) == NULL);
    CHECK_STR(raised(), "MemoryError: ");
    ai_buf_t b = {0};
    CHECK(!ai_buf_reserve(&b, SIZE_MAX - 8));
    ai_buf_put(&b, "x", 1); /* dropped once out of memory */
    CHECK(b.oom && b.n == 0);
    CHECK(ai_str_from_text(ctx, &b) == NULL);
    CHECK_STR(raised(), "MemoryError: ");
    ai_buf_free(&b);
}

int main(void) {
    test_begin();
    test_strings();
    test_too_large();
    test_end();
    DONE();
}
