/* The generic operations over every type (obj.c, binop.c, repr.c, iter.c, getitem.c, method.c,
 * call.c): repr text, iteration, unpacking, subscripts, calls, and CPython 3.11's error texts
 * (each expected text was printed by python3 for the same expression). */
#include <math.h>
#include <sys/wait.h>
#include <unistd.h>

#include "util.h"
#include "value/glue.h"
#include "value/int.h"
#include "value/iter.h"

static int64_t W(const void *p) { return (int64_t)(intptr_t)p; }
#define NONE W(&ai_None)
#define TRUE_ ai_bool_box(true)
#define FALSE_ ai_bool_box(false)

/* repr() text of a result, or the raised exception as "Kind: message". */
static const char *T(int64_t w) {
    static char buf[512];
    if (ctx->pending)
        return raised();
    if (!w)
        return "<empty>";
    ai_str_t *s = ai_obj_repr(ctx, w);
    snprintf(buf, sizeof buf, "%s", s ? s->data : raised());
    return buf;
}

static const char *B(bool r) { return ctx->pending ? raised() : r ? "True" : "False"; }
static const char *OK(void) { return ctx->pending ? raised() : "ok"; }

/* repr text with the object's address cut ("<list_iterator object at 0x...>" -> "<list_iterator object>") */
static const char *T_noaddr(int64_t w) {
    const char *t = T(w);
    static char buf[512];
    snprintf(buf, sizeof buf, "%s", t);
    char *at = strstr(buf, " at 0x");
    if (at)
        strcpy(at, ">");
    return buf;
}

static int64_t L(int64_t n, const int64_t *items) { return ai_list_from(ctx, n, items); }
static int64_t TUP(int64_t n, const int64_t *items) { return ai_tuple_new(ctx, n, items); }
static int64_t STR(const char *p) { return W(S(p)); }
static int64_t BYTES(const char *p) { return ai_bytes_new(ctx, p, (int64_t)strlen(p)); }
static int64_t I(int64_t v) { return ai_small(v); }

static int64_t RANGE(int64_t start, int64_t stop, int64_t step, int64_t len) {
    ai_range_t *r = ai_actor_alloc(ctx, sizeof *r);
    r->header = ai_hdr_new(AI_T_RANGE, sizeof *r);
    r->start = start, r->stop = stop, r->step = step, r->len = len;
    return W(r);
}

static int64_t SLICE(int64_t a, int64_t b, int64_t c) {
    ai_slice_t *s = ai_actor_alloc(ctx, sizeof *s);
    s->header = ai_hdr_new(AI_T_SLICE, sizeof *s);
    s->start = a, s->stop = b, s->step = c;
    return W(s);
}

/* All the items of an iterator, as the repr of a list. */
static const char *ALL(int64_t it) {
    if (!it)
        return raised();
    int64_t l = L(0, NULL);
    for (int64_t x; (x = ai_iter_next(ctx, it));)
        ai_list_push(ctx, (ai_list_t *)(intptr_t)l, x);
    return T(l);
}

static void test_exception_kinds(void) {
    CHECK_STR(ai_exc_kind_name(AI_EXC_KEY), "KeyError");
    CHECK_STR(ai_exc_kind_name(AI_EXC_STOP_ITERATION), "StopIteration");
    CHECK_STR(ai_exc_kind_name(AI_EXC_ATTRIBUTE), "AttributeError");
    CHECK_STR(ai_exc_kind_name(AI_EXC_SYSTEM_EXIT), "SystemExit");
    CHECK_STR(ai_exc_kind_name(AI_EXC_ASSERTION), "AssertionError");
    CHECK_STR(ai_exc_kind_name(AI_EXC_RECURSION), "RecursionError");
    CHECK_STR(ai_exc_kind_name(99), "Exception");
}

static void test_repr(void) {
    int64_t big = ai_int_lshift(ctx, I(1), I(70));
    int64_t items[] = {I(1), STR("a"), ai_float_box(ctx, 0.5), NONE, TRUE_, big};
    int64_t l = L(6, items);
    CHECK_STR(T(l), "[1, 'a', 0.5, None, True, 1180591620717411303424]");
    CHECK_STR(ai_obj_str(ctx, l)->data, "[1, 'a', 0.5, None, True, 1180591620717411303424]");
    int64_t one[] = {STR("x")};
    CHECK_STR(T(TUP(1, one)), "('x',)");
    CHECK_STR(T(TUP(0, NULL)), "()");
    int64_t pair[] = {TUP(1, one), L(0, NULL)};
    CHECK_STR(T(TUP(2, pair)), "(('x',), [])");
    /* l.append(l) */
    int64_t self = L(1, one);
    ai_list_push(ctx, (ai_list_t *)(intptr_t)self, self);
    CHECK_STR(T(self), "['x', [...]]");
    int64_t outer[] = {self, self};
    CHECK_STR(T(L(2, outer)), "[['x', [...]], ['x', [...]]]");
    CHECK_STR(T(SLICE(I(1), I(2), NONE)), "slice(1, 2, None)");
    CHECK_STR(T(SLICE(I(1), I(2), STR("a"))), "slice(1, 2, 'a')");
    /* str() of a container is its repr; str() of a str is itself */
    CHECK_STR(ai_obj_str(ctx, TUP(1, one))->data, "('x',)");
    /* format(): an empty spec is str(); any other spec is refused */
    CHECK_STR(ai_obj_format(ctx, l, S(""))->data, "[1, 'a', 0.5, None, True, 1180591620717411303424]");
    CHECK(ai_obj_format(ctx, TUP(1, one), S(">5")) == NULL);
    CHECK_STR(raised(), "TypeError: unsupported format string passed to tuple.__format__");
    CHECK(ai_obj_format(ctx, l, S("x")) == NULL);
    CHECK_STR(raised(), "TypeError: unsupported format string passed to list.__format__");
}

static void test_repr_depth(void) {
    /* [[[...]]] 5000 deep: RecursionError, and afterwards the guard is clean */
    int64_t x = L(0, NULL);
    for (int i = 0; i < 5000; i++)
        x = L(1, &x);
    CHECK_STR(T(x), "RecursionError: maximum recursion depth exceeded while getting the repr of an object");
    int64_t y = L(0, NULL);
    for (int i = 0; i < 3; i++)
        y = L(1, &y);
    CHECK_STR(T(y), "[[[[]]]]");
    int64_t z = L(0, NULL);
    for (int i = 0; i < 500; i++)
        z = L(1, &z);
    ai_str_t *s = ai_obj_repr(ctx, z);
    CHECK(s && s->nbytes == 1002);
    /* printing a list goes through the same repr */
    CHECK_STR(OK(), "ok");
}

static int64_t double_it(ai_actor_t *c, const int64_t *env, int64_t argc, const int64_t *argv) {
    (void)env;
    if (argc != 1) {
        ai_raise(c, AI_EXC_TYPE, "double_it() takes 1 argument");
        return 0;
    }
    return ai_obj_binop(c, AI_OP_MUL, argv[0], ai_small(2));
}

static int64_t add_env(ai_actor_t *c, const int64_t *env, int64_t argc, const int64_t *argv) {
    int64_t s = env[0];
    for (int64_t i = 0; i < argc; i++)
        s = ai_obj_binop(c, AI_OP_ADD, s, argv[i]);
    return s;
}

static int64_t is_odd(ai_actor_t *c, const int64_t *env, int64_t argc, const int64_t *argv) {
    (void)env, (void)argc;
    return ai_obj_binop(c, AI_OP_MOD, argv[0], ai_small(2));
}

static void test_iteration(void) {
    int64_t items[] = {I(1), I(2), I(3)};
    int64_t l = L(3, items);
    CHECK_STR(ALL(ai_obj_iter(ctx, l)), "[1, 2, 3]");
    CHECK_STR(ALL(ai_obj_iter(ctx, TUP(3, items))), "[1, 2, 3]");
    CHECK_STR(ALL(ai_obj_iter(ctx, STR("aé€"))), "['a', 'é', '€']");
    CHECK_STR(ALL(ai_obj_iter(ctx, BYTES("ab"))), "[97, 98]");
    CHECK_STR(ALL(ai_obj_iter(ctx, RANGE(0, 10, 3, 4))), "[0, 3, 6, 9]");
    CHECK_STR(ALL(ai_obj_iter(ctx, RANGE(5, 0, -2, 3))), "[5, 3, 1]");
    CHECK_STR(ALL(ai_obj_iter(ctx, RANGE(0, 0, 1, 0))), "[]");
    /* an iterator is its own iterator */
    int64_t it = ai_obj_iter(ctx, l);
    CHECK(ai_obj_iter(ctx, it) == it);
    /* a list that grows while iterated: the iterator sees the new items */
    int64_t g = L(1, items);
    int64_t git = ai_obj_iter(ctx, g);
    int64_t first = ai_iter_next(ctx, git);
    ai_list_push(ctx, (ai_list_t *)(intptr_t)g, I(7));
    CHECK_STR(T(first), "1");
    CHECK_STR(T(ai_iter_next(ctx, git)), "7");
    CHECK(ai_iter_next(ctx, git) == 0 && !ctx->pending);
    ai_list_push(ctx, (ai_list_t *)(intptr_t)g, I(8));
    CHECK(ai_iter_next(ctx, git) == 0 && !ctx->pending); /* exhausted for good */
    /* type names */
    CHECK_STR(T_noaddr(ai_obj_iter(ctx, l)), "<list_iterator object>");
    CHECK_STR(T_noaddr(ai_obj_iter(ctx, TUP(0, NULL))), "<tuple_iterator object>");
    CHECK_STR(T_noaddr(ai_obj_iter(ctx, STR("a"))), "<str_ascii_iterator object>");
    CHECK_STR(T_noaddr(ai_obj_iter(ctx, STR("é"))), "<str_iterator object>");
    CHECK_STR(T_noaddr(ai_obj_iter(ctx, BYTES(""))), "<bytes_iterator object>");
    CHECK_STR(T_noaddr(ai_obj_iter(ctx, RANGE(0, 3, 1, 3))), "<range_iterator object>");
    CHECK_STR(ai_word_type_name(ai_iter_reversed(ctx, l)), "list_reverseiterator");
    CHECK_STR(ai_word_type_name(ai_iter_reversed(ctx, TUP(0, NULL))), "reversed");
    CHECK_STR(ai_word_type_name(ai_iter_reversed(ctx, RANGE(0, 3, 1, 3))), "range_iterator");
    CHECK_STR(ai_word_type_name(ai_iter_enumerate(ctx, l, I(0))), "enumerate");
    CHECK_STR(ai_word_type_name(ai_iter_zip(ctx, 0, NULL)), "zip");
    CHECK_STR(ai_word_type_name(ai_iter_filter(ctx, NONE, l)), "filter");
    /* errors */
    CHECK_STR(T(ai_obj_iter(ctx, I(5))), "TypeError: 'int' object is not iterable");
    CHECK_STR(T(ai_iter_next(ctx, I(5))), "TypeError: 'int' object is not an iterator");
    CHECK_STR(T(ai_iter_next(ctx, l)), "TypeError: 'list' object is not an iterator");
    CHECK_STR(T(ai_iter_reversed(ctx, I(5))), "TypeError: 'int' object is not reversible");
    CHECK_STR(T(ai_iter_reversed(ctx, NONE)), "TypeError: 'NoneType' object is not reversible");
    CHECK_STR(T(ai_obj_len(ctx, ai_obj_iter(ctx, l))), "TypeError: object of type 'list_iterator' has no len()");
}

static void test_lazy_builtins(void) {
    int64_t items[] = {I(1), I(2), I(3), I(4)};
    int64_t l = L(4, items);
    int64_t abc = STR("abc");
    /* enumerate */
    CHECK_STR(ALL(ai_iter_enumerate(ctx, abc, I(0))), "[(0, 'a'), (1, 'b'), (2, 'c')]");
    int64_t big = ai_int_from_i64(ctx, AI_SMALL_MAX);
    CHECK_STR(ALL(ai_iter_enumerate(ctx, STR("ab"), big)), "[(4611686018427387903, 'a'), (4611686018427387904, 'b')]");
    CHECK_STR(T(ai_iter_enumerate(ctx, I(3), I(0))), "TypeError: 'int' object is not iterable");
    /* zip stops at the shortest */
    int64_t two[] = {l, abc};
    CHECK_STR(ALL(ai_iter_zip(ctx, 2, two)), "[(1, 'a'), (2, 'b'), (3, 'c')]");
    CHECK_STR(ALL(ai_iter_zip(ctx, 0, NULL)), "[]");
    CHECK_STR(ALL(ai_iter_zip(ctx, 1, &abc)), "[('a',), ('b',), ('c',)]");
    int64_t bad[] = {l, I(1)};
    CHECK_STR(T(ai_iter_zip(ctx, 2, bad)), "TypeError: 'int' object is not iterable");
    /* map with one and with two iterables */
    int64_t dbl = ai_function_new(ctx, double_it, "double_it", 0, NULL);
    CHECK_STR(ALL(ai_iter_map(ctx, dbl, 1, &l)), "[2, 4, 6, 8]");
    CHECK_STR(ALL(ai_iter_map(ctx, dbl, 1, &abc)), "['aa', 'bb', 'cc']");
    int64_t ten = I(10);
    int64_t adder = ai_function_new(ctx, add_env, "<lambda>", 1, &ten);
    int64_t pair[] = {l, RANGE(100, 103, 1, 3)};
    CHECK_STR(ALL(ai_iter_map(ctx, adder, 2, pair)), "[111, 113, 115]");
    /* an error inside the mapped function stops the iteration with it */
    int64_t mixed[] = {I(1), NONE};
    int64_t m = ai_iter_map(ctx, dbl, 1, (int64_t[]){L(2, mixed)});
    CHECK_STR(T(ai_iter_next(ctx, m)), "2");
    CHECK_STR(T(ai_iter_next(ctx, m)), "TypeError: unsupported operand type(s) for *: 'NoneType' and 'int'");
    /* map of a non-callable fails at the first item */
    CHECK_STR(T(ai_iter_next(ctx, ai_iter_map(ctx, I(3), 1, &l))), "TypeError: 'int' object is not callable");
    /* filter */
    int64_t odd = ai_function_new(ctx, is_odd, "is_odd", 0, NULL);
    CHECK_STR(ALL(ai_iter_filter(ctx, odd, l)), "[1, 3]");
    int64_t falsy[] = {I(0), STR(""), NONE, I(5), TUP(0, NULL), STR("x"), FALSE_, TRUE_};
    CHECK_STR(ALL(ai_iter_filter(ctx, NONE, L(8, falsy))), "[5, 'x', True]");
    /* reversed */
    CHECK_STR(ALL(ai_iter_reversed(ctx, l)), "[4, 3, 2, 1]");
    CHECK_STR(ALL(ai_iter_reversed(ctx, TUP(4, items))), "[4, 3, 2, 1]");
    CHECK_STR(ALL(ai_iter_reversed(ctx, STR("aé€z"))), "['z', '€', 'é', 'a']");
    CHECK_STR(ALL(ai_iter_reversed(ctx, STR(""))), "[]");
    CHECK_STR(ALL(ai_iter_reversed(ctx, BYTES("ab"))), "[98, 97]");
    CHECK_STR(ALL(ai_iter_reversed(ctx, RANGE(0, 10, 3, 4))), "[9, 6, 3, 0]");
    CHECK_STR(ALL(ai_iter_reversed(ctx, RANGE(0, 0, 1, 0))), "[]");
    CHECK_STR(ALL(ai_iter_reversed(ctx, L(0, NULL))), "[]");
    /* a list that shrinks under its reverse iterator stops */
    int64_t s = L(4, items);
    int64_t rit = ai_iter_reversed(ctx, s);
    ((ai_list_t *)(intptr_t)s)->n = 2;
    CHECK(ai_iter_next(ctx, rit) == 0 && !ctx->pending);
    /* a big range value */
    CHECK_STR(ALL(ai_obj_iter(ctx, RANGE(AI_SMALL_MAX, INT64_MAX, AI_SMALL_MAX, 2))),
              "[4611686018427387903, 9223372036854775806]");
}

static const char *UNPACK(int64_t x, int64_t before, bool star, int64_t after) {
    int64_t out[8];
    if (!ai_unpack(ctx, x, before, star, after, out))
        return raised();
    int64_t n = before + (star ? 1 : 0) + after;
    return T(TUP(n, out));
}

static void test_unpack(void) {
    int64_t items[] = {I(1), I(2), I(3)};
    int64_t l = L(3, items), t = TUP(3, items);
    CHECK_STR(UNPACK(l, 3, false, 0), "(1, 2, 3)");
    CHECK_STR(UNPACK(t, 3, false, 0), "(1, 2, 3)");
    CHECK_STR(UNPACK(STR("ab"), 2, false, 0), "('a', 'b')");
    CHECK_STR(UNPACK(l, 2, false, 0), "ValueError: too many values to unpack (expected 2)");
    CHECK_STR(UNPACK(L(1, items), 2, false, 0), "ValueError: not enough values to unpack (expected 2, got 1)");
    CHECK_STR(UNPACK(ai_obj_iter(ctx, l), 2, false, 0), "ValueError: too many values to unpack (expected 2)");
    CHECK_STR(UNPACK(STR("a"), 2, false, 0), "ValueError: not enough values to unpack (expected 2, got 1)");
    CHECK_STR(UNPACK(L(1, items), 1, true, 1), "ValueError: not enough values to unpack (expected at least 2, got 1)");
    CHECK_STR(UNPACK(ai_obj_iter(ctx, L(1, items)), 1, true, 1),
              "ValueError: not enough values to unpack (expected at least 2, got 1)");
    CHECK_STR(UNPACK(STR(""), 1, true, 1), "ValueError: not enough values to unpack (expected at least 2, got 0)");
    CHECK_STR(UNPACK(I(5), 2, false, 0), "TypeError: cannot unpack non-iterable int object");
    CHECK_STR(UNPACK(NONE, 1, true, 0), "TypeError: cannot unpack non-iterable NoneType object");
    /* a, *b, c */
    CHECK_STR(UNPACK(l, 1, true, 1), "(1, [2], 3)");
    CHECK_STR(UNPACK(t, 0, true, 0), "([1, 2, 3],)");
    CHECK_STR(UNPACK(l, 2, true, 1), "(1, 2, [], 3)");
    CHECK_STR(UNPACK(STR("abcde"), 1, true, 2), "('a', ['b', 'c'], 'd', 'e')");
    CHECK_STR(UNPACK(RANGE(0, 5, 1, 5), 0, true, 2), "([0, 1, 2], 3, 4)");
    CHECK_STR(UNPACK(BYTES("ab"), 2, false, 0), "(97, 98)");
}

static void test_binop(void) {
    int64_t one[] = {I(1)};
    int64_t l = L(1, one), t = TUP(1, one), b = BYTES("ab");
    CHECK_STR(T(ai_obj_binop(ctx, AI_OP_ADD, l, I(1))), "TypeError: can only concatenate list (not \"int\") to list");
    CHECK_STR(T(ai_obj_binop(ctx, AI_OP_ADD, t, I(1))), "TypeError: can only concatenate tuple (not \"int\") to tuple");
    CHECK_STR(T(ai_obj_binop(ctx, AI_OP_ADD, l, STR("a"))), "TypeError: can only concatenate list (not \"str\") to list");
    CHECK_STR(T(ai_obj_binop(ctx, AI_OP_ADD, l, t)), "TypeError: can only concatenate list (not \"tuple\") to list");
    CHECK_STR(T(ai_obj_binop(ctx, AI_OP_ADD, I(1), l)), "TypeError: unsupported operand type(s) for +: 'int' and 'list'");
    CHECK_STR(T(ai_obj_binop(ctx, AI_OP_SUB, l, l)), "TypeError: unsupported operand type(s) for -: 'list' and 'list'");
    CHECK_STR(T(ai_obj_binop(ctx, AI_OP_AND, l, l)), "TypeError: unsupported operand type(s) for &: 'list' and 'list'");
    CHECK_STR(T(ai_obj_binop(ctx, AI_OP_MUL, l, ai_float_box(ctx, 2.0))),
              "TypeError: can't multiply sequence by non-int of type 'float'");
    CHECK_STR(T(ai_obj_binop(ctx, AI_OP_MUL, ai_float_box(ctx, 2.0), l)),
              "TypeError: can't multiply sequence by non-int of type 'float'");
    CHECK_STR(T(ai_obj_binop(ctx, AI_OP_MUL, l, l)), "TypeError: can't multiply sequence by non-int of type 'list'");
    CHECK_STR(T(ai_obj_binop(ctx, AI_OP_MUL, t, l)), "TypeError: can't multiply sequence by non-int of type 'list'");
    CHECK_STR(T(ai_obj_binop(ctx, AI_OP_MUL, l, STR("a"))), "TypeError: can't multiply sequence by non-int of type 'str'");
    CHECK_STR(T(ai_obj_binop(ctx, AI_OP_MUL, NONE, l)), "TypeError: can't multiply sequence by non-int of type 'NoneType'");
    CHECK_STR(T(ai_obj_binop(ctx, AI_OP_MUL, b, b)), "TypeError: can't multiply sequence by non-int of type 'bytes'");
    CHECK_STR(T(ai_obj_binop(ctx, AI_OP_MUL, l, ai_int_lshift(ctx, I(1), I(70)))),
              "OverflowError: cannot fit 'int' into an index-sized integer");
    CHECK_STR(T(ai_obj_binop(ctx, AI_OP_ADD, b, I(1))), "TypeError: can't concat int to bytes");
    CHECK_STR(T(ai_obj_binop(ctx, AI_OP_ADD, b, STR("a"))), "TypeError: can't concat str to bytes");
    CHECK_STR(T(ai_obj_binop(ctx, AI_OP_ADD, I(1), b)), "TypeError: unsupported operand type(s) for +: 'int' and 'bytes'");
    CHECK_STR(T(ai_obj_binop(ctx, AI_OP_MUL, RANGE(0, 3, 1, 3), I(2))),
              "TypeError: unsupported operand type(s) for *: 'range' and 'int'");
    CHECK_STR(T(ai_obj_binop(ctx, AI_OP_MATMUL, l, I(2))), "TypeError: unsupported operand type(s) for @: 'list' and 'int'");
    CHECK_STR(T(ai_obj_binop(ctx, AI_OP_POW, l, I(2))),
              "TypeError: unsupported operand type(s) for ** or pow(): 'list' and 'int'");
    /* in place: the messages name the augmented operator */
    CHECK_STR(T(ai_obj_inplace(ctx, AI_OP_SUB, l, l)), "TypeError: unsupported operand type(s) for -=: 'list' and 'list'");
    CHECK_STR(T(ai_obj_inplace(ctx, AI_OP_OR, l, I(5))), "TypeError: unsupported operand type(s) for |=: 'list' and 'int'");
    CHECK_STR(T(ai_obj_inplace(ctx, AI_OP_POW, l, I(2))), "TypeError: unsupported operand type(s) for **=: 'list' and 'int'");
    CHECK_STR(T(ai_obj_inplace(ctx, AI_OP_MATMUL, l, I(2))), "TypeError: unsupported operand type(s) for @=: 'list' and 'int'");
    CHECK_STR(T(ai_obj_inplace(ctx, AI_OP_ADD, I(1), STR("a"))), "TypeError: unsupported operand type(s) for +=: 'int' and 'str'");
    CHECK_STR(T(ai_obj_inplace(ctx, AI_OP_LSHIFT, I(1), l)), "TypeError: unsupported operand type(s) for <<=: 'int' and 'list'");
    CHECK_STR(T(ai_obj_inplace(ctx, AI_OP_ADD, t, l)), "TypeError: can only concatenate tuple (not \"list\") to tuple");
    CHECK_STR(T(ai_obj_inplace(ctx, AI_OP_ADD, I(1), I(2))), "3");
    CHECK_STR(T(ai_obj_inplace(ctx, AI_OP_ADD, STR("a"), STR("b"))), "'ab'");
    /* and afterwards a plain binop names the plain operator again */
    CHECK_STR(T(ai_obj_binop(ctx, AI_OP_SUB, l, l)), "TypeError: unsupported operand type(s) for -: 'list' and 'list'");
}

static void test_compare(void) {
    int64_t one[] = {I(1)};
    int64_t l = L(1, one), t = TUP(1, one);
    CHECK_STR(B(ai_obj_compare(ctx, AI_CMP_LT, l, I(1))), "TypeError: '<' not supported between instances of 'list' and 'int'");
    CHECK_STR(B(ai_obj_compare(ctx, AI_CMP_GE, l, t)), "TypeError: '>=' not supported between instances of 'list' and 'tuple'");
    CHECK_STR(B(ai_obj_compare(ctx, AI_CMP_LT, RANGE(0, 1, 1, 1), RANGE(0, 2, 1, 2))),
              "TypeError: '<' not supported between instances of 'range' and 'range'");
    CHECK_STR(B(ai_obj_compare(ctx, AI_CMP_EQ, l, t)), "False");
    CHECK_STR(B(ai_obj_compare(ctx, AI_CMP_NE, l, t)), "True");
    CHECK_STR(B(ai_obj_compare(ctx, AI_CMP_EQ, l, I(1))), "False");
    int64_t it = ai_obj_iter(ctx, l);
    CHECK_STR(B(ai_obj_compare(ctx, AI_CMP_EQ, it, ai_obj_iter(ctx, l))), "False");
    CHECK_STR(B(ai_obj_compare(ctx, AI_CMP_EQ, it, it)), "True");
    CHECK_STR(B(ai_obj_compare(ctx, AI_CMP_LT, BYTES("a"), STR("b"))),
              "TypeError: '<' not supported between instances of 'bytes' and 'str'");
    /* ai_obj_eq: identity first (a NaN equals itself in a container) */
    int64_t nan = ai_float_box(ctx, NAN);
    CHECK(ai_obj_eq(ctx, nan, nan));
    CHECK(!ai_obj_eq(ctx, nan, ai_float_box(ctx, NAN)));
    CHECK(ai_obj_eq(ctx, I(1), ai_float_box(ctx, 1.0)));
    CHECK(ai_obj_eq(ctx, ai_bool_box(true), I(1)));
    CHECK(!ai_obj_eq(ctx, I(1), I(2)));
    CHECK(ai_obj_eq(ctx, STR("ab"), STR("ab")));
    CHECK(!ai_obj_eq(ctx, STR("ab"), I(2)) && !ctx->pending);
}

static void test_subscripts(void) {
    int64_t one[] = {I(1)};
    int64_t t = TUP(1, one);
    CHECK_STR(T(ai_obj_getitem(ctx, I(5), I(0))), "TypeError: 'int' object is not subscriptable");
    CHECK_STR(T(ai_obj_getitem(ctx, NONE, I(0))), "TypeError: 'NoneType' object is not subscriptable");
    CHECK_STR(T(ai_obj_getitem(ctx, ai_obj_iter(ctx, t), I(0))), "TypeError: 'tuple_iterator' object is not subscriptable");
    ai_obj_setitem(ctx, t, I(0), I(2));
    CHECK_STR(OK(), "TypeError: 'tuple' object does not support item assignment");
    ai_obj_setitem(ctx, STR("a"), I(0), STR("b"));
    CHECK_STR(OK(), "TypeError: 'str' object does not support item assignment");
    ai_obj_setitem(ctx, RANGE(0, 3, 1, 3), I(0), I(1));
    CHECK_STR(OK(), "TypeError: 'range' object does not support item assignment");
    ai_obj_setitem(ctx, I(5), I(0), I(1));
    CHECK_STR(OK(), "TypeError: 'int' object does not support item assignment");
    ai_obj_delitem(ctx, t, I(0));
    CHECK_STR(OK(), "TypeError: 'tuple' object doesn't support item deletion");
    ai_obj_delitem(ctx, STR("a"), I(0));
    CHECK_STR(OK(), "TypeError: 'str' object doesn't support item deletion");
    ai_obj_delitem(ctx, I(5), I(0));
    CHECK_STR(OK(), "TypeError: 'int' object doesn't support item deletion");
    /* membership */
    CHECK_STR(B(ai_obj_contains(ctx, I(5), I(5))), "TypeError: argument of type 'int' is not iterable");
    CHECK_STR(B(ai_obj_contains(ctx, NONE, I(5))), "TypeError: argument of type 'NoneType' is not iterable");
    int64_t b = BYTES("abc");
    CHECK_STR(B(ai_obj_contains(ctx, b, I(97))), "True");
    CHECK_STR(B(ai_obj_contains(ctx, b, I(100))), "False");
    CHECK_STR(B(ai_obj_contains(ctx, b, TRUE_)), "False");
    CHECK_STR(B(ai_obj_contains(ctx, b, I(300))), "ValueError: byte must be in range(0, 256)");
    CHECK_STR(B(ai_obj_contains(ctx, b, I(-1))), "ValueError: byte must be in range(0, 256)");
    CHECK_STR(B(ai_obj_contains(ctx, b, STR("a"))), "TypeError: a bytes-like object is required, not 'str'");
    CHECK_STR(B(ai_obj_contains(ctx, b, BYTES("bc"))), "True");
    CHECK_STR(B(ai_obj_contains(ctx, b, BYTES("ac"))), "False");
    CHECK_STR(B(ai_obj_contains(ctx, b, BYTES(""))), "True");
    CHECK_STR(B(ai_obj_contains(ctx, b, BYTES("abcd"))), "False");
    CHECK_STR(B(ai_obj_contains(ctx, BYTES("aab"), BYTES("ab"))), "True");
    /* `in` an iterator consumes it up to the match */
    int64_t items[] = {I(1), I(2), I(3)};
    int64_t it = ai_obj_iter(ctx, L(3, items));
    CHECK_STR(B(ai_obj_contains(ctx, it, I(2))), "True");
    CHECK_STR(T(ai_iter_next(ctx, it)), "3");
    CHECK_STR(B(ai_obj_contains(ctx, it, I(1))), "False");
    /* len and truth */
    CHECK_STR(T(ai_obj_len(ctx, t)), "1");
    CHECK_STR(T(ai_obj_len(ctx, b)), "3");
    CHECK_STR(T(ai_obj_len(ctx, STR("aé"))), "2");
    CHECK_STR(T(ai_obj_len(ctx, RANGE(0, 10, 3, 4))), "4");
    CHECK_STR(T(ai_obj_len(ctx, I(5))), "TypeError: object of type 'int' has no len()");
    CHECK(!ai_obj_truth(ctx, TUP(0, NULL)) && ai_obj_truth(ctx, t));
    CHECK(!ai_obj_truth(ctx, BYTES("")) && ai_obj_truth(ctx, b));
    CHECK(!ai_obj_truth(ctx, RANGE(0, 0, 1, 0)) && ai_obj_truth(ctx, RANGE(0, 1, 1, 1)));
    CHECK(ai_obj_truth(ctx, ai_obj_iter(ctx, t)) && ai_obj_truth(ctx, SLICE(NONE, NONE, NONE)));
}

static void test_attributes(void) {
    CHECK_STR(T(ai_obj_getattr(ctx, TRUE_, "real")), "1");
    CHECK_STR(T(ai_obj_getattr(ctx, TRUE_, "denominator")), "1");
    CHECK_STR(T(ai_obj_getattr(ctx, I(5), "numerator")), "5");
    CHECK_STR(T(ai_obj_getattr(ctx, I(5), "imag")), "0");
    CHECK_STR(T(ai_obj_getattr(ctx, ai_float_box(ctx, 1.5), "imag")), "0.0");
    CHECK_STR(T(ai_obj_getattr(ctx, ai_float_box(ctx, 1.5), "real")), "1.5");
    CHECK_STR(T(ai_obj_getattr(ctx, RANGE(1, 5, 2, 2), "step")), "2");
    CHECK_STR(T(ai_obj_getattr(ctx, RANGE(1, 5, 2, 2), "stop")), "5");
    CHECK_STR(T(ai_obj_getattr(ctx, SLICE(NONE, I(1), NONE), "start")), "None");
    CHECK_STR(T(ai_obj_getattr(ctx, SLICE(NONE, I(1), NONE), "stop")), "1");
    CHECK_STR(T(ai_obj_getattr(ctx, I(5), "foo")), "AttributeError: 'int' object has no attribute 'foo'");
    CHECK_STR(T(ai_obj_getattr(ctx, ai_float_box(ctx, 1.5), "numerator")),
              "AttributeError: 'float' object has no attribute 'numerator'");
    int64_t one[] = {I(1)};
    CHECK_STR(T(ai_obj_getattr(ctx, TUP(1, one), "x")), "AttributeError: 'tuple' object has no attribute 'x'");
}

static void test_methods_and_calls(void) {
    int64_t l = L(0, NULL);
    CHECK_STR(T(ai_obj_method(ctx, l, AI_M_split, 0, NULL)), "AttributeError: 'list' object has no attribute 'split'");
    CHECK_STR(T(ai_obj_method(ctx, I(1), AI_M_is_integer, 0, NULL)),
              "AttributeError: 'int' object has no attribute 'is_integer'");
    CHECK_STR(T(ai_obj_method(ctx, TRUE_, AI_M_append, 0, NULL)), "AttributeError: 'bool' object has no attribute 'append'");
    CHECK_STR(T(ai_obj_method(ctx, STR("a"), AI_M_decode, 0, NULL)), "AttributeError: 'str' object has no attribute 'decode'");
    CHECK_STR(T(ai_obj_method(ctx, BYTES("a"), AI_M_format, 0, NULL)),
              "AttributeError: 'bytes' object has no attribute 'format'");
    CHECK_STR(T(ai_obj_method(ctx, NONE, AI_M_copy, 0, NULL)), "AttributeError: 'NoneType' object has no attribute 'copy'");
    int64_t one[] = {I(1)};
    CHECK_STR(T(ai_obj_method(ctx, TUP(1, one), AI_M_append, 1, one)),
              "AttributeError: 'tuple' object has no attribute 'append'");
    CHECK_STR(T(ai_obj_method(ctx, RANGE(0, 1, 1, 1), AI_M_copy, 0, NULL)),
              "AttributeError: 'range' object has no attribute 'copy'");
    CHECK_STR(T(ai_obj_method(ctx, ai_float_box(ctx, 1.0), AI_M_bit_length, 0, NULL)),
              "AttributeError: 'float' object has no attribute 'bit_length'");
    CHECK_STR(ai_method_name(AI_M_append), "append");
    CHECK_STR(ai_method_name(AI_M_as_integer_ratio), "as_integer_ratio");
    CHECK_STR(ai_method_name(AI_M_split | AI_M_KW), "split");
    CHECK(ai_type_has_method(AI_T_LIST, AI_M_sort) && !ai_type_has_method(AI_T_TUPLE, AI_M_sort));
    CHECK(ai_type_has_method(AI_T_FROZENSET, AI_M_union) && !ai_type_has_method(AI_T_FROZENSET, AI_M_add));
    CHECK(ai_type_has_method(AI_T_FLOAT, AI_M_is_integer) && !ai_type_has_method(AI_T_DICT_KEYS, AI_M_isdisjoint));
    /* unbound methods */
    int64_t lower = ai_method_fn(ctx, AI_T_STR, AI_M_lower);
    CHECK_STR(T(lower), "<method 'lower' of 'str' objects>");
    CHECK_STR(ai_word_type_name(lower), "method_descriptor");
    CHECK_STR(T(ai_call(ctx, lower, 1, one)), "TypeError: descriptor 'lower' for 'str' objects doesn't apply to a 'int' object");
    CHECK_STR(T(ai_call(ctx, lower, 0, NULL)), "TypeError: unbound method str.lower() needs an argument");
    int64_t app = ai_method_fn(ctx, AI_T_LIST, AI_M_append);
    int64_t args[] = {I(1), I(2)};
    CHECK_STR(T(ai_call(ctx, app, 2, args)), "TypeError: descriptor 'append' for 'list' objects doesn't apply to a 'int' object");
    CHECK_STR(T(ai_method_fn(ctx, AI_T_STR, AI_M_append)), "AttributeError: type object 'str' has no attribute 'append'");
    CHECK_STR(T(ai_method_fn(ctx, AI_T_INT, AI_M_bit_length)), "<method 'bit_length' of 'int' objects>");
    /* function objects */
    int64_t ten = I(10);
    int64_t f = ai_function_new(ctx, add_env, "f", 1, &ten);
    CHECK_STR(T(ai_call(ctx, f, 2, args)), "13");
    CHECK_STR(T(ai_call(ctx, f, 0, NULL)), "10");
    CHECK_STR(T_noaddr(f), "<function f>");
    CHECK_STR(ai_word_type_name(f), "function");
    CHECK_STR(T(ai_call(ctx, I(5), 0, NULL)), "TypeError: 'int' object is not callable");
    CHECK_STR(T(ai_call(ctx, l, 0, NULL)), "TypeError: 'list' object is not callable");
    CHECK_STR(T(ai_call(ctx, NONE, 0, NULL)), "TypeError: 'NoneType' object is not callable");
    int64_t len = ai_builtin_fn(ctx, AI_B_len);
    CHECK_STR(ai_word_type_name(len), "builtin_function_or_method");
    CHECK(ai_obj_hash(ctx, f) == ai_obj_hash(ctx, f) && !ctx->pending);
}

static void test_hash(void) {
    int64_t one[] = {I(1)};
    CHECK_STR(T(ai_obj_hash(ctx, L(1, one))), "TypeError: unhashable type: 'list'");
    CHECK_STR(T(ai_obj_hash(ctx, SLICE(I(1), I(2), NONE))), "TypeError: unhashable type: 'slice'");
    CHECK(ai_obj_hash(ctx, BYTES("ab")) == ai_obj_hash(ctx, BYTES("ab")));
    CHECK(ai_obj_hash(ctx, BYTES("ab")) != ai_obj_hash(ctx, BYTES("ba")));
    int64_t it = ai_obj_iter(ctx, L(1, one));
    CHECK(ai_obj_hash(ctx, it) >= 0 && !ctx->pending);
}

static int64_t DICT(int64_t n, const int64_t *kv) { return ai_dict_from(ctx, n, kv); }
static int64_t SET(int64_t n, const int64_t *items) { return ai_set_from(ctx, n, items); }
static int64_t FSET(int64_t n, const int64_t *items) {
    int64_t f = ai_set_new_empty(ctx, AI_T_FROZENSET);
    for (int64_t i = 0; i < n; i++)
        ai_set_insert(ctx, (ai_set_t *)(intptr_t)f, items[i]);
    return f;
}
static int64_t VIEW(int64_t d, int32_t mid) { return ai_dict_method(ctx, (ai_dict_t *)(intptr_t)d, mid, 0, NULL); }
static int64_t BIN(int32_t op, int64_t a, int64_t b) { return ai_obj_binop(ctx, op, a, b); }
static const char *CMP(int32_t op, int64_t a, int64_t b) { return B(ai_obj_compare(ctx, op, a, b)); }

static void test_containers(void) {
    int64_t two[] = {I(2)};
    int64_t kv[] = {STR("a"), I(1), STR("b"), L(1, two)};
    int64_t d = DICT(2, kv);
    int64_t s3[] = {I(3), I(1), I(2)}, s12[] = {I(1), I(2)}, s23[] = {I(2), I(3)};
    int64_t s = SET(3, s3), f = FSET(2, s12);
    CHECK_STR(T(d), "{'a': 1, 'b': [2]}");
    CHECK_STR(ai_obj_str(ctx, d)->data, "{'a': 1, 'b': [2]}");
    CHECK_STR(T(s), "{1, 2, 3}");
    CHECK_STR(T(f), "frozenset({1, 2})");
    CHECK_STR(T(FSET(0, NULL)), "frozenset()");
    CHECK_STR(T(SET(0, NULL)), "set()");
    CHECK_STR(T(VIEW(d, AI_M_keys)), "dict_keys(['a', 'b'])");
    CHECK_STR(T(VIEW(d, AI_M_values)), "dict_values([1, [2]])");
    CHECK_STR(T(VIEW(d, AI_M_items)), "dict_items([('a', 1), ('b', [2])])");
    CHECK_STR(T(ai_range_new(ctx, I(0), I(10), I(2))), "range(0, 10, 2)");
    CHECK_STR(T(BYTES("a'\n")), "b\"a'\\n\"");
    int64_t nested_kv[] = {STR("y"), TUP(0, NULL)}, outer_kv[] = {STR("x"), DICT(1, nested_kv)};
    CHECK_STR(T(DICT(1, outer_kv)), "{'x': {'y': ()}}");
    /* operators */
    int64_t kv12[] = {I(1), I(2)}, kv1345[] = {I(1), I(3), I(4), I(5)};
    CHECK_STR(T(BIN(AI_OP_OR, DICT(1, kv12), DICT(2, kv1345))), "{1: 3, 4: 5}");
    CHECK_STR(T(BIN(AI_OP_OR, d, I(1))), "TypeError: unsupported operand type(s) for |: 'dict' and 'int'");
    CHECK_STR(T(BIN(AI_OP_OR, SET(2, s12), SET(2, s23))), "{1, 2, 3}");
    CHECK_STR(T(BIN(AI_OP_AND, SET(2, s12), SET(2, s23))), "{2}");
    CHECK_STR(T(BIN(AI_OP_SUB, SET(2, s12), SET(2, s23))), "{1}");
    CHECK_STR(T(BIN(AI_OP_XOR, SET(2, s12), SET(2, s23))), "{1, 3}");
    int64_t five[] = {I(5)};
    CHECK_STR(T(BIN(AI_OP_OR, f, SET(1, five))), "frozenset({1, 2, 5})");
    CHECK_STR(T(BIN(AI_OP_OR, SET(1, five), f)), "{1, 2, 5}");
    int64_t three[] = {I(3)}, one[] = {I(1)};
    CHECK_STR(T(BIN(AI_OP_OR, VIEW(DICT(1, kv12), AI_M_keys), L(1, three))), "{1, 3}");
    CHECK_STR(T(BIN(AI_OP_AND, VIEW(DICT(1, kv12), AI_M_keys), SET(1, one))), "{1}");
    CHECK_STR(T(BIN(AI_OP_SUB, VIEW(DICT(1, kv12), AI_M_items), SET(1, (int64_t[]){TUP(2, kv12)}))), "set()");
    CHECK_STR(T(BIN(AI_OP_OR, SET(1, one), L(1, one))), "TypeError: unsupported operand type(s) for |: 'set' and 'list'");
    CHECK_STR(T(BIN(AI_OP_ADD, SET(1, one), SET(1, one))), "TypeError: unsupported operand type(s) for +: 'set' and 'set'");
    CHECK_STR(T(BIN(AI_OP_MUL, SET(1, one), I(2))), "TypeError: unsupported operand type(s) for *: 'set' and 'int'");
    int64_t l12 = L(2, s12), t1[] = {I(1)}, t2[] = {I(2)};
    CHECK_STR(T(BIN(AI_OP_ADD, l12, L(1, three))), "[1, 2, 3]");
    CHECK_STR(T(BIN(AI_OP_ADD, TUP(1, t1), TUP(1, t2))), "(1, 2)");
    CHECK_STR(T(BIN(AI_OP_MUL, L(1, one), I(3))), "[1, 1, 1]");
    CHECK_STR(T(BIN(AI_OP_MUL, I(3), TUP(1, one))), "(1, 1, 1)");
    CHECK_STR(T(BIN(AI_OP_MUL, L(1, one), I(-1))), "[]");
    CHECK_STR(T(BIN(AI_OP_MUL, l12, TRUE_)), "[1, 2]");
    CHECK_STR(T(BIN(AI_OP_MUL, BYTES("ab"), I(2))), "b'abab'");
    CHECK_STR(T(BIN(AI_OP_MUL, I(2), BYTES("ab"))), "b'abab'");
    CHECK_STR(T(BIN(AI_OP_MUL, BYTES("a"), I(0))), "b''");
    CHECK_STR(T(BIN(AI_OP_ADD, BYTES("a"), BYTES("b"))), "b'ab'");
    int64_t fa[] = {STR("a"), I(1)};
    CHECK_STR(T(BIN(AI_OP_MOD, STR("%s-%d"), TUP(2, fa))), "'a-1'");
    CHECK_STR(T(BIN(AI_OP_MOD, STR("%d"), STR("x"))), "TypeError: %d format: a real number is required, not str");
    /* comparisons */
    int64_t l13[] = {I(1), I(3)};
    CHECK_STR(CMP(AI_CMP_LT, l12, L(2, l13)), "True");
    CHECK_STR(CMP(AI_CMP_LT, TUP(2, s12), TUP(1, one)), "False");
    CHECK_STR(CMP(AI_CMP_EQ, DICT(1, kv12), DICT(1, kv12)), "True");
    CHECK_STR(CMP(AI_CMP_NE, DICT(1, kv12), DICT(1, (int64_t[]){I(1), I(3)})), "True");
    CHECK_STR(CMP(AI_CMP_LT, DICT(1, kv12), DICT(1, kv12)), "TypeError: '<' not supported between instances of 'dict' and 'dict'");
    CHECK_STR(CMP(AI_CMP_LT, SET(1, one), SET(2, s12)), "True");
    CHECK_STR(CMP(AI_CMP_EQ, FSET(1, one), SET(1, one)), "True");
    CHECK_STR(CMP(AI_CMP_EQ, VIEW(DICT(1, kv12), AI_M_keys), SET(1, one)), "True");
    CHECK_STR(CMP(AI_CMP_EQ, VIEW(DICT(1, kv12), AI_M_items), SET(1, (int64_t[]){TUP(2, kv12)})), "True");
    CHECK_STR(CMP(AI_CMP_LT, VIEW(DICT(1, kv12), AI_M_keys), SET(2, s12)), "True");
    int64_t dv = DICT(1, kv12);
    CHECK_STR(CMP(AI_CMP_EQ, VIEW(dv, AI_M_values), VIEW(dv, AI_M_values)), "False");
    CHECK_STR(CMP(AI_CMP_EQ, ai_range_new(ctx, I(0), I(0), I(1)), ai_range_new(ctx, I(2), I(2), I(1))), "True");
    CHECK_STR(CMP(AI_CMP_EQ, ai_range_new(ctx, I(0), I(3), I(1)), ai_range_new(ctx, I(0), I(3), I(1))), "True");
    CHECK_STR(CMP(AI_CMP_LT, BYTES("a"), BYTES("b")), "True");
    CHECK_STR(CMP(AI_CMP_EQ, BYTES("ab"), BYTES("ab")), "True");
    CHECK_STR(CMP(AI_CMP_EQ, L(1, one), TUP(1, one)), "False");
    /* hashes: tuple as CPython, range as the tuple (len, start, step), frozenset by content */
    CHECK(ai_obj_hash(ctx, TUP(2, s12)) == -3550055125485641917LL);
    int64_t r3[] = {I(3), I(0), I(1)};
    CHECK(ai_obj_hash(ctx, ai_range_new(ctx, I(0), I(3), I(1))) == ai_obj_hash(ctx, TUP(3, r3)));
    int64_t s21[] = {I(2), I(1)};
    CHECK(ai_obj_hash(ctx, FSET(2, s12)) == ai_obj_hash(ctx, FSET(2, s21)));
    CHECK_STR(T(ai_obj_hash(ctx, d)), "TypeError: unhashable type: 'dict'");
    CHECK_STR(T(ai_obj_hash(ctx, s)), "TypeError: unhashable type: 'set'");
    CHECK_STR(T(ai_obj_hash(ctx, VIEW(d, AI_M_keys))), "TypeError: unhashable type: 'dict_keys'");
    CHECK_STR(T(ai_obj_hash(ctx, VIEW(d, AI_M_items))), "TypeError: unhashable type: 'dict_items'");
    CHECK(ai_obj_hash(ctx, VIEW(d, AI_M_values)) >= 0 && !ctx->pending);
    CHECK_STR(T(ai_obj_hash(ctx, TUP(1, (int64_t[]){l12}))), "TypeError: unhashable type: 'list'");
    /* subscripts and membership */
    CHECK_STR(T(ai_obj_getitem(ctx, l12, I(1))), "2");
    CHECK_STR(T(ai_obj_getitem(ctx, TUP(2, s12), I(-1))), "2");
    CHECK_STR(T(ai_obj_getitem(ctx, STR("abc"), I(1))), "'b'");
    CHECK_STR(T(ai_obj_getitem(ctx, BYTES("abc"), I(0))), "97");
    CHECK_STR(T(ai_obj_getitem(ctx, ai_range_new(ctx, I(0), I(10), I(1)), I(3))), "3");
    CHECK_STR(T(ai_obj_getitem(ctx, l12, ai_slice_new(ctx, I(1), NONE, NONE))), "[2]");
    CHECK_STR(T(ai_obj_getitem(ctx, d, STR("a"))), "1");
    CHECK_STR(T(ai_obj_getitem(ctx, d, STR("z"))), "KeyError: 'z'");
    CHECK_STR(T(ai_obj_getitem(ctx, d, l12)), "TypeError: unhashable type: 'list'");
    CHECK_STR(T(ai_obj_getitem(ctx, VIEW(d, AI_M_keys), I(0))), "TypeError: 'dict_keys' object is not subscriptable");
    CHECK_STR(T(ai_obj_getitem(ctx, s, I(0))), "TypeError: 'set' object is not subscriptable");
    int64_t m = L(2, s12);
    ai_obj_setitem(ctx, m, I(0), STR("x"));
    ai_obj_setitem(ctx, d, STR("c"), I(3));
    CHECK_STR(T(m), "['x', 2]");
    ai_obj_delitem(ctx, m, I(0));
    CHECK_STR(T(m), "[2]");
    ai_obj_delitem(ctx, d, STR("c"));
    CHECK_STR(T(d), "{'a': 1, 'b': [2]}");
    ai_obj_delitem(ctx, d, STR("c"));
    CHECK_STR(OK(), "KeyError: 'c'");
    ai_obj_setitem(ctx, d, l12, I(1));
    CHECK_STR(OK(), "TypeError: unhashable type: 'list'");
    CHECK_STR(B(ai_obj_contains(ctx, l12, I(2))), "True");
    CHECK_STR(B(ai_obj_contains(ctx, TUP(2, s12), I(3))), "False");
    CHECK_STR(B(ai_obj_contains(ctx, STR("abc"), STR("b"))), "True");
    CHECK_STR(B(ai_obj_contains(ctx, STR("abc"), I(1))), "TypeError: 'in <string>' requires string as left operand, not int");
    CHECK_STR(B(ai_obj_contains(ctx, ai_range_new(ctx, I(0), I(3), I(1)), I(2))), "True");
    CHECK_STR(B(ai_obj_contains(ctx, d, STR("a"))), "True");
    CHECK_STR(B(ai_obj_contains(ctx, VIEW(d, AI_M_keys), STR("a"))), "True");
    CHECK_STR(B(ai_obj_contains(ctx, VIEW(d, AI_M_values), I(1))), "True");
    int64_t a1[] = {STR("a"), I(1)};
    CHECK_STR(B(ai_obj_contains(ctx, VIEW(d, AI_M_items), TUP(2, a1))), "True");
    CHECK_STR(B(ai_obj_contains(ctx, s, I(1))), "True");
    CHECK_STR(B(ai_obj_contains(ctx, f, I(1))), "True");
    CHECK_STR(B(ai_obj_contains(ctx, s, l12)), "TypeError: unhashable type: 'list'");
    /* len and truth */
    CHECK_STR(T(ai_obj_len(ctx, d)), "2");
    CHECK_STR(T(ai_obj_len(ctx, s)), "3");
    CHECK_STR(T(ai_obj_len(ctx, VIEW(d, AI_M_keys))), "2");
    CHECK_STR(T(ai_obj_len(ctx, f)), "2");
    CHECK(!ai_obj_truth(ctx, DICT(0, NULL)) && !ai_obj_truth(ctx, SET(0, NULL)) && ai_obj_truth(ctx, d));
    CHECK(!ai_obj_truth(ctx, VIEW(DICT(0, NULL), AI_M_keys)) && ai_obj_truth(ctx, VIEW(d, AI_M_values)));
    /* methods reach the type's own function */
    CHECK_STR(T(ai_obj_method(ctx, L(2, (int64_t[]){I(1), I(1)}), AI_M_count, 1, one)), "2");
    CHECK_STR(T(ai_obj_method(ctx, d, AI_M_get, 1, (int64_t[]){STR("a")})), "1");
    CHECK_STR(T(ai_obj_method(ctx, s, AI_M_split, 0, NULL)), "AttributeError: 'set' object has no attribute 'split'");
    CHECK_STR(T(ai_obj_method(ctx, d, AI_M_add, 0, NULL)), "AttributeError: 'dict' object has no attribute 'add'");
    CHECK_STR(T(ai_obj_method(ctx, VIEW(d, AI_M_keys), AI_M_isdisjoint, 1, &s)),
              "AttributeError: 'dict_keys' object has no attribute 'isdisjoint'");
    int64_t up = ai_method_fn(ctx, AI_T_STR, AI_M_upper);
    CHECK_STR(T(ai_call(ctx, up, 1, (int64_t[]){STR("ab")})), "'AB'");
    CHECK_STR(T(ai_call(ctx, ai_method_fn(ctx, AI_T_INT, AI_M_bit_length), 1, (int64_t[]){TRUE_})), "1");
    CHECK_STR(T(ai_call(ctx, ai_builtin_fn(ctx, AI_B_len), 1, &d)), "2");
    CHECK_STR(T(ai_builtin_fn(ctx, AI_B_len)), "<built-in function len>");
    CHECK_STR(T(ai_builtin_fn(ctx, AI_B_math_sqrt)), "<built-in function sqrt>");
}

static void test_in_place(void) {
    int64_t s12[] = {I(1), I(2)}, three[] = {I(3)};
    int64_t l = L(2, s12);
    CHECK(ai_obj_inplace(ctx, AI_OP_ADD, l, TUP(1, three)) == l);
    CHECK(ai_obj_inplace(ctx, AI_OP_ADD, l, STR("ab")) == l);
    CHECK_STR(T(l), "[1, 2, 3, 'a', 'b']");
    CHECK(ai_obj_inplace(ctx, AI_OP_MUL, l, I(2)) == l);
    CHECK_STR(T(l), "[1, 2, 3, 'a', 'b', 1, 2, 3, 'a', 'b']");
    CHECK(ai_obj_inplace(ctx, AI_OP_MUL, l, I(0)) == l);
    CHECK_STR(T(l), "[]");
    CHECK_STR(T(ai_obj_inplace(ctx, AI_OP_ADD, l, I(5))), "TypeError: 'int' object is not iterable");
    CHECK_STR(T(ai_obj_inplace(ctx, AI_OP_MUL, l, ai_float_box(ctx, 1.0))),
              "TypeError: can't multiply sequence by non-int of type 'float'");
    int64_t s123[] = {I(1), I(2), I(3)}, four[] = {I(4)}, s2349[] = {I(2), I(3), I(4), I(9)}, s72[] = {I(7), I(2)};
    int64_t s = SET(3, s123);
    CHECK(ai_obj_inplace(ctx, AI_OP_OR, s, SET(1, four)) == s);
    CHECK(ai_obj_inplace(ctx, AI_OP_AND, s, SET(4, s2349)) == s);
    CHECK(ai_obj_inplace(ctx, AI_OP_SUB, s, FSET(1, three)) == s);
    CHECK(ai_obj_inplace(ctx, AI_OP_XOR, s, SET(2, s72)) == s);
    CHECK_STR(T(s), "{4, 7}");
    CHECK_STR(T(ai_obj_inplace(ctx, AI_OP_OR, s, L(1, four))), "TypeError: unsupported operand type(s) for |=: 'set' and 'list'");
    CHECK_STR(T(ai_obj_inplace(ctx, AI_OP_ADD, s, I(1))), "TypeError: unsupported operand type(s) for +=: 'set' and 'int'");
    int64_t f = FSET(1, s12);
    int64_t g = ai_obj_inplace(ctx, AI_OP_OR, f, SET(1, s12 + 1));
    CHECK(g != f);
    CHECK_STR(T(g), "frozenset({1, 2})");
    CHECK_STR(T(f), "frozenset({1})");
    int64_t kv12[] = {I(1), I(2)}, kv34[] = {I(3), I(4)}, kv56[] = {I(5), I(6)};
    int64_t d = DICT(1, kv12);
    CHECK(ai_obj_inplace(ctx, AI_OP_OR, d, DICT(1, kv34)) == d);
    CHECK(ai_obj_inplace(ctx, AI_OP_OR, d, L(1, (int64_t[]){TUP(2, kv56)})) == d);
    CHECK_STR(T(d), "{1: 2, 3: 4, 5: 6}");
    CHECK_STR(T(ai_obj_inplace(ctx, AI_OP_OR, d, I(5))), "TypeError: 'int' object is not iterable");
    int64_t t = TUP(1, three);
    int64_t t2 = ai_obj_inplace(ctx, AI_OP_ADD, t, TUP(1, four));
    CHECK(t2 != t);
    CHECK_STR(T(t2), "(3, 4)");
}

static void test_changed_size(void) {
    int64_t kv12[] = {I(1), I(2)};
    int64_t d = DICT(1, kv12);
    int64_t it = ai_obj_iter(ctx, d);
    CHECK_STR(T(ai_iter_next(ctx, it)), "1");
    ai_dict_setitem(ctx, d, I(5), I(1));
    CHECK_STR(T(ai_iter_next(ctx, it)), "RuntimeError: dictionary changed size during iteration");
    CHECK_STR(T(ai_iter_next(ctx, it)), "RuntimeError: dictionary changed size during iteration"); /* sticky */
    /* exhausted stays exhausted */
    int64_t d2 = DICT(1, kv12);
    int64_t it2 = ai_obj_iter(ctx, d2);
    CHECK_STR(T(ai_iter_next(ctx, it2)), "1");
    CHECK(ai_iter_next(ctx, it2) == 0 && !ctx->pending);
    ai_dict_setitem(ctx, d2, I(7), I(1));
    CHECK(ai_iter_next(ctx, it2) == 0 && !ctx->pending);
    int64_t one[] = {I(1)};
    int64_t s = SET(1, one);
    int64_t sit = ai_obj_iter(ctx, s);
    ai_set_add(ctx, s, I(2));
    CHECK_STR(T(ai_iter_next(ctx, sit)), "RuntimeError: Set changed size during iteration");
    CHECK_STR(T(ai_iter_next(ctx, sit)), "RuntimeError: Set changed size during iteration");
    int64_t iit = ai_obj_iter(ctx, VIEW(d2, AI_M_items));
    CHECK_STR(T(ai_iter_next(ctx, iit)), "(1, 2)");
    ai_dict_setitem(ctx, d2, I(3), I(4));
    CHECK_STR(T(ai_iter_next(ctx, iit)), "RuntimeError: dictionary changed size during iteration");
    /* every kind of dict iteration, and the iterators' names */
    int64_t kv[] = {STR("a"), I(1), STR("b"), I(2)};
    int64_t d3 = DICT(2, kv);
    CHECK_STR(ALL(ai_obj_iter(ctx, d3)), "['a', 'b']");
    CHECK_STR(ALL(ai_obj_iter(ctx, VIEW(d3, AI_M_keys))), "['a', 'b']");
    CHECK_STR(ALL(ai_obj_iter(ctx, VIEW(d3, AI_M_values))), "[1, 2]");
    CHECK_STR(ALL(ai_obj_iter(ctx, VIEW(d3, AI_M_items))), "[('a', 1), ('b', 2)]");
    int64_t s3[] = {I(3), I(1), I(2)};
    CHECK_STR(ALL(ai_obj_iter(ctx, SET(3, s3))), "[1, 2, 3]");
    CHECK_STR(ALL(ai_obj_iter(ctx, FSET(3, s3))), "[1, 2, 3]");
    CHECK_STR(T_noaddr(ai_obj_iter(ctx, d3)), "<dict_keyiterator object>");
    CHECK_STR(T_noaddr(ai_obj_iter(ctx, VIEW(d3, AI_M_values))), "<dict_valueiterator object>");
    CHECK_STR(T_noaddr(ai_obj_iter(ctx, VIEW(d3, AI_M_items))), "<dict_itemiterator object>");
    CHECK_STR(T_noaddr(ai_obj_iter(ctx, SET(0, NULL))), "<set_iterator object>");
    CHECK_STR(T_noaddr(ai_obj_iter(ctx, FSET(0, NULL))), "<set_iterator object>");
    CHECK_STR(T(ai_iter_reversed(ctx, SET(0, NULL))), "TypeError: 'set' object is not reversible");
    CHECK_STR(ALL(ai_iter_reversed(ctx, ai_range_new(ctx, I(1), I(10), I(3)))), "[7, 4, 1]");
    /* reversed(dict) and of its views skip deleted entries */
    int64_t kabc[] = {STR("a"), I(1), STR("b"), I(2), STR("c"), I(3)};
    int64_t d4 = DICT(3, kabc);
    ai_obj_delitem(ctx, d4, STR("b"));
    ai_dict_setitem(ctx, d4, STR("e"), I(5));
    CHECK_STR(ALL(ai_iter_reversed(ctx, d4)), "['e', 'c', 'a']");
    CHECK_STR(ALL(ai_iter_reversed(ctx, VIEW(d4, AI_M_values))), "[5, 3, 1]");
    CHECK_STR(ALL(ai_iter_reversed(ctx, VIEW(d4, AI_M_items))), "[('e', 5), ('c', 3), ('a', 1)]");
    CHECK_STR(ALL(ai_iter_reversed(ctx, DICT(0, NULL))), "[]");
    CHECK_STR(T_noaddr(ai_iter_reversed(ctx, VIEW(d4, AI_M_values))), "<dict_reversevalueiterator object>");
    CHECK_STR(T_noaddr(ai_iter_reversed(ctx, VIEW(d4, AI_M_items))), "<dict_reverseitemiterator object>");
    CHECK_STR(T_noaddr(ai_iter_reversed(ctx, d4)), "<dict_reversekeyiterator object>");
    int64_t rit = ai_iter_reversed(ctx, d4);
    CHECK_STR(T(ai_iter_next(ctx, rit)), "'e'");
    ai_dict_setitem(ctx, d4, STR("z"), I(1));
    CHECK_STR(T(ai_iter_next(ctx, rit)), "RuntimeError: dictionary changed size during iteration");
    /* unpacking a dict, a set, a view */
    CHECK_STR(UNPACK(d3, 2, false, 0), "('a', 'b')");
    CHECK_STR(UNPACK(VIEW(d3, AI_M_items), 1, true, 0), "(('a', 1), [('b', 2)])");
    CHECK_STR(UNPACK(d3, 3, false, 0), "ValueError: not enough values to unpack (expected 3, got 2)");
    /* zip asks its iterators again after the end, as CPython's */
    int64_t s12[] = {I(1), I(2)};
    int64_t zs[] = {ai_obj_iter(ctx, L(2, s12)), L(0, NULL)};
    int64_t z = ai_iter_zip(ctx, 2, zs);
    CHECK(ai_iter_next(ctx, z) == 0 && ai_iter_next(ctx, z) == 0);
    CHECK(ai_iter_next(ctx, zs[0]) == 0 && !ctx->pending); /* both items were taken */
}

static void read_all(int fd, char *out, size_t cap) {
    size_t n = 0;
    for (ssize_t r; n + 1 < cap && (r = read(fd, out + n, cap - 1 - n)) > 0;)
        n += (size_t)r;
    out[n] = 0;
    close(fd);
}

/* print(x) writes repr() of a container; print(..., file=sys.stderr) writes to fd 2 at once. Runs in
 * a child process whose stdout and stderr are pipes. */
static void test_print(void) {
    int out[2], err[2];
    if (pipe(out) != 0 || pipe(err) != 0)
        return;
    fflush(NULL);
    pid_t pid = fork();
    if (pid == 0) {
        dup2(out[1], 1);
        dup2(err[1], 2);
        close(out[0]), close(err[0]), close(out[1]), close(err[1]);
        int64_t kv[] = {STR("a"), L(0, NULL)};
        ai_write_obj(ctx, DICT(1, kv));
        ai_write_cstr(ctx, "\n", 1);
        ai_write_stream(ctx, 2);
        int64_t one[] = {I(1)};
        ai_write_obj(ctx, TUP(1, one));
        ai_write_cstr(ctx, "\n", 1);
        ai_write_stream(ctx, 1);
        ai_write_obj(ctx, SET(0, NULL));
        ai_write_cstr(ctx, " ", 1);
        ai_write_obj(ctx, STR("x"));
        ai_write_list(ctx, (ai_list_t *)(intptr_t)L(1, one), AI_ELEM_VALUE);
        ai_write_flush(ctx, true);
        _exit(0);
    }
    close(out[1]), close(err[1]);
    char o[256], e[256];
    read_all(out[0], o, sizeof o);
    read_all(err[0], e, sizeof e);
    int status;
    waitpid(pid, &status, 0);
    CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    CHECK_STR(o, "{'a': []}\nset() x[1]");
    CHECK_STR(e, "(1,)\n");
}

int main(void) {
    test_begin();
    test_exception_kinds();
    test_repr();
    test_repr_depth();
    test_iteration();
    test_lazy_builtins();
    test_unpack();
    test_binop();
    test_compare();
    test_subscripts();
    test_attributes();
    test_methods_and_calls();
    test_hash();
    test_containers();
    test_in_place();
    test_changed_size();
    test_print();
    test_end();
    DONE();
}
