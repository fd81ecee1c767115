/* Iterators (iter.c): the lazy builtins' iterator objects, for builtins.c / bltn*.c. Each takes
 * iterables (ai_obj_iter is applied here), returns an AI_T_ITER word, or 0 after raising. */
#ifndef AI_ITER_H
#define AI_ITER_H

#include "containers.h"

int64_t ai_iter_enumerate(ai_actor_t *ctx, int64_t iterable, int64_t start); /* start: an int word */
int64_t ai_iter_zip(ai_actor_t *ctx, int64_t n, const int64_t *iterables);   /* n >= 0 */
int64_t ai_iter_map(ai_actor_t *ctx, int64_t fn, int64_t n, const int64_t *iterables); /* n >= 1 */
int64_t ai_iter_filter(ai_actor_t *ctx, int64_t fn, int64_t iterable);        /* fn: ai_None or callable */
/* reversed(seq): list, tuple, str, bytes, range ("'int' object is not reversible") */
int64_t ai_iter_reversed(ai_actor_t *ctx, int64_t seq);
/* type(it).__name__ of an iterator ("list_iterator", "enumerate"...) */
const char *ai_iter_type_name(int64_t it);

#endif
