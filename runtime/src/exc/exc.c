/* Exception objects and the in-flight slot.
 *
 * Why an in-flight slot: the upstream async lowering propagates failure as a bare error *state*:
 * a coroutine that awaits a failed token calls mlirAsyncRuntimeIs{Token,Value,Group}Error, gets
 * true, and then calls mlirAsyncRuntimeSet{Token,Value}Error on its own results, with no suspension
 * in between and on the same thread. Is*Error therefore records the failed object's exception in a
 * thread-local slot and Set*Error attaches it to the object it fails, so the exception travels up
 * the await chain unchanged. The slot is only read right after it is written, so a stale value is
 * never observed; it keeps one reference, replaced at the next Is*Error. */
#include "exc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static _Thread_local ai_exc_t *in_flight;

ai_exc_t *ai_exc_new(int32_t kind, const char *msg) {
    size_t n = strlen(msg);
    ai_exc_t *e = malloc(sizeof *e + n + 1);
    if (!e) {
        fputs("MemoryError: cannot allocate an exception object\n", stderr);
        abort();
    }
    atomic_init(&e->refs, 1);
    e->kind = kind;
    e->exit = 0;
    memcpy(e->msg, msg, n + 1);
    return e;
}

ai_exc_t *ai_exc_retain(ai_exc_t *e) {
    if (e)
        atomic_fetch_add_explicit(&e->refs, 1, memory_order_relaxed);
    return e;
}

void ai_exc_release(ai_exc_t *e) {
    /* acq_rel: the last release must see every other thread's use of the object before freeing. */
    if (e && atomic_fetch_sub_explicit(&e->refs, 1, memory_order_acq_rel) == 1)
        free(e);
}

const char *ai_exc_kind_name(int32_t kind) {
    static const char *names[] = {"Exception",  "ZeroDivisionError", "OverflowError",
                                  "ValueError", "IndexError",        "TypeError",
                                  "RuntimeError", "NotImplementedError", "MemoryError",
                                  "RecursionError", "KeyError", "StopIteration",
                                  "AttributeError", "SystemExit", "AssertionError", "NameError"};
    return kind >= 1 && kind < (int32_t)(sizeof names / sizeof *names) ? names[kind] : names[0];
}

void ai_exc_set_in_flight(ai_exc_t *e) {
    ai_exc_t *old = in_flight;
    in_flight = ai_exc_retain(e);
    ai_exc_release(old);
}

ai_exc_t *ai_exc_take_in_flight(void) {
    if (in_flight)
        return ai_exc_retain(in_flight);
    return ai_exc_new(6, "an async operation failed without an exception");
}
