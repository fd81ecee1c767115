/* Async objects (tokens, values, groups) behind the mlirAsyncRuntime* ABI. */
#ifndef AI_ASYNC_H
#define AI_ASYNC_H

#include <stdbool.h>
#include <stddef.h>

#include "../exc/exc.h"

typedef struct ai_async ai_async_t;

/* A token created already failed with `e` (takes the reference), holding one reference. */
ai_async_t *ai_async_error_token(ai_exc_t *e);
/* A token holding two references (one for the caller, one dropped by ai_async_complete). */
ai_async_t *ai_async_new_token(void);
/* Complete (e == NULL) or fail (takes e) an object and drop the completer's reference. */
void ai_async_complete(ai_async_t *o, ai_exc_t *e);
/* Waiters of a "task" object wake one loop iteration later (asyncio's Task wake-up). */
void ai_async_mark_task(ai_async_t *o);
/* Call fn(arg) as soon as `o` is done (at once if it already is). */
void ai_async_on_done(ai_async_t *o, void (*fn)(void *), void *arg);
bool ai_async_is_done(ai_async_t *o);
/* At program end: report on stderr each task that failed and whose exception nobody retrieved
 * (awaited it, or gathered it), as asyncio's "Task exception was never retrieved"; then forget them. */
void ai_async_report_unretrieved(void);
/* The object's exception (a new reference) or NULL; marks it retrieved. */
ai_exc_t *ai_async_exception(ai_async_t *o);

/* The coroutine handle this thread last passed to mlirAsyncRuntimeExecute (a task's first step). */
void *ai_async_last_executed(void);

#endif
