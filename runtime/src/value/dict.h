/* dict, set and frozenset: private layouts and the helpers dict.c, set.c, dictview.c and msg.c
 * share (the layouts are private to these files: containers.h only names the types). */
#ifndef AI_DICT_H
#define AI_DICT_H

#include "containers.h"

/* A compact dict: `index` is a hash table of 2**k int32 slots (0 empty, -1 deleted, i + 1 the
 * entry i) over the dense `entries` array in insertion order. A deleted entry keeps its place with
 * key 0 until a resize compacts the array. An empty dict has no arrays (mask 0, cap 0). */
typedef struct ai_dentry {
    int64_t hash, key, value;
} ai_dentry_t;

struct ai_dict {
    uint64_t header;  /* AI_T_DICT */
    int64_t used;     /* live entries (len) */
    int64_t nentries; /* entries written, deleted ones included */
    int64_t cap;      /* entries allocated */
    int64_t mask;     /* index slots - 1 (0 without arrays) */
    int32_t *index;
    ai_dentry_t *entries;
};

/* CPython's set table: an empty slot is {0, 0}, a deleted one (dummy) {0, -1} (no real hash is
 * -1). `hash` caches a frozenset's hash (-1: not computed). */
typedef struct ai_sentry {
    int64_t key, hash;
} ai_sentry_t;

enum { AI_SET_MINSIZE = 8 };

struct ai_set {
    uint64_t header; /* AI_T_SET or AI_T_FROZENSET */
    int64_t fill;    /* active + dummy slots */
    int64_t used;    /* active slots (len) */
    int64_t mask;    /* slots - 1 */
    int64_t finger;  /* where pop() looks next */
    int64_t hash;
    ai_sentry_t *table;
};

/* hash(key) for a dict or set key; false after raising (unhashable) */
bool ai_key_hash(ai_actor_t *ctx, int64_t key, int64_t *hash);
/* key equality after equal hashes: identity, str bytes, else ai_obj_eq (check ai_exc_pending) */
bool ai_key_eq(ai_actor_t *ctx, int64_t a, int64_t b);
/* the dict's value for key with a known hash, or 0 when absent (or after raising) */
int64_t ai_dict_lookup_hash(ai_actor_t *ctx, ai_dict_t *d, int64_t key, int64_t hash);
ai_dict_t *ai_dict_new(ai_actor_t *ctx, int64_t n); /* room for n entries; NULL after raising */
/* Calls fn(arg, x) for each item of any iterable (fast paths for lists, tuples, sets, dicts and
 * views; else ai_obj_iter); stops and returns false when fn does or something raised. */
typedef bool (*ai_each_fn)(ai_actor_t *ctx, void *arg, int64_t x);
bool ai_each(ai_actor_t *ctx, int64_t iterable, ai_each_fn fn, void *arg);
/* a new (k, v) tuple */
int64_t ai_pair_new(ai_actor_t *ctx, int64_t k, int64_t v);
/* repr of an element of a dict/set: scalars directly, dicts/sets/views here, else ai_repr_into */
bool ai_elem_repr(ai_actor_t *ctx, ai_buf_t *b, int64_t w);
/* sets (set.c) */
ai_set_t *ai_set_alloc(ai_actor_t *ctx, int type);
/* set(iterable) of the given type */
ai_set_t *ai_set_of(ai_actor_t *ctx, int type, int64_t iterable);
bool ai_set_update_internal(ai_actor_t *ctx, ai_set_t *s, int64_t other);
/* a set-like word: set, frozenset */
static inline bool ai_is_anyset(int64_t w) {
    int t = ai_word_type(w);
    return t == AI_T_SET || t == AI_T_FROZENSET;
}
static inline int64_t ai_w(const void *p) { return (int64_t)(intptr_t)p; }
static inline void *ai_p(int64_t w) { return (void *)(intptr_t)w; }
/* TypeError "<what> expected at least/most ..." helpers */
bool ai_argc_range(ai_actor_t *ctx, const char *name, int64_t argc, int64_t min, int64_t max);
bool ai_argc_none(ai_actor_t *ctx, const char *qual, int64_t argc);        /* "dict.keys() takes no arguments (1 given)" */
bool ai_argc_one(ai_actor_t *ctx, const char *qual, int64_t argc);         /* "set.add() takes exactly one argument (0 given)" */
/* type(w).__name__, knowing frozenset and the views */
const char *ai_dict_type_name(int64_t w);
int64_t ai_no_attr(ai_actor_t *ctx, int64_t self, int32_t mid);            /* AttributeError, returns 0 */
bool ai_raise_key_error(ai_actor_t *ctx, int64_t key);                     /* KeyError(repr(key)) */

#endif
