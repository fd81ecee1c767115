/* time.time / perf_counter / monotonic, sys.argv and sys.exit. */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "bltn.h"
#include "int.h"
#include "../actor/actor.h"

static int g_argc;
static char **g_argv;

void ai_sys_set_args(int argc, char **argv) {
    g_argc = argc;
    g_argv = argv;
}

int64_t ai_sys_argv(ai_actor_t *ctx) {
    int64_t list = ai_list_from(ctx, 0, NULL);
    if (!list)
        return 0;
    for (int i = 0; i < g_argc; i++) {
        ai_str_t *s = ai_str_from_buf(ctx, g_argv[i], strlen(g_argv[i]));
        if (!s || !ai_list_push(ctx, (ai_list_t *)(intptr_t)list, (int64_t)(intptr_t)s))
            return 0;
    }
    return list;
}

static double clock_seconds(clockid_t id) {
    struct timespec ts;
    clock_gettime(id, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* sys.exit(code): SystemExit whose message is str(code) (what `except SystemExit as e: print(e)`
 * shows; "" for None) and whose exit field says how the program ends if nobody catches it. */
static int64_t sys_exit(ai_actor_t *ctx, int64_t code) {
    int32_t how;
    const char *msg = "";
    ai_str_t *text = NULL;
    int t = ai_word_type(code);
    if (t == AI_T_NONE) {
        how = AI_EXIT_STATUS;
    } else if (t == AI_T_INT || t == AI_T_BOOL) {
        int64_t iw;
        ai_bl_as_int(code, &iw);
        /* CPython: PyLong_AsLong, -1 when it does not fit; the process status is its low byte */
        int64_t v = ai_int_fits_i64(iw) ? ai_int_as_i64(ctx, iw) : -1;
        how = AI_EXIT_STATUS | (int32_t)((uint64_t)v & 0xff);
        text = ai_obj_str(ctx, code);
    } else {
        how = AI_EXIT_PRINT;
        text = ai_obj_str(ctx, code);
    }
    if (ctx->pending) /* str() of the code failed (a huge int): no text */
        return 0;
    if (text)
        msg = text->data;
    ai_raise(ctx, AI_EXC_SYSTEM_EXIT, msg);
    ctx->pending->exit = how;
    return 0;
}

int ai_sys_exit_status(const ai_exc_t *e) {
    if (e->exit & AI_EXIT_STATUS)
        return e->exit & 0xff;
    if (!(e->exit & AI_EXIT_PRINT) && e->msg[0] == 0) /* a bare SystemExit */
        return 0;
    fprintf(stderr, "%s\n", e->msg);
    return 1;
}

int64_t ai_bltn_sys(ai_actor_t *ctx, int32_t bid, int64_t argc, const int64_t *argv) {
    switch (bid) {
    case AI_B_time_time: return ai_float_box(ctx, clock_seconds(CLOCK_REALTIME));
    case AI_B_time_perf_counter: return ai_float_box(ctx, clock_seconds(CLOCK_MONOTONIC));
    case AI_B_time_monotonic: return ai_float_box(ctx, clock_seconds(CLOCK_MONOTONIC));
    case AI_B_sys_exit: return sys_exit(ctx, argc ? argv[0] : (int64_t)(intptr_t)&ai_None);
    default: return ai_bl_raisef(ctx, AI_EXC_RUNTIME, "bad builtin id %d", (int)bid);
    }
}
