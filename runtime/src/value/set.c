/* set and frozenset: CPython's setobject.c table (linear probes, then perturbation; the same sizes,
 * resize rule and dummy entries), so that sets of ints iterate in CPython's order. */
#include <stdio.h>
#include <string.h>

#include "dict.h"
#include "int.h"
#include "../actor/actor.h"

#define LINEAR_PROBES 9
#define PERTURB_SHIFT 5

ai_set_t *ai_set_alloc(ai_actor_t *ctx, int type) {
    ai_set_t *s = ai_actor_alloc(ctx, sizeof *s + AI_SET_MINSIZE * sizeof(ai_sentry_t));
    if (!s)
        return NULL;
    s->header = ai_hdr_new(type, sizeof *s);
    s->mask = AI_SET_MINSIZE - 1;
    s->hash = -1;
    s->table = (ai_sentry_t *)(s + 1);
    return s;
}

int64_t ai_set_new_empty(ai_actor_t *ctx, int type_id) { return ai_w(ai_set_alloc(ctx, type_id)); }
int64_t ai_set_len(ai_set_t *s) { return s->used; }

static void insert_clean(ai_sentry_t *table, size_t mask, int64_t key, int64_t hash) {
    size_t perturb = (size_t)hash, i = (size_t)hash & mask;
    for (;;) {
        ai_sentry_t *e = &table[i];
        if (!e->key)
            goto found;
        if (i + LINEAR_PROBES <= mask)
            for (int j = 0; j < LINEAR_PROBES; j++) {
                e++;
                if (!e->key)
                    goto found;
            }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
        continue;
    found:
        e->key = key;
        e->hash = hash;
        return;
    }
}

static bool resize(ai_actor_t *ctx, ai_set_t *s, int64_t minused) {
    int64_t size = AI_SET_MINSIZE;
    while (size <= minused) {
        if (size > ((int64_t)1 << 40)) {
            ai_raise(ctx, AI_EXC_MEMORY, "");
            return false;
        }
        size <<= 1;
    }
    if (size == AI_SET_MINSIZE && s->mask == AI_SET_MINSIZE - 1 && s->fill == s->used)
        return true; /* CPython's small table without dummies: nothing to do */
    ai_sentry_t *table = ai_actor_alloc(ctx, (size_t)size * sizeof(ai_sentry_t));
    if (!table)
        return false;
    ai_sentry_t *old = s->table;
    for (int64_t i = 0; i <= s->mask; i++)
        if (old[i].key)
            insert_clean(table, (size_t)size - 1, old[i].key, old[i].hash);
    s->table = table;
    s->mask = size - 1;
    s->fill = s->used;
    return true;
}

/* The slot of key, or -1 when absent, -2 after raising. */
static int64_t lookup(ai_actor_t *ctx, ai_set_t *s, int64_t key, int64_t hash) {
    size_t mask = (size_t)s->mask, perturb = (size_t)hash, i = (size_t)hash & mask;
    for (;;) {
        ai_sentry_t *e = &s->table[i];
        int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        do {
            if (e->hash == 0 && !e->key)
                return -1;
            if (e->hash == hash) {
                int64_t k = e->key;
                if (k == key)
                    return e - s->table;
                ai_sentry_t *table = s->table;
                bool eq = ai_key_eq(ctx, k, key);
                if (ai_exc_pending(ctx))
                    return -2;
                if (table != s->table || e->key != k)
                    return lookup(ctx, s, key, hash);
                if (eq)
                    return e - s->table;
                mask = (size_t)s->mask;
            }
            e++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

static bool add_entry(ai_actor_t *ctx, ai_set_t *s, int64_t key, int64_t hash) {
restart:;
    ai_sentry_t *freeslot = NULL, *e;
    size_t mask = (size_t)s->mask, perturb = (size_t)hash, i = (size_t)hash & mask;
    for (;;) {
        e = &s->table[i];
        int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        do {
            if (e->hash == 0 && !e->key)
                goto found_unused_or_dummy;
            if (e->hash == hash) {
                int64_t k = e->key;
                if (k == key)
                    return true;
                ai_sentry_t *table = s->table;
                bool eq = ai_key_eq(ctx, k, key);
                if (ai_exc_pending(ctx))
                    return false;
                if (eq)
                    return true;
                if (table != s->table || e->key != k)
                    goto restart;
                mask = (size_t)s->mask;
            } else if (e->hash == -1) {
                freeslot = e;
            }
            e++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found_unused_or_dummy:
    s->hash = -1;
    if (freeslot) {
        s->used++;
        freeslot->key = key;
        freeslot->hash = hash;
        return true;
    }
    s->fill++;
    s->used++;
    e->key = key;
    e->hash = hash;
    if ((size_t)s->fill * 5 < mask * 3)
        return true;
    return resize(ctx, s, s->used > 50000 ? s->used * 2 : s->used * 4);
}

/* 1 removed, 0 absent, -1 after raising */
static int discard_entry(ai_actor_t *ctx, ai_set_t *s, int64_t key, int64_t hash) {
    int64_t i = lookup(ctx, s, key, hash);
    if (i < 0)
        return i == -1 ? 0 : -1;
    s->table[i].key = 0;
    s->table[i].hash = -1;
    s->used--;
    return 1;
}

/* A set used as a key of a set operation (x in s, s.remove(x), s.discard(x)) stands for the
 * frozenset of its elements, as CPython retries after the TypeError. */
static bool set_key(ai_actor_t *ctx, int64_t *key, int64_t *hash) {
    if (ai_word_type(*key) == AI_T_SET) {
        ai_set_t *f = ai_set_of(ctx, AI_T_FROZENSET, *key);
        if (!f)
            return false;
        *key = ai_w(f);
    }
    return ai_key_hash(ctx, *key, hash);
}

bool ai_set_insert(ai_actor_t *ctx, ai_set_t *s, int64_t key) {
    int64_t hash;
    return ai_key_hash(ctx, key, &hash) && add_entry(ctx, s, key, hash);
}

bool ai_set_has(ai_actor_t *ctx, ai_set_t *s, int64_t key) {
    int64_t hash;
    return set_key(ctx, &key, &hash) && lookup(ctx, s, key, hash) >= 0;
}

static bool contains_hash(ai_actor_t *ctx, ai_set_t *s, int64_t key, int64_t hash, bool *err) {
    int64_t i = lookup(ctx, s, key, hash);
    *err = i == -2;
    return i >= 0;
}

bool ai_set_next(ai_set_t *s, int64_t *pos, int64_t *key) {
    for (int64_t i = *pos; i <= s->mask; i++)
        if (s->table[i].key) {
            *pos = i + 1;
            *key = s->table[i].key;
            return true;
        }
    *pos = s->mask + 1;
    return false;
}

/* Every set owns room for AI_SET_MINSIZE entries right after its object (ai_set_alloc, and the
 * message copy): an emptied set goes back to it. */
static void clear(ai_set_t *s) {
    s->fill = s->used = 0;
    s->mask = AI_SET_MINSIZE - 1;
    s->hash = -1;
    s->table = (ai_sentry_t *)(s + 1);
    memset(s->table, 0, AI_SET_MINSIZE * sizeof *s->table);
}

/* ----- bulk updates (CPython's set_merge, set_update_internal) ------------------------------- */
static bool merge(ai_actor_t *ctx, ai_set_t *s, ai_set_t *o) {
    if (o == s || !o->used)
        return true;
    if ((s->fill + o->used) * 5 >= s->mask * 3 && !resize(ctx, s, (s->used + o->used) * 2))
        return false;
    s->hash = -1;
    if (s->fill == 0 && s->mask == o->mask && o->fill == o->used) {
        for (int64_t i = 0; i <= o->mask; i++)
            if (o->table[i].key)
                s->table[i] = o->table[i];
        s->fill = o->fill;
        s->used = o->used;
        return true;
    }
    if (s->fill == 0) {
        s->fill = s->used = o->used;
        for (int64_t i = 0; i <= o->mask; i++)
            if (o->table[i].key)
                insert_clean(s->table, (size_t)s->mask, o->table[i].key, o->table[i].hash);
        return true;
    }
    for (int64_t i = 0; i <= o->mask; i++) {
        ai_sentry_t e = o->table[i];
        if (e.key && !add_entry(ctx, s, e.key, e.hash))
            return false;
    }
    return true;
}

static bool add_one(ai_actor_t *ctx, void *arg, int64_t x) { return ai_set_insert(ctx, arg, x); }

bool ai_set_update_internal(ai_actor_t *ctx, ai_set_t *s, int64_t other) {
    if (ai_is_anyset(other))
        return merge(ctx, s, ai_p(other));
    if (ai_word_type(other) == AI_T_DICT) {
        ai_dict_t *d = ai_p(other);
        if ((s->fill + d->used) * 5 >= s->mask * 3 && !resize(ctx, s, (s->used + d->used) * 2))
            return false;
        for (int64_t i = 0; i < d->nentries; i++) {
            ai_dentry_t e = d->entries[i];
            if (e.key && !add_entry(ctx, s, e.key, e.hash))
                return false;
        }
        return true;
    }
    return ai_each(ctx, other, add_one, s);
}

ai_set_t *ai_set_of(ai_actor_t *ctx, int type, int64_t iterable) {
    ai_set_t *s = ai_set_alloc(ctx, type);
    if (!s || (iterable && !ai_set_update_internal(ctx, s, iterable)))
        return NULL;
    return s;
}

int64_t ai_set_from(ai_actor_t *ctx, int64_t n, const int64_t *items) {
    ai_set_t *s = ai_set_alloc(ctx, AI_T_SET);
    if (!s)
        return 0;
    for (int64_t i = 0; i < n; i++)
        if (!ai_set_insert(ctx, s, items[i]))
            return 0;
    return ai_w(s);
}

void ai_set_add(ai_actor_t *ctx, int64_t set, int64_t x) { ai_set_insert(ctx, ai_p(set), x); }

static ai_set_t *copy_as(ai_actor_t *ctx, ai_set_t *s, int type) { return ai_set_of(ctx, type, ai_w(s)); }
static int base_type(ai_set_t *s) { return ai_hdr_type(s->header); }

/* ----- the operations ---------------------------------------------------------------------------- */
typedef struct {
    ai_set_t *so, *result;
} inter_t;

static bool inter_one(ai_actor_t *ctx, void *arg, int64_t x) {
    inter_t *a = arg;
    int64_t hash;
    bool err = false;
    if (!ai_key_hash(ctx, x, &hash))
        return false;
    if (contains_hash(ctx, a->so, x, hash, &err)) {
        if (!add_entry(ctx, a->result, x, hash))
            return false;
        if (a->result->used >= a->so->used)
            return false; /* everything found: stop (not an error) */
    }
    return !err;
}

static ai_set_t *intersection(ai_actor_t *ctx, ai_set_t *so, int64_t other) {
    if (ai_w(so) == other)
        return copy_as(ctx, so, base_type(so));
    ai_set_t *result = ai_set_alloc(ctx, base_type(so));
    if (!result)
        return NULL;
    if (ai_is_anyset(other)) {
        ai_set_t *o = ai_p(other);
        if (o->used > so->used) {
            ai_set_t *t = so;
            so = o;
            o = t;
        }
        for (int64_t i = 0; i <= o->mask; i++) {
            ai_sentry_t e = o->table[i];
            bool err = false;
            if (!e.key)
                continue;
            if (contains_hash(ctx, so, e.key, e.hash, &err) && !add_entry(ctx, result, e.key, e.hash))
                return NULL;
            if (err)
                return NULL;
        }
        return result;
    }
    inter_t a = {so, result};
    ai_each(ctx, other, inter_one, &a);
    return ai_exc_pending(ctx) ? NULL : result;
}

/* (difference_update, issuperset and isdisjoint hash their elements as they are: a set among them
 * is TypeError, with no retry as a frozenset) */
static bool discard_one(ai_actor_t *ctx, void *arg, int64_t x) {
    int64_t hash;
    return ai_key_hash(ctx, x, &hash) && discard_entry(ctx, arg, x, hash) >= 0;
}

static bool has_plain(ai_actor_t *ctx, ai_set_t *s, int64_t x) {
    int64_t hash;
    return ai_key_hash(ctx, x, &hash) && lookup(ctx, s, x, hash) >= 0;
}

static bool difference_update(ai_actor_t *ctx, ai_set_t *s, int64_t other) {
    if (ai_w(s) == other) {
        clear(s);
        return true;
    }
    s->hash = -1;
    if (ai_is_anyset(other)) {
        ai_set_t *o = ai_p(other);
        if ((o->used >> 3) > s->used && !(o = intersection(ctx, s, other)))
            return false;
        for (int64_t i = 0; i <= o->mask; i++) {
            ai_sentry_t e = o->table[i];
            if (e.key && discard_entry(ctx, s, e.key, e.hash) < 0)
                return false;
        }
    } else if (!ai_each(ctx, other, discard_one, s)) {
        return false;
    }
    if ((size_t)(s->fill - s->used) <= (size_t)s->mask / 4)
        return true;
    return resize(ctx, s, s->used > 50000 ? s->used * 2 : s->used * 4);
}

static ai_set_t *difference(ai_actor_t *ctx, ai_set_t *so, int64_t other) {
    int64_t other_size;
    int t = ai_word_type(other);
    if (ai_is_anyset(other))
        other_size = ((ai_set_t *)ai_p(other))->used;
    else if (t == AI_T_DICT)
        other_size = ((ai_dict_t *)ai_p(other))->used;
    else
        other_size = -1;
    if (other_size < 0 || (so->used >> 2) > other_size) {
        ai_set_t *r = copy_as(ctx, so, base_type(so));
        return r && difference_update(ctx, r, other) ? r : NULL;
    }
    ai_set_t *result = ai_set_alloc(ctx, base_type(so));
    if (!result)
        return NULL;
    for (int64_t i = 0; i <= so->mask; i++) {
        ai_sentry_t e = so->table[i];
        if (!e.key)
            continue;
        bool in;
        if (t == AI_T_DICT)
            in = ai_dict_lookup_hash(ctx, ai_p(other), e.key, e.hash) != 0;
        else
            in = lookup(ctx, ai_p(other), e.key, e.hash) >= 0;
        if (ai_exc_pending(ctx))
            return NULL;
        if (!in && !add_entry(ctx, result, e.key, e.hash))
            return NULL;
    }
    return result;
}

static bool symmetric_difference_update(ai_actor_t *ctx, ai_set_t *s, int64_t other) {
    if (ai_w(s) == other) {
        clear(s);
        return true;
    }
    s->hash = -1;
    if (ai_word_type(other) == AI_T_DICT) {
        ai_dict_t *d = ai_p(other);
        for (int64_t i = 0; i < d->nentries; i++) {
            ai_dentry_t e = d->entries[i];
            if (!e.key)
                continue;
            int r = discard_entry(ctx, s, e.key, e.hash);
            if (r < 0 || (r == 0 && !add_entry(ctx, s, e.key, e.hash)))
                return false;
        }
        return true;
    }
    ai_set_t *o = ai_is_anyset(other) ? ai_p(other) : ai_set_of(ctx, base_type(s), other);
    if (!o)
        return false;
    for (int64_t i = 0; i <= o->mask; i++) {
        ai_sentry_t e = o->table[i];
        if (!e.key)
            continue;
        int r = discard_entry(ctx, s, e.key, e.hash);
        if (r < 0 || (r == 0 && !add_entry(ctx, s, e.key, e.hash)))
            return false;
    }
    return true;
}

static ai_set_t *symmetric_difference(ai_actor_t *ctx, ai_set_t *so, int64_t other) {
    ai_set_t *o = ai_set_of(ctx, base_type(so), other);
    return o && symmetric_difference_update(ctx, o, ai_w(so)) ? o : NULL;
}

static bool issubset_set(ai_actor_t *ctx, ai_set_t *s, ai_set_t *o) {
    if (s->used > o->used)
        return false;
    for (int64_t i = 0; i <= s->mask; i++) {
        ai_sentry_t e = s->table[i];
        bool err = false;
        if (e.key && !contains_hash(ctx, o, e.key, e.hash, &err))
            return false;
    }
    return true;
}

static bool issubset(ai_actor_t *ctx, ai_set_t *s, int64_t other) {
    if (ai_is_anyset(other))
        return issubset_set(ctx, s, ai_p(other));
    ai_set_t *t = intersection(ctx, s, other);
    return t && t->used == s->used;
}

typedef struct {
    ai_set_t *s;
    bool all;
} super_t;

static bool super_one(ai_actor_t *ctx, void *arg, int64_t x) {
    super_t *a = arg;
    if (has_plain(ctx, a->s, x))
        return true;
    a->all = false;
    return false;
}

static bool issuperset(ai_actor_t *ctx, ai_set_t *s, int64_t other) {
    if (ai_is_anyset(other))
        return issubset_set(ctx, ai_p(other), s);
    super_t a = {s, true};
    ai_each(ctx, other, super_one, &a);
    return a.all && !ai_exc_pending(ctx);
}

static bool disjoint_one(ai_actor_t *ctx, void *arg, int64_t x) {
    super_t *a = arg;
    if (has_plain(ctx, a->s, x)) {
        a->all = false;
        return false;
    }
    return !ai_exc_pending(ctx);
}

static bool isdisjoint(ai_actor_t *ctx, ai_set_t *so, int64_t other) {
    if (ai_w(so) == other)
        return so->used == 0;
    if (ai_is_anyset(other)) {
        ai_set_t *o = ai_p(other);
        if (o->used > so->used) {
            ai_set_t *t = so;
            so = o;
            o = t;
        }
        for (int64_t i = 0; i <= o->mask; i++) {
            ai_sentry_t e = o->table[i];
            bool err = false;
            if (e.key && contains_hash(ctx, so, e.key, e.hash, &err))
                return false;
            if (err)
                return false;
        }
        return true;
    }
    super_t a = {so, true};
    ai_each(ctx, other, disjoint_one, &a);
    return a.all && !ai_exc_pending(ctx);
}

/* ----- methods ---------------------------------------------------------------------------------- */
static int64_t none(void) { return ai_w(&ai_None); }
static int64_t boolw(ai_actor_t *ctx, bool b) { return ai_exc_pending(ctx) ? 0 : ai_bool_box(b); }

/* name of a method for messages: "set.add" / "frozenset.issubset" */
static const char *qual(ai_set_t *s, const char *name, char *buf, size_t n) {
    snprintf(buf, n, "%s.%s", base_type(s) == AI_T_SET ? "set" : "frozenset", name);
    return buf;
}

int64_t ai_set_method(ai_actor_t *ctx, ai_set_t *s, int32_t mid, int64_t argc, const int64_t *argv) {
    char q[64];
    bool frozen = base_type(s) == AI_T_FROZENSET;
    const char *name = ai_method_name(mid & (AI_M_KW - 1));
    if (mid & AI_M_KW) {
        int64_t kw = argv[--argc];
        mid &= ~AI_M_KW;
        name = ai_method_name(mid);
        bool known = (mid >= AI_M_add && mid <= AI_M_symmetric_difference_update) || mid == AI_M_pop ||
                     mid == AI_M_remove || mid == AI_M_clear || mid == AI_M_copy;
        if (!known || (ai_word_type(kw) == AI_T_DICT && !ai_dict_len(ai_p(kw))))
            return ai_set_method(ctx, s, mid, argc, argv);
        char msg[120];
        snprintf(msg, sizeof msg, "%s() takes no keyword arguments", qual(s, name ? name : "?", q, sizeof q));
        ai_raise(ctx, AI_EXC_TYPE, msg);
        return 0;
    }
    switch (mid) {
    case AI_M_union:
    case AI_M_intersection:
    case AI_M_difference: {
        ai_set_t *r = NULL;
        if (mid == AI_M_union) {
            r = copy_as(ctx, s, base_type(s));
            for (int64_t i = 0; r && i < argc; i++)
                if (argv[i] != ai_w(s) && !ai_set_update_internal(ctx, r, argv[i]))
                    r = NULL;
        } else if (mid == AI_M_intersection) {
            r = argc ? s : copy_as(ctx, s, base_type(s));
            for (int64_t i = 0; r && i < argc; i++)
                r = intersection(ctx, r, argv[i]);
        } else {
            r = argc ? difference(ctx, s, argv[0]) : copy_as(ctx, s, base_type(s));
            for (int64_t i = 1; r && i < argc; i++)
                if (!difference_update(ctx, r, argv[i]))
                    r = NULL;
        }
        return r && !ai_exc_pending(ctx) ? ai_w(r) : 0;
    }
    case AI_M_symmetric_difference: {
        if (!ai_argc_one(ctx, qual(s, name, q, sizeof q), argc))
            return 0;
        ai_set_t *r = symmetric_difference(ctx, s, argv[0]);
        return r ? ai_w(r) : 0;
    }
    case AI_M_issubset:
    case AI_M_issuperset:
    case AI_M_isdisjoint:
        if (!ai_argc_one(ctx, qual(s, name, q, sizeof q), argc))
            return 0;
        return boolw(ctx, mid == AI_M_issubset     ? issubset(ctx, s, argv[0])
                          : mid == AI_M_issuperset ? issuperset(ctx, s, argv[0])
                                                   : isdisjoint(ctx, s, argv[0]));
    case AI_M_copy:
        if (!ai_argc_none(ctx, qual(s, name, q, sizeof q), argc))
            return 0;
        if (frozen)
            return ai_w(s);
        return ai_w(copy_as(ctx, s, AI_T_SET));
    default:
        break;
    }
    if (frozen)
        return ai_no_attr(ctx, ai_w(s), mid);
    switch (mid) {
    case AI_M_add:
        if (!ai_argc_one(ctx, "set.add", argc))
            return 0;
        return ai_set_insert(ctx, s, argv[0]) ? none() : 0;
    case AI_M_discard:
    case AI_M_remove: {
        if (!ai_argc_one(ctx, mid == AI_M_remove ? "set.remove" : "set.discard", argc))
            return 0;
        int64_t key = argv[0], hash;
        if (!set_key(ctx, &key, &hash))
            return 0;
        int r = discard_entry(ctx, s, key, hash);
        if (r < 0)
            return 0;
        if (r == 0 && mid == AI_M_remove) {
            ai_raise_key_error(ctx, argv[0]);
            return 0;
        }
        return none();
    }
    case AI_M_pop: {
        if (!ai_argc_none(ctx, "set.pop", argc))
            return 0;
        if (!s->used) {
            ai_raise(ctx, AI_EXC_KEY, "'pop from an empty set'");
            return 0;
        }
        int64_t i = s->finger & s->mask;
        while (!s->table[i].key)
            i = i == s->mask ? 0 : i + 1;
        int64_t key = s->table[i].key;
        s->table[i].key = 0;
        s->table[i].hash = -1;
        s->used--;
        s->finger = i + 1;
        return key;
    }
    case AI_M_clear:
        if (!ai_argc_none(ctx, "set.clear", argc))
            return 0;
        clear(s);
        return none();
    case AI_M_update:
        for (int64_t i = 0; i < argc; i++)
            if (!ai_set_update_internal(ctx, s, argv[i]))
                return 0;
        return none();
    case AI_M_intersection_update: {
        ai_set_t *r = argc ? s : copy_as(ctx, s, AI_T_SET); /* CPython: the body of a copy */
        for (int64_t i = 0; r && i < argc; i++)
            r = intersection(ctx, r, argv[i]);
        if (!r || ai_exc_pending(ctx))
            return 0;
        if (r != s) { /* CPython swaps the bodies */
            s->fill = r->fill;
            s->used = r->used;
            s->mask = r->mask;
            s->table = r->table;
            s->hash = -1;
        }
        return none();
    }
    case AI_M_difference_update:
        for (int64_t i = 0; i < argc; i++)
            if (!difference_update(ctx, s, argv[i]))
                return 0;
        return none();
    case AI_M_symmetric_difference_update:
        if (!ai_argc_one(ctx, "set.symmetric_difference_update", argc))
            return 0;
        return symmetric_difference_update(ctx, s, argv[0]) ? none() : 0;
    default:
        return ai_no_attr(ctx, ai_w(s), mid);
    }
}

/* ----- operators ---------------------------------------------------------------------------------- */
static bool is_setview(int64_t w) {
    int t = ai_word_type(w);
    return t == AI_T_DICT_KEYS || t == AI_T_DICT_ITEMS;
}

/* CPython's dictviews_to_set: a keys view reads its dict directly */
static ai_set_t *view_to_set(ai_actor_t *ctx, int64_t w) {
    if (ai_word_type(w) == AI_T_DICT_KEYS)
        w = ((ai_dict_view_t *)ai_p(w))->dict;
    return ai_set_of(ctx, AI_T_SET, w);
}

static int64_t view_len(int64_t w) {
    return ai_is_anyset(w) ? ((ai_set_t *)ai_p(w))->used : ((ai_dict_t *)ai_p(((ai_dict_view_t *)ai_p(w))->dict))->used;
}

typedef struct {
    ai_dict_view_t *view;
    ai_set_t *result;
} vinter_t;

static bool vinter_one(ai_actor_t *ctx, void *arg, int64_t x) {
    vinter_t *a = arg;
    if (ai_dict_view_contains(ctx, a->view, x))
        return ai_set_insert(ctx, a->result, x);
    return !ai_exc_pending(ctx);
}

/* CPython's _PyDictView_Intersect */
static int64_t view_and(ai_actor_t *ctx, int64_t self, int64_t other) {
    if (!is_setview(self)) {
        int64_t t = self;
        self = other;
        other = t;
    }
    if (ai_word_type(other) == AI_T_SET && view_len(self) <= view_len(other)) {
        ai_set_t *r = intersection(ctx, ai_p(other), self);
        return r ? ai_w(r) : 0;
    }
    if (is_setview(other) && view_len(other) > view_len(self)) {
        int64_t t = self;
        self = other;
        other = t;
    }
    vinter_t a = {ai_p(self), ai_set_alloc(ctx, AI_T_SET)};
    if (!a.result || !ai_each(ctx, other, vinter_one, &a))
        return 0;
    return ai_w(a.result);
}

int64_t ai_set_binop(ai_actor_t *ctx, int32_t op, int64_t a, int64_t b) {
    if (op != AI_OP_OR && op != AI_OP_AND && op != AI_OP_SUB && op != AI_OP_XOR)
        return 0;
    ai_set_t *r = NULL;
    if (ai_is_anyset(a) && ai_is_anyset(b)) {
        ai_set_t *s = ai_p(a);
        switch (op) {
        case AI_OP_OR:
            r = copy_as(ctx, s, base_type(s));
            if (r && a != b && !ai_set_update_internal(ctx, r, b))
                r = NULL;
            break;
        case AI_OP_AND: r = intersection(ctx, s, b); break;
        case AI_OP_SUB: r = difference(ctx, s, b); break;
        default: r = symmetric_difference(ctx, s, b); break;
        }
        return r && !ai_exc_pending(ctx) ? ai_w(r) : 0;
    }
    if (!is_setview(a) && !is_setview(b))
        return 0;
    /* a dict view on either side: CPython's dictviews_* (the other operand: any iterable) */
    switch (op) {
    case AI_OP_AND: return view_and(ctx, a, b);
    case AI_OP_OR:
        r = ai_set_of(ctx, AI_T_SET, a);
        if (r && !ai_set_update_internal(ctx, r, b))
            r = NULL;
        break;
    case AI_OP_SUB:
        r = view_to_set(ctx, a);
        if (r && !difference_update(ctx, r, b))
            r = NULL;
        break;
    default:
        r = view_to_set(ctx, a);
        if (r && !symmetric_difference_update(ctx, r, b))
            r = NULL;
        break;
    }
    return r && !ai_exc_pending(ctx) ? ai_w(r) : 0;
}

/* len and `in` of a set-like operand (set, frozenset, keys or items view) */
static int64_t like_len(int64_t w) { return view_len(w); }
static bool like_has(ai_actor_t *ctx, int64_t w, int64_t x) {
    return ai_is_anyset(w) ? ai_set_has(ctx, ai_p(w), x) : ai_dict_view_contains(ctx, ai_p(w), x);
}

typedef struct {
    int64_t other;
    bool all;
} contained_t;

static bool contained_one(ai_actor_t *ctx, void *arg, int64_t x) {
    contained_t *a = arg;
    if (like_has(ctx, a->other, x))
        return true;
    a->all = false;
    return false;
}

/* every element of a is in b (CPython's all_contained_in) */
static bool all_contained_in(ai_actor_t *ctx, int64_t a, int64_t b) {
    if (ai_is_anyset(a) && ai_is_anyset(b))
        return issubset_set(ctx, ai_p(a), ai_p(b));
    contained_t c = {b, true};
    ai_each(ctx, a, contained_one, &c);
    return c.all && !ai_exc_pending(ctx);
}

bool ai_set_compare(ai_actor_t *ctx, int32_t op, int64_t a, int64_t b) {
    if ((!ai_is_anyset(a) && !is_setview(a)) || (!ai_is_anyset(b) && !is_setview(b))) {
        if (op == AI_CMP_EQ || op == AI_CMP_NE)
            return op == AI_CMP_NE;
        static const char *const sym[] = {"<", "<=", "==", "!=", ">", ">="};
        char msg[160];
        snprintf(msg, sizeof msg, "'%s' not supported between instances of '%s' and '%s'", sym[op],
                 ai_dict_type_name(a), ai_dict_type_name(b));
        ai_raise(ctx, AI_EXC_TYPE, msg);
        return false;
    }
    int64_t la = like_len(a), lb = like_len(b);
    switch (op) {
    case AI_CMP_EQ:
    case AI_CMP_NE: {
        bool eq = la == lb;
        if (eq && ai_is_anyset(a) && ai_is_anyset(b)) {
            ai_set_t *v = ai_p(a), *w = ai_p(b);
            eq = !(v->hash != -1 && w->hash != -1 && v->hash != w->hash);
        }
        eq = eq && all_contained_in(ctx, a, b);
        return ai_exc_pending(ctx) ? false : (op == AI_CMP_EQ) == eq;
    }
    case AI_CMP_LE: return la <= lb && all_contained_in(ctx, a, b);
    case AI_CMP_GE: return la >= lb && all_contained_in(ctx, b, a);
    case AI_CMP_LT: return la < lb && all_contained_in(ctx, a, b);
    default: return la > lb && all_contained_in(ctx, b, a);
    }
}

static uint64_t shuffle_bits(uint64_t h) { return ((h ^ 89869747u) ^ (h << 16)) * 3644798167u; }

int64_t ai_set_hash(ai_actor_t *ctx, ai_set_t *s) {
    if (base_type(s) != AI_T_FROZENSET) {
        ai_raise(ctx, AI_EXC_TYPE, "unhashable type: 'set'");
        return 0;
    }
    if (s->hash != -1)
        return s->hash;
    uint64_t hash = 0;
    for (int64_t i = 0; i <= s->mask; i++)
        hash ^= shuffle_bits((uint64_t)s->table[i].hash);
    if ((s->mask + 1 - s->fill) & 1)
        hash ^= shuffle_bits(0);
    if ((s->fill - s->used) & 1)
        hash ^= shuffle_bits((uint64_t)-1);
    hash ^= ((uint64_t)s->used + 1) * 1927868237u;
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash * 69069u + 907133923u;
    if (hash == (uint64_t)-1)
        hash = 590923713u;
    s->hash = (int64_t)hash;
    return s->hash;
}

bool ai_set_repr(ai_actor_t *ctx, ai_buf_t *b, ai_set_t *s) {
    const char *name = base_type(s) == AI_T_SET ? "set" : "frozenset";
    int r = ai_repr_enter(ctx, ai_w(s));
    if (r < 0)
        return false;
    if (r > 0) {
        ai_buf_put(b, name, strlen(name));
        ai_buf_put(b, "(...)", 5);
        return true;
    }
    if (!s->used) {
        ai_buf_put(b, name, strlen(name));
        ai_buf_put(b, "()", 2);
        ai_repr_leave(ctx, ai_w(s));
        return true;
    }
    bool frozen = base_type(s) == AI_T_FROZENSET, ok = true, first = true;
    if (frozen)
        ai_buf_put(b, "frozenset(", 10);
    ai_buf_putc(b, '{');
    for (int64_t i = 0; ok && i <= s->mask; i++) {
        int64_t k = s->table[i].key;
        if (!k)
            continue;
        if (!first)
            ai_buf_put(b, ", ", 2);
        first = false;
        ok = ai_elem_repr(ctx, b, k);
    }
    ai_buf_putc(b, '}');
    if (frozen)
        ai_buf_putc(b, ')');
    ai_repr_leave(ctx, ai_w(s));
    return ok;
}
