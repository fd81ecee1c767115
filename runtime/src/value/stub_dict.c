/* Stubs for the functions of other issue-8 parts that dict/set/msg call (deleted at integration). */
#include "dict.h"

bool ai_obj_eq(ai_actor_t *ctx, int64_t a, int64_t b) {
    if (a == b)
        return true;
    /* numbers and strs: the existing comparison */
    int ta = ai_word_type(a), tb = ai_word_type(b);
    if ((ta <= AI_T_STR) && (tb <= AI_T_STR))
        return ai_obj_compare(ctx, AI_CMP_EQ, a, b);
    ai_raise(ctx, AI_EXC_NOT_IMPLEMENTED, "pending");
    return false;
}
bool ai_repr_into(ai_actor_t *ctx, ai_buf_t *b, int64_t w) {
    (void)b;
    (void)w;
    ai_raise(ctx, AI_EXC_NOT_IMPLEMENTED, "pending");
    return false;
}
static _Thread_local int64_t printing[256];
static _Thread_local int nprinting;
int ai_repr_enter(ai_actor_t *ctx, int64_t w) {
    for (int i = 0; i < nprinting; i++)
        if (printing[i] == w)
            return 1;
    if (nprinting == 256) {
        ai_raise(ctx, AI_EXC_RECURSION, "maximum recursion depth exceeded while getting the repr of an object");
        return -1;
    }
    printing[nprinting++] = w;
    return 0;
}
void ai_repr_leave(ai_actor_t *ctx, int64_t w) {
    (void)ctx;
    if (nprinting && printing[nprinting - 1] == w)
        nprinting--;
}
int64_t ai_obj_iter(ai_actor_t *ctx, int64_t x) {
    ai_type_error_of(ctx, "'%s' object is not iterable", x);
    return 0;
}
int64_t ai_iter_next(ai_actor_t *ctx, int64_t it) {
    (void)it;
    ai_raise(ctx, AI_EXC_NOT_IMPLEMENTED, "pending");
    return 0;
}
const char *ai_method_name(int32_t mid) {
    static const char *const names[] = {
        "",
#define AI_M_NAME(name) #name,
        AI_METHODS(AI_M_NAME)
#undef AI_M_NAME
    };
    return mid >= 0 && mid < AI_M_LIMIT ? names[mid] : NULL;
}
