/* Stubs for functions other helpers own, until their branches are merged (deleted at integration). */
#include "bltn.h"

#define PENDING(ret)                                            \
    do {                                                        \
        ai_raise(ctx, AI_EXC_NOT_IMPLEMENTED, "pending");       \
        return ret;                                             \
    } while (0)

int64_t ai_set_new_empty(ai_actor_t *ctx, int type_id) { (void)type_id; PENDING(0); }
bool ai_set_insert(ai_actor_t *ctx, ai_set_t *s, int64_t key) { (void)s; (void)key; PENDING(false); }
double ai_float_from_str(ai_actor_t *ctx, ai_str_t *s) { (void)s; PENDING(0.0); }
int64_t ai_int_from_str_base(ai_actor_t *ctx, ai_str_t *s, int64_t base) { (void)s; (void)base; PENDING(0); }
