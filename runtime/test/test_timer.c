/* The timer heap (sched/timer.c) and the scheduler's use of it: deadline order, equal deadlines
 * in arming order (asyncio's heapq of TimerHandles), sleep(0) as one bare loop iteration, and a
 * steady state that arms and fires without growing. */
#include <stdint.h>

#include "aithon/rt.h"
#include "actor/actor.h"
#include "async/async.h"
#include "sched/sched.h"
#include "sched/timer.h"
#include "check.h"

static char trace[64];
static int ntrace;

static void note(void *arg) {
    trace[ntrace++] = (char)(intptr_t)arg;
    trace[ntrace] = 0;
}

static void test_heap_order(void) {
    ntrace = 0;
    trace[0] = 0;
    ai_timer_add(3.0, note, (void *)'c');
    ai_timer_add(1.0, note, (void *)'a');
    ai_timer_add(2.0, note, (void *)'b');
    ai_timer_add(1.0, note, (void *)'A'); /* same deadline as 'a', armed later: after it */
    ai_timer_add(2.0, note, (void *)'B');
    ai_timer_add(1.0, note, (void *)'x');
    CHECK(ai_timer_count() == 6);
    CHECK(ai_timer_first() == 1.0);
    ai_job_fn fn;
    void *arg;
    while (ai_timer_pop_due(2.5, &fn, &arg))
        fn(arg);
    CHECK_STR(trace, "aAxbB");
    CHECK(ai_timer_count() == 1);
    CHECK(!ai_timer_pop_due(2.9, &fn, &arg));
    CHECK(ai_timer_pop_due(3.0, &fn, &arg));
    CHECK(ai_timer_count() == 0);
}

static void test_many_equal_deadlines(void) {
    enum { N = 5000 };
    for (intptr_t i = 0; i < N; i++)
        ai_timer_add(7.0 + (double)(i % 3), note, (void *)i);
    bool ordered = true;
    intptr_t last[3] = {-1, -1, -1};
    double last_deadline = 0;
    ai_job_fn fn;
    void *arg;
    for (int i = 0; i < N; i++) {
        double d = ai_timer_first();
        ordered &= ai_timer_pop_due(100.0, &fn, &arg);
        intptr_t k = (intptr_t)arg;
        ordered &= d >= last_deadline && k > last[k % 3] && (double)(7 + k % 3) == d;
        last[k % 3] = k;
        last_deadline = d;
    }
    CHECK(ordered);
}

static void resume_note(void *h) { note(h); }

/* Through the scheduler: sleep(0) runs before any timer, timers fire by deadline then arming
 * order, each firing one iteration after its deadline. */
static void test_sleep_through_loop(void) {
    ai_actor_t *ctx = ai_actor_root();
    ntrace = 0;
    trace[0] = 0;
    void *t[5] = {ai_sleep(ctx, 0.003), ai_sleep(ctx, 0.001), ai_sleep(ctx, 0.003), ai_sleep(ctx, 0),
                  ai_sleep(ctx, 0.001)};
    const char *names = "abcde";
    for (int i = 0; i < 5; i++)
        mlirAsyncRuntimeAwaitTokenAndExecute(t[i], (void *)(intptr_t)names[i], resume_note);
    bool stop = false;
    ai_sched_run(&stop, false);
    CHECK_STR(trace, "dbeac");
    for (int i = 0; i < 5; i++)
        mlirAsyncRuntimeDropRef(t[i], 1);
}

int main(void) {
    ai_sched_init();
    test_heap_order();
    test_many_equal_deadlines();
    test_sleep_through_loop();
    DONE();
}
