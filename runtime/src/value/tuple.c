/* Tuples: construction, items and slices, count/index, and CPython 3.11's hash. */
#include <stdio.h>
#include <string.h>

#include "seq.h"
#include "../actor/actor.h"

ai_tuple_t *ai_tuple_alloc(ai_actor_t *ctx, int64_t n) {
    if (n < 0 || (uint64_t)n > (SIZE_MAX / 2 - sizeof(ai_tuple_t)) / sizeof(int64_t)) {
        ai_raise(ctx, AI_EXC_MEMORY, "");
        return NULL;
    }
    size_t bytes = sizeof(ai_tuple_t) + (size_t)n * sizeof(int64_t);
    ai_tuple_t *t = ai_actor_alloc(ctx, bytes);
    if (!t)
        return NULL;
    t->header = ai_hdr_new(AI_T_TUPLE, bytes);
    t->n = n;
    return t;
}

int64_t ai_tuple_new(ai_actor_t *ctx, int64_t n, const int64_t *items) {
    ai_tuple_t *t = ai_tuple_alloc(ctx, n);
    if (!t)
        return 0;
    if (n)
        memcpy(t->items, items, (size_t)n * sizeof(int64_t));
    return ai_seq_word(t);
}

int64_t ai_list_to_tuple(ai_actor_t *ctx, int64_t list) {
    const ai_list_t *l = (const ai_list_t *)(intptr_t)list;
    return ai_tuple_new(ctx, l->n, l->items);
}

int64_t ai_tuple_getitem(ai_actor_t *ctx, ai_tuple_t *t, int64_t key) {
    if (ai_word_type(key) == AI_T_SLICE) {
        int64_t start, stop, step, n;
        if (!ai_slice_indices(ctx, (const ai_slice_t *)(intptr_t)key, t->n, &start, &stop, &step, &n))
            return 0;
        if (step == 1 && n == t->n) /* t[:] is t, as in CPython */
            return ai_seq_word(t);
        ai_tuple_t *r = ai_tuple_alloc(ctx, n);
        if (!r)
            return 0;
        for (int64_t i = 0; i < n; i++)
            r->items[i] = t->items[start + i * step];
        return ai_seq_word(r);
    }
    int64_t i;
    if (!ai_seq_index(ctx, key, t->n, "tuple", &i))
        return 0;
    if (i < 0 || i >= t->n) {
        ai_raise(ctx, AI_EXC_INDEX, "tuple index out of range");
        return 0;
    }
    return t->items[i];
}

int64_t ai_tuple_method(ai_actor_t *ctx, ai_tuple_t *t, int32_t mid, int64_t argc, const int64_t *argv) {
    switch (mid) {
    case AI_M_count: {
        if (argc != 1) {
            ai_seq_argc_error(ctx, "%s() takes exactly one argument (%lld given)", "tuple.count", argc);
            return 0;
        }
        const int64_t *items = t->items;
        return ai_seq_count_of(ctx, &items, &t->n, argv[0]);
    }
    case AI_M_index: {
        const int64_t *items = t->items;
        int64_t r = ai_seq_index_of(ctx, &items, &t->n, argc, argv);
        if (r == -1)
            ai_raise(ctx, AI_EXC_VALUE, "tuple.index(x): x not in tuple");
        return r == -1 ? 0 : r;
    }
    default:
        return ai_seq_no_method(ctx, "tuple", mid);
    }
}

/* CPython 3.11's tuplehash: xxHash's round over the items' hashes (64-bit constants). */
int64_t ai_tuple_hash(ai_actor_t *ctx, ai_tuple_t *t) {
    const uint64_t p1 = 11400714785074694791u, p2 = 14029467366897019727u, p5 = 2870177450012600261u;
    uint64_t acc = p5;
    for (int64_t i = 0; i < t->n; i++) {
        int64_t h = ai_obj_hash(ctx, t->items[i]);
        if (ai_exc_pending(ctx))
            return 0;
        acc += (uint64_t)h * p2;
        acc = acc << 31 | acc >> 33;
        acc *= p1;
    }
    acc += (uint64_t)t->n ^ (p5 ^ 3527539u);
    if (acc == (uint64_t)-1)
        return 1546275796;
    return (int64_t)acc;
}
