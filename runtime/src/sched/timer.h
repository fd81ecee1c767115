/* The scheduler's timer heap: deadline order, equal deadlines in arming order. Owned by the
 * worker thread (no lock): timers are armed by ai_sleep, which only generated code on the worker
 * calls. */
#ifndef AI_TIMER_H
#define AI_TIMER_H

#include <stdbool.h>
#include <stddef.h>

#include "sched.h"

void ai_timer_add(double deadline, ai_job_fn fn, void *arg);
size_t ai_timer_count(void);
double ai_timer_first(void); /* the earliest deadline; only when ai_timer_count() > 0 */
/* Pop the earliest timer if its deadline is <= now. */
bool ai_timer_pop_due(double now, ai_job_fn *fn, void **arg);
void ai_timer_clear(void);
double ai_timer_now(void); /* CLOCK_MONOTONIC seconds */

#endif
