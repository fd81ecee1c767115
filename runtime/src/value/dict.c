/* dict: a compact dict (CPython 3.6+): a hash index over a dense array of entries kept in
 * insertion order. Keys are hashed with ai_obj_hash and compared by identity, then equality. */
#include <stdio.h>
#include <string.h>

#include "dict.h"
#include "int.h"
#include "../actor/actor.h"

#define PERTURB_SHIFT 5

/* hash() of a small int without a division: |v| mod 2**61 - 1 with v's sign (|v| <= 2**62) */
static inline int64_t small_hash(int64_t w) {
    const uint64_t p = ((uint64_t)1 << 61) - 1;
    int64_t v = ai_small_val(w);
    uint64_t m = v < 0 ? -(uint64_t)v : (uint64_t)v;
    m = (m & p) + (m >> 61);
    if (m >= p)
        m -= p;
    int64_t r = v < 0 ? -(int64_t)m : (int64_t)m;
    return r == -1 ? -2 : r;
}

bool ai_key_hash(ai_actor_t *ctx, int64_t key, int64_t *hash) {
    if (ai_is_small(key)) {
        *hash = small_hash(key);
        return true;
    }
    int t = ai_word_type(key);
    if (t == AI_T_FROZENSET) {
        *hash = ai_set_hash(ctx, ai_p(key));
        return !ai_exc_pending(ctx);
    }
    if (t == AI_T_SET || t == AI_T_DICT || t == AI_T_LIST || t == AI_T_DICT_KEYS || t == AI_T_DICT_VALUES ||
        t == AI_T_DICT_ITEMS) {
        ai_type_error_of(ctx, "unhashable type: '%s'", key);
        return false;
    }
    *hash = ai_obj_hash(ctx, key);
    return !ai_exc_pending(ctx);
}

bool ai_key_eq(ai_actor_t *ctx, int64_t a, int64_t b) {
    if (a == b)
        return true;
    if (ai_is_small(a) && ai_is_small(b))
        return false;
    int ta = ai_word_type(a), tb = ai_word_type(b);
    if (ta == AI_T_STR && tb == AI_T_STR) {
        const ai_str_t *x = ai_p(a), *y = ai_p(b);
        return x->nbytes == y->nbytes && memcmp(x->data, y->data, (size_t)x->nbytes) == 0;
    }
    if (ta == AI_T_STR || tb == AI_T_STR)
        return false;
    if (ai_is_anyset(a) && ai_is_anyset(b))
        return ai_set_compare(ctx, AI_CMP_EQ, a, b);
    return ai_obj_eq(ctx, a, b);
}

/* ----- the table ------------------------------------------------------------------------------ */
static int64_t usable(int64_t slots) { return slots * 2 / 3; }

/* (Re)build d with 2**k >= 8 index slots holding at least `need` entries, compacting the live ones. */
static bool resize(ai_actor_t *ctx, ai_dict_t *d, int64_t need) {
    int64_t slots = 8;
    while (usable(slots) < need) {
        if (slots > ((int64_t)1 << 30)) {
            ai_raise(ctx, AI_EXC_MEMORY, "");
            return false;
        }
        slots <<= 1;
    }
    int64_t cap = usable(slots);
    int32_t *index = ai_actor_alloc(ctx, (size_t)slots * sizeof(int32_t));
    if (!index)
        return false;
    ai_dentry_t *entries = ai_actor_alloc_raw(ctx, (size_t)cap * sizeof(ai_dentry_t));
    if (!entries)
        return false;
    size_t mask = (size_t)slots - 1;
    int64_t n = 0;
    for (int64_t j = 0; j < d->nentries; j++) {
        const ai_dentry_t *e = &d->entries[j];
        if (!e->key)
            continue;
        entries[n] = *e;
        size_t perturb = (size_t)e->hash, i = (size_t)e->hash & mask;
        while (index[i]) {
            perturb >>= PERTURB_SHIFT;
            i = (i * 5 + perturb + 1) & mask;
        }
        index[i] = (int32_t)(n + 1);
        n++;
    }
    d->index = index;
    d->entries = entries;
    d->mask = (int64_t)mask;
    d->cap = cap;
    d->nentries = n;
    return true;
}

ai_dict_t *ai_dict_new(ai_actor_t *ctx, int64_t n) {
    ai_dict_t *d = ai_actor_alloc(ctx, sizeof *d);
    if (!d)
        return NULL;
    d->header = ai_hdr_new(AI_T_DICT, sizeof *d);
    if (n > 0 && !resize(ctx, d, n))
        return NULL;
    return d;
}

/* The entry of key (its index slot in *slot), or -1 when absent (*slot: where to put it), or -2
 * after raising. */
static int64_t find(ai_actor_t *ctx, ai_dict_t *d, int64_t key, int64_t hash, size_t *slot) {
    if (!d->index)
        return -1;
    size_t mask = (size_t)d->mask, perturb = (size_t)hash, i = (size_t)hash & mask;
    size_t freeslot = SIZE_MAX;
    for (;;) {
        int32_t ix = d->index[i];
        if (ix == 0) {
            *slot = freeslot != SIZE_MAX ? freeslot : i;
            return -1;
        }
        if (ix < 0) {
            if (freeslot == SIZE_MAX)
                freeslot = i;
        } else {
            ai_dentry_t *e = &d->entries[ix - 1];
            if (e->key == key) {
                *slot = i;
                return ix - 1;
            }
            if (e->hash == hash) {
                int64_t k = e->key;
                ai_dentry_t *entries = d->entries;
                bool eq = ai_key_eq(ctx, k, key);
                if (ai_exc_pending(ctx))
                    return -2;
                if (entries != d->entries || e->key != k) /* the comparison changed the dict */
                    return find(ctx, d, key, hash, slot);
                if (eq) {
                    *slot = i;
                    return ix - 1;
                }
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

static bool insert_hash(ai_actor_t *ctx, ai_dict_t *d, int64_t key, int64_t hash, int64_t value) {
    size_t slot;
    int64_t ix = find(ctx, d, key, hash, &slot);
    if (ix == -2)
        return false;
    if (ix >= 0) {
        d->entries[ix].value = value;
        return true;
    }
    if (d->nentries >= d->cap) {
        if (!resize(ctx, d, d->used * 2 + 1))
            return false;
        find(ctx, d, key, hash, &slot); /* no comparison: the key is absent */
    }
    ai_dentry_t *e = &d->entries[d->nentries];
    e->hash = hash;
    e->key = key;
    e->value = value;
    d->index[slot] = (int32_t)(++d->nentries);
    d->used++;
    return true;
}

int64_t ai_dict_len(ai_dict_t *d) { return d->used; }

int64_t ai_dict_lookup_hash(ai_actor_t *ctx, ai_dict_t *d, int64_t key, int64_t hash) {
    size_t slot;
    int64_t ix = find(ctx, d, key, hash, &slot);
    return ix >= 0 ? d->entries[ix].value : 0;
}

int64_t ai_dict_lookup(ai_actor_t *ctx, ai_dict_t *d, int64_t key) {
    int64_t hash;
    if (!ai_key_hash(ctx, key, &hash))
        return 0;
    return ai_dict_lookup_hash(ctx, d, key, hash);
}

bool ai_raise_key_error(ai_actor_t *ctx, int64_t key) {
    ai_buf_t b = {0};
    if (ai_elem_repr(ctx, &b, key)) {
        ai_buf_putc(&b, 0);
        if (b.oom)
            ai_raise(ctx, AI_EXC_MEMORY, "");
        else
            ai_raise(ctx, AI_EXC_KEY, b.p);
    }
    ai_buf_free(&b);
    return false;
}

int64_t ai_dict_getitem(ai_actor_t *ctx, ai_dict_t *d, int64_t key) {
    int64_t v = ai_dict_lookup(ctx, d, key);
    if (!v && !ai_exc_pending(ctx))
        ai_raise_key_error(ctx, key);
    return v;
}

bool ai_dict_set(ai_actor_t *ctx, ai_dict_t *d, int64_t key, int64_t value) {
    int64_t hash;
    if (!ai_key_hash(ctx, key, &hash))
        return false;
    return insert_hash(ctx, d, key, hash, value);
}

bool ai_dict_contains(ai_actor_t *ctx, ai_dict_t *d, int64_t key) {
    return ai_dict_lookup(ctx, d, key) != 0;
}

/* Remove the entry of key; its value, or 0 when absent (or after raising). */
static int64_t take(ai_actor_t *ctx, ai_dict_t *d, int64_t key) {
    int64_t hash;
    if (!ai_key_hash(ctx, key, &hash))
        return 0;
    size_t slot;
    int64_t ix = find(ctx, d, key, hash, &slot);
    if (ix < 0)
        return 0;
    ai_dentry_t *e = &d->entries[ix];
    int64_t v = e->value;
    e->key = 0;
    e->value = 0;
    d->index[slot] = -1;
    d->used--;
    return v;
}

bool ai_dict_delitem(ai_actor_t *ctx, ai_dict_t *d, int64_t key) {
    if (take(ctx, d, key))
        return true;
    if (!ai_exc_pending(ctx))
        ai_raise_key_error(ctx, key);
    return false;
}

bool ai_dict_next(ai_dict_t *d, int64_t *pos, int64_t *key, int64_t *value) {
    for (int64_t i = *pos; i < d->nentries; i++) {
        const ai_dentry_t *e = &d->entries[i];
        if (e->key) {
            *pos = i + 1;
            *key = e->key;
            if (value)
                *value = e->value;
            return true;
        }
    }
    *pos = d->nentries;
    return false;
}

static void clear(ai_dict_t *d) {
    d->used = d->nentries = d->cap = d->mask = 0;
    d->index = NULL;
    d->entries = NULL;
}

/* ----- building ------------------------------------------------------------------------------- */
int64_t ai_dict_from(ai_actor_t *ctx, int64_t n, const int64_t *kv) {
    ai_dict_t *d = ai_dict_new(ctx, n);
    if (!d)
        return 0;
    for (int64_t i = 0; i < n; i++)
        if (!ai_dict_set(ctx, d, kv[2 * i], kv[2 * i + 1]))
            return 0;
    return ai_w(d);
}

void ai_dict_setitem(ai_actor_t *ctx, int64_t dict, int64_t key, int64_t value) {
    ai_dict_set(ctx, ai_p(dict), key, value);
}

/* every entry of src into d (dict.update(dict), {**m}) */
static bool merge(ai_actor_t *ctx, ai_dict_t *d, ai_dict_t *src) {
    if (src == d || !src->used)
        return true;
    if (!d->used && d->cap < src->used && !resize(ctx, d, src->used))
        return false;
    for (int64_t i = 0; i < src->nentries; i++) {
        ai_dentry_t e = src->entries[i];
        if (e.key && !insert_hash(ctx, d, e.key, e.hash, e.value))
            return false;
    }
    return true;
}

void ai_dict_merge(ai_actor_t *ctx, int64_t dict, int64_t mapping) {
    if (ai_word_type(mapping) != AI_T_DICT) {
        ai_type_error_of(ctx, "'%s' object is not a mapping", mapping);
        return;
    }
    merge(ctx, ai_p(dict), ai_p(mapping));
}

/* dict.update(iterable of pairs) */
typedef struct {
    ai_dict_t *d;
    int64_t n;
} pairs_t;

static bool collect(ai_actor_t *ctx, void *arg, int64_t x) {
    int64_t *kv = arg;
    if (kv[0] < 2)
        kv[1 + kv[0]] = x;
    kv[0]++;
    (void)ctx;
    return true;
}

static bool add_pair(ai_actor_t *ctx, void *arg, int64_t x) {
    pairs_t *p = arg;
    char msg[120];
    int64_t k, v, len;
    int t = ai_word_type(x);
    if (t == AI_T_LIST || t == AI_T_TUPLE) {
        const int64_t *items = t == AI_T_LIST ? ((ai_list_t *)ai_p(x))->items : ((ai_tuple_t *)ai_p(x))->items;
        len = t == AI_T_LIST ? ((ai_list_t *)ai_p(x))->n : ((ai_tuple_t *)ai_p(x))->n;
        k = len > 0 ? items[0] : 0;
        v = len > 1 ? items[1] : 0;
    } else if (t == AI_T_INT || t == AI_T_FLOAT || t == AI_T_BOOL || t == AI_T_NONE || t == AI_T_FUNCTION) {
        snprintf(msg, sizeof msg, "cannot convert dictionary update sequence element #%lld to a sequence",
                 (long long)p->n);
        ai_raise(ctx, AI_EXC_TYPE, msg);
        return false;
    } else {
        int64_t kv[3] = {0, 0, 0};
        if (!ai_each(ctx, x, collect, kv))
            return false;
        len = kv[0];
        k = kv[1];
        v = kv[2];
    }
    if (len != 2) {
        snprintf(msg, sizeof msg, "dictionary update sequence element #%lld has length %lld; 2 is required",
                 (long long)p->n, (long long)len);
        ai_raise(ctx, AI_EXC_VALUE, msg);
        return false;
    }
    p->n++;
    return ai_dict_set(ctx, p->d, k, v);
}

static bool update_from(ai_actor_t *ctx, ai_dict_t *d, int64_t other) {
    if (ai_word_type(other) == AI_T_DICT)
        return merge(ctx, d, ai_p(other));
    pairs_t p = {d, 0};
    return ai_each(ctx, other, add_pair, &p);
}

typedef struct {
    ai_dict_t *d;
    int64_t value;
} fromkeys_t;

static bool add_key(ai_actor_t *ctx, void *arg, int64_t x) {
    fromkeys_t *f = arg;
    return ai_dict_set(ctx, f->d, x, f->value);
}

/* ----- methods -------------------------------------------------------------------------------- */
bool ai_argc_range(ai_actor_t *ctx, const char *name, int64_t argc, int64_t min, int64_t max) {
    char msg[120];
    if (argc < min)
        snprintf(msg, sizeof msg, "%s expected at least %lld argument%s, got %lld", name, (long long)min,
                 min == 1 ? "" : "s", (long long)argc);
    else if (argc > max)
        snprintf(msg, sizeof msg, "%s expected at most %lld argument%s, got %lld", name, (long long)max,
                 max == 1 ? "" : "s", (long long)argc);
    else
        return true;
    ai_raise(ctx, AI_EXC_TYPE, msg);
    return false;
}

bool ai_argc_none(ai_actor_t *ctx, const char *qual, int64_t argc) {
    if (!argc)
        return true;
    char msg[120];
    snprintf(msg, sizeof msg, "%s() takes no arguments (%lld given)", qual, (long long)argc);
    ai_raise(ctx, AI_EXC_TYPE, msg);
    return false;
}

bool ai_argc_one(ai_actor_t *ctx, const char *qual, int64_t argc) {
    if (argc == 1)
        return true;
    char msg[120];
    snprintf(msg, sizeof msg, "%s() takes exactly one argument (%lld given)", qual, (long long)argc);
    ai_raise(ctx, AI_EXC_TYPE, msg);
    return false;
}

const char *ai_dict_type_name(int64_t w) {
    switch (ai_word_type(w)) {
    case AI_T_FROZENSET: return "frozenset";
    case AI_T_DICT_KEYS: return "dict_keys";
    case AI_T_DICT_VALUES: return "dict_values";
    case AI_T_DICT_ITEMS: return "dict_items";
    default: return ai_word_type_name(w);
    }
}

int64_t ai_no_attr(ai_actor_t *ctx, int64_t self, int32_t mid) {
    char msg[160];
    const char *name = ai_method_name(mid & (AI_M_KW - 1));
    snprintf(msg, sizeof msg, "'%s' object has no attribute '%s'", ai_dict_type_name(self), name ? name : "?");
    ai_raise(ctx, AI_EXC_ATTRIBUTE, msg);
    return 0;
}

int64_t ai_pair_new(ai_actor_t *ctx, int64_t k, int64_t v) {
    ai_tuple_t *t = ai_actor_alloc_raw(ctx, sizeof *t + 2 * sizeof(int64_t));
    if (!t)
        return 0;
    t->header = ai_hdr_new(AI_T_TUPLE, sizeof *t + 2 * sizeof(int64_t));
    t->n = 2;
    t->items[0] = k;
    t->items[1] = v;
    return ai_w(t);
}

static int64_t none(void) { return ai_w(&ai_None); }

static int64_t view(ai_actor_t *ctx, ai_dict_t *d, int type) {
    ai_dict_view_t *v = ai_actor_alloc_raw(ctx, sizeof *v);
    if (!v)
        return 0;
    v->header = ai_hdr_new(type, sizeof *v);
    v->dict = ai_w(d);
    return ai_w(v);
}

static int64_t copy(ai_actor_t *ctx, ai_dict_t *d) {
    ai_dict_t *c = ai_dict_new(ctx, 0);
    if (!c || (d->used && !merge(ctx, c, d)))
        return 0;
    return ai_w(c);
}

int64_t ai_dict_method(ai_actor_t *ctx, ai_dict_t *d, int32_t mid, int64_t argc, const int64_t *argv) {
    int64_t kw = 0;
    if (mid & AI_M_KW) {
        kw = argv[--argc];
        mid &= ~AI_M_KW;
        const char *name = ai_method_name(mid);
        bool known = mid == AI_M_get || mid == AI_M_setdefault || mid == AI_M_pop || mid == AI_M_popitem ||
                     mid == AI_M_keys || mid == AI_M_values || mid == AI_M_items || mid == AI_M_copy ||
                     mid == AI_M_clear || mid == AI_M_fromkeys;
        if (known && ai_word_type(kw) == AI_T_DICT && ai_dict_len(ai_p(kw)) && name) {
            char msg[120];
            snprintf(msg, sizeof msg, "dict.%s() takes no keyword arguments", name);
            ai_raise(ctx, AI_EXC_TYPE, msg);
            return 0;
        }
    }
    int64_t v;
    switch (mid) {
    case AI_M_get:
        if (!ai_argc_range(ctx, "get", argc, 1, 2))
            return 0;
        v = ai_dict_lookup(ctx, d, argv[0]);
        return v ? v : ai_exc_pending(ctx) ? 0 : argc > 1 ? argv[1] : none();
    case AI_M_setdefault:
        if (!ai_argc_range(ctx, "setdefault", argc, 1, 2))
            return 0;
        v = ai_dict_lookup(ctx, d, argv[0]);
        if (v || ai_exc_pending(ctx))
            return v;
        v = argc > 1 ? argv[1] : none();
        return ai_dict_set(ctx, d, argv[0], v) ? v : 0;
    case AI_M_pop:
        if (!ai_argc_range(ctx, "pop", argc, 1, 2))
            return 0;
        v = take(ctx, d, argv[0]);
        if (v || ai_exc_pending(ctx))
            return v;
        if (argc > 1)
            return argv[1];
        ai_raise_key_error(ctx, argv[0]);
        return 0;
    case AI_M_popitem: {
        if (!ai_argc_none(ctx, "dict.popitem", argc))
            return 0;
        if (!d->used) {
            ai_raise(ctx, AI_EXC_KEY, "'popitem(): dictionary is empty'");
            return 0;
        }
        int64_t i = d->nentries - 1;
        while (!d->entries[i].key)
            i--;
        ai_dentry_t e = d->entries[i];
        int64_t pair = ai_pair_new(ctx, e.key, e.value);
        if (!pair)
            return 0;
        size_t slot;
        find(ctx, d, e.key, e.hash, &slot); /* found by identity: no comparison */
        d->index[slot] = -1;
        d->entries[i].key = d->entries[i].value = 0;
        d->used--;
        d->nentries = i;
        return pair;
    }
    case AI_M_update:
        if (!ai_argc_range(ctx, "update", argc, 0, 1))
            return 0;
        if (argc && !update_from(ctx, d, argv[0]))
            return 0;
        if (kw && !merge(ctx, d, ai_p(kw)))
            return 0;
        return none();
    case AI_M_keys:
    case AI_M_values:
    case AI_M_items:
        if (!ai_argc_none(ctx, mid == AI_M_keys ? "dict.keys" : mid == AI_M_values ? "dict.values" : "dict.items", argc))
            return 0;
        return view(ctx, d, mid == AI_M_keys ? AI_T_DICT_KEYS : mid == AI_M_values ? AI_T_DICT_VALUES : AI_T_DICT_ITEMS);
    case AI_M_copy:
        if (!ai_argc_none(ctx, "dict.copy", argc))
            return 0;
        return copy(ctx, d);
    case AI_M_clear:
        if (!ai_argc_none(ctx, "dict.clear", argc))
            return 0;
        clear(d);
        return none();
    case AI_M_fromkeys: {
        if (!ai_argc_range(ctx, "fromkeys", argc, 1, 2))
            return 0;
        fromkeys_t f = {ai_dict_new(ctx, 0), argc > 1 ? argv[1] : none()};
        if (!f.d || !ai_each(ctx, argv[0], add_key, &f))
            return 0;
        return ai_w(f.d);
    }
    default:
        return ai_no_attr(ctx, ai_w(d), mid);
    }
}

/* ----- comparison and text -------------------------------------------------------------------- */
bool ai_dict_eq(ai_actor_t *ctx, ai_dict_t *a, ai_dict_t *b) {
    if (a->used != b->used)
        return false;
    for (int64_t i = 0; i < a->nentries; i++) {
        ai_dentry_t e = a->entries[i];
        if (!e.key)
            continue;
        int64_t v = ai_dict_lookup_hash(ctx, b, e.key, e.hash);
        if (!v)
            return false;
        if (v != e.value && !ai_obj_eq(ctx, e.value, v))
            return false;
        if (ai_exc_pending(ctx))
            return false;
    }
    return true;
}

bool ai_dict_repr(ai_actor_t *ctx, ai_buf_t *b, ai_dict_t *d) {
    int r = ai_repr_enter(ctx, ai_w(d));
    if (r < 0)
        return false;
    if (r > 0) {
        ai_buf_put(b, "{...}", 5);
        return true;
    }
    bool ok = true;
    ai_buf_putc(b, '{');
    bool first = true;
    for (int64_t i = 0; ok && i < d->nentries; i++) {
        ai_dentry_t e = d->entries[i];
        if (!e.key)
            continue;
        if (!first)
            ai_buf_put(b, ", ", 2);
        first = false;
        ok = ai_elem_repr(ctx, b, e.key);
        if (ok) {
            ai_buf_put(b, ": ", 2);
            ok = ai_elem_repr(ctx, b, e.value);
        }
    }
    ai_buf_putc(b, '}');
    ai_repr_leave(ctx, ai_w(d));
    return ok;
}
