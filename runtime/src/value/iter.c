/* Iteration: iterator objects (AI_T_ITER) over every container and the lazy builtins (enumerate,
 * zip, map, filter, reversed), ai_obj_iter / ai_iter_next, and sequence unpacking. An iterator
 * reads its container at each step, as CPython's do: a list may grow while it is iterated; a dict
 * or set that changes size raises RuntimeError. */
#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "iter.h"
#include "glue.h"
#include "dict.h" /* reversed(dict) walks the entries backwards */
#include "int.h"
#include "../actor/actor.h"

enum {
    IT_LIST = 1, IT_TUPLE, IT_STR, IT_BYTES, IT_RANGE, IT_DICT_KEYS, IT_DICT_VALUES, IT_DICT_ITEMS,
    IT_SET, IT_ENUM, IT_ZIP, IT_MAP, IT_FILTER, IT_LIST_REV, IT_TUPLE_REV, IT_STR_REV, IT_BYTES_REV,
    IT_DICT_REV_KEYS, IT_DICT_REV_VALUES, IT_DICT_REV_ITEMS
};

typedef struct ai_iter {
    uint64_t header; /* AI_T_ITER */
    int32_t kind;
    int32_t flag;    /* IT_STR: the str is ASCII; IT_RANGE: made by reversed() */
    int64_t src;     /* the container, the inner iterator (enumerate, filter), the function (map) */
    int64_t pos;     /* index, byte offset, dict/set position, range: the next value */
    int64_t aux;     /* dict/set: the size at the start (-1 exhausted, -2 after a size change);
                      * range: values left; enumerate: the count */
    int64_t n;       /* range: the step; zip/map: the number of iterators */
    int64_t its[];   /* zip/map: n iterators, then n scratch words; filter: the inner iterator */
} ai_iter_t;

static ai_iter_t *as_iter(int64_t w) { return (ai_iter_t *)(intptr_t)w; }
static int64_t W(const void *p) { return (int64_t)(intptr_t)p; }

static ai_iter_t *iter_new(ai_actor_t *ctx, int kind, int64_t src, int64_t extra_words) {
    size_t bytes = sizeof(ai_iter_t) + (size_t)extra_words * sizeof(int64_t);
    ai_iter_t *it = ai_actor_alloc(ctx, bytes);
    if (!it)
        return NULL;
    it->header = ai_hdr_new(AI_T_ITER, bytes);
    it->kind = kind;
    it->src = src;
    return it;
}

const char *ai_iter_type_name(int64_t w) {
    const ai_iter_t *it = as_iter(w);
    switch (it->kind) {
    case IT_LIST: return "list_iterator";
    case IT_TUPLE: return "tuple_iterator";
    case IT_STR: return it->flag ? "str_ascii_iterator" : "str_iterator";
    case IT_BYTES: return "bytes_iterator";
    case IT_RANGE: return "range_iterator";
    case IT_DICT_KEYS: return "dict_keyiterator";
    case IT_DICT_VALUES: return "dict_valueiterator";
    case IT_DICT_ITEMS: return "dict_itemiterator";
    case IT_SET: return "set_iterator";
    case IT_ENUM: return "enumerate";
    case IT_ZIP: return "zip";
    case IT_MAP: return "map";
    case IT_FILTER: return "filter";
    case IT_LIST_REV: return "list_reverseiterator";
    case IT_DICT_REV_KEYS: return "dict_reversekeyiterator";
    case IT_DICT_REV_VALUES: return "dict_reversevalueiterator";
    case IT_DICT_REV_ITEMS: return "dict_reverseitemiterator";
    default: return "reversed"; /* tuple, str, bytes */
    }
}

static int64_t range_iter(ai_actor_t *ctx, int64_t start, int64_t step, int64_t len, bool reversed) {
    ai_iter_t *it = iter_new(ctx, IT_RANGE, 0, 0);
    if (!it)
        return 0;
    it->flag = reversed;
    it->pos = start;
    it->n = step;
    it->aux = len;
    return W(it);
}

int64_t ai_obj_iter(ai_actor_t *ctx, int64_t x) {
    ai_iter_t *it;
    switch (ai_word_type(x)) {
    case AI_T_ITER: return x;
    case AI_T_LIST: it = iter_new(ctx, IT_LIST, x, 0); break;
    case AI_T_TUPLE: it = iter_new(ctx, IT_TUPLE, x, 0); break;
    case AI_T_BYTES: it = iter_new(ctx, IT_BYTES, x, 0); break;
    case AI_T_STR: {
        const ai_str_t *s = (const ai_str_t *)(intptr_t)x;
        it = iter_new(ctx, IT_STR, x, 0);
        if (it)
            it->flag = s->nbytes == s->ncp;
        break;
    }
    case AI_T_RANGE: {
        const ai_range_t *r = (const ai_range_t *)(intptr_t)x;
        return range_iter(ctx, r->start, r->step, r->len, false);
    }
    case AI_T_DICT:
        it = iter_new(ctx, IT_DICT_KEYS, x, 0);
        if (it)
            it->aux = ai_dict_len((ai_dict_t *)(intptr_t)x);
        break;
    case AI_T_DICT_KEYS: case AI_T_DICT_VALUES: case AI_T_DICT_ITEMS: {
        int64_t d = ((const ai_dict_view_t *)(intptr_t)x)->dict;
        int t = ai_word_type(x);
        it = iter_new(ctx, t == AI_T_DICT_KEYS ? IT_DICT_KEYS : t == AI_T_DICT_VALUES ? IT_DICT_VALUES : IT_DICT_ITEMS,
                      d, 0);
        if (it)
            it->aux = ai_dict_len((ai_dict_t *)(intptr_t)d);
        break;
    }
    case AI_T_SET: case AI_T_FROZENSET:
        it = iter_new(ctx, IT_SET, x, 0);
        if (it)
            it->aux = ai_set_len((ai_set_t *)(intptr_t)x);
        break;
    default:
        ai_type_error_of(ctx, "'%s' object is not iterable", x);
        return 0;
    }
    return it ? W(it) : 0;
}

/* A "changed size" error is sticky, as CPython's (di_used = -1): every later next() raises it
 * again. aux: -1 once exhausted, -2 after the error. */
static int64_t changed_size(ai_actor_t *ctx, ai_iter_t *it) {
    it->aux = -2;
    ai_raise(ctx, AI_EXC_RUNTIME, it->kind == IT_SET ? "Set changed size during iteration"
                                                     : "dictionary changed size during iteration");
    return 0;
}

/* reversed(d): the live entries from the last one back (CPython's dictreviter_iternext). */
static int64_t dict_rev_next(ai_actor_t *ctx, ai_iter_t *it) {
    const ai_dict_t *d = (const ai_dict_t *)(intptr_t)it->src;
    if (d->used != it->aux)
        return changed_size(ctx, it);
    int64_t i = it->pos < d->nentries ? it->pos : d->nentries - 1;
    while (i >= 0 && !d->entries[i].key)
        i--;
    if (i < 0) {
        it->aux = -1;
        return 0;
    }
    it->pos = i - 1;
    const ai_dentry_t *e = &d->entries[i];
    if (it->kind == IT_DICT_REV_KEYS)
        return e->key;
    if (it->kind == IT_DICT_REV_VALUES)
        return e->value;
    int64_t kv[2] = {e->key, e->value};
    return ai_tuple_new(ctx, 2, kv);
}

static int64_t dict_next(ai_actor_t *ctx, ai_iter_t *it) {
    ai_dict_t *d = (ai_dict_t *)(intptr_t)it->src;
    if (ai_dict_len(d) != it->aux)
        return changed_size(ctx, it);
    int64_t k, v;
    if (!ai_dict_next(d, &it->pos, &k, &v)) {
        it->aux = -1; /* exhausted: stays exhausted even if the dict grows */
        return 0;
    }
    if (it->kind == IT_DICT_KEYS)
        return k;
    if (it->kind == IT_DICT_VALUES)
        return v;
    int64_t kv[2] = {k, v};
    return ai_tuple_new(ctx, 2, kv);
}

/* The start of the UTF-8 code point that ends before byte offset pos. */
static int64_t utf8_prev(const ai_str_t *s, int64_t pos) {
    do
        pos--;
    while (pos > 0 && ((unsigned char)s->data[pos] & 0xC0) == 0x80);
    return pos;
}

/* An element of a list as a value word (a list of the typed front end holds raw ints, floats,
 * bools: boxed here). */
static int64_t list_word(ai_actor_t *ctx, const ai_list_t *l, int64_t x) {
    switch (l->kind) {
    case AI_ELEM_FLOAT: { double d; memcpy(&d, &x, sizeof d); return ai_float_box(ctx, d); }
    case AI_ELEM_BOOL: return ai_bool_box(x != 0);
    case AI_ELEM_INT: return ai_int_from_i64(ctx, x);
    default: return x;
    }
}

int64_t ai_iter_next(ai_actor_t *ctx, int64_t w) {
    if (ai_word_type(w) != AI_T_ITER) {
        ai_type_error_of(ctx, "'%s' object is not an iterator", w);
        return 0;
    }
    ai_iter_t *it = as_iter(w);
    switch (it->kind) {
    case IT_LIST: {
        const ai_list_t *l = (const ai_list_t *)(intptr_t)it->src;
        if (it->pos >= l->n) {
            it->pos = INT64_MAX; /* exhausted for good, as CPython drops the list */
            return 0;
        }
        return list_word(ctx, l, l->items[it->pos++]);
    }
    case IT_TUPLE: {
        const ai_tuple_t *t = (const ai_tuple_t *)(intptr_t)it->src;
        return it->pos < t->n ? t->items[it->pos++] : 0;
    }
    case IT_STR: {
        ai_str_t *s = (ai_str_t *)(intptr_t)it->src;
        return it->pos < s->nbytes ? ai_str_next(ctx, s, &it->pos) : 0;
    }
    case IT_BYTES: {
        const ai_bytes_t *b = (const ai_bytes_t *)(intptr_t)it->src;
        return it->pos < b->n ? ai_small(b->data[it->pos++]) : 0;
    }
    case IT_RANGE: {
        if (it->aux <= 0)
            return 0;
        int64_t v = it->pos;
        if (--it->aux > 0)
            it->pos += it->n;
        return ai_int_from_i64(ctx, v);
    }
    case IT_DICT_KEYS: case IT_DICT_VALUES: case IT_DICT_ITEMS:
        return it->aux == -1 ? 0 : it->aux == -2 ? changed_size(ctx, it) : dict_next(ctx, it);
    case IT_DICT_REV_KEYS: case IT_DICT_REV_VALUES: case IT_DICT_REV_ITEMS:
        return it->aux == -1 ? 0 : it->aux == -2 ? changed_size(ctx, it) : dict_rev_next(ctx, it);
    case IT_SET: {
        if (it->aux == -1)
            return 0;
        ai_set_t *s = (ai_set_t *)(intptr_t)it->src;
        if (it->aux == -2 || ai_set_len(s) != it->aux)
            return changed_size(ctx, it);
        int64_t k;
        if (!ai_set_next(s, &it->pos, &k)) {
            it->aux = -1;
            return 0;
        }
        return k;
    }
    case IT_ENUM: {
        int64_t x = ai_iter_next(ctx, it->src);
        if (!x)
            return 0;
        int64_t pair[2] = {it->aux, x};
        int64_t t = ai_tuple_new(ctx, 2, pair);
        if (!t)
            return 0;
        it->aux = ai_int_add(ctx, it->aux, ai_small(1));
        return ai_exc_pending(ctx) ? 0 : t;
    }
    case IT_ZIP: case IT_MAP: {
        if (it->n == 0)
            return 0;
        /* as CPython's zip and map, nothing is remembered at the end: a later next() asks the
         * iterators again (items taken from the first ones before a shorter one ended are lost) */
        int64_t *scratch = it->its + it->n;
        for (int64_t i = 0; i < it->n; i++) {
            scratch[i] = ai_iter_next(ctx, it->its[i]);
            if (!scratch[i])
                return 0;
        }
        if (it->kind == IT_ZIP)
            return ai_tuple_new(ctx, it->n, scratch);
        return ai_call(ctx, it->src, it->n, scratch);
    }
    case IT_FILTER:
        for (;;) {
            int64_t x = ai_iter_next(ctx, it->its[0]);
            if (!x)
                return 0;
            bool keep;
            if (it->src == W(&ai_None)) {
                keep = ai_obj_truth(ctx, x);
            } else {
                int64_t r = ai_call(ctx, it->src, 1, &x);
                if (!r)
                    return 0;
                keep = ai_obj_truth(ctx, r);
            }
            if (ai_exc_pending(ctx))
                return 0;
            if (keep)
                return x;
        }
    case IT_LIST_REV: {
        const ai_list_t *l = (const ai_list_t *)(intptr_t)it->src;
        if (it->pos >= 0 && it->pos < l->n) {
            return list_word(ctx, l, l->items[it->pos--]);
        }
        it->pos = -1;
        return 0;
    }
    case IT_TUPLE_REV:
        return it->pos >= 0 ? ((const ai_tuple_t *)(intptr_t)it->src)->items[it->pos--] : 0;
    case IT_BYTES_REV:
        return it->pos >= 0 ? ai_small(((const ai_bytes_t *)(intptr_t)it->src)->data[it->pos--]) : 0;
    case IT_STR_REV: {
        ai_str_t *s = (ai_str_t *)(intptr_t)it->src;
        if (it->pos <= 0)
            return 0;
        it->pos = utf8_prev(s, it->pos);
        int64_t p = it->pos;
        return ai_str_next(ctx, s, &p);
    }
    default:
        return 0;
    }
}

/* ----- the lazy builtins ------------------------------------------------------------------------ */
int64_t ai_iter_enumerate(ai_actor_t *ctx, int64_t iterable, int64_t start) {
    int64_t inner = ai_obj_iter(ctx, iterable);
    if (!inner)
        return 0;
    ai_iter_t *it = iter_new(ctx, IT_ENUM, inner, 0);
    if (!it)
        return 0;
    it->aux = start;
    return W(it);
}

static int64_t multi(ai_actor_t *ctx, int kind, int64_t fn, int64_t n, const int64_t *iterables) {
    ai_iter_t *it = iter_new(ctx, kind, fn, 2 * n);
    if (!it)
        return 0;
    it->n = n;
    for (int64_t i = 0; i < n; i++) {
        it->its[i] = ai_obj_iter(ctx, iterables[i]);
        if (!it->its[i])
            return 0;
    }
    return W(it);
}

int64_t ai_iter_zip(ai_actor_t *ctx, int64_t n, const int64_t *iterables) {
    return multi(ctx, IT_ZIP, 0, n, iterables);
}

int64_t ai_iter_map(ai_actor_t *ctx, int64_t fn, int64_t n, const int64_t *iterables) {
    if (n < 1) {
        ai_raise(ctx, AI_EXC_TYPE, "map() must have at least two arguments.");
        return 0;
    }
    return multi(ctx, IT_MAP, fn, n, iterables);
}

int64_t ai_iter_filter(ai_actor_t *ctx, int64_t fn, int64_t iterable) {
    int64_t inner = ai_obj_iter(ctx, iterable);
    if (!inner)
        return 0;
    ai_iter_t *it = iter_new(ctx, IT_FILTER, fn, 1);
    if (!it)
        return 0;
    it->its[0] = inner;
    return W(it);
}

int64_t ai_iter_reversed(ai_actor_t *ctx, int64_t seq) {
    ai_iter_t *it;
    switch (ai_word_type(seq)) {
    case AI_T_LIST:
        it = iter_new(ctx, IT_LIST_REV, seq, 0);
        if (it)
            it->pos = ((const ai_list_t *)(intptr_t)seq)->n - 1;
        break;
    case AI_T_TUPLE:
        it = iter_new(ctx, IT_TUPLE_REV, seq, 0);
        if (it)
            it->pos = ((const ai_tuple_t *)(intptr_t)seq)->n - 1;
        break;
    case AI_T_BYTES:
        it = iter_new(ctx, IT_BYTES_REV, seq, 0);
        if (it)
            it->pos = ((const ai_bytes_t *)(intptr_t)seq)->n - 1;
        break;
    case AI_T_STR:
        it = iter_new(ctx, IT_STR_REV, seq, 0);
        if (it)
            it->pos = ((const ai_str_t *)(intptr_t)seq)->nbytes;
        break;
    case AI_T_RANGE: {
        const ai_range_t *r = (const ai_range_t *)(intptr_t)seq;
        if (r->len == 0)
            return range_iter(ctx, r->start, r->step, 0, true);
        /* the last value start + (len-1)*step is in range; step -INT64_MIN would overflow */
        int64_t last = (int64_t)((uint64_t)r->start + (uint64_t)(r->len - 1) * (uint64_t)r->step);
        if (r->step == INT64_MIN) {
            ai_raise(ctx, AI_EXC_OVERFLOW, "Python int too large to convert to C long");
            return 0;
        }
        return range_iter(ctx, last, -r->step, r->len, true);
    }
    case AI_T_DICT: case AI_T_DICT_KEYS: case AI_T_DICT_VALUES: case AI_T_DICT_ITEMS: {
        int t = ai_word_type(seq);
        int64_t d = t == AI_T_DICT ? seq : ((const ai_dict_view_t *)(intptr_t)seq)->dict;
        it = iter_new(ctx, t == AI_T_DICT_VALUES ? IT_DICT_REV_VALUES : t == AI_T_DICT_ITEMS ? IT_DICT_REV_ITEMS
                                                                                            : IT_DICT_REV_KEYS, d, 0);
        if (it) {
            it->pos = ((const ai_dict_t *)(intptr_t)d)->nentries - 1;
            it->aux = ((const ai_dict_t *)(intptr_t)d)->used;
        }
        break;
    }
    default:
        ai_type_error_of(ctx, "'%s' object is not reversible", seq);
        return 0;
    }
    return it ? W(it) : 0;
}

/* ----- unpacking -------------------------------------------------------------------------------- */
static bool not_enough(ai_actor_t *ctx, bool star, int64_t expected, int64_t got) {
    char msg[128];
    snprintf(msg, sizeof msg, "not enough values to unpack (expected %s%" PRId64 ", got %" PRId64 ")",
             star ? "at least " : "", expected, got);
    ai_raise(ctx, AI_EXC_VALUE, msg);
    return false;
}

static bool too_many(ai_actor_t *ctx, int64_t expected) {
    char msg[96];
    snprintf(msg, sizeof msg, "too many values to unpack (expected %" PRId64 ")", expected);
    ai_raise(ctx, AI_EXC_VALUE, msg);
    return false;
}

static bool is_iterable(int64_t x) {
    switch (ai_word_type(x)) {
    case AI_T_ITER: case AI_T_LIST: case AI_T_TUPLE: case AI_T_BYTES: case AI_T_STR: case AI_T_RANGE:
    case AI_T_DICT: case AI_T_DICT_KEYS: case AI_T_DICT_VALUES: case AI_T_DICT_ITEMS: case AI_T_SET:
    case AI_T_FROZENSET:
        return true;
    default:
        return false;
    }
}

bool ai_unpack(ai_actor_t *ctx, int64_t x, int64_t before, bool star, int64_t after, int64_t *out) {
    int64_t need = before + (star ? after : 0);
    int t = ai_word_type(x);
    if ((t == AI_T_LIST && ((const ai_list_t *)(intptr_t)x)->kind == AI_ELEM_VALUE) || t == AI_T_TUPLE) {
        /* the sequence fast path: its length is known */
        const int64_t *items;
        int64_t n;
        if (t == AI_T_LIST) {
            items = ((const ai_list_t *)(intptr_t)x)->items;
            n = ((const ai_list_t *)(intptr_t)x)->n;
        } else {
            items = ((const ai_tuple_t *)(intptr_t)x)->items;
            n = ((const ai_tuple_t *)(intptr_t)x)->n;
        }
        if (!star) {
            if (n != before)
                return n > before ? too_many(ctx, before) : not_enough(ctx, false, before, n);
            memcpy(out, items, (size_t)n * sizeof *out);
            return true;
        }
        if (n < need)
            return not_enough(ctx, true, need, n);
        memcpy(out, items, (size_t)before * sizeof *out);
        int64_t mid = ai_list_from(ctx, n - need, items + before);
        if (!mid)
            return false;
        out[before] = mid;
        memcpy(out + before + 1, items + n - after, (size_t)after * sizeof *out);
        return true;
    }
    if (!is_iterable(x)) {
        ai_type_error_of(ctx, "cannot unpack non-iterable %s object", x);
        return false;
    }
    int64_t it = ai_obj_iter(ctx, x);
    if (!it)
        return false;
    for (int64_t i = 0; i < before; i++) {
        out[i] = ai_iter_next(ctx, it);
        if (!out[i])
            return ai_exc_pending(ctx) ? false : not_enough(ctx, star, need, i);
    }
    if (!star) {
        int64_t extra = ai_iter_next(ctx, it);
        if (extra)
            return too_many(ctx, before);
        return !ai_exc_pending(ctx);
    }
    int64_t rest = ai_list_from(ctx, 0, NULL);
    if (!rest)
        return false;
    for (;;) {
        int64_t y = ai_iter_next(ctx, it);
        if (!y) {
            if (ai_exc_pending(ctx))
                return false;
            break;
        }
        if (!ai_list_push(ctx, (ai_list_t *)(intptr_t)rest, y))
            return false;
    }
    ai_list_t *l = (ai_list_t *)(intptr_t)rest;
    if (l->n < after)
        return not_enough(ctx, true, need, before + l->n);
    memcpy(out + before + 1, l->items + l->n - after, (size_t)after * sizeof *out);
    l->n -= after;
    out[before] = rest;
    return true;
}
