/* Messages between actors: a deep copy of a value into one standalone chunk that the receiver's
 * heap adopts. The copy is of the whole object graph reachable from the value (lists, tuples,
 * dicts, sets, views, strs, bytes, ints, floats, ranges, slices): an object reached twice is copied
 * once (sharing and cycles are kept), through a forwarding table from each old address to its
 * copy's offset, malloc'd for the duration of the copy. Small ints and immortal objects are their
 * own message. A value that cannot be copied (a function...) ends the program with a message. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dict.h"
#include "int.h"
#include "../actor/actor.h"

/* Whether a word is the sender's to copy: not a small int, the empty slot or an immortal object. */
static bool in_heap(int64_t w) { return w && !(w & 1) && !ai_is_immortal(w); }

static size_t round16(size_t n) { return (n + 15u) & ~(size_t)15u; }

/* ----- the forwarding table: open addressing, address -> object number ------------------------- */
typedef struct {
    int64_t *keys;   /* old addresses (0: free) */
    int64_t *vals;   /* index in objs */
    size_t mask, n;
    int64_t *objs;   /* old addresses in discovery order (the root first) */
    size_t *offs;    /* offset of each copy in the chunk */
    size_t nobjs, capobjs;
    int64_t *stack;  /* objects whose children are still to visit */
    size_t nstack, capstack;
    size_t total;    /* bytes of the chunk so far */
} graph_t;

_Noreturn static void oom(void) { ai_memory_error_exit(); }

static void *grow(void *p, size_t *cap, size_t elem) {
    *cap = *cap ? *cap * 2 : 64;
    void *q = realloc(p, *cap * elem);
    if (!q)
        oom();
    return q;
}

static size_t slot_of(const graph_t *g, int64_t w) {
    size_t h = ((uint64_t)w >> 4) * 0x9E3779B97F4A7C15u;
    size_t i = (h >> 20) & g->mask;
    while (g->keys[i] && g->keys[i] != w)
        i = (i + 1) & g->mask;
    return i;
}

static void rehash(graph_t *g) {
    size_t old = g->mask + 1;
    int64_t *keys = g->keys, *vals = g->vals;
    g->mask = old * 2 - 1;
    g->keys = calloc(old * 2, sizeof *g->keys);
    g->vals = calloc(old * 2, sizeof *g->vals);
    if (!g->keys || !g->vals)
        oom();
    for (size_t i = 0; i < old; i++)
        if (keys[i]) {
            size_t j = slot_of(g, keys[i]);
            g->keys[j] = keys[i];
            g->vals[j] = vals[i];
        }
    free(keys);
    free(vals);
}

_Noreturn static void cannot(int64_t w) {
    fflush(stdout);
    fprintf(stderr, "aithon: a value of type '%s' cannot be sent between actors\n", ai_word_type_name(w));
    abort();
}

static size_t words_bytes(int64_t n) { return (size_t)n * sizeof(int64_t); }

/* Bytes of the copy of w: the object and the arrays it owns, each 16-aligned. */
static size_t copy_size(int64_t w) {
    const void *o = ai_p(w);
    switch (ai_word_type(w)) {
    case AI_T_STR: return round16(sizeof(ai_str_t) + (size_t)((const ai_str_t *)o)->nbytes + 1);
    case AI_T_BYTES: return round16(sizeof(ai_bytes_t) + (size_t)((const ai_bytes_t *)o)->n + 1);
    case AI_T_INT: {
        const ai_bigint_t *b = o;
        return round16(sizeof *b + (size_t)(b->size < 0 ? -b->size : b->size) * sizeof(mp_limb_t));
    }
    case AI_T_FLOAT: return round16(sizeof(struct ai_float));
    case AI_T_RANGE: return round16(sizeof(ai_range_t));
    case AI_T_SLICE: return round16(sizeof(ai_slice_t));
    case AI_T_LIST: return round16(sizeof(ai_list_t) + words_bytes(((const ai_list_t *)o)->n));
    case AI_T_TUPLE: return round16(sizeof(ai_tuple_t) + words_bytes(((const ai_tuple_t *)o)->n));
    case AI_T_DICT: {
        const ai_dict_t *d = o;
        if (!d->index)
            return round16(sizeof *d);
        return round16(sizeof *d) + round16((size_t)(d->mask + 1) * sizeof(int32_t)) +
               round16((size_t)d->nentries * sizeof(ai_dentry_t));
    }
    case AI_T_SET:
    case AI_T_FROZENSET: /* the table right after the object, as ai_set_alloc puts the first one */
        return round16(sizeof(ai_set_t) + (size_t)(((const ai_set_t *)o)->mask + 1) * sizeof(ai_sentry_t));
    case AI_T_DICT_KEYS:
    case AI_T_DICT_VALUES:
    case AI_T_DICT_ITEMS: return round16(sizeof(ai_dict_view_t));
    default: cannot(w);
    }
}

/* Record w (when in the heap and new): its offset, and push it to visit its children. */
static void visit(graph_t *g, int64_t w) {
    if (!in_heap(w))
        return;
    size_t i = slot_of(g, w);
    if (g->keys[i])
        return;
    if (g->nobjs == g->capobjs) {
        size_t cap = g->capobjs;
        g->objs = grow(g->objs, &g->capobjs, sizeof *g->objs);
        g->offs = grow(g->offs, &cap, sizeof *g->offs);
    }
    g->keys[i] = w;
    g->vals[i] = (int64_t)g->nobjs;
    g->objs[g->nobjs] = w;
    g->offs[g->nobjs] = g->total;
    g->nobjs++;
    g->total += copy_size(w);
    if (++g->n * 2 > g->mask + 1)
        rehash(g);
    switch (ai_word_type(w)) {
    case AI_T_STR: case AI_T_BYTES: case AI_T_INT: case AI_T_FLOAT: case AI_T_RANGE: return; /* no references */
    default: break;
    }
    if (g->nstack == g->capstack)
        g->stack = grow(g->stack, &g->capstack, sizeof *g->stack);
    g->stack[g->nstack++] = w;
}

static bool list_has_words(const ai_list_t *l) { return l->kind == AI_ELEM_VALUE || l->kind == AI_ELEM_STR; }

/* the children of w */
static void visit_children(graph_t *g, int64_t w) {
    const void *o = ai_p(w);
    switch (ai_word_type(w)) {
    case AI_T_LIST: {
        const ai_list_t *l = o;
        if (list_has_words(l))
            for (int64_t i = 0; i < l->n; i++)
                visit(g, l->items[i]);
        return;
    }
    case AI_T_TUPLE: {
        const ai_tuple_t *t = o;
        for (int64_t i = 0; i < t->n; i++)
            visit(g, t->items[i]);
        return;
    }
    case AI_T_SLICE: {
        const ai_slice_t *s = o;
        visit(g, s->start);
        visit(g, s->stop);
        visit(g, s->step);
        return;
    }
    case AI_T_DICT: {
        const ai_dict_t *d = o;
        for (int64_t i = 0; i < d->nentries; i++)
            if (d->entries[i].key) {
                visit(g, d->entries[i].key);
                visit(g, d->entries[i].value);
            }
        return;
    }
    case AI_T_SET:
    case AI_T_FROZENSET: {
        const ai_set_t *s = o;
        for (int64_t i = 0; i <= s->mask; i++)
            visit(g, s->table[i].key);
        return;
    }
    case AI_T_DICT_KEYS:
    case AI_T_DICT_VALUES:
    case AI_T_DICT_ITEMS: visit(g, ((const ai_dict_view_t *)o)->dict); return;
    default: return; /* range: four C integers */
    }
}

/* ----- the copy --------------------------------------------------------------------------------- */
static int64_t fwd(const graph_t *g, unsigned char *base, int64_t w) {
    if (!in_heap(w))
        return w;
    return ai_w(base + g->offs[g->vals[slot_of(g, w)]]);
}

static void copy_one(const graph_t *g, unsigned char *base, int64_t w, unsigned char *dst) {
    const void *o = ai_p(w);
    switch (ai_word_type(w)) {
    case AI_T_LIST: {
        const ai_list_t *l = o;
        ai_list_t *c = (ai_list_t *)dst;
        *c = *l;
        c->items = (int64_t *)(c + 1);
        c->cap = l->n;
        for (int64_t i = 0; i < l->n; i++)
            c->items[i] = list_has_words(l) ? fwd(g, base, l->items[i]) : l->items[i];
        return;
    }
    case AI_T_TUPLE: {
        const ai_tuple_t *t = o;
        ai_tuple_t *c = (ai_tuple_t *)dst;
        c->header = t->header;
        c->n = t->n;
        for (int64_t i = 0; i < t->n; i++)
            c->items[i] = fwd(g, base, t->items[i]);
        return;
    }
    case AI_T_SLICE: {
        const ai_slice_t *s = o;
        ai_slice_t *c = (ai_slice_t *)dst;
        *c = *s;
        c->start = fwd(g, base, s->start);
        c->stop = fwd(g, base, s->stop);
        c->step = fwd(g, base, s->step);
        return;
    }
    case AI_T_DICT: {
        const ai_dict_t *d = o;
        ai_dict_t *c = (ai_dict_t *)dst;
        *c = *d;
        if (!d->index)
            return;
        /* the index as it is, the entries up to nentries (cap shrinks to that: the next insert
         * resizes, which compacts) */
        size_t ib = round16((size_t)(d->mask + 1) * sizeof(int32_t));
        c->index = (int32_t *)(dst + round16(sizeof *d));
        memcpy(c->index, d->index, (size_t)(d->mask + 1) * sizeof(int32_t));
        c->entries = (ai_dentry_t *)((unsigned char *)c->index + ib);
        c->cap = d->nentries;
        for (int64_t i = 0; i < d->nentries; i++) {
            ai_dentry_t e = d->entries[i];
            c->entries[i].hash = e.hash;
            c->entries[i].key = e.key ? fwd(g, base, e.key) : 0;
            c->entries[i].value = e.key ? fwd(g, base, e.value) : 0;
        }
        return;
    }
    case AI_T_SET:
    case AI_T_FROZENSET: {
        const ai_set_t *s = o;
        ai_set_t *c = (ai_set_t *)dst;
        *c = *s;
        c->table = (ai_sentry_t *)(c + 1);
        for (int64_t i = 0; i <= s->mask; i++) {
            c->table[i].hash = s->table[i].hash;
            c->table[i].key = fwd(g, base, s->table[i].key);
        }
        return;
    }
    case AI_T_DICT_KEYS:
    case AI_T_DICT_VALUES:
    case AI_T_DICT_ITEMS: {
        const ai_dict_view_t *v = o;
        ai_dict_view_t *c = (ai_dict_view_t *)dst;
        *c = *v;
        c->dict = fwd(g, base, v->dict);
        return;
    }
    case AI_T_STR: memcpy(dst, o, sizeof(ai_str_t) + (size_t)((const ai_str_t *)o)->nbytes + 1); return;
    case AI_T_BYTES: memcpy(dst, o, sizeof(ai_bytes_t) + (size_t)((const ai_bytes_t *)o)->n + 1); return;
    case AI_T_INT: {
        const ai_bigint_t *b = o;
        memcpy(dst, o, sizeof *b + (size_t)(b->size < 0 ? -b->size : b->size) * sizeof(mp_limb_t));
        return;
    }
    case AI_T_FLOAT: memcpy(dst, o, sizeof(struct ai_float)); return;
    case AI_T_RANGE: memcpy(dst, o, sizeof(ai_range_t)); return;
    default: cannot(w);
    }
}

void *ai_msg_export(ai_actor_t *ctx, void *obj) {
    (void)ctx;
    int64_t root = ai_w(obj);
    if (!in_heap(root))
        return obj;
    graph_t g = {0};
    g.mask = 63;
    g.keys = calloc(64, sizeof *g.keys);
    g.vals = calloc(64, sizeof *g.vals);
    if (!g.keys || !g.vals)
        oom();
    visit(&g, root);
    while (g.nstack)
        visit_children(&g, g.stack[--g.nstack]);
    ai_chunk_t *c = ai_chunk_new(g.total);
    if (!c) /* called at a reply, where generated code has no exception check: end as MemoryError */
        oom();
    c->used = g.total;
    memset(c->data, 0, g.total);
    for (size_t i = 0; i < g.nobjs; i++)
        copy_one(&g, c->data, g.objs[i], c->data + g.offs[i]);
    free(g.keys);
    free(g.vals);
    free(g.objs);
    free(g.offs);
    free(g.stack);
    return c->data; /* the root is the first object */
}

void *ai_msg_adopt(ai_actor_t *ctx, void *msg) {
    if (!in_heap(ai_w(msg)))
        return msg;
    ai_chunk_t *c = (ai_chunk_t *)((unsigned char *)msg - offsetof(ai_chunk_t, data));
    /* a task step run ahead on another worker (purity.py) adopts its child's reply while the
     * owner may be allocating: the shared, lock-free adoption */
    ai_arena_adopt_shared(&ctx->heap, c);
    return msg;
}
