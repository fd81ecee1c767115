/* Value words of any type (value/obj.c, binop.c): headers, the type table, immortal objects,
 * float boxes, and the generic operators with CPython's results and messages. */
#include <math.h>

#include "util.h"
#include "value/containers.h"
#include "value/int.h"

static int64_t W(void *p) { return (int64_t)(intptr_t)p; }

/* The result as repr() text, or the raised exception. */
static const char *T(int64_t w) {
    static char buf[256];
    if (ctx->pending)
        return raised();
    ai_str_t *s = ai_obj_repr(ctx, w);
    snprintf(buf, sizeof buf, "%s", s ? s->data : raised());
    return buf;
}

static const char *B(bool r) { return ctx->pending ? raised() : r ? "True" : "False"; }

static void test_headers(void) {
    ai_str_t *s = S("héllo");
    CHECK(ai_obj_type(W(s)) == AI_T_STR && (s->header & 1) && (W(s) & 7) == 0);
    CHECK(s->header >> AI_HDR_SIZE_SHIFT == (sizeof *s + 6 + 1 + 7) / 8);
    ai_list_t *l = ai_list_new(ctx, 3, AI_ELEM_INT);
    CHECK(ai_obj_type(W(l)) == AI_T_LIST && l->header >> AI_HDR_SIZE_SHIFT == 5);
    CHECK(ai_list_len(l) == 3 && l->kind == AI_ELEM_INT);
    CHECK(ai_obj_type(ai_small(3)) == AI_T_INT && ai_obj_type(ai_bool_box(true)) == AI_T_BOOL);
    CHECK(ai_obj_type(W((void *)&ai_None)) == AI_T_NONE);
    CHECK(ai_is_immortal(ai_bool_box(false)) && ai_is_immortal(W((void *)&ai_None)));
    CHECK(!ai_is_immortal(W(s)) && !ai_is_immortal(ai_small(1)) && !ai_is_immortal(0));
    CHECK_STR(ai_type_info[AI_T_NONE].name, "NoneType");
    CHECK(ai_type_info[AI_T_STR].no_pointers && !ai_type_info[AI_T_LIST].no_pointers);
    CHECK(ai_type_info[AI_T_FLOAT].words == 2);
    int64_t f = ai_float_box(ctx, -0.0);
    CHECK(ai_obj_type(f) == AI_T_FLOAT && signbit(ai_float_unbox(f)));
    CHECK_STR(ai_obj_type_name(ctx, f)->data, "float");
    CHECK_STR(ai_obj_type_name(ctx, ai_bool_box(true))->data, "bool");
}

static void test_binop(void) {
    int64_t t = ai_bool_box(true), none = W((void *)&ai_None), a = W(S("ab"));
    CHECK_STR(T(ai_obj_binop(ctx, AI_OP_ADD, t, t)), "2");
    CHECK_STR(T(ai_obj_binop(ctx, AI_OP_AND, t, t)), "True");
    CHECK_STR(T(ai_obj_binop(ctx, AI_OP_XOR, t, ai_small(1))), "0");
    CHECK_STR(T(ai_obj_binop(ctx, AI_OP_TRUEDIV, ai_small(1), ai_small(4))), "0.25");
    CHECK_STR(T(ai_obj_binop(ctx, AI_OP_MUL, ai_small(3), a)), "'ababab'");
    CHECK_STR(T(ai_obj_binop(ctx, AI_OP_ADD, a, a)), "'abab'");
    CHECK_STR(T(ai_obj_binop(ctx, AI_OP_ADD, ai_float_box(ctx, 0.5), ai_small(1))), "1.5");
    CHECK_STR(T(ai_obj_binop(ctx, AI_OP_ADD, a, ai_small(1))),
              "TypeError: can only concatenate str (not \"int\") to str");
    CHECK_STR(T(ai_obj_binop(ctx, AI_OP_ADD, ai_small(1), a)),
              "TypeError: unsupported operand type(s) for +: 'int' and 'str'");
    CHECK_STR(T(ai_obj_binop(ctx, AI_OP_POW, none, ai_small(1))),
              "TypeError: unsupported operand type(s) for ** or pow(): 'NoneType' and 'int'");
    CHECK_STR(T(ai_obj_binop(ctx, AI_OP_MUL, a, ai_float_box(ctx, 2.0))),
              "TypeError: can't multiply sequence by non-int of type 'float'");
    int64_t huge = ai_int_lshift(ctx, ai_small(1), ai_small(70));
    CHECK_STR(T(ai_obj_binop(ctx, AI_OP_MUL, a, huge)), "OverflowError: cannot fit 'int' into an index-sized integer");
    CHECK_STR(T(ai_obj_binop(ctx, AI_OP_ADD, huge, ai_float_box(ctx, 0.5))), "1.1805916207174113e+21");
    CHECK_STR(T(ai_obj_binop(ctx, AI_OP_FLOORDIV, ai_float_box(ctx, 1.0), ai_small(0))),
              "ZeroDivisionError: float floor division by zero");
    CHECK_STR(T(ai_obj_binop(ctx, AI_OP_POW, ai_float_box(ctx, -8.0), ai_float_box(ctx, 0.5))),
              "NotImplementedError: complex numbers are not supported");
    CHECK_STR(T(ai_obj_binop(ctx, AI_OP_POW, ai_small(2), ai_small(-2))), "0.25");
    CHECK_STR(T(ai_obj_binop(ctx, AI_OP_MATMUL, t, ai_small(2))),
              "TypeError: unsupported operand type(s) for @: 'bool' and 'int'");
    CHECK_STR(T(ai_obj_binop(ctx, AI_OP_LSHIFT, ai_small(1), ai_float_box(ctx, 1.0))),
              "TypeError: unsupported operand type(s) for <<: 'int' and 'float'");
}

static void test_unop_compare(void) {
    int64_t t = ai_bool_box(true), none = W((void *)&ai_None), a = W(S("a")), b = W(S("b"));
    CHECK_STR(T(ai_obj_unop(ctx, AI_UOP_INVERT, t)), "-2");
    CHECK_STR(T(ai_obj_unop(ctx, AI_UOP_NEG, ai_float_box(ctx, 0.0))), "-0.0");
    CHECK_STR(T(ai_obj_unop(ctx, AI_UOP_NEG, a)), "TypeError: bad operand type for unary -: 'str'");
    CHECK_STR(T(ai_obj_unop(ctx, AI_UOP_INVERT, ai_float_box(ctx, 1.5))),
              "TypeError: bad operand type for unary ~: 'float'");
    int64_t big = ai_int_lshift(ctx, ai_small(1), ai_small(53));
    int64_t above = ai_int_add(ctx, big, ai_small(1)); /* 2**53 + 1: not a double */
    CHECK_STR(B(ai_obj_compare(ctx, AI_CMP_LT, ai_float_box(ctx, 9007199254740992.0), above)), "True");
    CHECK_STR(B(ai_obj_compare(ctx, AI_CMP_EQ, t, ai_float_box(ctx, 1.0))), "True");
    CHECK_STR(B(ai_obj_compare(ctx, AI_CMP_NE, ai_float_box(ctx, NAN), ai_float_box(ctx, NAN))), "True");
    CHECK_STR(B(ai_obj_compare(ctx, AI_CMP_GE, ai_small(1), ai_float_box(ctx, NAN))), "False");
    CHECK_STR(B(ai_obj_compare(ctx, AI_CMP_LT, a, b)), "True");
    CHECK_STR(B(ai_obj_compare(ctx, AI_CMP_EQ, none, ai_small(0))), "False");
    CHECK_STR(B(ai_obj_compare(ctx, AI_CMP_EQ, none, none)), "True");
    CHECK_STR(B(ai_obj_compare(ctx, AI_CMP_LT, ai_small(1), a)),
              "TypeError: '<' not supported between instances of 'int' and 'str'");
    CHECK_STR(B(ai_obj_compare(ctx, AI_CMP_GE, none, none)),
              "TypeError: '>=' not supported between instances of 'NoneType' and 'NoneType'");
}

static void test_conversions(void) {
    int64_t none = W((void *)&ai_None);
    CHECK(!ai_obj_truth(ctx, none) && !ai_obj_truth(ctx, W(S(""))) && ai_obj_truth(ctx, W(S("x"))));
    CHECK(!ai_obj_truth(ctx, ai_float_box(ctx, -0.0)));
    CHECK(ai_obj_truth(ctx, ai_int_lshift(ctx, ai_small(1), ai_small(80))));
    CHECK(!ai_obj_truth(ctx, ai_bool_box(false)) && !ai_obj_truth(ctx, ai_small(0)));
    CHECK_STR(ai_obj_str(ctx, W(S("it's")))->data, "it's");
    CHECK_STR(ai_obj_repr(ctx, W(S("it's")))->data, "\"it's\"");
    CHECK_STR(ai_obj_str(ctx, none)->data, "None");
    CHECK_STR(ai_obj_str(ctx, ai_float_box(ctx, 1e16))->data, "1e+16");
    CHECK_STR(ai_obj_format(ctx, ai_bool_box(true), S(""))->data, "True");
    CHECK_STR(ai_obj_format(ctx, ai_bool_box(true), S("05"))->data, "00001");
    CHECK_STR(ai_obj_format(ctx, ai_float_box(ctx, 2.5), S("^7.2f"))->data, " 2.50  ");
    ai_obj_format(ctx, none, S("x"));
    CHECK_STR(raised(), "TypeError: unsupported format string passed to NoneType.__format__");
    ai_obj_format(ctx, ai_bool_box(true), S("s"));
    CHECK_STR(raised(), "ValueError: Unknown format code 's' for object of type 'bool'");
}

/* A big int and a float sent to another actor are copied into the message (value/list.c). */
static void test_messages(void) {
    int64_t big = ai_int_neg(ctx, ai_int_lshift(ctx, ai_small(3), ai_small(200)));
    int64_t f = ai_float_box(ctx, 2.5);
    ai_actor_t *other = ai_actor_spawn(ai_actor_root());
    int64_t b2 = (int64_t)(intptr_t)ai_msg_adopt(other, ai_msg_export(ctx, (void *)(intptr_t)big));
    int64_t f2 = (int64_t)(intptr_t)ai_msg_adopt(other, ai_msg_export(ctx, (void *)(intptr_t)f));
    CHECK(b2 != big && ai_int_cmp(b2, big) == 0 && ai_obj_type(b2) == AI_T_INT);
    CHECK(f2 != f && ai_float_unbox(f2) == 2.5);
    ai_actor_exit(other);
}

/* Lists of value words: repr of each element, a cycle as [...], messages copy the elements. */
static void test_value_lists(void) {
    ai_list_t *l = ai_list_new(ctx, 6, AI_ELEM_VALUE);
    ai_list_set(l, 0, ai_small(-3));
    ai_list_set(l, 1, ai_int_lshift(ctx, ai_small(1), ai_small(70)));
    ai_list_set(l, 2, ai_float_box(ctx, 0.5));
    ai_list_set(l, 3, W(S("it's")));
    ai_list_set(l, 4, ai_bool_box(true));
    ai_list_set(l, 5, W((void *)&ai_None));
    CHECK_STR(ai_obj_repr(ctx, W(l))->data, "[-3, 1180591620717411303424, 0.5, \"it's\", True, None]");
    ai_actor_t *other = ai_actor_spawn(ai_actor_root());
    ai_list_t *copy = ai_msg_adopt(other, ai_msg_export(ctx, l));
    CHECK(copy != l && copy->items[1] != l->items[1] && copy->items[4] == l->items[4]);
    CHECK_STR(ai_obj_repr(ctx, W(copy))->data, "[-3, 1180591620717411303424, 0.5, \"it's\", True, None]");
    ai_actor_exit(other);
    CHECK(ai_msg_export(ctx, (void *)&ai_None) == &ai_None && ai_msg_adopt(ctx, (void *)&ai_True) == &ai_True);
    ai_list_t *outer = ai_list_new(ctx, 2, AI_ELEM_VALUE);
    ai_list_set(outer, 0, W(outer));
    ai_list_set(outer, 1, ai_int_pow(ctx, ai_small(10), ai_small(5000)));
    CHECK(ai_obj_repr(ctx, W(outer)) == NULL);
    CHECK(strncmp(raised(), "ValueError: Exceeds the limit", 29) == 0);
    ai_list_set(outer, 1, W(l));
    CHECK_STR(ai_obj_str(ctx, W(outer))->data, "[[...], [-3, 1180591620717411303424, 0.5, \"it's\", True, None]]");
}

/* hash(): numbers that compare equal hash alike, CPython's values for floats. */
static void test_hash(void) {
    CHECK(ai_obj_hash(ctx, ai_float_box(ctx, 1.0)) == 1 && ai_obj_hash(ctx, ai_bool_box(true)) == 1);
    CHECK(ai_obj_hash(ctx, ai_float_box(ctx, -1.0)) == -2 && ai_obj_hash(ctx, ai_small(-1)) == -2);
    int64_t big = ai_int_lshift(ctx, ai_small(1), ai_small(100));
    CHECK(ai_obj_hash(ctx, ai_float_box(ctx, 0x1p100)) == ai_obj_hash(ctx, big));
    CHECK(ai_obj_hash(ctx, ai_float_box(ctx, 0.5)) == 1152921504606846976);   /* hash(0.5) */
    CHECK(ai_obj_hash(ctx, ai_float_box(ctx, -INFINITY)) == -314159);
    CHECK(ai_obj_hash(ctx, W(S("ab"))) == ai_obj_hash(ctx, W(S("ab"))));
    ai_obj_hash(ctx, W(ai_list_new(ctx, 0, AI_ELEM_VALUE)));
    CHECK_STR(raised(), "TypeError: unhashable type: 'list'");
}

int main(void) {
    test_begin();
    test_headers();
    test_binop();
    test_unop_compare();
    test_conversions();
    test_messages();
    test_value_lists();
    test_hash();
    CHECK(!ai_exc_pending(ctx));
    test_end();
    DONE();
}
