/* Messages (value/msg.c): a deep copy of the object graph into one chunk that another actor adopts.
 * The copy is independent of the original (mutating one leaves the other), shared substructure stays
 * shared, cycles are kept, and the sender's heap may go away before the receiver reads the copy. */
#include "util.h"
#include "value/dict.h"
#include "value/int.h"

static int64_t I(int64_t x) { return ai_int_from_i64(ctx, x); }

static const char *R(int64_t w) {
    static char buf[2048];
    if (ctx->pending)
        return raised();
    ai_buf_t b = {0};
    if (!ai_elem_repr(ctx, &b, w)) {
        ai_buf_free(&b);
        return raised();
    }
    snprintf(buf, sizeof buf, "%.*s", (int)b.n, b.p);
    ai_buf_free(&b);
    return buf;
}

static ai_list_t *L(ai_actor_t *a, int64_t n) { return ai_list_new(a, n, AI_ELEM_VALUE); }
static int64_t Str(ai_actor_t *a, const char *p) { return ai_w(ai_str_const(a, p, (int64_t)strlen(p))); }
static int64_t send(ai_actor_t *from, ai_actor_t *to, int64_t w) {
    return ai_w(ai_msg_adopt(to, ai_msg_export(from, ai_p(w))));
}

static int64_t tuple2(ai_actor_t *a, int64_t x, int64_t y) {
    ai_actor_t *save = ctx;
    ctx = a;
    int64_t t = ai_pair_new(a, x, y);
    ctx = save;
    return t;
}

/* A list holding one list twice, and itself. */
static void test_sharing_and_cycles(void) {
    ai_actor_t *child = ai_actor_spawn(ctx);
    ai_list_t *inner = L(child, 2);
    inner->items[0] = Str(child, "shared");
    inner->items[1] = ai_int_lshift(child, ai_small(1), ai_small(100));
    ai_list_t *outer = L(child, 4);
    outer->items[0] = ai_w(inner);
    outer->items[1] = ai_w(inner);
    outer->items[2] = ai_w(outer);
    outer->items[3] = ai_small(7);
    ai_list_t *copy = ai_p(send(child, ctx, ai_w(outer)));
    CHECK(copy != outer && copy->n == 4 && copy->cap == 4 && copy->kind == AI_ELEM_VALUE);
    CHECK(copy->items[0] == copy->items[1] && copy->items[0] != ai_w(inner));
    CHECK(copy->items[2] == ai_w(copy));
    CHECK(copy->items[3] == ai_small(7));
    ai_list_t *ci = ai_p(copy->items[0]);
    CHECK(ci->n == 2 && ci->items[0] != inner->items[0]);
    CHECK_STR(((ai_str_t *)ai_p(ci->items[0]))->data, "shared");
    CHECK(ai_int_cmp(ci->items[1], inner->items[1]) == 0 && ci->items[1] != inner->items[1]);
    /* mutate the original: the copy is unchanged */
    inner->items[0] = ai_small(0);
    outer->items[3] = ai_small(8);
    ai_actor_exit(child); /* the sender's heap is gone */
    CHECK_STR(((ai_str_t *)ai_p(ci->items[0]))->data, "shared");
    CHECK(copy->items[3] == ai_small(7));
    CHECK_STR(R(ci->items[1]), "1267650600228229401496703205376");
}

static void test_dicts_and_sets(void) {
    ai_actor_t *child = ai_actor_spawn(ctx);
    ai_actor_t *save = ctx;
    ctx = child;
    ai_dict_t *d = ai_dict_new(child, 0);
    for (int64_t i = 0; i < 50; i++)
        ai_dict_set(child, d, I(i), I(i * 10));
    for (int64_t i = 0; i < 50; i += 2)
        ai_dict_delitem(child, d, I(i));
    ai_dict_set(child, d, Str(child, "k"), Str(child, "v"));
    int64_t shared = Str(child, "twice");
    ai_dict_set(child, d, Str(child, "a"), shared);
    ai_dict_set(child, d, Str(child, "b"), shared);
    ai_dict_set(child, d, Str(child, "self"), ai_w(d));
    int64_t s = ai_set_from(child, 0, NULL);
    for (int64_t i = -20; i < 40; i += 3)
        ai_set_add(child, s, I(i * 7));
    ai_set_method(child, ai_p(s), AI_M_discard, 1, (int64_t[]){I(-98)});
    int64_t fz = ai_w(ai_set_of(child, AI_T_FROZENSET, ai_set_from(child, 3, (int64_t[]){I(1), Str(child, "x"), I(3)})));
    ai_dict_set(child, d, Str(child, "set"), s);
    ai_dict_set(child, d, fz, ai_dict_method(child, d, AI_M_keys, 0, NULL));
    ai_dict_set(child, d, Str(child, "t"), tuple2(child, ai_float_box(child, 2.5), ai_bool_box(true)));
    ctx = save;
    char want[2048];
    snprintf(want, sizeof want, "%s", R(ai_w(d)));
    int64_t cw = send(child, ctx, ai_w(d));
    ai_dict_t *c = ai_p(cw);
    CHECK_STR(R(cw), want);
    /* the copy's parts are the copy's: self reference, shared str, the view's dict */
    CHECK(ai_dict_getitem(ctx, c, Str(ctx, "self")) == cw);
    CHECK(ai_dict_getitem(ctx, c, Str(ctx, "a")) == ai_dict_getitem(ctx, c, Str(ctx, "b")));
    CHECK(ai_dict_getitem(ctx, c, Str(ctx, "a")) != shared);
    int64_t cfz = ai_w(ai_set_of(ctx, AI_T_FROZENSET, ai_set_from(ctx, 3, (int64_t[]){I(3), I(1), Str(ctx, "x")})));
    int64_t view = ai_dict_getitem(ctx, c, cfz);
    CHECK(!ctx->pending && ai_word_type(view) == AI_T_DICT_KEYS && ((ai_dict_view_t *)ai_p(view))->dict == cw);
    /* mutate both: they stay apart, and the copy still works as a dict and a set */
    ai_dict_set(child, d, Str(child, "k"), ai_small(0));
    ai_dict_set(ctx, c, Str(ctx, "new"), ai_small(1));
    for (int64_t i = 100; i < 200; i++)
        ai_dict_set(ctx, c, I(i), I(i));
    CHECK(ai_dict_len(c) == ai_dict_len(d) + 101);
    CHECK_STR(R(ai_dict_getitem(ctx, c, Str(ctx, "k"))), "'v'");
    CHECK_STR(R(ai_dict_getitem(ctx, c, I(49))), "490");
    CHECK(ai_dict_getitem(ctx, c, I(48)) == 0 && ctx->pending && ctx->pending->kind == AI_EXC_KEY);
    CHECK_STR(ctx->pending->msg, "48");
    raised();
    int64_t cs = ai_dict_getitem(ctx, c, Str(ctx, "set"));
    CHECK(cs != s);
    CHECK_STR(R(cs), R(s));
    ai_set_add(ctx, cs, I(1000));
    CHECK(ai_set_has(ctx, ai_p(cs), I(1000)) && !ai_set_has(ctx, ai_p(s), I(1000)));
    CHECK(ai_set_has(ctx, ai_p(cs), I(-140)) && !ai_set_has(ctx, ai_p(cs), I(-14 * 7)));
    ai_actor_exit(child);
    ai_tuple_t *t = ai_p(ai_dict_getitem(ctx, c, Str(ctx, "t")));
    CHECK(t->n == 2 && ai_float_unbox(t->items[0]) == 2.5 && t->items[1] == ai_bool_box(true));
}

/* Leaves and the other objects: bytes, range, slice, an empty dict; immortal and small words. */
static void test_leaves(void) {
    ai_actor_t *child = ai_actor_spawn(ctx);
    ai_list_t *l = L(child, 6);
    ai_bytes_t *b = ai_actor_alloc(child, sizeof *b + 4);
    b->header = ai_hdr_new(AI_T_BYTES, sizeof *b + 4);
    b->n = 3;
    memcpy(b->data, "a\0c", 4);
    ai_range_t *r = ai_actor_alloc(child, sizeof *r);
    r->header = ai_hdr_new(AI_T_RANGE, sizeof *r);
    r->start = 1, r->stop = 10, r->step = 3, r->len = 3;
    ai_slice_t *sl = ai_actor_alloc(child, sizeof *sl);
    sl->header = ai_hdr_new(AI_T_SLICE, sizeof *sl);
    sl->start = ai_w(&ai_None);
    sl->stop = ai_int_lshift(child, ai_small(1), ai_small(80));
    sl->step = ai_small(-1);
    l->items[0] = ai_w(b);
    l->items[1] = ai_w(r);
    l->items[2] = ai_w(sl);
    l->items[3] = ai_w(ai_dict_new(child, 0));
    l->items[4] = ai_w(&ai_None);
    l->items[5] = ai_float_box(child, -0.0);
    ai_list_t *c = ai_p(send(child, ctx, ai_w(l)));
    ai_actor_exit(child);
    ai_bytes_t *cb = ai_p(c->items[0]);
    CHECK(ai_word_type(ai_w(cb)) == AI_T_BYTES && cb->n == 3 && memcmp(cb->data, "a\0c", 4) == 0);
    ai_range_t *cr = ai_p(c->items[1]);
    CHECK(cr->start == 1 && cr->stop == 10 && cr->step == 3 && cr->len == 3);
    ai_slice_t *cs = ai_p(c->items[2]);
    CHECK(cs->start == ai_w(&ai_None) && cs->step == ai_small(-1));
    CHECK_STR(R(cs->stop), "1208925819614629174706176");
    CHECK_STR(R(c->items[3]), "{}");
    ai_dict_set(ctx, ai_p(c->items[3]), ai_small(1), ai_small(2));
    CHECK_STR(R(c->items[3]), "{1: 2}");
    CHECK(c->items[4] == ai_w(&ai_None));
    CHECK_STR(R(c->items[5]), "-0.0");
    CHECK(send(ctx, ctx, ai_small(5)) == ai_small(5));
    CHECK(send(ctx, ctx, ai_bool_box(true)) == ai_bool_box(true));
    /* a str list of the first front end */
    ai_list_t *sl2 = ai_list_new(ctx, 2, AI_ELEM_STR);
    sl2->items[0] = sl2->items[1] = Str(ctx, "same");
    ai_list_t *c2 = ai_p(send(ctx, ctx, ai_w(sl2)));
    CHECK(c2->items[0] == c2->items[1] && c2->items[0] != sl2->items[0]);
    /* an int list of the first front end: raw numbers, not words */
    ai_list_t *il = ai_list_new(ctx, 2, AI_ELEM_INT);
    il->items[0] = 4;
    il->items[1] = 1000;
    ai_list_t *c3 = ai_p(send(ctx, ctx, ai_w(il)));
    CHECK(c3->kind == AI_ELEM_INT && c3->items[0] == 4 && c3->items[1] == 1000);
}

/* A long chain (no recursion in the copy). */
static void test_deep(void) {
    ai_actor_t *child = ai_actor_spawn(ctx);
    int64_t head = ai_w(&ai_None);
    for (int i = 0; i < 100000; i++) {
        ai_list_t *node = L(child, 2);
        node->items[0] = ai_small(i);
        node->items[1] = head;
        head = ai_w(node);
    }
    int64_t c = send(child, ctx, head);
    ai_actor_exit(child);
    int64_t n = 0, sum = 0;
    for (int64_t w = c; ai_word_type(w) == AI_T_LIST; w = ((ai_list_t *)ai_p(w))->items[1]) {
        n++;
        sum += ai_small_val(((ai_list_t *)ai_p(w))->items[0]);
    }
    CHECK(n == 100000 && sum == (int64_t)99999 * 100000 / 2);
}

int main(void) {
    test_begin();
    test_sharing_and_cycles();
    test_dicts_and_sets();
    test_leaves();
    test_deep();
    test_end();
    DONE();
}
