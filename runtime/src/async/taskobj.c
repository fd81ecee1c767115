/* Task values: a Task object (type AI_T_TASK) holds the token and the value of the async.execute
 * that runs the task (its result as a word), with a reference on each (kept for the program's
 * life: there is no collector to drop them yet). */
#include <stdio.h>

#include "async.h"
#include "../actor/actor.h"
#include "../value/value.h"

typedef struct {
    uint64_t header; /* AI_T_TASK */
    void *token;
    void *value;
} ai_task_obj_t;

static ai_task_obj_t *task_of(ai_actor_t *ctx, int64_t w, const char *what) {
    if (ai_word_type(w) == AI_T_TASK)
        return (ai_task_obj_t *)(intptr_t)w;
    char msg[160];
    if (what)
        snprintf(msg, sizeof msg, "object %s can't be used in 'await' expression", ai_word_type_name(w));
    else
        snprintf(msg, sizeof msg, "'%s' object has no attribute 'result'", ai_word_type_name(w));
    ai_raise(ctx, what ? AI_EXC_TYPE : AI_EXC_ATTRIBUTE, msg);
    return NULL;
}

int64_t ai_task_new(ai_actor_t *ctx, void *token, void *value) {
    ai_task_obj_t *t = ai_actor_alloc(ctx, sizeof *t);
    if (!t)
        return 0;
    t->header = ai_hdr_new(AI_T_TASK, sizeof *t);
    t->token = token;
    t->value = value;
    mlirAsyncRuntimeAddRef(token, 1);
    if (value)
        mlirAsyncRuntimeAddRef(value, 1);
    return (int64_t)(intptr_t)t;
}

void *ai_task_token_of(ai_actor_t *ctx, int64_t w) {
    ai_task_obj_t *t = task_of(ctx, w, "await");
    if (!t)
        return ai_async_error_token(ai_exc_new(AI_EXC_TYPE, "not a task")); /* never awaited: pending */
    mlirAsyncRuntimeAddRef(t->token, 1); /* the caller's reference (the ref-counting lowering drops it) */
    return t->token;
}

int64_t ai_task_done(ai_actor_t *ctx, int64_t w) {
    ai_task_obj_t *t = task_of(ctx, w, NULL);
    if (!t)
        return 0;
    return ai_bool_box(ai_async_is_done(t->token));
}

int64_t ai_task_result(ai_actor_t *ctx, int64_t w) {
    ai_task_obj_t *t = task_of(ctx, w, NULL);
    if (!t)
        return 0;
    if (!ai_async_is_done(t->token)) {
        ai_raise(ctx, AI_EXC_RUNTIME, "Result is not set.");
        return 0;
    }
    ai_exc_t *e = ai_async_exception(t->value ? t->value : t->token);
    if (e) {
        ai_raise(ctx, e->kind, e->msg);
        ai_exc_release(e);
        return 0;
    }
    if (!t->value)
        return (int64_t)(intptr_t)&ai_None;
    return *(int64_t *)mlirAsyncRuntimeGetValueStorage(t->value);
}
