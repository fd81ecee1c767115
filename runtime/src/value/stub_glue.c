/* Stubs of the other helpers' functions that the glue calls (deleted at integration). A few are
 * minimal working versions so that the glue's own tests can build values; the rest raise. */
#include "containers.h"
#include "../actor/actor.h"

#define PENDING(ctx) ai_raise(ctx, AI_EXC_NOT_IMPLEMENTED, "pending")

AI_MAY_RAISE int64_t ai_dict_len(ai_dict_t *d) {
    (void)d;
    return 0;
}

AI_MAY_RAISE int64_t ai_dict_getitem(ai_actor_t *ctx, ai_dict_t *d, int64_t key) {
    (void)ctx;
    (void)d;
    (void)key;
    PENDING(ctx);
    return 0;
}

AI_MAY_RAISE bool ai_dict_set(ai_actor_t *ctx, ai_dict_t *d, int64_t key, int64_t value) {
    (void)ctx;
    (void)d;
    (void)key;
    (void)value;
    PENDING(ctx);
    return 0;
}

AI_MAY_RAISE bool ai_dict_delitem(ai_actor_t *ctx, ai_dict_t *d, int64_t key) {
    (void)ctx;
    (void)d;
    (void)key;
    PENDING(ctx);
    return 0;
}

AI_MAY_RAISE bool ai_dict_contains(ai_actor_t *ctx, ai_dict_t *d, int64_t key) {
    (void)ctx;
    (void)d;
    (void)key;
    PENDING(ctx);
    return 0;
}

AI_MAY_RAISE int64_t ai_dict_method(ai_actor_t *ctx, ai_dict_t *d, int32_t mid, int64_t argc, const int64_t *argv) {
    (void)ctx;
    (void)d;
    (void)mid;
    (void)argc;
    (void)argv;
    PENDING(ctx);
    return 0;
}

AI_MAY_RAISE bool ai_dict_eq(ai_actor_t *ctx, ai_dict_t *a, ai_dict_t *b) {
    (void)ctx;
    (void)a;
    (void)b;
    PENDING(ctx);
    return 0;
}

AI_MAY_RAISE bool ai_dict_repr(ai_actor_t *ctx, ai_buf_t *b, ai_dict_t *d) {
    (void)ctx;
    (void)b;
    (void)d;
    PENDING(ctx);
    return 0;
}

AI_MAY_RAISE bool ai_dict_next(ai_dict_t *d, int64_t *pos, int64_t *key, int64_t *value) {
    (void)d;
    (void)pos;
    (void)key;
    (void)value;
    return 0;
}

AI_MAY_RAISE bool ai_dict_view_repr(ai_actor_t *ctx, ai_buf_t *b, ai_dict_view_t *v) {
    (void)ctx;
    (void)b;
    (void)v;
    PENDING(ctx);
    return 0;
}

AI_MAY_RAISE bool ai_dict_view_contains(ai_actor_t *ctx, ai_dict_view_t *v, int64_t x) {
    (void)ctx;
    (void)v;
    (void)x;
    PENDING(ctx);
    return 0;
}

AI_MAY_RAISE int64_t ai_set_len(ai_set_t *s) {
    (void)s;
    return 0;
}

AI_MAY_RAISE bool ai_set_has(ai_actor_t *ctx, ai_set_t *s, int64_t key) {
    (void)ctx;
    (void)s;
    (void)key;
    PENDING(ctx);
    return 0;
}

AI_MAY_RAISE int64_t ai_set_method(ai_actor_t *ctx, ai_set_t *s, int32_t mid, int64_t argc, const int64_t *argv) {
    (void)ctx;
    (void)s;
    (void)mid;
    (void)argc;
    (void)argv;
    PENDING(ctx);
    return 0;
}

AI_MAY_RAISE int64_t ai_set_binop(ai_actor_t *ctx, int32_t op, int64_t a, int64_t b) {
    (void)ctx;
    (void)op;
    (void)a;
    (void)b;
    PENDING(ctx);
    return 0;
}

AI_MAY_RAISE bool ai_set_compare(ai_actor_t *ctx, int32_t op, int64_t a, int64_t b) {
    (void)ctx;
    (void)op;
    (void)a;
    (void)b;
    PENDING(ctx);
    return 0;
}

AI_MAY_RAISE int64_t ai_set_hash(ai_actor_t *ctx, ai_set_t *s) {
    (void)ctx;
    (void)s;
    PENDING(ctx);
    return 0;
}

AI_MAY_RAISE bool ai_set_repr(ai_actor_t *ctx, ai_buf_t *b, ai_set_t *s) {
    (void)ctx;
    (void)b;
    (void)s;
    PENDING(ctx);
    return 0;
}

AI_MAY_RAISE bool ai_set_next(ai_set_t *s, int64_t *pos, int64_t *key) {
    (void)s;
    (void)pos;
    (void)key;
    return 0;
}

AI_MAY_RAISE int64_t ai_dict_from(ai_actor_t *ctx, int64_t n, const int64_t *kv) {
    (void)ctx;
    (void)n;
    (void)kv;
    PENDING(ctx);
    return 0;
}

AI_MAY_RAISE void ai_dict_merge(ai_actor_t *ctx, int64_t dict, int64_t mapping) {
    (void)ctx;
    (void)dict;
    (void)mapping;
    PENDING(ctx);
}

AI_MAY_RAISE int64_t ai_set_from(ai_actor_t *ctx, int64_t n, const int64_t *items) {
    (void)ctx;
    (void)n;
    (void)items;
    PENDING(ctx);
    return 0;
}

AI_MAY_RAISE void ai_set_add(ai_actor_t *ctx, int64_t set, int64_t x) {
    (void)ctx;
    (void)set;
    (void)x;
    PENDING(ctx);
}











AI_MAY_RAISE int64_t ai_builtin(ai_actor_t *ctx, int32_t bid, int64_t argc, const int64_t *argv) {
    (void)ctx;
    (void)bid;
    (void)argc;
    (void)argv;
    PENDING(ctx);
    return 0;
}

const char *ai_builtin_name(int32_t bid) {
    (void)bid;
    return "builtin";
}

/* minimal working versions */

