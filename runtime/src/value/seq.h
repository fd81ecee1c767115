/* Private helpers shared by the sequence files of the "seq" part (list.c, tuple.c, seq.c, range.c,
 * slice.c, sort.c). Not part of the contract. */
#ifndef AI_SEQ_H
#define AI_SEQ_H

#include "containers.h"
#include "int.h"

static inline int64_t ai_seq_word(const void *p) { return (int64_t)(intptr_t)p; }
static inline bool ai_seq_is_intlike(int64_t w) {
    int t = ai_word_type(w);
    return t == AI_T_INT || t == AI_T_BOOL;
}
/* ai_obj_eq with the shortcut of two different small ints (canonical: never equal) */
static inline bool ai_seq_eq(ai_actor_t *ctx, int64_t a, int64_t b) {
    if (a == b)
        return true;
    if (a & b & 1)
        return false;
    return ai_obj_eq(ctx, a, b);
}
/* An int or bool word as an int word (True -> small 1). */
int64_t ai_seq_as_int(int64_t w);
/* PyNumber_AsSsize_t(w, OverflowError): an int/bool as a C integer; TypeError "'float' object
 * cannot be interpreted as an integer", OverflowError "Python int too large to convert to C
 * ssize_t". false after raising. */
bool ai_seq_ssize(ai_actor_t *ctx, int64_t w, int64_t *out);
/* An int word clamped into int64 (CPython's slice-index conversion of big ints). */
int64_t ai_seq_clamp(int64_t intword);
/* TypeError "<name>() takes exactly one argument (<n> given)" and friends. */
bool ai_seq_argc_error(ai_actor_t *ctx, const char *fmt, const char *name, int64_t argc);
/* A new tuple of n slots (zeroed); 0 after MemoryError. */
ai_tuple_t *ai_tuple_alloc(ai_actor_t *ctx, int64_t n);
/* A new value list with room for cap items, n = 0; NULL after MemoryError. */
ai_list_t *ai_list_with_cap(ai_actor_t *ctx, int64_t cap);
/* Room for `more` items at the end of l (amortised growth); false after MemoryError. */
bool ai_list_reserve(ai_actor_t *ctx, ai_list_t *l, int64_t more);
/* The items of any iterable as an array: a list's or tuple's own items (no copy: *keep set to the
 * source word), else a new list built by iteration (its items). false after raising. */
bool ai_seq_items(ai_actor_t *ctx, int64_t iterable, const int64_t **items, int64_t *n, int64_t *keep);
/* start/end arguments of index(): slice-index semantics (None refused), clamped to [0, len]. */
/* x.count(v) and x.index(v[, start[, end]]) over `n` items (a list is re-read at each step: the
 * comparison may change it); the caller checks argc for count. index returns -1 (no exception)
 * when v is not there, so that list and tuple raise their own messages; 0 and pending after an error. */
int64_t ai_seq_count_of(ai_actor_t *ctx, const int64_t *const *items, const int64_t *n, int64_t x);
int64_t ai_seq_index_of(ai_actor_t *ctx, const int64_t *const *items, const int64_t *n, int64_t argc,
                        const int64_t *argv);
bool ai_seq_index_bounds(ai_actor_t *ctx, int64_t argc, const int64_t *argv, int64_t len, int64_t *start,
                         int64_t *end);
/* Whether w is a type that ai_obj_iter accepts (for the "can only assign an iterable" messages). */
bool ai_seq_iterable(int64_t w);
/* AttributeError "'<type>' object has no attribute '<method>'"; returns 0. */
int64_t ai_seq_no_method(ai_actor_t *ctx, const char *type, int32_t mid);

#endif
