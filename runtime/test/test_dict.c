/* dict, set, frozenset and dict views (value/dict.c, set.c, dictview.c): results, repr text and
 * exception messages, each taken from python3 (CPython 3.11). */
#include <stdlib.h>

#include "util.h"
#include "value/dict.h"
#include "value/int.h"
#include "dict_set_cases.h"

static int64_t I(int64_t x) { return ai_int_from_i64(ctx, x); }
static int64_t Sw(const char *p) { return ai_w(S(p)); }
static int64_t F(double x) { return ai_float_box(ctx, x); }
static int64_t NONE(void) { return ai_w(&ai_None); }
static int64_t TRUE_(void) { return ai_bool_box(true); }
static int64_t FALSE_(void) { return ai_bool_box(false); }

/* the pending exception as "Kind: message" (KeyError and AttributeError named here until exc.c
 * knows them) */
static const char *E(void) {
    static char buf[300];
    int32_t kind = ctx->pending->kind;
    if (kind != AI_EXC_KEY && kind != AI_EXC_ATTRIBUTE)
        return raised();
    snprintf(buf, sizeof buf, "%s: %s", kind == AI_EXC_KEY ? "KeyError" : "AttributeError", ctx->pending->msg);
    ai_exc_release(ctx->pending);
    ctx->pending = NULL;
    return buf;
}

/* repr() of a result, or the raised exception as "Kind: message" */
static const char *R(int64_t w) {
    static char buf[4096];
    if (ctx->pending)
        return E();
    if (!w)
        return "<0 without exception>";
    ai_buf_t b = {0};
    if (!ai_elem_repr(ctx, &b, w)) {
        ai_buf_free(&b);
        return E();
    }
    snprintf(buf, sizeof buf, "%.*s", (int)b.n, b.p);
    ai_buf_free(&b);
    return buf;
}
static const char *B(bool r) { return ctx->pending ? E() : r ? "True" : "False"; }
/* a (k, v) tuple's text (tuple repr is another part's) */
static const char *P(int64_t w) {
    static char buf[200];
    if (ctx->pending || ai_word_type(w) != AI_T_TUPLE || ((ai_tuple_t *)ai_p(w))->n != 2)
        return R(w);
    const ai_tuple_t *t = ai_p(w);
    snprintf(buf, sizeof buf, "(%s", R(t->items[0]));
    snprintf(buf + strlen(buf), sizeof buf - strlen(buf), ", %s)", R(t->items[1]));
    return buf;
}

#define ARGS(...) ((const int64_t[]){__VA_ARGS__})
#define NARGS(...) (int64_t)(sizeof ARGS(__VA_ARGS__) / sizeof(int64_t))
/* d.method(args...) */
#define DM(d, m, ...) ai_dict_method(ctx, ai_p(d), AI_M_##m, NARGS(__VA_ARGS__), ARGS(__VA_ARGS__))
#define DM0(d, m) ai_dict_method(ctx, ai_p(d), AI_M_##m, 0, NULL)
#define SM(s, m, ...) ai_set_method(ctx, ai_p(s), AI_M_##m, NARGS(__VA_ARGS__), ARGS(__VA_ARGS__))
#define SM0(s, m) ai_set_method(ctx, ai_p(s), AI_M_##m, 0, NULL)
#define DICT(...) ai_dict_from(ctx, NARGS(__VA_ARGS__) / 2, ARGS(__VA_ARGS__))
#define SET(...) ai_set_from(ctx, NARGS(__VA_ARGS__), ARGS(__VA_ARGS__))
#define LIST(...) ai_w(list_of(NARGS(__VA_ARGS__), ARGS(__VA_ARGS__)))
#define TUPLE(...) tuple_of(NARGS(__VA_ARGS__), ARGS(__VA_ARGS__))

static ai_list_t *list_of(int64_t n, const int64_t *items) {
    ai_list_t *l = ai_list_new(ctx, n, AI_ELEM_VALUE);
    for (int64_t i = 0; i < n; i++)
        l->items[i] = items[i];
    return l;
}
static int64_t tuple_of(int64_t n, const int64_t *items) {
    ai_tuple_t *t = ai_actor_alloc(ctx, sizeof *t + (size_t)n * 8);
    t->header = ai_hdr_new(AI_T_TUPLE, sizeof *t + (size_t)n * 8);
    t->n = n;
    for (int64_t i = 0; i < n; i++)
        t->items[i] = items[i];
    return ai_w(t);
}
static int64_t frozen(int64_t set) { return ai_w(ai_set_of(ctx, AI_T_FROZENSET, set)); }

static void test_dict_basics(void) {
    int64_t d = DICT(Sw("a"), I(1), Sw("b"), F(2.5), I(3), Sw("c"), NONE(), F(4.5), TRUE_(), FALSE_());
    CHECK_STR(R(d), "{'a': 1, 'b': 2.5, 3: 'c', None: 4.5, True: False}");
    CHECK(ai_dict_len(ai_p(d)) == 5);
    CHECK_STR(R(DM0(d, keys)), "dict_keys(['a', 'b', 3, None, True])");
    CHECK_STR(R(DM0(d, values)), "dict_values([1, 2.5, 'c', 4.5, False])");
    CHECK_STR(R(DM0(d, items)), "dict_items([('a', 1), ('b', 2.5), (3, 'c'), (None, 4.5), (True, False)])");
    CHECK_STR(R(DICT(I(1), Sw("a"), TRUE_(), Sw("b"), F(1.0), Sw("c"))), "{1: 'c'}");
    CHECK_STR(R(DICT()), "{}");
    CHECK_STR(R(DICT(I(-1), F(-2.5), ai_int_pow(ctx, I(10), I(20)), Sw("big"), Sw("é\n"), Sw("'"))),
              "{-1: -2.5, 100000000000000000000: 'big', 'é\\n': \"'\"}");
    /* getitem, KeyError text */
    CHECK_STR(R(ai_dict_getitem(ctx, ai_p(d), I(3))), "'c'");
    CHECK_STR(R(ai_dict_getitem(ctx, ai_p(d), F(3.0))), "'c'");
    CHECK_STR(R(ai_dict_getitem(ctx, ai_p(d), I(1))), "False"); /* True == 1 */
    CHECK_STR(R(ai_dict_getitem(ctx, ai_p(d), Sw("k'ey"))), "KeyError: \"k'ey\"");
    CHECK_STR(R(ai_dict_getitem(ctx, ai_p(d), F(2.5))), "KeyError: 2.5");
    CHECK_STR(R(ai_dict_getitem(ctx, ai_p(d), LIST(I(1)))), "TypeError: unhashable type: 'list'");
    CHECK_STR(R(ai_dict_getitem(ctx, ai_p(d), DICT())), "TypeError: unhashable type: 'dict'");
    CHECK_STR(R(ai_dict_getitem(ctx, ai_p(d), SET())), "TypeError: unhashable type: 'set'");
    CHECK(ai_dict_lookup(ctx, ai_p(d), Sw("zz")) == 0 && !ctx->pending);
    CHECK_STR(B(ai_dict_contains(ctx, ai_p(d), Sw("a"))), "True");
    CHECK_STR(B(ai_dict_contains(ctx, ai_p(d), Sw("A"))), "False");
    CHECK_STR(B(ai_dict_delitem(ctx, ai_p(d), Sw("a"))), "True");
    CHECK_STR(B(ai_dict_delitem(ctx, ai_p(d), Sw("a"))), "KeyError: 'a'");
    CHECK_STR(R(d), "{'b': 2.5, 3: 'c', None: 4.5, True: False}");
    ai_dict_setitem(ctx, d, Sw("a"), I(7));
    ai_dict_setitem(ctx, d, I(3), I(33));
    CHECK_STR(R(d), "{'b': 2.5, 3: 33, None: 4.5, True: False, 'a': 7}");
    /* iteration */
    int64_t pos = 0, k, v, n = 0;
    while (ai_dict_next(ai_p(d), &pos, &k, &v))
        n++;
    CHECK(n == 5);
}

static void test_dict_big(void) {
    int64_t d = DICT();
    for (int64_t i = 0; i < 1000; i++)
        ai_dict_setitem(ctx, d, I(i), I(i * i));
    for (int64_t i = 0; i < 1000; i += 2)
        ai_dict_delitem(ctx, ai_p(d), I(i));
    CHECK(ai_dict_len(ai_p(d)) == 500);
    int64_t pos = 0, k, v;
    ai_dict_next(ai_p(d), &pos, &k, &v);
    CHECK_STR(P(ai_pair_new(ctx, k, v)), "(1, 1)");
    for (int64_t i = 0; i < 20; i += 2)
        ai_dict_setitem(ctx, d, I(i), I(-i));
    CHECK_STR(P(DM0(d, popitem)), "(18, -18)");
    CHECK_STR(P(DM0(d, popitem)), "(16, -16)");
    CHECK(ai_dict_len(ai_p(d)) == 508);
    CHECK_STR(R(ai_dict_getitem(ctx, ai_p(d), I(999))), "998001");
    CHECK_STR(R(ai_dict_getitem(ctx, ai_p(d), I(14))), "-14");
    /* many str keys, deleted and re-added */
    int64_t s = DICT();
    char key[32];
    for (int i = 0; i < 3000; i++) {
        snprintf(key, sizeof key, "k%d", i);
        ai_dict_setitem(ctx, s, Sw(key), I(i));
    }
    for (int i = 0; i < 3000; i++)
        if (i % 3) {
            snprintf(key, sizeof key, "k%d", i);
            ai_dict_delitem(ctx, ai_p(s), Sw(key));
        }
    CHECK(ai_dict_len(ai_p(s)) == 1000);
    CHECK_STR(R(ai_dict_getitem(ctx, ai_p(s), Sw("k2997"))), "2997");
    CHECK_STR(R(ai_dict_getitem(ctx, ai_p(s), Sw("k2998"))), "KeyError: 'k2998'");
    int64_t p2 = 0, last = 0;
    while (ai_dict_next(ai_p(s), &p2, &k, &v))
        last = v;
    CHECK_STR(R(last), "2997");
}

static void test_dict_methods(void) {
    int64_t e = DICT(Sw("x"), I(1));
    CHECK_STR(R(DM(e, pop, Sw("x"))), "1");
    CHECK_STR(R(DM(e, pop, Sw("x"), Sw("dflt"))), "'dflt'");
    CHECK_STR(R(DM(e, pop, Sw("x"))), "KeyError: 'x'");
    CHECK_STR(R(DM(e, pop, LIST())), "TypeError: unhashable type: 'list'");
    CHECK_STR(R(DM(e, setdefault, Sw("y"), DICT())), "{}");
    CHECK_STR(R(DM(e, setdefault, Sw("y"), I(5))), "{}");
    CHECK_STR(R(DM(e, setdefault, Sw("z"))), "None");
    CHECK_STR(R(e), "{'y': {}, 'z': None}");
    CHECK_STR(R(DM(e, get, Sw("q"))), "None");
    CHECK_STR(R(DM(e, get, Sw("q"), I(7))), "7");
    CHECK_STR(R(DM(e, get, Sw("z"), I(7))), "None");
    CHECK_STR(R(DM(e, fromkeys, LIST(Sw("a"), Sw("b"), Sw("a")))), "{'a': None, 'b': None}");
    CHECK_STR(R(DM(e, fromkeys, TUPLE(I(1), I(2)), I(0))), "{1: 0, 2: 0}");
    CHECK_STR(R(DM(e, fromkeys, I(1))), "TypeError: 'int' object is not iterable");
    int64_t u = DICT(Sw("a"), I(1));
    CHECK_STR(R(DM(u, update, LIST(TUPLE(Sw("b"), I(2)), LIST(Sw("c"), I(3))))), "None");
    CHECK_STR(R(u), "{'a': 1, 'b': 2, 'c': 3}");
    CHECK_STR(R(DM(u, update, DICT(Sw("a"), I(10), Sw("z"), I(26)))), "None");
    CHECK_STR(R(u), "{'a': 10, 'b': 2, 'c': 3, 'z': 26}");
    int64_t kw[] = {DICT(Sw("q"), I(1)), DICT(Sw("r"), I(2))};
    CHECK_STR(R(ai_dict_method(ctx, ai_p(u), AI_M_update | AI_M_KW, 2, kw)), "None");
    CHECK_STR(R(ai_dict_method(ctx, ai_p(u), AI_M_update | AI_M_KW, 1, kw + 1)), "None");
    CHECK_STR(R(u), "{'a': 10, 'b': 2, 'c': 3, 'z': 26, 'q': 1, 'r': 2}");
    CHECK_STR(R(DM(u, update, I(1))), "TypeError: 'int' object is not iterable");
    CHECK_STR(R(DM(u, update, LIST(I(1)))), "TypeError: cannot convert dictionary update sequence element #0 to a sequence");
    CHECK_STR(R(DM(u, update, LIST(TUPLE(I(1), I(2)), TUPLE(I(1), I(2), I(3))))),
              "ValueError: dictionary update sequence element #1 has length 3; 2 is required");
    CHECK_STR(R(DM(u, update, LIST(LIST(I(1))))), "ValueError: dictionary update sequence element #0 has length 1; 2 is required");
    CHECK_STR(R(DM(u, update, NONE())), "TypeError: 'NoneType' object is not iterable");
    int64_t c = DM0(u, copy);
    ai_dict_setitem(ctx, c, Sw("new"), I(1));
    CHECK_STR(R(u), "{'a': 10, 'b': 2, 'c': 3, 'z': 26, 'q': 1, 'r': 2, 1: 2}");
    CHECK_STR(R(c), "{'a': 10, 'b': 2, 'c': 3, 'z': 26, 'q': 1, 'r': 2, 1: 2, 'new': 1}");
    CHECK_STR(R(DM0(c, clear)), "None");
    CHECK_STR(R(c), "{}");
    ai_dict_setitem(ctx, c, Sw("k"), Sw("v"));
    CHECK_STR(R(c), "{'k': 'v'}");
    CHECK_STR(R(DM0(DICT(), popitem)), "KeyError: 'popitem(): dictionary is empty'");
    /* argument counts, unknown methods */
    CHECK_STR(R(DM0(c, get)), "TypeError: get expected at least 1 argument, got 0");
    CHECK_STR(R(DM(c, get, I(1), I(2), I(3))), "TypeError: get expected at most 2 arguments, got 3");
    CHECK_STR(R(DM0(c, pop)), "TypeError: pop expected at least 1 argument, got 0");
    CHECK_STR(R(DM(c, setdefault, I(1), I(2), I(3))), "TypeError: setdefault expected at most 2 arguments, got 3");
    CHECK_STR(R(DM(c, update, I(1), I(2))), "TypeError: update expected at most 1 argument, got 2");
    CHECK_STR(R(DM0(c, fromkeys)), "TypeError: fromkeys expected at least 1 argument, got 0");
    CHECK_STR(R(DM(c, keys, I(1))), "TypeError: dict.keys() takes no arguments (1 given)");
    CHECK_STR(R(DM(c, copy, I(1))), "TypeError: dict.copy() takes no arguments (1 given)");
    CHECK_STR(R(DM(c, popitem, I(1))), "TypeError: dict.popitem() takes no arguments (1 given)");
    CHECK_STR(R(DM(c, append, I(1))), "AttributeError: 'dict' object has no attribute 'append'");
    int64_t kwa[] = {I(1), DICT(Sw("k"), I(1))}, kwe[] = {I(1), DICT()};
    CHECK_STR(R(ai_dict_method(ctx, ai_p(c), AI_M_get | AI_M_KW, 2, kwa)), "TypeError: dict.get() takes no keyword arguments");
    CHECK_STR(R(ai_dict_method(ctx, ai_p(c), AI_M_get | AI_M_KW, 2, kwe)), "None");
    CHECK_STR(R(ai_set_method(ctx, ai_p(SET()), AI_M_add | AI_M_KW, 2, kwa)), "TypeError: set.add() takes no keyword arguments");
    CHECK_STR(R(ai_set_method(ctx, ai_p(frozen(SET())), AI_M_union | AI_M_KW, 1, kwa + 1)),
              "TypeError: frozenset.union() takes no keyword arguments");
    CHECK_STR(R(ai_set_method(ctx, ai_p(SET()), AI_M_add | AI_M_KW, 2, kwe)), "None");
    /* merge, eq */
    int64_t m = DICT();
    ai_dict_merge(ctx, m, DICT(Sw("a"), I(1)));
    ai_dict_merge(ctx, m, DICT(Sw("b"), I(2), Sw("a"), I(3)));
    CHECK_STR(R(m), "{'a': 3, 'b': 2}");
    ai_dict_merge(ctx, m, LIST(I(1)));
    CHECK_STR(E(), "TypeError: 'list' object is not a mapping");
    CHECK_STR(B(ai_dict_eq(ctx, ai_p(DICT(I(1), I(2), I(3), I(4))), ai_p(DICT(I(3), I(4), I(1), F(2.0))))), "True");
    CHECK_STR(B(ai_dict_eq(ctx, ai_p(DICT(I(1), I(2))), ai_p(DICT(I(1), I(3))))), "False");
    CHECK_STR(B(ai_dict_eq(ctx, ai_p(DICT(I(1), I(2))), ai_p(DICT(I(2), I(2))))), "False");
    /* views */
    CHECK_STR(B(ai_dict_view_contains(ctx, ai_p(DM0(u, keys)), Sw("z"))), "True");
    CHECK_STR(B(ai_dict_view_contains(ctx, ai_p(DM0(u, values)), I(26))), "True");
    CHECK_STR(B(ai_dict_view_contains(ctx, ai_p(DM0(u, values)), I(27))), "False");
    CHECK_STR(B(ai_dict_view_contains(ctx, ai_p(DM0(u, items)), TUPLE(Sw("z"), I(26)))), "True");
    CHECK_STR(B(ai_dict_view_contains(ctx, ai_p(DM0(u, items)), TUPLE(Sw("z"), I(25)))), "False");
    CHECK_STR(B(ai_dict_view_contains(ctx, ai_p(DM0(u, items)), I(3))), "False");
    CHECK_STR(R(DICT(Sw("s"), SET(I(1), I(2)), Sw("f"), ai_set_new_empty(ctx, AI_T_FROZENSET), Sw("e"),
                     ai_set_new_empty(ctx, AI_T_SET), Sw("d"), DICT(), Sw("k"), DM0(DICT(), keys))),
              "{'s': {1, 2}, 'f': frozenset(), 'e': set(), 'd': {}, 'k': dict_keys([])}");
}

/* ----- sets ------------------------------------------------------------------------------------ */
static int64_t parse_int(const char **p) {
    char *end;
    long long x = strtoll(*p, &end, 10);
    *p = end;
    return I(x);
}

static void test_set_cases(void) {
    for (size_t c = 0; c < sizeof set_cases / sizeof set_cases[0]; c++) {
        int64_t s = SET();
        for (const char *p = set_cases[c].ops; *p;) {
            char op = *p++;
            if (op == 'a') {
                SM(s, add, parse_int(&p));
            } else if (op == 'd') {
                SM(s, discard, parse_int(&p));
            } else if (op == 'p') {
                SM0(s, pop);
            } else if (op == 'c') {
                s = SM0(s, copy);
            } else {
                int64_t xs[128], n = 0;
                while (*p && *p != ' ') {
                    xs[n++] = parse_int(&p);
                    if (*p == ',')
                        p++;
                }
                int64_t set = ai_set_from(ctx, n, xs), list = ai_w(list_of(n, xs));
                switch (op) {
                case 'u': SM(s, update, set); break;
                case 'i': s = SM(s, intersection, set); break;
                case 'I': s = SM(s, intersection, list); break;
                case 'D': s = SM(s, difference, set); break;
                case 'E': SM(s, difference_update, list); break;
                case 'X': s = ai_set_binop(ctx, AI_OP_XOR, s, set); break;
                case 'Y': SM(s, symmetric_difference_update, list); break;
                case 'U': s = SM(s, union, list); break;
                case 'N': SM(s, intersection_update, set); break;
                case 'F': s = ai_w(ai_set_of(ctx, AI_T_SET, ai_set_binop(ctx, AI_OP_OR, frozen(list), s))); break;
                default: CHECK(!"unknown op");
                }
            }
            while (*p == ' ')
                p++;
        }
        const char *got = R(s);
        if (strcmp(got, set_cases[c].repr) != 0)
            fprintf(stderr, "set case %zu: ops %.60s...\n", c, set_cases[c].ops);
        CHECK_STR(got, set_cases[c].repr);
        CHECK(ai_set_hash(ctx, ai_p(frozen(s))) == set_cases[c].fhash);
    }
}

static void test_set_ops(void) {
    int64_t a = SET(I(1), I(2), I(3), I(100), I(-5)), b = SET(I(3), I(4), I(100), I(7));
    CHECK_STR(R(ai_set_binop(ctx, AI_OP_OR, a, b)), "{1, 2, 3, 100, 4, 7, -5}");
    CHECK_STR(R(ai_set_binop(ctx, AI_OP_AND, a, b)), "{3, 100}");
    CHECK_STR(R(ai_set_binop(ctx, AI_OP_SUB, a, b)), "{1, 2, -5}");
    CHECK_STR(R(ai_set_binop(ctx, AI_OP_XOR, a, b)), "{1, 2, 4, 7, -5}");
    CHECK_STR(R(ai_set_binop(ctx, AI_OP_OR, b, a)), "{1, 2, 3, 100, 4, 7, -5}");
    CHECK_STR(R(ai_set_binop(ctx, AI_OP_AND, b, a)), "{3, 100}");
    CHECK_STR(R(ai_set_binop(ctx, AI_OP_SUB, b, a)), "{4, 7}");
    CHECK_STR(R(ai_set_binop(ctx, AI_OP_XOR, b, a)), "{1, 2, 4, 7, -5}");
    int64_t fa = frozen(a);
    CHECK_STR(R(ai_set_binop(ctx, AI_OP_OR, fa, b)), "frozenset({1, 2, 3, 100, 4, 7, -5})");
    CHECK_STR(R(ai_set_binop(ctx, AI_OP_OR, b, fa)), "{1, 2, 3, 100, 4, 7, -5}");
    CHECK_STR(R(ai_set_binop(ctx, AI_OP_AND, fa, b)), "frozenset({3, 100})");
    CHECK(ai_set_binop(ctx, AI_OP_OR, a, LIST(I(1))) == 0 && !ctx->pending);
    CHECK(ai_set_binop(ctx, AI_OP_ADD, a, b) == 0 && !ctx->pending);
    CHECK_STR(R(SM(a, union, LIST(I(10), I(11)), TUPLE(I(12)), DICT(I(13), I(0)))), "{1, 2, 3, 100, 10, 11, 12, 13, -5}");
    CHECK_STR(R(SM(a, intersection, LIST(I(1), I(2), I(99)), TUPLE(I(2), I(1)))), "{1, 2}");
    CHECK_STR(R(SM0(a, intersection)), "{1, 2, 3, 100, -5}");
    CHECK_STR(R(SM(a, difference, LIST(I(1)), DICT(I(2), I(0)))), "{3, 100, -5}");
    CHECK_STR(R(SM(a, difference, b, LIST(I(100)))), "{1, 2, -5}");
    CHECK_STR(R(SM(a, symmetric_difference, LIST(I(1), I(50), I(50)))), "{2, 3, 100, 50, -5}");
    CHECK_STR(R(SM(SET(I(1), I(2)), issubset, LIST(I(1), I(2), I(3)))), "True");
    CHECK_STR(R(SM(SET(I(1), I(5)), issubset, SET(I(1), I(2)))), "False");
    CHECK_STR(R(SM(a, issuperset, LIST(I(1), I(2)))), "True");
    CHECK_STR(R(SM(a, issuperset, TUPLE(I(1), I(9)))), "False");
    CHECK_STR(R(SM(a, isdisjoint, LIST(I(8), I(9)))), "True");
    CHECK_STR(R(SM(a, isdisjoint, SET(I(100)))), "False");
    CHECK_STR(B(ai_set_compare(ctx, AI_CMP_LT, SET(I(1)), SET(I(1), I(2)))), "True");
    CHECK_STR(B(ai_set_compare(ctx, AI_CMP_LT, SET(I(1), I(2)), SET(I(1), I(2)))), "False");
    CHECK_STR(B(ai_set_compare(ctx, AI_CMP_LE, SET(I(1), I(2)), SET(I(1), I(2)))), "True");
    CHECK_STR(B(ai_set_compare(ctx, AI_CMP_GT, SET(I(1), I(2), I(3)), SET(I(3)))), "True");
    CHECK_STR(B(ai_set_compare(ctx, AI_CMP_GE, SET(I(1)), SET(I(2)))), "False");
    CHECK_STR(B(ai_set_compare(ctx, AI_CMP_EQ, SET(I(1), I(2)), frozen(SET(I(2), I(1))))), "True");
    CHECK_STR(B(ai_set_compare(ctx, AI_CMP_NE, SET(I(1), I(2)), SET(I(1), I(3)))), "True");
    CHECK_STR(B(ai_set_compare(ctx, AI_CMP_EQ, SET(I(1), I(2)), LIST(I(1), I(2)))), "False");
    CHECK_STR(B(ai_set_compare(ctx, AI_CMP_LT, SET(), LIST(I(1)))),
              "TypeError: '<' not supported between instances of 'set' and 'list'");
    CHECK(ai_set_hash(ctx, ai_p(frozen(SET()))) == 133146708735736LL);
    CHECK(ai_set_hash(ctx, ai_p(frozen(SET(I(1), I(2), I(3))))) == -272375401224217160LL);
    CHECK(ai_set_hash(ctx, ai_p(frozen(SET(I(-1), I((int64_t)1 << 61), I(1000000))))) == -1797943945452170459LL);
    CHECK_STR(R(ai_set_hash(ctx, ai_p(SET())) ? 0 : 0), "TypeError: unhashable type: 'set'");
    /* dict views */
    int64_t k51 = DM0(DICT(I(5), I(0), I(1), I(0)), keys);
    CHECK_STR(R(ai_set_binop(ctx, AI_OP_OR, k51, SET(I(2), I(1)))), "{1, 2, 5}");
    CHECK_STR(R(ai_set_binop(ctx, AI_OP_OR, SET(I(2), I(1)), k51)), "{1, 2, 5}");
    int64_t k519 = DM0(DICT(I(5), I(0), I(1), I(0), I(9), I(0)), keys);
    CHECK_STR(R(ai_set_binop(ctx, AI_OP_AND, k519, SET(I(1), I(9), I(7)))), "{1, 9}");
    CHECK_STR(R(ai_set_binop(ctx, AI_OP_SUB, k519, SET(I(1)))), "{5, 9}");
    CHECK_STR(R(ai_set_binop(ctx, AI_OP_XOR, k51, SET(I(1), I(6)))), "{5, 6}");
    CHECK_STR(R(ai_set_binop(ctx, AI_OP_OR, frozen(SET(I(1))), DM0(DICT(I(3), I(2)), keys))), "{1, 3}");
    CHECK_STR(R(ai_set_binop(ctx, AI_OP_OR, DM0(DICT(I(5), I(0)), keys), LIST(I(6), I(7)))), "{5, 6, 7}");
    int64_t d13 = DICT(I(1), I(2), I(3), I(4)), k13 = DM0(d13, keys);
    CHECK_STR(B(ai_set_compare(ctx, AI_CMP_EQ, SET(I(1), I(3)), k13)), "True");
    CHECK_STR(B(ai_set_compare(ctx, AI_CMP_EQ, k13, SET(I(3), I(1)))), "True");
    CHECK_STR(B(ai_set_compare(ctx, AI_CMP_LT, k13, SET(I(1), I(3), I(5)))), "True");
    CHECK_STR(B(ai_set_compare(ctx, AI_CMP_LT, SET(I(1)), k13)), "True");
    CHECK_STR(B(ai_set_compare(ctx, AI_CMP_GE, k13, frozen(SET(I(1))))), "True");
    CHECK_STR(B(ai_set_compare(ctx, AI_CMP_NE, k13, SET(I(1)))), "True");
    CHECK_STR(B(ai_set_compare(ctx, AI_CMP_EQ, k13, DM0(d13, keys))), "True");
    CHECK_STR(B(ai_set_compare(ctx, AI_CMP_LE, DM0(DICT(I(1), I(2)), keys), DM0(DICT(I(1), I(5)), keys))), "True");
    CHECK_STR(B(ai_set_compare(ctx, AI_CMP_EQ, k13, LIST(I(1), I(3)))), "False");
    CHECK_STR(B(ai_set_compare(ctx, AI_CMP_LT, k13, LIST(I(1)))),
              "TypeError: '<' not supported between instances of 'dict_keys' and 'list'");
    /* mutation */
    int64_t s = SET(I(1), I(2), I(3));
    SM(s, add, I(4));
    SM(s, discard, I(2));
    SM(s, discard, I(99));
    CHECK_STR(R(s), "{1, 3, 4}");
    CHECK_STR(R(SM(s, remove, I(99))), "KeyError: 99");
    CHECK_STR(R(SM0(s, pop)), "1");
    CHECK_STR(R(s), "{3, 4}");
    SM(s, update, LIST(I(10), I(20)), SET(I(30)));
    CHECK_STR(R(s), "{3, 4, 10, 20, 30}");
    SM(s, intersection_update, LIST(I(10), I(30), I(3), I(4)), SET(I(3), I(10), I(30), I(4)));
    CHECK_STR(R(s), "{10, 3, 4, 30}");
    SM(s, difference_update, LIST(I(3)));
    CHECK_STR(R(s), "{10, 4, 30}");
    SM(s, symmetric_difference_update, SET(I(10), I(99)));
    CHECK_STR(R(s), "{99, 4, 30}");
    CHECK_STR(R(SM0(frozen(SET(I(1))), copy)), "frozenset({1})");
    CHECK_STR(B(ai_set_has(ctx, ai_p(SET(frozen(SET(I(1))))), frozen(SET(I(1))))), "True");
    CHECK_STR(B(ai_set_has(ctx, ai_p(SET(frozen(SET(I(1))))), SET(I(1)))), "True");
    CHECK_STR(B(ai_set_has(ctx, ai_p(SET(I(1))), LIST())), "TypeError: unhashable type: 'list'");
    CHECK_STR(R(SET(F(-0.0), I(0), FALSE_(), F(1.5))), "{-0.0, 1.5}");
    int64_t x = SET();
    for (int64_t i = 0; i < 100; i++)
        ai_set_add(ctx, x, I(i));
    for (int64_t i = 0; i < 100; i += 3)
        SM(x, discard, I(i));
    CHECK_STR(R(x), "{1, 2, 4, 5, 7, 8, 10, 11, 13, 14, 16, 17, 19, 20, 22, 23, 25, 26, 28, 29, 31, 32, 34, 35, 37, 38, "
                    "40, 41, 43, 44, 46, 47, 49, 50, 52, 53, 55, 56, 58, 59, 61, 62, 64, 65, 67, 68, 70, 71, 73, 74, 76, "
                    "77, 79, 80, 82, 83, 85, 86, 88, 89, 91, 92, 94, 95, 97, 98}");
    int64_t y = SET();
    for (int64_t i = -50; i < 50; i += 7)
        ai_set_add(ctx, y, I(i * 1000003));
    CHECK_STR(R(y), "{34000102, 13000039, -8000024, -29000087, -50000150, 48000144, 27000081, 6000018, -15000045, "
                    "-36000108, 41000123, 20000060, -1000003, -22000066, -43000129}");
    /* messages */
    CHECK_STR(R(SM0(SET(), add)), "TypeError: set.add() takes exactly one argument (0 given)");
    CHECK_STR(R(SM(SET(), add, I(1), I(2))), "TypeError: set.add() takes exactly one argument (2 given)");
    CHECK_STR(R(SM(SET(), pop, I(1))), "TypeError: set.pop() takes no arguments (1 given)");
    CHECK_STR(R(SM0(SET(), pop)), "KeyError: 'pop from an empty set'");
    CHECK_STR(R(SM(SET(), remove, LIST())), "TypeError: unhashable type: 'list'");
    CHECK_STR(R(SM(SET(), discard, LIST())), "TypeError: unhashable type: 'list'");
    CHECK_STR(R(SM0(SET(), symmetric_difference)), "TypeError: set.symmetric_difference() takes exactly one argument (0 given)");
    CHECK_STR(R(SM0(SET(), issubset)), "TypeError: set.issubset() takes exactly one argument (0 given)");
    CHECK_STR(R(SM0(frozen(SET()), issubset)), "TypeError: frozenset.issubset() takes exactly one argument (0 given)");
    CHECK_STR(R(SM(frozen(SET()), add, I(1))), "AttributeError: 'frozenset' object has no attribute 'add'");
    CHECK_STR(R(SM(SET(), union, I(1))), "TypeError: 'int' object is not iterable");
    CHECK_STR(R(SM(SET(), union, LIST(LIST()))), "TypeError: unhashable type: 'list'");
    CHECK_STR(R(SM(SET(), copy, I(1))), "TypeError: set.copy() takes no arguments (1 given)");
    CHECK_STR(R(SM(SET(I(1)), isdisjoint, LIST(LIST()))), "TypeError: unhashable type: 'list'");
    CHECK_STR(R(SM(SET(), append, I(1))), "AttributeError: 'set' object has no attribute 'append'");
    CHECK_STR(R(SM(SET(I(1)), difference_update, LIST(SET(I(1))))), "TypeError: unhashable type: 'set'");
    CHECK_STR(R(SM(SET(I(1)), issuperset, LIST(SET(I(1))))), "TypeError: unhashable type: 'set'");
    CHECK_STR(R(SM(SET(frozen(SET())), isdisjoint, LIST(SET()))), "TypeError: unhashable type: 'set'");
    int64_t fs = SET(frozen(SET()));
    CHECK_STR(R(SM(fs, discard, SET())), "None");
    CHECK_STR(R(fs), "set()");
    int64_t iu = SET(I(0), I(1), I(2), I(3), I(4), I(5));
    SM(iu, discard, I(1));
    SM0(iu, intersection_update);
    SM(iu, add, I(9));
    CHECK_STR(R(iu), "{0, 2, 3, 4, 5, 9}");
    CHECK_STR(R(ai_set_new_empty(ctx, AI_T_SET)), "set()");
    int64_t cl = SET();
    for (int64_t i = 0; i < 40; i++)
        ai_set_add(ctx, cl, I(i));
    CHECK_STR(R(SM0(cl, clear)), "None");
    CHECK_STR(R(cl), "set()");
    SM(cl, add, I(9));
    SM(cl, add, I(1));
    CHECK_STR(R(cl), "{9, 1}");
    CHECK_STR(R(ai_set_new_empty(ctx, AI_T_FROZENSET)), "frozenset()");
    int64_t pos = 0, key, n = 0;
    while (ai_set_next(ai_p(x), &pos, &key))
        n++;
    CHECK(n == 66 && ai_set_len(ai_p(x)) == 66);
}

/* with the other parts' lists, tuples, iteration and repr */
static void test_with_containers(void) {
    int64_t d = DICT();
    ai_dict_setitem(ctx, d, Sw("self"), d);
    CHECK_STR(R(d), "{'self': {...}}");
    int64_t d2 = DICT(), l = LIST(d2);
    ai_dict_setitem(ctx, d2, Sw("l"), l);
    CHECK_STR(R(d2), "{'l': [{...}]}");
    CHECK_STR(R(l), "[{'l': [...]}]");
    CHECK_STR(ai_obj_repr(ctx, d2)->data, "{'l': [{...}]}");
    int64_t v = DICT();
    ai_dict_setitem(ctx, v, Sw("v"), DM0(v, values));
    CHECK_STR(R(v), "{'v': dict_values([...])}");
    int64_t k = DICT(I(1), LIST(I(2)));
    CHECK_STR(R(DM0(k, keys)), "dict_keys([1])");
    CHECK_STR(R(DM0(k, values)), "dict_values([[2]])");
    CHECK_STR(R(DM0(k, items)), "dict_items([(1, [2])])");
    CHECK_STR(R(DICT(Sw("a"), LIST(I(1)), I(2), TUPLE(I(3)), TUPLE(I(4), I(5)), DICT(I(6), I(7)))),
              "{'a': [1], 2: (3,), (4, 5): {6: 7}}");
    CHECK_STR(R(DM0(d2, popitem)), "('l', [{}])");
    /* str iteration */
    int64_t u = DICT(Sw("a"), I(1));
    DM(u, update, LIST(TUPLE(Sw("b"), I(2)), LIST(Sw("c"), I(3)), Sw("de")));
    CHECK_STR(R(u), "{'a': 1, 'b': 2, 'c': 3, 'd': 'e'}");
    CHECK_STR(R(DM(u, update, LIST(Sw("abc")))), "ValueError: dictionary update sequence element #0 has length 3; 2 is required");
    CHECK_STR(R(DM(u, fromkeys, Sw("hello"), I(0))), "{'h': 0, 'e': 0, 'l': 0, 'o': 0}");
    CHECK_STR(R(SM(SET(), union, Sw("aa"))), "{'a'}");
    /* tuples hash as CPython's: sets of tuples of ints iterate in its order */
    CHECK_STR(R(SET(TUPLE(I(1), I(2)), TUPLE(I(3), I(4)), TUPLE(I(5)), TUPLE(I(2), I(1)))), "{(1, 2), (2, 1), (3, 4), (5,)}");
    int64_t pairs = SET();
    for (int64_t i = 0; i < 10; i++)
        ai_set_add(ctx, pairs, TUPLE(I(i), I(-i)));
    CHECK_STR(R(pairs), "{(2, -2), (5, -5), (0, 0), (3, -3), (4, -4), (1, -1), (6, -6), (7, -7), (8, -8), (9, -9)}");
    CHECK(ai_set_hash(ctx, ai_p(frozen(SET(TUPLE(I(1), I(2)), TUPLE(I(3)))))) == 2855237445256340422LL);
    CHECK_STR(R(ai_set_binop(ctx, AI_OP_OR, DM0(DICT(I(1), I(2)), items), SET(I(5)))), "{(1, 2), 5}");
    CHECK_STR(R(ai_set_binop(ctx, AI_OP_AND, DM0(DICT(I(1), I(2), I(3), I(4)), items), SET(TUPLE(I(1), I(2)), TUPLE(I(3), I(5))))),
              "{(1, 2)}");
    /* through the generic operations */
    CHECK_STR(R(ai_obj_binop(ctx, AI_OP_OR, SET(I(1)), LIST(I(2)))), "TypeError: unsupported operand type(s) for |: 'set' and 'list'");
    CHECK_STR(B(ai_obj_compare(ctx, AI_CMP_EQ, DICT(I(1), SET(I(2))), DICT(I(1), frozen(SET(I(2)))))), "True");
    CHECK_STR(B(ai_obj_contains(ctx, DM0(DICT(I(1), I(2)), items), TUPLE(I(1), F(2.0)))), "True");
    CHECK_STR(R(ai_obj_getitem(ctx, DICT(TUPLE(I(1), I(2)), Sw("t")), TUPLE(I(1), I(2)))), "'t'");
    CHECK_STR(R(ai_obj_getitem(ctx, DICT(), TUPLE(I(1), Sw("x")))), "KeyError: (1, 'x')");
}

int main(void) {
    test_begin();
    test_dict_basics();
    test_dict_big();
    test_dict_methods();
    test_set_cases();
    test_set_ops();
    test_with_containers();
    test_end();
    DONE();
}
