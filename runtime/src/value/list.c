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
