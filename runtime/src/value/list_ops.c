/* Lists of value words (issue 8): building, growing, item and slice access and assignment, and the
 * list methods, with CPython 3.11's results and messages. The first functions (ai_list_new, get,
 * set, store, item) and the message export stay in list.c. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "seq.h"
#include "../actor/actor.h"

static const int64_t NONE = (int64_t)(intptr_t)&ai_None;

ai_list_t *ai_list_with_cap(ai_actor_t *ctx, int64_t cap) {
    ai_list_t *l = ai_list_new(ctx, cap, AI_ELEM_VALUE);
    if (l)
        l->n = 0;
    return l;
}

bool ai_list_reserve(ai_actor_t *ctx, ai_list_t *l, int64_t more) {
    if (more <= l->cap - l->n)
        return true;
    const int64_t max = (int64_t)(SIZE_MAX / 16);
    if (more > max - l->n) {
        ai_raise(ctx, AI_EXC_MEMORY, "");
        return false;
    }
    int64_t need = l->n + more;
    int64_t cap = l->cap < max / 2 ? l->cap * 2 : max;
    if (cap < need)
        cap = need;
    if (cap < 8)
        cap = 8;
    int64_t *items = ai_actor_alloc_raw(ctx, (size_t)cap * sizeof(int64_t));
    if (!items)
        return false;
    if (l->n)
        memcpy(items, l->items, (size_t)l->n * sizeof(int64_t));
    l->items = items;
    l->cap = cap;
    return true;
}

int64_t ai_list_from(ai_actor_t *ctx, int64_t n, const int64_t *items) {
    ai_list_t *l = ai_list_new(ctx, n, AI_ELEM_VALUE);
    if (!l)
        return 0;
    if (n)
        memcpy(l->items, items, (size_t)n * sizeof(int64_t));
    return ai_seq_word(l);
}

bool ai_list_push(ai_actor_t *ctx, ai_list_t *l, int64_t x) {
    if (l->n == l->cap && !ai_list_reserve(ctx, l, 1))
        return false;
    l->items[l->n++] = x;
    return true;
}

void ai_list_append(ai_actor_t *ctx, int64_t list, int64_t x) {
    ai_list_push(ctx, (ai_list_t *)(intptr_t)list, x);
}

/* The items of a range, as a new list. */
static ai_list_t *range_list(ai_actor_t *ctx, const ai_range_t *r) {
    ai_list_t *l = ai_list_new(ctx, r->len, AI_ELEM_VALUE);
    if (!l)
        return NULL;
    for (int64_t i = 0; i < r->len; i++) {
        int64_t v = r->start + i * r->step; /* within [start, stop]: fits int64 */
        int64_t w = v >= AI_SMALL_MIN && v <= AI_SMALL_MAX ? ai_small(v) : ai_int_from_i64(ctx, v);
        if (ai_exc_pending(ctx))
            return NULL;
        l->items[i] = w;
    }
    return l;
}

bool ai_seq_items(ai_actor_t *ctx, int64_t it, const int64_t **items, int64_t *n, int64_t *keep) {
    switch (ai_word_type(it)) {
    case AI_T_LIST: {
        ai_list_t *l = (ai_list_t *)(intptr_t)it;
        if (l->kind != AI_ELEM_VALUE) { /* a typed list of the first front end: its items as words */
            ai_list_t *w = ai_list_new(ctx, l->n, AI_ELEM_VALUE);
            if (!w)
                return false;
            for (int64_t i = 0; i < l->n; i++) {
                int64_t x = l->items[i];
                double d;
                switch (l->kind) {
                case AI_ELEM_FLOAT: memcpy(&d, &x, sizeof d); x = ai_float_box(ctx, d); break;
                case AI_ELEM_BOOL: x = ai_bool_box(x != 0); break;
                case AI_ELEM_STR: break;
                default: x = ai_int_from_i64(ctx, x); break;
                }
                if (ai_exc_pending(ctx))
                    return false;
                w->items[i] = x;
            }
            l = w;
        }
        *items = l->items;
        *n = l->n;
        *keep = ai_seq_word(l);
        return true;
    }
    case AI_T_TUPLE: {
        ai_tuple_t *t = (ai_tuple_t *)(intptr_t)it;
        *items = t->items;
        *n = t->n;
        *keep = it;
        return true;
    }
    case AI_T_RANGE: {
        ai_list_t *l = range_list(ctx, (const ai_range_t *)(intptr_t)it);
        if (!l)
            return false;
        *items = l->items;
        *n = l->n;
        *keep = ai_seq_word(l);
        return true;
    }
    default: break;
    }
    int64_t iter = ai_obj_iter(ctx, it);
    if (ai_exc_pending(ctx))
        return false;
    ai_list_t *l = ai_list_with_cap(ctx, 8);
    if (!l)
        return false;
    for (;;) {
        int64_t x = ai_iter_next(ctx, iter);
        if (ai_exc_pending(ctx))
            return false;
        if (!x)
            break;
        if (!ai_list_push(ctx, l, x))
            return false;
    }
    *items = l->items;
    *n = l->n;
    *keep = ai_seq_word(l);
    return true;
}

/* l.extend(it): CPython reads a list or tuple once (l.extend(l) doubles l). */
static bool list_extend(ai_actor_t *ctx, ai_list_t *l, int64_t it) {
    const int64_t *items;
    int64_t n, keep;
    if (!ai_seq_items(ctx, it, &items, &n, &keep))
        return false;
    if (!ai_list_reserve(ctx, l, n))
        return false;
    if (keep == ai_seq_word(l)) /* the source array may have moved */
        items = l->items;
    if (n)
        memmove(l->items + l->n, items, (size_t)n * sizeof(int64_t));
    l->n += n;
    return true;
}

void ai_list_extend(ai_actor_t *ctx, int64_t list, int64_t iterable) {
    list_extend(ctx, (ai_list_t *)(intptr_t)list, iterable);
}

/* ----- items and slices ------------------------------------------------------------------------ */
int64_t ai_list_getitem(ai_actor_t *ctx, ai_list_t *l, int64_t key) {
    if (ai_is_small(key)) { /* the common case first */
        int64_t i = ai_small_val(key);
        if (i < 0)
            i += l->n;
        if (i >= 0 && i < l->n)
            return l->items[i];
    }
    if (ai_word_type(key) == AI_T_SLICE) {
        int64_t start, stop, step, n;
        if (!ai_slice_indices(ctx, (const ai_slice_t *)(intptr_t)key, l->n, &start, &stop, &step, &n))
            return 0;
        ai_list_t *r = ai_list_new(ctx, n, AI_ELEM_VALUE);
        if (!r)
            return 0;
        if (step == 1)
            memcpy(r->items, l->items + start, (size_t)n * sizeof(int64_t));
        else
            for (int64_t i = 0; i < n; i++)
                r->items[i] = l->items[start + i * step];
        return ai_seq_word(r);
    }
    int64_t i;
    if (!ai_seq_index(ctx, key, l->n, "list", &i))
        return 0;
    if (i < 0 || i >= l->n) {
        ai_raise(ctx, AI_EXC_INDEX, "list index out of range");
        return 0;
    }
    return l->items[i];
}

/* l[lo:hi] = items (n of them); lo <= hi within [0, len]. items must not point into l. */
static bool replace_range(ai_actor_t *ctx, ai_list_t *l, int64_t lo, int64_t hi, const int64_t *items, int64_t n) {
    int64_t d = n - (hi - lo);
    if (d > 0 && !ai_list_reserve(ctx, l, d))
        return false;
    if (d != 0 && l->n - hi)
        memmove(l->items + hi + d, l->items + hi, (size_t)(l->n - hi) * sizeof(int64_t));
    if (n)
        memcpy(l->items + lo, items, (size_t)n * sizeof(int64_t));
    l->n += d;
    return true;
}

/* The items of v for assigning into l (a copy when v is l itself). */
static bool value_items(ai_actor_t *ctx, ai_list_t *l, int64_t v, const char *not_iterable,
                        const int64_t **items, int64_t *n) {
    if (!ai_seq_iterable(v)) {
        ai_raise(ctx, AI_EXC_TYPE, not_iterable);
        return false;
    }
    int64_t keep;
    if (!ai_seq_items(ctx, v, items, n, &keep))
        return false;
    if (keep == ai_seq_word(l)) {
        ai_list_t *copy = ai_list_new(ctx, *n, AI_ELEM_VALUE);
        if (!copy)
            return false;
        memcpy(copy->items, *items, (size_t)*n * sizeof(int64_t));
        *items = copy->items;
    }
    return true;
}

/* l[s] = v, or del l[s] when v is 0. */
static bool assign_slice(ai_actor_t *ctx, ai_list_t *l, const ai_slice_t *s, int64_t v) {
    int64_t start, stop, step, n;
    if (!ai_slice_indices(ctx, s, l->n, &start, &stop, &step, &n))
        return false;
    const int64_t *items = NULL;
    int64_t m = 0;
    if (step == 1) {
        if (stop < start)
            stop = start;
        if (v && !value_items(ctx, l, v, "can only assign an iterable", &items, &m))
            return false;
        return replace_range(ctx, l, start, stop, items, m);
    }
    if (!v) {
        if (n <= 0)
            return true;
        int64_t lo = start, st = step;
        if (step < 0) {
            lo = start + step * (n - 1);
            st = -step;
        }
        int64_t j = lo, hi = lo + st * (n - 1);
        for (int64_t k = lo; k < l->n; k++)
            if (k > hi || (k - lo) % st != 0)
                l->items[j++] = l->items[k];
        l->n = j;
        return true;
    }
    if (!value_items(ctx, l, v, "must assign iterable to extended slice", &items, &m))
        return false;
    if (m != n) {
        char msg[160];
        snprintf(msg, sizeof msg, "attempt to assign sequence of size %lld to extended slice of size %lld",
                 (long long)m, (long long)n);
        ai_raise(ctx, AI_EXC_VALUE, msg);
        return false;
    }
    for (int64_t i = 0; i < n; i++)
        l->items[start + i * step] = items[i];
    return true;
}

bool ai_list_setitem(ai_actor_t *ctx, ai_list_t *l, int64_t key, int64_t v) {
    if (ai_is_small(key)) {
        int64_t i = ai_small_val(key);
        if (i < 0)
            i += l->n;
        if (i >= 0 && i < l->n) {
            l->items[i] = v;
            return true;
        }
    }
    if (ai_word_type(key) == AI_T_SLICE)
        return assign_slice(ctx, l, (const ai_slice_t *)(intptr_t)key, v);
    int64_t i;
    if (!ai_seq_index(ctx, key, l->n, "list", &i))
        return false;
    if (i < 0 || i >= l->n) {
        ai_raise(ctx, AI_EXC_INDEX, "list assignment index out of range");
        return false;
    }
    l->items[i] = v;
    return true;
}

static void delete_at(ai_list_t *l, int64_t i) {
    memmove(l->items + i, l->items + i + 1, (size_t)(l->n - i - 1) * sizeof(int64_t));
    l->n--;
}

bool ai_list_delitem(ai_actor_t *ctx, ai_list_t *l, int64_t key) {
    if (ai_word_type(key) == AI_T_SLICE)
        return assign_slice(ctx, l, (const ai_slice_t *)(intptr_t)key, 0);
    int64_t i;
    if (!ai_seq_index(ctx, key, l->n, "list", &i))
        return false;
    if (i < 0 || i >= l->n) {
        ai_raise(ctx, AI_EXC_INDEX, "list assignment index out of range");
        return false;
    }
    delete_at(l, i);
    return true;
}

/* ----- methods ---------------------------------------------------------------------------------- */
static const char *const METHOD_NAMES[] = {
    "",
#define AI_M_NAME(name) #name,
    AI_METHODS(AI_M_NAME)
#undef AI_M_NAME
};

int64_t ai_seq_no_method(ai_actor_t *ctx, const char *type, int32_t mid) {
    char msg[160];
    mid &= ~AI_M_KW;
    snprintf(msg, sizeof msg, "'%s' object has no attribute '%s'", type,
             mid > 0 && mid < AI_M_LIMIT ? METHOD_NAMES[mid] : "?");
    ai_raise(ctx, AI_EXC_ATTRIBUTE, msg);
    return 0;
}

/* "<repr of x> is not in list" */
static int64_t not_in_list(ai_actor_t *ctx, int64_t x) {
    ai_buf_t b = {0};
    if (ai_repr_into(ctx, &b, x)) {
        ai_buf_put(&b, " is not in list", 15);
        ai_buf_putc(&b, 0);
        ai_raise(ctx, b.oom ? AI_EXC_MEMORY : AI_EXC_VALUE, b.oom ? "" : b.p);
    }
    ai_buf_free(&b);
    return 0;
}

static bool one_arg(ai_actor_t *ctx, const char *name, int64_t argc) {
    return argc == 1 || ai_seq_argc_error(ctx, "%s() takes exactly one argument (%lld given)", name, argc);
}

static bool no_args(ai_actor_t *ctx, const char *name, int64_t argc) {
    return argc == 0 || ai_seq_argc_error(ctx, "%s() takes no arguments (%lld given)", name, argc);
}

int64_t ai_list_method(ai_actor_t *ctx, ai_list_t *l, int32_t mid, int64_t argc, const int64_t *argv) {
    switch (mid) {
    case AI_M_append:
        if (!one_arg(ctx, "list.append", argc) || !ai_list_push(ctx, l, argv[0]))
            return 0;
        return NONE;
    case AI_M_extend:
        if (!one_arg(ctx, "list.extend", argc) || !list_extend(ctx, l, argv[0]))
            return 0;
        return NONE;
    case AI_M_insert: {
        int64_t i;
        if (argc != 2) {
            ai_seq_argc_error(ctx, "%s expected 2 arguments, got %lld", "insert", argc);
            return 0;
        }
        if (!ai_seq_ssize(ctx, argv[0], &i))
            return 0;
        if (i < 0) {
            i += l->n;
            if (i < 0)
                i = 0;
        }
        if (i > l->n)
            i = l->n;
        if (!replace_range(ctx, l, i, i, &argv[1], 1))
            return 0;
        return NONE;
    }
    case AI_M_remove:
        if (!one_arg(ctx, "list.remove", argc))
            return 0;
        for (int64_t i = 0; i < l->n; i++) {
            bool eq = ai_seq_eq(ctx, l->items[i], argv[0]);
            if (ai_exc_pending(ctx))
                return 0;
            if (eq) {
                if (i < l->n)
                    delete_at(l, i);
                return NONE;
            }
        }
        ai_raise(ctx, AI_EXC_VALUE, "list.remove(x): x not in list");
        return 0;
    case AI_M_pop: {
        int64_t i = -1;
        if (argc > 1) {
            ai_seq_argc_error(ctx, "%s expected at most 1 argument, got %lld", "pop", argc);
            return 0;
        }
        if (argc == 1 && !ai_seq_ssize(ctx, argv[0], &i))
            return 0;
        if (l->n == 0) {
            ai_raise(ctx, AI_EXC_INDEX, "pop from empty list");
            return 0;
        }
        if (i < 0)
            i += l->n;
        if (i < 0 || i >= l->n) {
            ai_raise(ctx, AI_EXC_INDEX, "pop index out of range");
            return 0;
        }
        int64_t x = l->items[i];
        delete_at(l, i);
        return x;
    }
    case AI_M_clear:
        if (!no_args(ctx, "list.clear", argc))
            return 0;
        l->n = 0;
        return NONE;
    case AI_M_reverse:
        if (!no_args(ctx, "list.reverse", argc))
            return 0;
        for (int64_t i = 0, j = l->n - 1; i < j; i++, j--) {
            int64_t t = l->items[i];
            l->items[i] = l->items[j];
            l->items[j] = t;
        }
        return NONE;
    case AI_M_copy:
        if (!no_args(ctx, "list.copy", argc))
            return 0;
        return ai_list_from(ctx, l->n, l->items);
    case AI_M_count: {
        if (!one_arg(ctx, "list.count", argc))
            return 0;
        return ai_seq_count_of(ctx, (const int64_t *const *)&l->items, &l->n, argv[0]);
    }
    case AI_M_index: {
        int64_t r = ai_seq_index_of(ctx, (const int64_t *const *)&l->items, &l->n, argc, argv);
        return r == -1 ? not_in_list(ctx, argv[0]) : r;
    }
    case AI_M_sort: {
        int64_t key = NONE, rev = ai_bool_box(false);
        if (argc != 0 && argc != 2) {
            ai_raise(ctx, AI_EXC_TYPE, "sort() takes no positional arguments");
            return 0;
        }
        if (argc == 2) {
            key = argv[0];
            rev = argv[1];
        }
        if (!ai_seq_is_intlike(rev)) {
            ai_type_error_of(ctx, "'%s' object cannot be interpreted as an integer", rev);
            return 0;
        }
        if (!ai_list_sort(ctx, l, key, ai_seq_as_int(rev) != ai_small(0)))
            return 0;
        return NONE;
    }
    default:
        return ai_seq_no_method(ctx, "list", mid);
    }
}
