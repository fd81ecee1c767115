/* Mailboxes: several producer threads, one consumer; every word arrives once and each producer's
 * words arrive in the order sent; a parked receiver is woken exactly once. */
#include <pthread.h>

#include "aithon/rt.h"
#include "actor/actor.h"
#include "async/async.h"
#include "check.h"

enum { PRODUCERS = 4, PER = 20000 };

static ai_actor_t *target;

static void *produce(void *arg) {
    int64_t id = (int64_t)(intptr_t)arg;
    for (int64_t i = 0; i < PER; i++)
        ai_actor_send(NULL, target, id * PER + i);
    return NULL;
}

static void test_many_producers(void) {
    target = ai_actor_spawn(ai_actor_root());
    pthread_t th[PRODUCERS];
    for (intptr_t p = 0; p < PRODUCERS; p++)
        pthread_create(&th[p], NULL, produce, (void *)p);
    int64_t next[PRODUCERS] = {0};
    int64_t received = 0;
    bool in_order = true;
    while (received < PRODUCERS * PER) {
        int64_t w;
        if (!ai_mpsc_pop(&target->mailbox, &w))
            continue; /* empty for now, or a push half done */
        int64_t p = w / PER;
        in_order &= (w % PER) == next[p]++;
        received++;
    }
    for (int p = 0; p < PRODUCERS; p++)
        pthread_join(th[p], NULL);
    CHECK(in_order);
    CHECK(received == PRODUCERS * PER);
    CHECK(ai_mpsc_empty(&target->mailbox));
    ai_actor_exit(target);
}

static void test_wake_up(void) {
    ai_actor_t *a = ai_actor_spawn(ai_actor_root());
    void *t = ai_mailbox_wait(a); /* empty: parked */
    CHECK(!ai_async_is_done(t));
    ai_actor_send(a, a, 7);
    CHECK(ai_async_is_done(t));
    CHECK(ai_mailbox_pop(a) == 7);
    mlirAsyncRuntimeDropRef(t, 1);
    ai_actor_send(a, a, 8);
    void *u = ai_mailbox_wait(a); /* non-empty: ready at once */
    CHECK(ai_async_is_done(u));
    CHECK(ai_mailbox_pop(a) == 8);
    mlirAsyncRuntimeDropRef(u, 1);
    ai_mailbox_pop(a);
    CHECK(ai_exc_pending(a));
    ai_actor_exit(a);
}

/* A receiver that parks on an empty mailbox while a sender thread races with it: every wait token
 * is completed exactly once (a second completion would drop a reference twice and abort), none is
 * lost (the receiver would spin forever), and the words arrive in order. */
enum { RACE = 20000 };

static void *send_race(void *arg) {
    ai_actor_t *a = arg;
    for (int64_t i = 0; i < RACE; i++)
        ai_actor_send(NULL, a, i);
    return NULL;
}

static void test_wake_up_race(void) {
    ai_actor_t *a = ai_actor_spawn(ai_actor_root());
    pthread_t th;
    pthread_create(&th, NULL, send_race, a);
    bool in_order = true;
    for (int64_t i = 0; i < RACE; i++) {
        void *t = ai_mailbox_wait(a);
        while (!ai_async_is_done(t)) {
        }
        in_order &= ai_mailbox_pop(a) == i;
        mlirAsyncRuntimeDropRef(t, 1);
    }
    pthread_join(th, NULL);
    CHECK(in_order);
    CHECK(!ai_exc_pending(a));
    CHECK(ai_mpsc_empty(&a->mailbox));
    ai_actor_exit(a);
}

int main(void) {
    test_many_producers();
    test_wake_up();
    test_wake_up_race();
    DONE();
}
