/* Lists of one-word elements (results of asyncio.gather(*...)) and message export/adoption. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "int.h"
#include "containers.h"
#include "../actor/actor.h"

ai_list_t *ai_list_new(ai_actor_t *ctx, int64_t n, int32_t kind) {
    /* n < 0 is an unsigned count of 2**63 or more (a range's length): too large as well */
    if (n < 0 || (uint64_t)n > (SIZE_MAX - sizeof(ai_list_t)) / sizeof(int64_t)) {
        ai_raise(ctx, AI_EXC_MEMORY, "");
        return NULL;
    }
    /* the first array is allocated with the list, right after it */
    ai_list_t *l = ai_actor_alloc(ctx, sizeof *l + (size_t)n * sizeof(int64_t));
    if (!l)
        return NULL;
    l->header = ai_hdr_new(AI_T_LIST, sizeof *l);
    l->kind = kind;
    l->n = n;
    l->cap = n;
    l->items = (int64_t *)(l + 1);
    return l;
}

void ai_list_set(ai_list_t *l, int64_t i, int64_t word) {
    if (i >= 0 && i < l->n)
        l->items[i] = word;
}

int64_t ai_list_get(ai_actor_t *ctx, ai_list_t *l, int64_t i) {
    if (i < 0)
        i += l->n;
    if (i < 0 || i >= l->n) {
        ai_raise(ctx, AI_EXC_INDEX, "list index out of range");
        return 0;
    }
    return l->items[i];
}

int64_t ai_list_len(ai_list_t *l) { return l->n; }

void ai_list_store(ai_actor_t *ctx, ai_list_t *l, int64_t i, int64_t word) {
    if (i < 0)
        i += l->n;
    if (i < 0 || i >= l->n) {
        ai_raise(ctx, AI_EXC_INDEX, "list assignment index out of range");
        return;
    }
    l->items[i] = word;
}

/* Iteration reads the list at each step (its length may change): past the end the generated code
 * stops, and what it read is the word of the small int 0, which every unboxing takes harmlessly. */
int64_t ai_list_item(ai_list_t *l, int64_t i) { return i >= 0 && i < l->n ? l->items[i] : 1; }

/* ----- messages: deep copies into one standalone chunk that the receiver's heap adopts ------ */
/* Exact bytes of an object without references (str, big int, float). */
static size_t leaf_bytes(const void *obj) {
    if (ai_word_type((int64_t)(intptr_t)obj) == AI_T_STR)
        return sizeof(ai_str_t) + (size_t)((const ai_str_t *)obj)->nbytes + 1;
    uint64_t words = *(const uint64_t *)obj >> AI_HDR_SIZE_SHIFT;
    if (words)
        return (size_t)words * 8;
    const ai_bigint_t *b = obj;
    return sizeof *b + (size_t)(b->size < 0 ? -b->size : b->size) * sizeof(mp_limb_t);
}

static size_t leaf_size(const void *obj) { return (leaf_bytes(obj) + 15u) & ~(size_t)15u; }

/* Whether a word is the sender's to copy: not a small int, the empty slot or an immortal object. */
static bool in_heap(int64_t w) { return w && !(w & 1) && !ai_is_immortal(w); }

/* Whether list item w points into the sender's heap (every item of a str list). A list inside a
 * list of values would need the general graph copy (sharing, cycles) that is not built yet. */
static bool item_is_leaf(const ai_list_t *l, int64_t w) {
    if (l->kind == AI_ELEM_STR)
        return true;
    if (l->kind != AI_ELEM_VALUE || !in_heap(w))
        return false;
    if (ai_word_type(w) == AI_T_LIST) {
        fputs("aithon: a list inside a list cannot be sent between actors yet\n", stderr);
        abort();
    }
    return true;
}

static size_t export_size(void *obj) {
    if (ai_word_type((int64_t)(intptr_t)obj) != AI_T_LIST)
        return leaf_size(obj);
    ai_list_t *l = obj;
    size_t n = (sizeof *l + (size_t)l->n * sizeof(int64_t) + 15u) & ~(size_t)15u;
    for (int64_t i = 0; i < l->n; i++)
        if (item_is_leaf(l, l->items[i]))
            n += leaf_size((void *)(intptr_t)l->items[i]);
    return n;
}

static unsigned char *copy_leaf(unsigned char *dst, const void *obj) {
    memcpy(dst, obj, leaf_bytes(obj));
    return dst + leaf_size(obj);
}

/* A str, big int, float or list as a message; small ints and immortal objects are their own
 * message (they live in no heap). */
void *ai_msg_export(ai_actor_t *ctx, void *obj) {
    (void)ctx;
    if (!in_heap((int64_t)(intptr_t)obj))
        return obj;
    size_t n = export_size(obj);
    ai_chunk_t *c = ai_chunk_new(n);
    if (!c) /* called at a reply, where generated code has no exception check: end as MemoryError */
        ai_memory_error_exit();
    c->used = n;
    unsigned char *dst = c->data;
    if (ai_word_type((int64_t)(intptr_t)obj) != AI_T_LIST) {
        copy_leaf(dst, obj);
        return c->data;
    }
    ai_list_t *l = obj;
    size_t head = (sizeof *l + (size_t)l->n * sizeof(int64_t) + 15u) & ~(size_t)15u;
    memcpy(dst, l, sizeof *l);
    ai_list_t *copy = (ai_list_t *)dst;
    copy->items = (int64_t *)(copy + 1);
    copy->cap = l->n;
    memcpy(copy->items, l->items, (size_t)l->n * sizeof(int64_t));
    dst += head;
    for (int64_t i = 0; i < l->n; i++)
        if (item_is_leaf(l, l->items[i])) {
            copy->items[i] = (int64_t)(intptr_t)dst;
            dst = copy_leaf(dst, (void *)(intptr_t)l->items[i]);
        }
    return c->data;
}

void *ai_msg_adopt(ai_actor_t *ctx, void *msg) {
    if (!in_heap((int64_t)(intptr_t)msg))
        return msg;
    ai_chunk_t *c = (ai_chunk_t *)((unsigned char *)msg - offsetof(ai_chunk_t, data));
    /* a task step run ahead on another worker (purity.py) adopts its child's reply while the
     * owner may be allocating: the shared, lock-free adoption */
    ai_arena_adopt_shared(&ctx->heap, c);
    return msg;
}
