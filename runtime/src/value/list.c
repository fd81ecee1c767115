/* Lists of one-word elements (results of asyncio.gather(*...)) and message export/adoption. */
#include <string.h>

#include "int.h"
#include "value.h"
#include "../actor/actor.h"

ai_list_t *ai_list_new(ai_actor_t *ctx, int64_t n, int32_t kind) {
    /* n < 0 is an unsigned count of 2**63 or more (a range's length): too large as well */
    if (n < 0 || (uint64_t)n > (SIZE_MAX - sizeof(ai_list_t)) / sizeof(int64_t)) {
        ai_raise(ctx, AI_EXC_MEMORY, "");
        return NULL;
    }
    ai_list_t *l = ai_actor_alloc(ctx, sizeof *l + (size_t)n * sizeof(int64_t));
    if (!l)
        return NULL;
    l->header = ai_hdr_new(AI_T_LIST, sizeof *l + (size_t)n * sizeof(int64_t));
    l->kind = kind;
    l->n = n;
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

/* ----- messages: deep copies into one standalone chunk that the receiver's heap adopts ------ */
static size_t str_size(const ai_str_t *s) { return (sizeof *s + (size_t)s->nbytes + 1 + 15u) & ~(size_t)15u; }

/* Bytes of an object without references (a big int, a float), from its header when the size fits
 * there. */
static size_t flat_size(const void *obj) {
    uint64_t words = *(const uint64_t *)obj >> AI_HDR_SIZE_SHIFT;
    if (words)
        return (size_t)words * 8;
    const ai_bigint_t *b = obj;
    return sizeof *b + (size_t)(b->size < 0 ? -b->size : b->size) * sizeof(mp_limb_t);
}

static size_t export_size(void *obj) {
    int type = ai_word_type((int64_t)(intptr_t)obj);
    if (type == AI_T_STR)
        return str_size(obj);
    if (type != AI_T_LIST)
        return (flat_size(obj) + 15u) & ~(size_t)15u;
    ai_list_t *l = obj;
    size_t n = (sizeof *l + (size_t)l->n * sizeof(int64_t) + 15u) & ~(size_t)15u;
    if (l->kind == AI_ELEM_STR)
        for (int64_t i = 0; i < l->n; i++)
            n += str_size((ai_str_t *)(intptr_t)l->items[i]);
    return n;
}

static unsigned char *copy_str(unsigned char *dst, const ai_str_t *s) {
    memcpy(dst, s, sizeof *s + (size_t)s->nbytes + 1);
    return dst + str_size(s);
}

void *ai_msg_export(ai_actor_t *ctx, void *obj) {
    (void)ctx;
    if (!obj)
        return NULL;
    size_t n = export_size(obj);
    ai_chunk_t *c = ai_chunk_new(n);
    if (!c) /* called at a reply, where generated code has no exception check: end as MemoryError */
        ai_memory_error_exit();
    c->used = n;
    unsigned char *dst = c->data;
    int type = ai_word_type((int64_t)(intptr_t)obj);
    if (type == AI_T_STR) {
        copy_str(dst, obj);
        return c->data;
    }
    if (type != AI_T_LIST) { /* a big int or a float: no references inside */
        memcpy(dst, obj, flat_size(obj));
        return c->data;
    }
    ai_list_t *l = obj;
    size_t head = (sizeof *l + (size_t)l->n * sizeof(int64_t) + 15u) & ~(size_t)15u;
    memcpy(dst, l, sizeof *l + (size_t)l->n * sizeof(int64_t));
    ai_list_t *copy = (ai_list_t *)dst;
    dst += head;
    if (l->kind == AI_ELEM_STR)
        for (int64_t i = 0; i < l->n; i++) {
            copy->items[i] = (int64_t)(intptr_t)dst;
            dst = copy_str(dst, (ai_str_t *)(intptr_t)l->items[i]);
        }
    return c->data;
}

void *ai_msg_adopt(ai_actor_t *ctx, void *msg) {
    if (!msg)
        return NULL;
    ai_chunk_t *c = (ai_chunk_t *)((unsigned char *)msg - offsetof(ai_chunk_t, data));
    ai_arena_adopt(&ctx->heap, c);
    return msg;
}
