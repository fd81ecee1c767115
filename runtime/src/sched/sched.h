/* The scheduler: a FIFO ready queue of jobs and a timer heap, run in batches exactly like
 * asyncio's BaseEventLoop._run_once, so that with one worker the interleaving of tasks (and hence
 * the program's output) is the one CPython produces. See docs/architecture.md, "Scheduling order". */
#ifndef AI_SCHED_H
#define AI_SCHED_H

#include <stdbool.h>
#include <stdint.h>

typedef void (*ai_job_fn)(void *arg);

void ai_sched_init(void);
/* Run fn(arg) `hops` loop iterations from now (hops >= 1: 1 = asyncio's call_soon). */
void ai_sched_push(ai_job_fn fn, void *arg, int hops);
/* With several workers, hand the job just pushed for `arg` (a pure task's first step) to the
 * workers to run ahead of its turn (sched/worker.c); false when it stays an ordinary job. */
bool ai_sched_speculate_last(void *arg);
/* Run fn(arg) (as a call_soon job) once `seconds` have passed; ties run in arming order. */
void ai_sched_timer(double seconds, ai_job_fn fn, void *arg);
/* Run batches until *stop is set at the end of a batch (or, with each_job, after any job).
 * Returns false when nothing is runnable, no timer is armed and *stop is still false. */
bool ai_sched_run(const bool *stop, bool each_job);
/* Forget every queued job and timer (asyncio.run cancelling what is left when main ends). */
void ai_sched_drop_all(void);
int64_t ai_sched_workers(void);

#endif
