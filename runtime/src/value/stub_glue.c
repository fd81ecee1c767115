/* Stubs of the other helpers' functions that the glue calls (deleted at integration). A few are
 * minimal working versions so that the glue's own tests can build values; the rest raise. */
#include "containers.h"
#include "../actor/actor.h"

#define PENDING(ctx) ai_raise(ctx, AI_EXC_NOT_IMPLEMENTED, "pending")

AI_MAY_RAISE void ai_list_extend(ai_actor_t *ctx, int64_t list, int64_t iterable) {
    (void)ctx;
    (void)list;
    (void)iterable;
    PENDING(ctx);
}

AI_MAY_RAISE int64_t ai_list_getitem(ai_actor_t *ctx, ai_list_t *l, int64_t key) {
    (void)ctx;
    (void)l;
    (void)key;
    PENDING(ctx);
    return 0;
}

AI_MAY_RAISE bool ai_list_setitem(ai_actor_t *ctx, ai_list_t *l, int64_t key, int64_t v) {
    (void)ctx;
    (void)l;
    (void)key;
    (void)v;
    PENDING(ctx);
    return 0;
}

AI_MAY_RAISE bool ai_list_delitem(ai_actor_t *ctx, ai_list_t *l, int64_t key) {
    (void)ctx;
    (void)l;
    (void)key;
    PENDING(ctx);
    return 0;
}

AI_MAY_RAISE int64_t ai_list_method(ai_actor_t *ctx, ai_list_t *l, int32_t mid, int64_t argc, const int64_t *argv) {
    (void)ctx;
    (void)l;
    (void)mid;
    (void)argc;
    (void)argv;
    PENDING(ctx);
    return 0;
}

AI_MAY_RAISE int64_t ai_tuple_getitem(ai_actor_t *ctx, ai_tuple_t *t, int64_t key) {
    (void)ctx;
    (void)t;
    (void)key;
    PENDING(ctx);
    return 0;
}

AI_MAY_RAISE int64_t ai_tuple_method(ai_actor_t *ctx, ai_tuple_t *t, int32_t mid, int64_t argc, const int64_t *argv) {
    (void)ctx;
    (void)t;
    (void)mid;
    (void)argc;
    (void)argv;
    PENDING(ctx);
    return 0;
}

AI_MAY_RAISE int64_t ai_tuple_hash(ai_actor_t *ctx, ai_tuple_t *t) {
    (void)ctx;
    (void)t;
    PENDING(ctx);
    return 0;
}

AI_MAY_RAISE bool ai_seq_contains(ai_actor_t *ctx, int64_t seq, int64_t x) {
    (void)ctx;
    (void)seq;
    (void)x;
    PENDING(ctx);
    return 0;
}

AI_MAY_RAISE bool ai_seq_compare(ai_actor_t *ctx, int32_t op, int64_t a, int64_t b) {
    (void)ctx;
    (void)op;
    (void)a;
    (void)b;
    PENDING(ctx);
    return 0;
}

AI_MAY_RAISE int64_t ai_seq_concat(ai_actor_t *ctx, int64_t a, int64_t b) {
    (void)ctx;
    (void)a;
    (void)b;
    PENDING(ctx);
    return 0;
}

AI_MAY_RAISE int64_t ai_seq_repeat(ai_actor_t *ctx, int64_t a, int64_t count) {
    (void)ctx;
    (void)a;
    (void)count;
    PENDING(ctx);
    return 0;
}

AI_MAY_RAISE int64_t ai_range_getitem(ai_actor_t *ctx, ai_range_t *r, int64_t key) {
    (void)ctx;
    (void)r;
    (void)key;
    PENDING(ctx);
    return 0;
}

AI_MAY_RAISE bool ai_range_contains(ai_actor_t *ctx, ai_range_t *r, int64_t x) {
    (void)ctx;
    (void)r;
    (void)x;
    PENDING(ctx);
    return 0;
}

AI_MAY_RAISE bool ai_range_eq(ai_range_t *a, ai_range_t *b) {
    (void)a;
    (void)b;
    return 0;
}

AI_MAY_RAISE bool ai_range_repr(ai_actor_t *ctx, ai_buf_t *b, ai_range_t *r) {
    (void)ctx;
    (void)b;
    (void)r;
    PENDING(ctx);
    return 0;
}

AI_MAY_RAISE int64_t ai_range_method(ai_actor_t *ctx, ai_range_t *r, int32_t mid, int64_t argc, const int64_t *argv) {
    (void)ctx;
    (void)r;
    (void)mid;
    (void)argc;
    (void)argv;
    PENDING(ctx);
    return 0;
}

AI_MAY_RAISE int64_t ai_dict_len(ai_dict_t *d) {
    (void)d;
    return 0;
}

AI_MAY_RAISE int64_t ai_dict_getitem(ai_actor_t *ctx, ai_dict_t *d, int64_t key) {
    (void)ctx;
    (void)d;
    (void)key;
    PENDING(ctx);
    return 0;
}

AI_MAY_RAISE bool ai_dict_set(ai_actor_t *ctx, ai_dict_t *d, int64_t key, int64_t value) {
    (void)ctx;
    (void)d;
    (void)key;
    (void)value;
    PENDING(ctx);
    return 0;
}

AI_MAY_RAISE bool ai_dict_delitem(ai_actor_t *ctx, ai_dict_t *d, int64_t key) {
    (void)ctx;
    (void)d;
    (void)key;
    PENDING(ctx);
    return 0;
}

AI_MAY_RAISE bool ai_dict_contains(ai_actor_t *ctx, ai_dict_t *d, int64_t key) {
    (void)ctx;
    (void)d;
    (void)key;
    PENDING(ctx);
    return 0;
}

AI_MAY_RAISE int64_t ai_dict_method(ai_actor_t *ctx, ai_dict_t *d, int32_t mid, int64_t argc, const int64_t *argv) {
    (void)ctx;
    (void)d;
    (void)mid;
    (void)argc;
    (void)argv;
    PENDING(ctx);
    return 0;
}

AI_MAY_RAISE bool ai_dict_eq(ai_actor_t *ctx, ai_dict_t *a, ai_dict_t *b) {
    (void)ctx;
    (void)a;
    (void)b;
    PENDING(ctx);
    return 0;
}

AI_MAY_RAISE bool ai_dict_repr(ai_actor_t *ctx, ai_buf_t *b, ai_dict_t *d) {
    (void)ctx;
    (void)b;
    (void)d;
    PENDING(ctx);
    return 0;
}

AI_MAY_RAISE bool ai_dict_next(ai_dict_t *d, int64_t *pos, int64_t *key, int64_t *value) {
    (void)d;
    (void)pos;
    (void)key;
    (void)value;
    return 0;
}

AI_MAY_RAISE bool ai_dict_view_repr(ai_actor_t *ctx, ai_buf_t *b, ai_dict_view_t *v) {
    (void)ctx;
    (void)b;
    (void)v;
    PENDING(ctx);
    return 0;
}

AI_MAY_RAISE bool ai_dict_view_contains(ai_actor_t *ctx, ai_dict_view_t *v, int64_t x) {
    (void)ctx;
    (void)v;
    (void)x;
    PENDING(ctx);
    return 0;
}

AI_MAY_RAISE int64_t ai_set_len(ai_set_t *s) {
    (void)s;
    return 0;
}

AI_MAY_RAISE bool ai_set_has(ai_actor_t *ctx, ai_set_t *s, int64_t key) {
    (void)ctx;
    (void)s;
    (void)key;
    PENDING(ctx);
    return 0;
}

AI_MAY_RAISE int64_t ai_set_method(ai_actor_t *ctx, ai_set_t *s, int32_t mid, int64_t argc, const int64_t *argv) {
    (void)ctx;
    (void)s;
    (void)mid;
    (void)argc;
    (void)argv;
    PENDING(ctx);
    return 0;
}

AI_MAY_RAISE int64_t ai_set_binop(ai_actor_t *ctx, int32_t op, int64_t a, int64_t b) {
    (void)ctx;
    (void)op;
    (void)a;
    (void)b;
    PENDING(ctx);
    return 0;
}

AI_MAY_RAISE bool ai_set_compare(ai_actor_t *ctx, int32_t op, int64_t a, int64_t b) {
    (void)ctx;
    (void)op;
    (void)a;
    (void)b;
    PENDING(ctx);
    return 0;
}

AI_MAY_RAISE int64_t ai_set_hash(ai_actor_t *ctx, ai_set_t *s) {
    (void)ctx;
    (void)s;
    PENDING(ctx);
    return 0;
}

AI_MAY_RAISE bool ai_set_repr(ai_actor_t *ctx, ai_buf_t *b, ai_set_t *s) {
    (void)ctx;
    (void)b;
    (void)s;
    PENDING(ctx);
    return 0;
}

AI_MAY_RAISE bool ai_set_next(ai_set_t *s, int64_t *pos, int64_t *key) {
    (void)s;
    (void)pos;
    (void)key;
    return 0;
}

AI_MAY_RAISE int64_t ai_dict_from(ai_actor_t *ctx, int64_t n, const int64_t *kv) {
    (void)ctx;
    (void)n;
    (void)kv;
    PENDING(ctx);
    return 0;
}

AI_MAY_RAISE void ai_dict_merge(ai_actor_t *ctx, int64_t dict, int64_t mapping) {
    (void)ctx;
    (void)dict;
    (void)mapping;
    PENDING(ctx);
}

AI_MAY_RAISE int64_t ai_set_from(ai_actor_t *ctx, int64_t n, const int64_t *items) {
    (void)ctx;
    (void)n;
    (void)items;
    PENDING(ctx);
    return 0;
}

AI_MAY_RAISE void ai_set_add(ai_actor_t *ctx, int64_t set, int64_t x) {
    (void)ctx;
    (void)set;
    (void)x;
    PENDING(ctx);
}

AI_MAY_RAISE int64_t ai_str_getitem(ai_actor_t *ctx, ai_str_t *s, int64_t key) {
    (void)ctx;
    (void)s;
    (void)key;
    PENDING(ctx);
    return 0;
}

AI_MAY_RAISE bool ai_str_contains(ai_actor_t *ctx, ai_str_t *s, int64_t sub) {
    (void)ctx;
    (void)s;
    (void)sub;
    PENDING(ctx);
    return 0;
}

AI_MAY_RAISE int64_t ai_str_method(ai_actor_t *ctx, ai_str_t *s, int32_t mid, int64_t argc, const int64_t *argv) {
    (void)ctx;
    (void)s;
    (void)mid;
    (void)argc;
    (void)argv;
    PENDING(ctx);
    return 0;
}

AI_MAY_RAISE int64_t ai_str_mod(ai_actor_t *ctx, ai_str_t *fmt, int64_t args) {
    (void)ctx;
    (void)fmt;
    (void)args;
    PENDING(ctx);
    return 0;
}

AI_MAY_RAISE int64_t ai_bytes_getitem(ai_actor_t *ctx, ai_bytes_t *b, int64_t key) {
    (void)ctx;
    (void)b;
    (void)key;
    PENDING(ctx);
    return 0;
}

AI_MAY_RAISE int64_t ai_bytes_method(ai_actor_t *ctx, ai_bytes_t *b, int32_t mid, int64_t argc, const int64_t *argv) {
    (void)ctx;
    (void)b;
    (void)mid;
    (void)argc;
    (void)argv;
    PENDING(ctx);
    return 0;
}

AI_MAY_RAISE bool ai_bytes_repr(ai_actor_t *ctx, ai_buf_t *out, ai_bytes_t *b) {
    (void)ctx;
    (void)out;
    (void)b;
    PENDING(ctx);
    return 0;
}

AI_MAY_RAISE bool ai_bytes_compare(ai_actor_t *ctx, int32_t op, ai_bytes_t *a, ai_bytes_t *b) {
    (void)ctx;
    (void)op;
    (void)a;
    (void)b;
    PENDING(ctx);
    return 0;
}

AI_MAY_RAISE int64_t ai_bytes_concat(ai_actor_t *ctx, ai_bytes_t *a, ai_bytes_t *b) {
    (void)ctx;
    (void)a;
    (void)b;
    PENDING(ctx);
    return 0;
}

AI_MAY_RAISE int64_t ai_num_method(ai_actor_t *ctx, int64_t x, int32_t mid, int64_t argc, const int64_t *argv) {
    (void)ctx;
    (void)x;
    (void)mid;
    (void)argc;
    (void)argv;
    PENDING(ctx);
    return 0;
}

AI_MAY_RAISE int64_t ai_builtin(ai_actor_t *ctx, int32_t bid, int64_t argc, const int64_t *argv) {
    (void)ctx;
    (void)bid;
    (void)argc;
    (void)argv;
    PENDING(ctx);
    return 0;
}

const char *ai_builtin_name(int32_t bid) {
    (void)bid;
    return "builtin";
}

/* minimal working versions */
int64_t ai_tuple_new(ai_actor_t *ctx, int64_t n, const int64_t *items) {
    ai_tuple_t *t = ai_actor_alloc(ctx, sizeof *t + (size_t)n * 8);
    if (!t)
        return 0;
    t->header = ai_hdr_new(AI_T_TUPLE, sizeof *t + (size_t)n * 8);
    t->n = n;
    for (int64_t i = 0; i < n; i++)
        t->items[i] = items[i];
    return (int64_t)(intptr_t)t;
}

int64_t ai_list_from(ai_actor_t *ctx, int64_t n, const int64_t *items) {
    ai_list_t *l = ai_list_new(ctx, n, AI_ELEM_VALUE);
    if (!l)
        return 0;
    for (int64_t i = 0; i < n; i++)
        l->items[i] = items[i];
    return (int64_t)(intptr_t)l;
}

bool ai_list_push(ai_actor_t *ctx, ai_list_t *l, int64_t x) {
    if (l->n == l->cap) {
        int64_t cap = l->cap ? 2 * l->cap : 4;
        int64_t *a = ai_actor_alloc(ctx, (size_t)cap * 8);
        if (!a)
            return false;
        for (int64_t i = 0; i < l->n; i++)
            a[i] = l->items[i];
        l->items = a;
        l->cap = cap;
    }
    l->items[l->n++] = x;
    return true;
}

bool ai_seq_repr(ai_actor_t *ctx, ai_buf_t *b, int64_t seq) {
    bool tuple = ai_word_type(seq) == AI_T_TUPLE;
    const int64_t *items = tuple ? ((ai_tuple_t *)(intptr_t)seq)->items : ((ai_list_t *)(intptr_t)seq)->items;
    int64_t n = tuple ? ((ai_tuple_t *)(intptr_t)seq)->n : ((ai_list_t *)(intptr_t)seq)->n;
    int e = ai_repr_enter(ctx, seq);
    if (e < 0)
        return false;
    if (e > 0) {
        ai_buf_put(b, tuple ? "(...)" : "[...]", 5);
        return true;
    }
    ai_buf_putc(b, tuple ? '(' : '[');
    for (int64_t i = 0; i < n; i++) {
        if (i)
            ai_buf_put(b, ", ", 2);
        if (!ai_repr_into(ctx, b, items[i])) {
            ai_repr_leave(ctx, seq);
            return false;
        }
    }
    if (tuple && n == 1)
        ai_buf_putc(b, ',');
    ai_buf_putc(b, tuple ? ')' : ']');
    ai_repr_leave(ctx, seq);
    return true;
}

int64_t ai_bytes_new(ai_actor_t *ctx, const char *p, int64_t n) {
    ai_bytes_t *b = ai_actor_alloc(ctx, sizeof *b + (size_t)n + 1);
    if (!b)
        return 0;
    b->header = ai_hdr_new(AI_T_BYTES, sizeof *b + (size_t)n + 1);
    b->n = n;
    for (int64_t i = 0; i < n; i++)
        b->data[i] = (unsigned char)p[i];
    return (int64_t)(intptr_t)b;
}

int64_t ai_str_next(ai_actor_t *ctx, ai_str_t *s, int64_t *pos) {
    if (*pos >= s->nbytes)
        return 0;
    int64_t e = *pos + 1;
    while (e < s->nbytes && ((unsigned char)s->data[e] & 0xC0) == 0x80)
        e++;
    ai_str_t *r = ai_str_from_buf(ctx, s->data + *pos, (size_t)(e - *pos));
    *pos = e;
    return (int64_t)(intptr_t)r;
}
