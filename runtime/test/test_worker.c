/* Pure task steps run ahead on workers (sched/worker.c): with 4 workers the loop observes exactly
 * the one-worker order — completions made by a step are replayed at its turn — and a step that
 * never got a worker runs at its turn. Run under ThreadSanitizer by the test command. */
#include <stdint.h>
#include <stdlib.h>

#include "aithon/rt.h"
#include "actor/actor.h"
#include "async/async.h"
#include "sched/sched.h"
#include "sched/worker.h"
#include "check.h"

enum { TASKS = 64 };

typedef struct {
    void *token;
    int64_t work, result;
    char name;
} step_t;

static char trace[4 * TASKS + 8];
static int ntrace;

static void note(char c) {
    trace[ntrace++] = c;
    trace[ntrace] = 0;
}

/* A task's first step: computes (no output), then completes its token — deferred when it runs
 * ahead, performed at once when it runs at its turn. */
static void pure_step(void *arg) {
    step_t *s = arg;
    uint64_t x = (uint64_t)s->work;
    for (int64_t i = 0; i < s->work * 1000; i++)
        x = x * 6364136223846793005u + 1442695040888963407u;
    s->result = (int64_t)(x >> 40);
    ai_async_complete(s->token, NULL);
}

static void resume(void *h) { note(((step_t *)h)->name); } /* an awaiting coroutine, by its handle */

static void printer(void *arg) { note((char)(intptr_t)arg); }

static void run_program(step_t *steps, int n) {
    for (int i = 0; i < n; i++) {
        steps[i].token = ai_async_new_token(); /* ours + the completer's (the step) */
        mlirAsyncRuntimeExecute(&steps[i], pure_step);
        mlirAsyncRuntimeAddRef(steps[i].token, 1); /* the one ai_task_token_pure consumes */
        ai_task_token_pure(ai_actor_root(), steps[i].token);
        mlirAsyncRuntimeAwaitTokenAndExecute(steps[i].token, &steps[i], resume);
        if (i % 4 == 0)
            ai_sched_push(printer, (void *)(intptr_t)('0' + i % 10), 1); /* output between steps */
    }
    bool stop = false;
    ai_sched_run(&stop, false);
    for (int i = 0; i < n; i++)
        mlirAsyncRuntimeDropRef(steps[i].token, 1);
}

static void test_same_order_as_one_worker(void) {
    static step_t steps[TASKS];
    for (int i = 0; i < TASKS; i++)
        steps[i] = (step_t){NULL, 1 + (i * 37) % 200, 0, (char)('A' + i % 26)};
    ntrace = 0;
    trace[0] = 0;
    run_program(steps, TASKS);
    /* the one-worker order: every step in creation order, each awaiter one iteration after its
     * task (printers are ordinary jobs between them) */
    char want[sizeof trace];
    int n = 0;
    for (int i = 0; i < TASKS; i++)
        if (i % 4 == 0)
            want[n++] = (char)('0' + i % 10);
    for (int i = 0; i < TASKS; i++)
        want[n++] = (char)('A' + i % 26);
    want[n] = 0;
    CHECK_STR(trace, want);
    bool computed = true;
    for (int i = 0; i < TASKS; i++) {
        step_t again = steps[i];
        uint64_t x = (uint64_t)again.work;
        for (int64_t k = 0; k < again.work * 1000; k++)
            x = x * 6364136223846793005u + 1442695040888963407u;
        computed &= steps[i].result == (int64_t)(x >> 40);
    }
    CHECK(computed);
}

int main(void) {
    setenv("AITHON_THREADS", "4", 1);
    ai_sched_init();
    CHECK(ai_workers_count() == 4);
    CHECK(mlirAsyncRuntimGetNumWorkerThreads() == 4);
    test_same_order_as_one_worker();
    test_same_order_as_one_worker(); /* workers started: parked, then woken by new offers */
    DONE();
}
