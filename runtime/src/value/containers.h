/* Containers and the other issue-8 objects: layouts and the per-type functions that the generic
 * operations (ai_obj_*, in obj.c, binop.c, iter.c...) dispatch to. Public entry points are in
 * rt.h; everything here is private to the runtime. See CONTAINERS.md. */
#ifndef AI_CONTAINERS_H
#define AI_CONTAINERS_H

#include "value.h"

/* A list: a fixed-size object pointing at a growable array of words in the actor's heap (a list
 * that grows leaves its old array behind for the collector). kind is AI_ELEM_VALUE for every list
 * made since issue 8 (the typed kinds remain for the first front end's lists). */
struct ai_list {
    uint64_t header; /* AI_T_LIST */
    int64_t kind;    /* enum ai_elem_kind */
    int64_t n;       /* length */
    int64_t cap;     /* words allocated at items */
    int64_t *items;
};

typedef struct ai_tuple {
    uint64_t header; /* AI_T_TUPLE */
    int64_t n;
    int64_t items[];
} ai_tuple_t;

/* range: start, stop, step, len as C integers (a bound beyond 64 bits is OverflowError). */
typedef struct ai_range {
    uint64_t header; /* AI_T_RANGE */
    int64_t start, stop, step, len;
} ai_range_t;

/* slice: the three words as given (ai_None for omitted). */
typedef struct ai_slice {
    uint64_t header; /* AI_T_SLICE */
    int64_t start, stop, step;
} ai_slice_t;

typedef struct ai_bytes {
    uint64_t header; /* AI_T_BYTES */
    int64_t n;
    unsigned char data[]; /* NUL-terminated */
} ai_bytes_t;

/* A function object (rt.h ai_code_t). */
typedef struct ai_function {
    uint64_t header; /* AI_T_FUNCTION */
    ai_code_t code;
    const char *name; /* static text */
    int64_t nenv;
    int64_t env[];
} ai_function_t;

/* dict, set and frozenset: layouts private to dict.c and set.c. */
typedef struct ai_dict ai_dict_t;
typedef struct ai_set ai_set_t; /* AI_T_SET or AI_T_FROZENSET */

/* A dict view (keys(), values(), items()): the dict it reads. */
typedef struct ai_dict_view {
    uint64_t header; /* AI_T_DICT_KEYS / AI_T_DICT_VALUES / AI_T_DICT_ITEMS */
    int64_t dict;
} ai_dict_view_t;

/* ----- per-type functions (each raises with CPython's type and message, returns 0/false then) ----
 * Slices: key may be an int word, a bool, or an ai_slice_t word. */
/* Slice arithmetic shared by every sequence (CPython's PySlice_GetIndicesEx + AdjustIndices):
 * fills start/stop/step and returns the slice's length; false after raising (step 0, a bound that
 * is not an int or None...). */
bool ai_slice_indices(ai_actor_t *ctx, const ai_slice_t *s, int64_t len, int64_t *start, int64_t *stop,
                      int64_t *step, int64_t *slicelen);
/* An index word (int or bool; TypeError "<what> indices must be integers or slices, not str")
 * normalised against len (len added to a negative index; the caller checks [0, len)); a big int is
 * IndexError "cannot fit 'int' into an index-sized integer". */
bool ai_seq_index(ai_actor_t *ctx, int64_t key, int64_t len, const char *what, int64_t *index);

/* list.c, list_ops.c, sort.c */
int64_t ai_list_getitem(ai_actor_t *ctx, ai_list_t *l, int64_t key);
bool ai_list_setitem(ai_actor_t *ctx, ai_list_t *l, int64_t key, int64_t v);
bool ai_list_delitem(ai_actor_t *ctx, ai_list_t *l, int64_t key);
bool ai_list_push(ai_actor_t *ctx, ai_list_t *l, int64_t x); /* append */
int64_t ai_list_method(ai_actor_t *ctx, ai_list_t *l, int32_t mid, int64_t argc, const int64_t *argv);
/* stable sort (merge sort: CPython's list.sort is stable; key: a callable or ai_None) */
bool ai_list_sort(ai_actor_t *ctx, ai_list_t *l, int64_t key, bool reverse);
/* tuple.c */
int64_t ai_tuple_getitem(ai_actor_t *ctx, ai_tuple_t *t, int64_t key);
int64_t ai_tuple_method(ai_actor_t *ctx, ai_tuple_t *t, int32_t mid, int64_t argc, const int64_t *argv);
int64_t ai_tuple_hash(ai_actor_t *ctx, ai_tuple_t *t); /* CPython's xxHash-based tuplehash */
/* seq.c: list and tuple together */
bool ai_seq_contains(ai_actor_t *ctx, int64_t seq, int64_t x);
/* a op b for two lists or two tuples: lexicographic with == first, as CPython */
bool ai_seq_compare(ai_actor_t *ctx, int32_t op, int64_t a, int64_t b);
int64_t ai_seq_concat(ai_actor_t *ctx, int64_t a, int64_t b); /* list + list, tuple + tuple */
int64_t ai_seq_repeat(ai_actor_t *ctx, int64_t a, int64_t count); /* count: a C integer (<= 0: empty) */
bool ai_seq_repr(ai_actor_t *ctx, ai_buf_t *b, int64_t seq); /* list or tuple ("(1,)") */
/* range.c */
int64_t ai_range_getitem(ai_actor_t *ctx, ai_range_t *r, int64_t key);
bool ai_range_contains(ai_actor_t *ctx, ai_range_t *r, int64_t x);
bool ai_range_eq(ai_range_t *a, ai_range_t *b);
bool ai_range_repr(ai_actor_t *ctx, ai_buf_t *b, ai_range_t *r);
int64_t ai_range_method(ai_actor_t *ctx, ai_range_t *r, int32_t mid, int64_t argc, const int64_t *argv);

/* dict.c: a compact dict (index table + dense entries in insertion order) */
int64_t ai_dict_len(ai_dict_t *d);
int64_t ai_dict_getitem(ai_actor_t *ctx, ai_dict_t *d, int64_t key); /* KeyError */
/* the value for key, or 0 when absent (no exception, except from hashing) */
int64_t ai_dict_lookup(ai_actor_t *ctx, ai_dict_t *d, int64_t key);
bool ai_dict_set(ai_actor_t *ctx, ai_dict_t *d, int64_t key, int64_t value);
bool ai_dict_delitem(ai_actor_t *ctx, ai_dict_t *d, int64_t key);
bool ai_dict_contains(ai_actor_t *ctx, ai_dict_t *d, int64_t key);
int64_t ai_dict_method(ai_actor_t *ctx, ai_dict_t *d, int32_t mid, int64_t argc, const int64_t *argv);
bool ai_dict_eq(ai_actor_t *ctx, ai_dict_t *a, ai_dict_t *b);
bool ai_dict_repr(ai_actor_t *ctx, ai_buf_t *b, ai_dict_t *d);
/* The entry after position *pos (start with 0): false at the end. RuntimeError "dictionary changed
 * size during iteration" is the iterator's business (it compares ai_dict_len). */
bool ai_dict_next(ai_dict_t *d, int64_t *pos, int64_t *key, int64_t *value);
bool ai_dict_view_repr(ai_actor_t *ctx, ai_buf_t *b, ai_dict_view_t *v);
bool ai_dict_view_contains(ai_actor_t *ctx, ai_dict_view_t *v, int64_t x);
/* set.c: CPython's open addressing (linear probes, then perturbation) so that iteration order is
 * CPython's for ints */
int64_t ai_set_len(ai_set_t *s);
bool ai_set_insert(ai_actor_t *ctx, ai_set_t *s, int64_t key);
bool ai_set_has(ai_actor_t *ctx, ai_set_t *s, int64_t key);
int64_t ai_set_method(ai_actor_t *ctx, ai_set_t *s, int32_t mid, int64_t argc, const int64_t *argv);
int64_t ai_set_binop(ai_actor_t *ctx, int32_t op, int64_t a, int64_t b); /* | & - ^ (0: not sets) */
bool ai_set_compare(ai_actor_t *ctx, int32_t op, int64_t a, int64_t b);   /* == != < <= > >= */
int64_t ai_set_hash(ai_actor_t *ctx, ai_set_t *s);                        /* frozenset */
bool ai_set_repr(ai_actor_t *ctx, ai_buf_t *b, ai_set_t *s);
bool ai_set_next(ai_set_t *s, int64_t *pos, int64_t *key);
int64_t ai_set_new_empty(ai_actor_t *ctx, int type_id);

/* str_methods.c, str_slice.c, str_mod.c, bytes.c */
int64_t ai_str_getitem(ai_actor_t *ctx, ai_str_t *s, int64_t key);
bool ai_str_contains(ai_actor_t *ctx, ai_str_t *s, int64_t sub); /* TypeError for a non-str */
int64_t ai_str_method(ai_actor_t *ctx, ai_str_t *s, int32_t mid, int64_t argc, const int64_t *argv);
int64_t ai_str_mod(ai_actor_t *ctx, ai_str_t *fmt, int64_t args); /* fmt % args */
/* the one-code-point str at byte offset *pos, advancing it; 0 at the end */
int64_t ai_str_next(ai_actor_t *ctx, ai_str_t *s, int64_t *pos);
int64_t ai_bytes_getitem(ai_actor_t *ctx, ai_bytes_t *b, int64_t key);
int64_t ai_bytes_method(ai_actor_t *ctx, ai_bytes_t *b, int32_t mid, int64_t argc, const int64_t *argv);
bool ai_bytes_repr(ai_actor_t *ctx, ai_buf_t *out, ai_bytes_t *b);
bool ai_bytes_compare(ai_actor_t *ctx, int32_t op, ai_bytes_t *a, ai_bytes_t *b);
int64_t ai_bytes_concat(ai_actor_t *ctx, ai_bytes_t *a, ai_bytes_t *b);
/* int and float methods (num_methods.c) */
int64_t ai_num_method(ai_actor_t *ctx, int64_t x, int32_t mid, int64_t argc, const int64_t *argv);

/* repr.c / iter.c: generic helpers every container's repr uses */
/* repr(w) appended to b (any value word); false after raising */
bool ai_repr_into(ai_actor_t *ctx, ai_buf_t *b, int64_t w);
/* The guard against a container that contains itself: 1 when w is already being printed (write
 * "[...]" / "{...}"), 0 when entered (call ai_repr_leave after), -1 after raising (RecursionError). */
int ai_repr_enter(ai_actor_t *ctx, int64_t w);
void ai_repr_leave(ai_actor_t *ctx, int64_t w);
/* Truth and equality used inside containers (`x in l`, l.index, dict lookups): identity first, then
 * ai_obj_compare(EQ), as CPython's PyObject_RichCompare(..., Py_EQ) with the identity shortcut. */
bool ai_obj_eq(ai_actor_t *ctx, int64_t a, int64_t b);

#endif
