/* STUBS of functions that the "glue" helper owns (h8-glue), so that the "seq" part builds and its
 * tests run before the merge. Deleted at integration: nothing may rely on them. ai_obj_iter and
 * ai_iter_next raise NotImplementedError("pending"); ai_obj_eq, the repr helpers and ai_call do
 * the least that test_seq.c needs (equality and repr of numbers, strs, lists, tuples, ranges;
 * calling a function object). */
#include "seq.h"

int64_t ai_obj_iter(ai_actor_t *ctx, int64_t x) {
    (void)x;
    ai_raise(ctx, AI_EXC_NOT_IMPLEMENTED, "pending");
    return 0;
}

int64_t ai_iter_next(ai_actor_t *ctx, int64_t it) {
    (void)it;
    ai_raise(ctx, AI_EXC_NOT_IMPLEMENTED, "pending");
    return 0;
}

bool ai_obj_eq(ai_actor_t *ctx, int64_t a, int64_t b) {
    if (a == b)
        return true;
    int ta = ai_word_type(a), tb = ai_word_type(b);
    if (ta == tb && (ta == AI_T_LIST || ta == AI_T_TUPLE))
        return ai_seq_compare(ctx, AI_CMP_EQ, a, b);
    if (ta == AI_T_RANGE && tb == AI_T_RANGE)
        return ai_range_eq((ai_range_t *)(intptr_t)a, (ai_range_t *)(intptr_t)b);
    return ai_obj_compare(ctx, AI_CMP_EQ, a, b);
}

static int64_t stack[64];
static int depth;

int ai_repr_enter(ai_actor_t *ctx, int64_t w) {
    for (int i = 0; i < depth; i++)
        if (stack[i] == w)
            return 1;
    if (depth == 64) {
        ai_raise(ctx, AI_EXC_RECURSION, "maximum recursion depth exceeded while getting the repr of an object");
        return -1;
    }
    stack[depth++] = w;
    return 0;
}

void ai_repr_leave(ai_actor_t *ctx, int64_t w) {
    (void)ctx;
    if (depth && stack[depth - 1] == w)
        depth--;
}

bool ai_repr_into(ai_actor_t *ctx, ai_buf_t *b, int64_t w) {
    switch (ai_word_type(w)) {
    case AI_T_LIST: case AI_T_TUPLE: return ai_seq_repr(ctx, b, w);
    case AI_T_RANGE: return ai_range_repr(ctx, b, (ai_range_t *)(intptr_t)w);
    default: {
        ai_str_t *s = ai_obj_repr(ctx, w);
        if (!s)
            return false;
        ai_buf_put(b, s->data, (size_t)s->nbytes);
        return true;
    }
    }
}

int64_t ai_call(ai_actor_t *ctx, int64_t fn, int64_t argc, const int64_t *argv) {
    if (ai_word_type(fn) != AI_T_FUNCTION) {
        ai_type_error_of(ctx, "'%s' object is not callable", fn);
        return 0;
    }
    const ai_function_t *f = (const ai_function_t *)(intptr_t)fn;
    return f->code(ctx, f->env, argc, argv);
}
