/* dict views (keys(), values(), items()): repr and `in`; and the helpers dict.c and set.c share
 * for walking any iterable and writing an element's repr. */
#include <string.h>

#include "dict.h"
#include "int.h"

bool ai_elem_repr(ai_actor_t *ctx, ai_buf_t *b, int64_t w) {
    char tmp[40];
    if (ai_is_small(w)) {
        ai_buf_put(b, tmp, ai_fmt_i64(tmp, ai_small_val(w)));
        return true;
    }
    switch (ai_word_type(w)) {
    case AI_T_STR: {
        const ai_str_t *s = ai_p(w);
        ai_repr_str(b, s->data, (size_t)s->nbytes);
        return true;
    }
    case AI_T_FLOAT:
        ai_buf_put(b, tmp, ai_fmt_f64_repr(tmp, ai_float_unbox(w)));
        return true;
    case AI_T_NONE:
        ai_buf_put(b, "None", 4);
        return true;
    case AI_T_BOOL:
        if (((const struct ai_bool_obj *)ai_p(w))->value)
            ai_buf_put(b, "True", 4);
        else
            ai_buf_put(b, "False", 5);
        return true;
    case AI_T_INT: {
        ai_str_t *s = ai_int_str(ctx, w);
        if (!s)
            return false;
        ai_buf_put(b, s->data, (size_t)s->nbytes);
        return true;
    }
    case AI_T_DICT: return ai_dict_repr(ctx, b, ai_p(w));
    case AI_T_SET:
    case AI_T_FROZENSET: return ai_set_repr(ctx, b, ai_p(w));
    case AI_T_DICT_KEYS:
    case AI_T_DICT_VALUES:
    case AI_T_DICT_ITEMS: return ai_dict_view_repr(ctx, b, ai_p(w));
    default: return ai_repr_into(ctx, b, w);
    }
}

bool ai_dict_view_repr(ai_actor_t *ctx, ai_buf_t *b, ai_dict_view_t *v) {
    int r = ai_repr_enter(ctx, ai_w(v));
    if (r < 0)
        return false;
    if (r > 0) {
        ai_buf_put(b, "...", 3);
        return true;
    }
    int t = ai_hdr_type(v->header);
    const char *name = t == AI_T_DICT_KEYS ? "dict_keys([" : t == AI_T_DICT_VALUES ? "dict_values([" : "dict_items([";
    ai_buf_put(b, name, strlen(name));
    ai_dict_t *d = ai_p(v->dict);
    bool ok = true, first = true;
    for (int64_t i = 0; ok && i < d->nentries; i++) {
        ai_dentry_t e = d->entries[i];
        if (!e.key)
            continue;
        if (!first)
            ai_buf_put(b, ", ", 2);
        first = false;
        if (t == AI_T_DICT_KEYS) {
            ok = ai_elem_repr(ctx, b, e.key);
        } else if (t == AI_T_DICT_VALUES) {
            ok = ai_elem_repr(ctx, b, e.value);
        } else {
            ai_buf_putc(b, '(');
            ok = ai_elem_repr(ctx, b, e.key);
            ai_buf_put(b, ", ", 2);
            ok = ok && ai_elem_repr(ctx, b, e.value);
            ai_buf_putc(b, ')');
        }
    }
    ai_buf_put(b, "])", 2);
    ai_repr_leave(ctx, ai_w(v));
    return ok;
}

bool ai_dict_view_contains(ai_actor_t *ctx, ai_dict_view_t *v, int64_t x) {
    ai_dict_t *d = ai_p(v->dict);
    switch (ai_hdr_type(v->header)) {
    case AI_T_DICT_KEYS: return ai_dict_contains(ctx, d, x);
    case AI_T_DICT_VALUES:
        for (int64_t i = 0; i < d->nentries; i++) {
            int64_t k = d->entries[i].key, val = d->entries[i].value;
            if (k && (val == x || ai_obj_eq(ctx, val, x)))
                return true;
            if (ai_exc_pending(ctx))
                return false;
        }
        return false;
    default: { /* items: a 2-tuple whose key is there with an equal value */
        if (ai_word_type(x) != AI_T_TUPLE || ((ai_tuple_t *)ai_p(x))->n != 2)
            return false;
        const ai_tuple_t *t = ai_p(x);
        int64_t val = ai_dict_lookup(ctx, d, t->items[0]);
        if (!val)
            return false;
        return val == t->items[1] || ai_obj_eq(ctx, val, t->items[1]);
    }
    }
}

bool ai_each(ai_actor_t *ctx, int64_t x, ai_each_fn fn, void *arg) {
    switch (ai_word_type(x)) {
    case AI_T_LIST: {
        ai_list_t *l = ai_p(x);
        if (l->kind != AI_ELEM_VALUE && l->kind != AI_ELEM_STR)
            break;
        for (int64_t i = 0; i < l->n; i++)
            if (!fn(ctx, arg, l->items[i]))
                return false;
        return true;
    }
    case AI_T_TUPLE: {
        ai_tuple_t *t = ai_p(x);
        for (int64_t i = 0; i < t->n; i++)
            if (!fn(ctx, arg, t->items[i]))
                return false;
        return true;
    }
    case AI_T_SET:
    case AI_T_FROZENSET: {
        ai_set_t *s = ai_p(x);
        for (int64_t i = 0; i <= s->mask; i++)
            if (s->table[i].key && !fn(ctx, arg, s->table[i].key))
                return false;
        return true;
    }
    case AI_T_DICT:
    case AI_T_DICT_KEYS:
    case AI_T_DICT_VALUES:
    case AI_T_DICT_ITEMS: {
        int t = ai_word_type(x);
        ai_dict_t *d = t == AI_T_DICT ? ai_p(x) : ai_p(((ai_dict_view_t *)ai_p(x))->dict);
        for (int64_t i = 0; i < d->nentries; i++) {
            ai_dentry_t e = d->entries[i];
            if (!e.key)
                continue;
            int64_t item = t == AI_T_DICT_VALUES ? e.value : t == AI_T_DICT_ITEMS ? ai_pair_new(ctx, e.key, e.value) : e.key;
            if (!item || !fn(ctx, arg, item))
                return false;
        }
        return true;
    }
    default:
        break;
    }
    int64_t it = ai_obj_iter(ctx, x);
    if (!it || ai_exc_pending(ctx))
        return false;
    for (;;) {
        int64_t item = ai_iter_next(ctx, it);
        if (ai_exc_pending(ctx))
            return false;
        if (!item)
            return true;
        if (!fn(ctx, arg, item))
            return false;
    }
}
