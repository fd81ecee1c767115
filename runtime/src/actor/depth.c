/* Recursion depth, counted as CPython 3.11 counts it, so that RecursionError is raised at the same
 * depth (and a deep recursion never overflows the native stack: 1,000 levels of AIthon frames are
 * far below it).
 *
 * CPython 3.11 keeps one counter per thread: every Python frame (a sync call, each coroutine of an
 * `await` chain — a resumed task re-enters its whole chain) adds one, and some C-level operations
 * add one or two for their duration (`str()`, `print`, `format` with a spec, `min`/`max`...); the
 * limit is 1000. Measured on CPython 3.11: the module body is frame 1; a task's coroutine (main
 * under asyncio.run, a create_task or gather child) is frame 10 (asyncio.run, Runner.run,
 * run_until_complete, run_forever, _run_once, Handle._run and the C task step sit under it).
 *
 * Mechanism: the generated code gives every user function a level, `ai_depth_enter` = the
 * thread's depth + 1, checked against the limit; after every call of a user function and after
 * every await (the only points where other code may have run on this thread) the function puts
 * its own level back with `ai_depth_set`. The scheduler sets AI_DEPTH_LOOP before each job, so a
 * task's first coroutine gets level 10 wherever it runs. Nothing is kept per actor or task: a level
 * lives in the coroutine frame, so this stays right when tasks move between worker threads. */
#include <stdio.h>

#include "aithon/rt.h"

static _Thread_local int64_t depth = AI_DEPTH_MODULE;

static void too_deep(ai_actor_t *ctx, int32_t what) {
    static const char *suffix[] = {" while calling a Python object", " while getting the str of an object",
                                   " in comparison", "", " while getting the repr of an object"};
    char msg[96];
    snprintf(msg, sizeof msg, "maximum recursion depth exceeded%s",
             what >= 0 && what <= 4 ? suffix[what] : "");
    ai_raise(ctx, AI_EXC_RECURSION, msg);
}

int64_t ai_depth_enter(ai_actor_t *ctx) {
    int64_t d = ++depth;
    if (d > AI_RECURSION_LIMIT)
        too_deep(ctx, AI_DEPTH_FRAME);
    return d;
}

void ai_depth_set(int64_t level) { depth = level; }

void ai_depth_need(ai_actor_t *ctx, int32_t n, int64_t codes) {
    int64_t k = AI_RECURSION_LIMIT - depth + 1; /* the first level of the operation that is too deep */
    if (k >= 1 && k <= n)
        too_deep(ctx, (int32_t)((codes >> (4 * (k - 1))) & 15));
}
