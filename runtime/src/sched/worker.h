/* Worker threads and speculative pure task steps (see worker.c and docs/architecture.md,
 * "Workers"). */
#ifndef AI_WORKER_H
#define AI_WORKER_H

#include <stdbool.h>
#include <stdint.h>

#include "sched.h"
#include "../exc/exc.h"

struct ai_async;

/* Read AITHON_THREADS (default: online cores); a malformed value is refused at start. */
void ai_workers_configure(void);
int ai_workers_count(void);
/* Hand the step fn(arg) to the workers to run ahead of its turn; returns the job that takes its
 * place in the ready queue (it joins the step and replays its completions there). */
void ai_spec_offer(ai_job_fn fn, void *arg, ai_job_fn *placeholder_fn, void **placeholder_arg);
/* True on a thread that is running a step ahead of its turn. */
bool ai_spec_active(void);
/* Record the completion of `o` (with `e`) for replay when the step's turn comes. */
void ai_spec_defer(struct ai_async *o, ai_exc_t *e);
/* Abort with a message: a step that was proven pure did something only the loop may do. */
void ai_spec_violation(const char *what);

#endif
