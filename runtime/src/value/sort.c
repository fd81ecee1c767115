/* list.sort: a stable natural merge sort shaped like CPython's timsort (runs found by count_run,
 * short runs extended by binary insertion to minrun, merges kept balanced), so that the first
 * comparisons, and the error a comparison of unrelated types raises, are CPython's. Only `<` is
 * used. After an exception no more comparisons are made and the list stays a permutation. */
#include <stdlib.h>
#include <string.h>

#include "seq.h"

typedef struct {
    int64_t key, value;
} item_t;

enum { CMP_OBJ, CMP_SMALL, CMP_STR, CMP_FLOAT };

typedef struct {
    ai_actor_t *ctx;
    int how;
    bool failed;
} sorter_t;

/* a < b; false (and failed set) after an exception */
static inline bool lt(sorter_t *s, int64_t a, int64_t b) {
    switch (s->how) {
    case CMP_SMALL: return a < b; /* tagged small ints keep their order */
    case CMP_STR: return ai_str_cmp((ai_str_t *)(intptr_t)a, (ai_str_t *)(intptr_t)b) < 0;
    case CMP_FLOAT: return ai_float_unbox(a) < ai_float_unbox(b); /* NaN: false, as float.__lt__ */
    default:
        if (s->failed)
            return false;
        if (a & b & 1)
            return a < b;
        if (ai_word_type(a) == AI_T_FLOAT && ai_word_type(b) == AI_T_FLOAT)
            return ai_float_unbox(a) < ai_float_unbox(b);
        bool r = ai_obj_compare(s->ctx, AI_CMP_LT, a, b);
        if (ai_exc_pending(s->ctx)) {
            s->failed = true;
            return false;
        }
        return r;
    }
}

static void reverse_items(item_t *lo, item_t *hi) {
    for (hi--; lo < hi; lo++, hi--) {
        item_t t = *lo;
        *lo = *hi;
        *hi = t;
    }
}

/* The run at lo (strictly descending runs are reversed in place), as CPython's count_run. */
static int64_t count_run(sorter_t *s, item_t *lo, item_t *hi) {
    if (lo + 1 == hi)
        return 1;
    int64_t n = 2;
    item_t *p = lo + 1;
    if (lt(s, p->key, (p - 1)->key)) {
        for (p++; p < hi && lt(s, p->key, (p - 1)->key); p++)
            n++;
        reverse_items(lo, lo + n);
    } else {
        for (p++; p < hi && !lt(s, p->key, (p - 1)->key); p++)
            n++;
    }
    return n;
}

/* [lo, start) is sorted; insert [start, hi) one by one (CPython's binarysort). */
static void binary_insertion(sorter_t *s, item_t *lo, item_t *hi, item_t *start) {
    for (; start < hi; start++) {
        item_t pivot = *start;
        item_t *l = lo, *r = start;
        while (l < r) {
            item_t *p = l + ((r - l) >> 1);
            if (lt(s, pivot.key, p->key))
                r = p;
            else
                l = p + 1;
        }
        memmove(l + 1, l, (size_t)(start - l) * sizeof(item_t));
        *l = pivot;
    }
}

static int64_t minrun(int64_t n) {
    int64_t r = 0;
    while (n >= 64) {
        r |= n & 1;
        n >>= 1;
    }
    return n + r;
}

/* Merge the adjacent sorted runs a[0, na) and a[na, na + nb) (stable); tmp has room for na items. */
static void merge(sorter_t *s, item_t *a, int64_t na, int64_t nb, item_t *tmp) {
    item_t *b = a + na;
    if (!lt(s, b->key, a[na - 1].key)) /* already in order */
        return;
    memcpy(tmp, a, (size_t)na * sizeof(item_t));
    item_t *dst = a, *l = tmp, *le = tmp + na, *r = b, *re = b + nb;
    while (l < le && r < re) {
        if (lt(s, r->key, l->key))
            *dst++ = *r++;
        else
            *dst++ = *l++;
    }
    memcpy(dst, l, (size_t)(le - l) * sizeof(item_t)); /* the rest of r is in place */
}

typedef struct {
    int64_t base, len;
} run_t;

static void merge_at(sorter_t *s, item_t *a, run_t *runs, int64_t *nruns, int64_t i, item_t *tmp) {
    merge(s, a + runs[i].base, runs[i].len, runs[i + 1].len, tmp);
    runs[i].len += runs[i + 1].len;
    for (int64_t k = i + 1; k + 1 < *nruns; k++)
        runs[k] = runs[k + 1];
    (*nruns)--;
}

static void collapse(sorter_t *s, item_t *a, run_t *p, int64_t *nr, item_t *tmp, bool force) {
    while (*nr > 1) {
        int64_t n = *nr - 2;
        if (force) {
            if (n > 0 && p[n - 1].len < p[n + 1].len)
                n--;
        } else if ((n > 0 && p[n - 1].len <= p[n].len + p[n + 1].len) ||
                   (n > 1 && p[n - 2].len <= p[n - 1].len + p[n].len)) {
            if (p[n - 1].len < p[n + 1].len)
                n--;
        } else if (p[n].len > p[n + 1].len) {
            break;
        }
        merge_at(s, a, p, nr, n, tmp);
    }
}

static bool sort_items(sorter_t *s, item_t *a, int64_t n) {
    if (n < 2)
        return true;
    item_t *tmp = malloc((size_t)n * sizeof(item_t)); /* the left run of a merge: up to n items */
    run_t runs[128]; /* balanced merges: the run lengths grow at least like Fibonacci numbers */
    if (!tmp) {
        ai_raise(s->ctx, AI_EXC_MEMORY, "");
        return false;
    }
    int64_t nr = 0, mr = minrun(n);
    for (int64_t lo = 0; lo < n;) {
        int64_t len = count_run(s, a + lo, a + n);
        if (len < mr) {
            int64_t force = n - lo < mr ? n - lo : mr;
            binary_insertion(s, a + lo, a + lo + force, a + lo + len);
            len = force;
        }
        runs[nr].base = lo;
        runs[nr].len = len;
        nr++;
        collapse(s, a, runs, &nr, tmp, false);
        lo += len;
    }
    collapse(s, a, runs, &nr, tmp, true);
    free(tmp);
    return !s->failed;
}

bool ai_list_sort(ai_actor_t *ctx, ai_list_t *l, int64_t key, bool reverse) {
    int64_t n = l->n;
    int64_t *items = l->items;
    bool has_key = key != (int64_t)(intptr_t)&ai_None;
    if (n < 2 && !has_key)
        return true;
    item_t *a = malloc((size_t)(n ? n : 1) * sizeof(item_t));
    if (!a) {
        ai_raise(ctx, AI_EXC_MEMORY, "");
        return false;
    }
    /* while sorting, the list is empty (CPython): a key or a comparison that changes it is caught */
    int64_t cap = l->cap;
    l->n = 0;
    l->cap = 0;
    l->items = NULL;
    bool ok = true;
    for (int64_t i = 0; i < n; i++) {
        a[i].value = items[i];
        a[i].key = items[i];
        if (has_key) {
            a[i].key = ai_call(ctx, key, 1, &items[i]);
            if (ai_exc_pending(ctx)) {
                ok = false;
                for (int64_t k = 0; k < n; k++)
                    a[k].value = items[k];
                break;
            }
        }
    }
    sorter_t s = {ctx, CMP_OBJ, false};
    if (ok) {
        /* one type throughout: compare without the generic dispatch (CPython's pre-sort check) */
        bool small = true, str = true, flt = true;
        for (int64_t i = 0; i < n && (small || str || flt); i++) {
            small = small && ai_is_small(a[i].key);
            str = str && ai_word_type(a[i].key) == AI_T_STR;
            flt = flt && ai_word_type(a[i].key) == AI_T_FLOAT;
        }
        s.how = small ? CMP_SMALL : str ? CMP_STR : flt ? CMP_FLOAT : CMP_OBJ;
        if (reverse)
            reverse_items(a, a + n);
        ok = sort_items(&s, a, n);
        if (reverse)
            reverse_items(a, a + n);
    }
    bool modified = l->items != NULL || l->n != 0;
    for (int64_t i = 0; i < n; i++)
        items[i] = a[i].value;
    free(a);
    l->items = items;
    l->n = n;
    l->cap = cap;
    if (ok && modified) {
        ai_raise(ctx, AI_EXC_VALUE, "list modified during sort");
        return false;
    }
    return ok;
}
