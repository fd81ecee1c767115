/* Helpers shared by the value tests: a test actor, C strings as runtime strings, the pending
 * exception as "Kind: message" text. */
#ifndef AI_TEST_UTIL_H
#define AI_TEST_UTIL_H

#include <stdio.h>
#include <string.h>

#include "aithon/rt.h"
#include "actor/actor.h"
#include "check.h"
#include "value/containers.h"
#include "value/value.h"

static ai_actor_t *ctx;

static inline ai_str_t *S(const char *p) { return ai_str_const(ctx, p, (int64_t)strlen(p)); }

/* The pending exception as "Kind: message" (and clear it); "<none>" if there is none. */
static inline const char *raised(void) {
    static char buf[200];
    if (!ctx->pending)
        return "<none>";
    snprintf(buf, sizeof buf, "%s: %s", ai_exc_kind_name(ctx->pending->kind), ctx->pending->msg);
    ai_exc_release(ctx->pending);
    ctx->pending = NULL;
    return buf;
}

static inline void test_begin(void) { ctx = ai_actor_spawn(ai_actor_root()); }
static inline void test_end(void) { ai_actor_exit(ctx); }

#endif
