/* str methods, str indexing/slicing/iteration, % formatting, str.format, bytes, float()/int() of a
 * str, int/float methods (value/str_*.c, bytes.c, float_parse.c, int_parse.c, num_methods.c).
 * Every expected text is what python3 (3.11) prints for the same expression. */
#include <math.h>

#include "util.h"
#include "value/containers.h"
#include "value/int.h"

static int64_t W(const void *p) { return (int64_t)(intptr_t)p; }
static inline int64_t SW(const char *p) { return W(S(p)); }
static inline int64_t I(int64_t x) { return ai_small(x); }

/* The result as repr() text, or the raised exception. */
static const char *T(int64_t w) {
    static char buf[4096];
    if (ctx->pending)
        return raised();
    if (!w)
        return "<null>";
    ai_str_t *s = ai_obj_repr(ctx, w);
    snprintf(buf, sizeof buf, "%s", s ? s->data : raised());
    return buf;
}

/* s.method(*args) */
static int64_t M(const char *s, int32_t mid, int64_t argc, const int64_t *argv) {
    return ai_str_method(ctx, S(s), mid, argc, argv);
}
#define M0(s, m) T(M(s, AI_M_##m, 0, NULL))
#define MA(s, m, ...) T(M(s, AI_M_##m, sizeof((int64_t[]){__VA_ARGS__}) / 8, (int64_t[]){__VA_ARGS__}))

static void test_case(void) {
    CHECK_STR(M0("Hello World", upper), "'HELLO WORLD'");
    CHECK_STR(M0("Hello World", lower), "'hello world'");
}

int main(void) {
    test_begin();
    test_case();
    CHECK(!ai_exc_pending(ctx));
    test_end();
    DONE();
}
