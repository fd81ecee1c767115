/* Recursion depth as CPython 3.11 counts it (src/actor/depth.c): a frame's level is the thread's
 * depth + 1, the 1001st level raises RecursionError, levels are put back explicitly, and nested
 * C-level checks say the message of the first level that is too deep. */
#include "util.h"

#include "async/async.h"
#include "sched/sched.h"

static void test_enter_to_the_limit(void) {
    ai_depth_set(AI_DEPTH_MODULE);
    for (int64_t want = 2; want <= AI_RECURSION_LIMIT; want++)
        if (ai_depth_enter(ctx) != want || ctx->pending)
            break;
    CHECK_STR(raised(), "<none>");
    CHECK(ai_depth_enter(ctx) == AI_RECURSION_LIMIT + 1);
    CHECK_STR(raised(), "RecursionError: maximum recursion depth exceeded");
    ai_depth_set(AI_DEPTH_LOOP); /* a task's coroutine starts at level 10 */
    CHECK(ai_depth_enter(ctx) == 10);
    CHECK_STR(raised(), "<none>");
}

static void test_nested_checks(void) {
    /* print: two checks, both "while calling a Python object" */
    ai_depth_set(AI_RECURSION_LIMIT - 2);
    ai_depth_need(ctx, 2, 0x00);
    CHECK_STR(raised(), "<none>");
    ai_depth_set(AI_RECURSION_LIMIT - 1);
    ai_depth_need(ctx, 2, 0x00);
    CHECK_STR(raised(), "RecursionError: maximum recursion depth exceeded while calling a Python object");
    /* max(): a call, then a comparison one level deeper; the first level too deep decides */
    ai_depth_need(ctx, 2, AI_DEPTH_CALL | AI_DEPTH_COMPARE << 4);
    CHECK_STR(raised(), "RecursionError: maximum recursion depth exceeded in comparison");
    ai_depth_set(AI_RECURSION_LIMIT);
    ai_depth_need(ctx, 2, AI_DEPTH_CALL | AI_DEPTH_COMPARE << 4);
    CHECK_STR(raised(), "RecursionError: maximum recursion depth exceeded while calling a Python object");
    ai_depth_need(ctx, 1, AI_DEPTH_STR);
    CHECK_STR(raised(), "RecursionError: maximum recursion depth exceeded while getting the str of an object");
    ai_depth_need(ctx, 1, AI_DEPTH_REPR);
    CHECK_STR(raised(), "RecursionError: maximum recursion depth exceeded while getting the repr of an object");
    ai_depth_need(ctx, 1, AI_DEPTH_FRAME);
    CHECK_STR(raised(), "RecursionError: maximum recursion depth exceeded");
    ai_depth_need(ctx, 0, 0); /* nothing below the frame: never too deep */
    CHECK_STR(raised(), "<none>");
}

/* asyncio.sleep's own frames: too deep, the token comes back complete with RecursionError pending */
static void test_sleep_too_deep(void) {
    ai_depth_set(AI_RECURSION_LIMIT - 1);
    void *t = ai_sleep(ctx, 0);
    CHECK_STR(raised(), "RecursionError: maximum recursion depth exceeded in comparison");
    CHECK(ai_async_is_done(t));
    mlirAsyncRuntimeDropRef(t, 1);
    ai_depth_set(AI_RECURSION_LIMIT - 6);
    t = ai_sleep(ctx, 0.001); /* call_later's frames need 7 levels */
    CHECK_STR(raised(), "RecursionError: maximum recursion depth exceeded while calling a Python object");
    mlirAsyncRuntimeDropRef(t, 1);
    ai_depth_set(AI_RECURSION_LIMIT - 7);
    t = ai_sleep(ctx, 0.001);
    CHECK_STR(raised(), "<none>");
    CHECK(!ai_async_is_done(t));
    bool stop = false;
    ai_sched_run(&stop, false); /* fires the timer, then nothing is left */
    CHECK(ai_async_is_done(t));
    mlirAsyncRuntimeDropRef(t, 1);
    ai_depth_set(AI_DEPTH_MODULE);
}

int main(void) {
    test_begin();
    test_enter_to_the_limit();
    test_nested_checks();
    test_sleep_too_deep();
    test_end();
    DONE();
}
