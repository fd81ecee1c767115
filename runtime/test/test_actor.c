/* Actors: spawn/exit lifetime (a parent's heap outlives its children), self/parent, lists, and
 * results crossing actors as deep copies (ai_msg_export / ai_msg_adopt). ASan checks that nothing
 * is read after its heap is freed and that every heap is freed. */
#include "util.h"

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

/* The lowering's shape: child = spawn(ctx); the child builds a result in its own heap from an
 * argument that lives in the parent's heap, exports it, and exits; the parent adopts it. */
static void test_spawn_reply_exit(void) {
    ai_actor_t *parent = ai_actor_spawn(ctx);
    ai_str_t *arg = ai_str_const(parent, "hi", 2);
    ai_actor_t *child = ai_actor_spawn(parent);
    CHECK(ai_actor_self(child) == child);
    CHECK(ai_actor_parent(child) == parent);
    CHECK(ai_actor_parent(ai_actor_root()) == ai_actor_root());
    ai_str_t *r = ai_str_concat(child, arg, ai_str_mul(child, arg, 2));
    void *msg = ai_msg_export(child, r);
    ai_actor_exit(child);
    ai_str_t *got = ai_msg_adopt(parent, msg);
    CHECK_STR(got->data, "hihihi");
    CHECK(ai_str_len(got) == 6);
    /* still usable after more allocation in the adopting heap */
    CHECK_STR(ai_str_concat(parent, got, arg)->data, "hihihihi");
    ai_actor_exit(parent);
}

/* A parent that finishes first keeps its heap until its last child ends. */
static void test_parent_outlived_by_child(void) {
    ai_actor_t *parent = ai_actor_spawn(ctx);
    ai_str_t *arg = ai_str_const(parent, "shared", 6);
    ai_actor_t *a = ai_actor_spawn(parent), *b = ai_actor_spawn(parent);
    ai_actor_exit(parent); /* its reply is sent; children still read `arg` */
    CHECK(ai_str_len(ai_str_concat(a, arg, arg)) == 12);
    ai_actor_exit(a);
    CHECK_STR(ai_str_repr(b, arg)->data, "'shared'");
    ai_actor_exit(b); /* frees b, then parent */
}

/* A task keeps its creator's heap alive until the task's token settles, even after the creator
 * has replied and exited: a task runs in its creator's context and reads its arguments there.
 * Both outcomes (success, error) release it. ASan reports a use after free otherwise. */
static void test_creator_outlived_by_task(void) {
    for (int fail = 0; fail < 2; fail++) {
        ai_actor_t *creator = ai_actor_spawn(ctx);
        ai_list_t *xs = ai_list_new(creator, 2, AI_ELEM_INT);
        ai_list_set(xs, 0, 7);
        void *t1 = mlirAsyncRuntimeCreateToken(), *t2 = mlirAsyncRuntimeCreateToken();
        mlirAsyncRuntimeAddRef(t1, 1); /* the references ai_task_token consumes */
        mlirAsyncRuntimeAddRef(t2, 1);
        ai_task_token(creator, t1);
        ai_task_token(creator, t2);
        ai_actor_exit(creator); /* the behaviour replied; two tasks still run in `creator` */
        ai_list_set(xs, 1, ai_list_get(creator, xs, 0) * 2);
        mlirAsyncRuntimeEmplaceToken(t1);
        ai_str_t *s = ai_str_from_i64(creator, ai_list_get(creator, xs, 1)); /* t2 still runs */
        CHECK_STR(s->data, "14");
        if (fail) {
            ai_raise(creator, AI_EXC_ZERO_DIVISION, "x");
            void *e = ai_exc_token(creator);
            CHECK(mlirAsyncRuntimeIsTokenError(e));
            mlirAsyncRuntimeSetTokenError(t2); /* frees `creator` */
            mlirAsyncRuntimeDropRef(e, 1);
        } else {
            mlirAsyncRuntimeEmplaceToken(t2); /* frees `creator` */
        }
        mlirAsyncRuntimeDropRef(t1, 1);
        mlirAsyncRuntimeDropRef(t2, 1);
    }
}

static void test_export_scalars_and_empty(void) {
    ai_actor_t *child = ai_actor_spawn(ctx);
    ai_list_t *l = ai_list_new(child, 3, AI_ELEM_INT);
    for (int i = 0; i < 3; i++)
        ai_list_set(l, i, i * 10);
    ai_list_t *e = ai_list_new(child, 0, AI_ELEM_STR);
    void *m1 = ai_msg_export(child, l), *m2 = ai_msg_export(child, e);
    void *m3 = ai_msg_export(child, ai_str_const(child, "", 0));
    ai_actor_exit(child);
    ai_list_t *l2 = ai_msg_adopt(ctx, m1), *e2 = ai_msg_adopt(ctx, m2);
    ai_str_t *s3 = ai_msg_adopt(ctx, m3);
    CHECK(ai_list_len(l2) == 3 && ai_list_get(ctx, l2, -1) == 20);
    CHECK(ai_list_len(e2) == 0);
    CHECK(ai_str_len(s3) == 0 && s3->data[0] == 0);
    CHECK(ai_msg_export(ctx, NULL) == NULL && ai_msg_adopt(ctx, NULL) == NULL);
}

/* Many actors, each with a heap grown over several chunks (ASan: all freed at exit). */
static void test_many_actors(void) {
    for (int i = 0; i < 200; i++) {
        ai_actor_t *c = ai_actor_spawn(ctx);
        ai_str_t *s = ai_str_const(c, "x", 1);
        for (int k = 0; k < 12; k++)
            s = ai_str_concat(c, s, s);
        CHECK(i % 50 != 0 || ai_str_len(s) == 4096);
        ai_actor_exit(c);
    }
}

int main(void) {
    test_begin();
    test_lists_and_messages();
    test_spawn_reply_exit();
    test_parent_outlived_by_child();
    test_creator_outlived_by_task();
    test_export_scalars_and_empty();
    test_many_actors();
    test_end();
    DONE();
}
