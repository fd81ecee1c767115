/* Stubs of the other helpers' functions that the glue calls (deleted at integration). A few are
 * minimal working versions so that the glue's own tests can build values; the rest raise. */
#include "containers.h"
#include "../actor/actor.h"

#define PENDING(ctx) ai_raise(ctx, AI_EXC_NOT_IMPLEMENTED, "pending")

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

