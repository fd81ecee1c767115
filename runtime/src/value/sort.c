/* list.sort: CPython 3.11's algorithm (timsort: natural runs found by count_run, short runs extended
 * to minrun by binary insertion, adjacent runs merged by the "powersort" policy, merges that gallop
 * when one run keeps winning), written anew from its description (Objects/listsort.txt). Doing
 * the same comparisons in the same order matters beyond stability: the first comparison that fails
 * names its operands in CPython's order ("'<' not supported between instances of 'str' and
 * 'int'"), an inconsistent order (NaN) gives CPython's result, and after an exception the list is
 * left as CPython leaves it. Only `<` is used. */
#include <stdlib.h>
#include <string.h>

#include "seq.h"

typedef struct {
    int64_t key, value;
} item_t;

typedef struct {
    int64_t base, len; /* index of the run's first item, and its length */
    int power;
} run_t;

enum { CMP_OBJ, CMP_SMALL, CMP_STR, CMP_FLOAT };
enum { MIN_GALLOP = 7, MAX_RUNS = 96 };

typedef struct {
    ai_actor_t *ctx;
    int how;
    item_t *a;   /* the items being sorted */
    int64_t n;
    item_t *tmp; /* room for n / 2 + 1 items: the shorter run of a merge */
    int64_t min_gallop;
    run_t runs[MAX_RUNS];
    int nruns;
} sorter_t;

/* a < b: 1 or 0, -1 after an exception */
static inline int lt(sorter_t *s, int64_t a, int64_t b) {
    switch (s->how) {
    case CMP_SMALL: return a < b; /* tagged small ints keep their order */
    case CMP_STR: return ai_str_cmp((ai_str_t *)(intptr_t)a, (ai_str_t *)(intptr_t)b) < 0;
    case CMP_FLOAT: return ai_float_unbox(a) < ai_float_unbox(b); /* NaN: false, as float.__lt__ */
    default:
        if (a & b & 1)
            return a < b;
        if (ai_word_type(a) == AI_T_FLOAT && ai_word_type(b) == AI_T_FLOAT)
            return ai_float_unbox(a) < ai_float_unbox(b);
        bool r = ai_obj_compare(s->ctx, AI_CMP_LT, a, b);
        return ai_exc_pending(s->ctx) ? -1 : r;
    }
}

/* Evaluate a < b into int c; leave the function with -1 on an exception. */
#define LT_OR_FAIL(c, s, a, b, fail) \
    do {                             \
        (c) = lt((s), (a), (b));     \
        if ((c) < 0)                 \
            goto fail;               \
    } while (0)

static void reverse_items(item_t *lo, item_t *hi) {
    for (hi--; lo < hi; lo++, hi--) {
        item_t t = *lo;
        *lo = *hi;
        *hi = t;
    }
}

/* The length of the run at lo: non-descending, or strictly descending (then *desc is set). */
static int64_t count_run(sorter_t *s, item_t *lo, item_t *hi, bool *desc) {
    int c;
    *desc = false;
    if (lo + 1 == hi)
        return 1;
    int64_t n = 2;
    item_t *p = lo + 1;
    LT_OR_FAIL(c, s, p->key, (p - 1)->key, fail);
    if (c) {
        *desc = true;
        for (p++; p < hi; p++, n++) {
            LT_OR_FAIL(c, s, p->key, (p - 1)->key, fail);
            if (!c)
                break;
        }
    } else {
        for (p++; p < hi; p++, n++) {
            LT_OR_FAIL(c, s, p->key, (p - 1)->key, fail);
            if (c)
                break;
        }
    }
    return n;
fail:
    return -1;
}

/* [lo, start) is sorted: insert each of [start, hi) after the last item not greater than it. */
static int binary_insertion(sorter_t *s, item_t *lo, item_t *hi, item_t *start) {
    int c;
    if (start == lo)
        start++;
    for (; start < hi; start++) {
        item_t pivot = *start;
        item_t *l = lo, *r = start;
        do {
            item_t *p = l + ((r - l) >> 1);
            LT_OR_FAIL(c, s, pivot.key, p->key, fail);
            if (c)
                r = p;
            else
                l = p + 1;
        } while (l < r);
        memmove(l + 1, l, (size_t)(start - l) * sizeof(item_t));
        *l = pivot;
    }
    return 0;
fail:
    return -1;
}

/* Where key goes in the sorted a[0, n), searching outwards from a[hint] by doubling steps, then
 * by bisection. gallop_left: before the items equal to key (a[k-1] < key <= a[k]); gallop_right:
 * after them (a[k-1] <= key < a[k]). -1 after an exception. */
static int64_t gallop(sorter_t *s, bool right, int64_t key, const item_t *a, int64_t n, int64_t hint) {
    int c;
    int64_t lo, hi; /* a[lo] goes before key, a[hi] after it (lo = -1, hi = n: the ends) */
    /* "x goes before key": x < key (left), !(key < x) (right) */
#define BEFORE(x, out)                          \
    do {                                        \
        if (right) {                            \
            LT_OR_FAIL(c, s, key, (x), fail);   \
            (out) = !c;                         \
        } else {                                \
            LT_OR_FAIL(c, s, (x), key, fail);   \
            (out) = c;                          \
        }                                       \
    } while (0)
    bool before;
    BEFORE(a[hint].key, before);
    int64_t last = 0, ofs = 1;
    if (before) { /* gallop right from hint: a[hint + last] before, a[hint + ofs] after */
        int64_t max = n - hint;
        while (ofs < max) {
            BEFORE(a[hint + ofs].key, before);
            if (!before)
                break;
            last = ofs;
            ofs = (ofs << 1) + 1;
        }
        if (ofs > max)
            ofs = max;
        lo = hint + last;
        hi = hint + ofs;
    } else { /* gallop left: a[hint - ofs] before, a[hint - last] after */
        int64_t max = hint + 1;
        while (ofs < max) {
            BEFORE(a[hint - ofs].key, before);
            if (before)
                break;
            last = ofs;
            ofs = (ofs << 1) + 1;
        }
        if (ofs > max)
            ofs = max;
        lo = hint - ofs;
        hi = hint - last;
    }
    for (lo++; lo < hi;) {
        int64_t m = lo + ((hi - lo) >> 1);
        BEFORE(a[m].key, before);
        if (before)
            lo = m + 1;
        else
            hi = m;
    }
#undef BEFORE
    return hi;
fail:
    return -1;
}

/* Merge a[0, na) with b = a + na, b[0, nb), when na <= nb: a goes to tmp, the merge fills a from
 * the left. a[na - 1] belongs at the end and b[0] at the start (merge_at made sure). */
static int merge_lo(sorter_t *s, item_t *a, int64_t na, item_t *b, int64_t nb) {
    int c, result = -1;
    int64_t k, acount, bcount, mg;
    memcpy(s->tmp, a, (size_t)na * sizeof(item_t));
    item_t *dest = a, *pa = s->tmp, *pb = b;
    *dest++ = *pb++;
    if (--nb == 0)
        goto done;
    if (na == 1)
        goto copy_b;
    mg = s->min_gallop;
    for (;;) {
        acount = bcount = 0;
        for (;;) { /* one at a time until a run wins mg times in a row */
            LT_OR_FAIL(c, s, pb->key, pa->key, fail);
            if (c) {
                *dest++ = *pb++;
                bcount++;
                acount = 0;
                if (--nb == 0)
                    goto done;
                if (bcount >= mg)
                    break;
            } else {
                *dest++ = *pa++;
                acount++;
                bcount = 0;
                if (--na == 1)
                    goto copy_b;
                if (acount >= mg)
                    break;
            }
        }
        mg++;
        do { /* galloping */
            mg -= mg > 1;
            s->min_gallop = mg;
            k = gallop(s, true, pb->key, pa, na, 0);
            if (k < 0)
                goto fail;
            acount = k;
            if (k) {
                memcpy(dest, pa, (size_t)k * sizeof(item_t));
                dest += k;
                pa += k;
                na -= k;
                if (na == 1)
                    goto copy_b;
                if (na == 0) /* only with an inconsistent order */
                    goto done;
            }
            *dest++ = *pb++;
            if (--nb == 0)
                goto done;
            k = gallop(s, false, pa->key, pb, nb, 0);
            if (k < 0)
                goto fail;
            bcount = k;
            if (k) {
                memmove(dest, pb, (size_t)k * sizeof(item_t));
                dest += k;
                pb += k;
                nb -= k;
                if (nb == 0)
                    goto done;
            }
            *dest++ = *pa++;
            if (--na == 1)
                goto copy_b;
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        mg++; /* leaving galloping costs */
        s->min_gallop = mg;
    }
done:
    result = 0;
fail:
    if (na)
        memcpy(dest, pa, (size_t)na * sizeof(item_t));
    return result;
copy_b: /* the last of a goes after the rest of b */
    memmove(dest, pb, (size_t)nb * sizeof(item_t));
    dest[nb] = *pa;
    return 0;
}

/* The mirror image, when na > nb: b goes to tmp, the merge fills b from the right. */
static int merge_hi(sorter_t *s, item_t *a, int64_t na, item_t *b, int64_t nb) {
    int c, result = -1;
    int64_t k, acount, bcount, mg;
    memcpy(s->tmp, b, (size_t)nb * sizeof(item_t));
    item_t *basea = a, *baseb = s->tmp;
    item_t *dest = b + nb - 1, *pa = a + na - 1, *pb = s->tmp + nb - 1;
    *dest-- = *pa--;
    if (--na == 0)
        goto done;
    if (nb == 1)
        goto copy_a;
    mg = s->min_gallop;
    for (;;) {
        acount = bcount = 0;
        for (;;) {
            LT_OR_FAIL(c, s, pb->key, pa->key, fail);
            if (c) {
                *dest-- = *pa--;
                acount++;
                bcount = 0;
                if (--na == 0)
                    goto done;
                if (acount >= mg)
                    break;
            } else {
                *dest-- = *pb--;
                bcount++;
                acount = 0;
                if (--nb == 1)
                    goto copy_a;
                if (bcount >= mg)
                    break;
            }
        }
        mg++;
        do {
            mg -= mg > 1;
            s->min_gallop = mg;
            k = gallop(s, true, pb->key, basea, na, na - 1);
            if (k < 0)
                goto fail;
            k = na - k;
            acount = k;
            if (k) {
                dest -= k;
                pa -= k;
                memmove(dest + 1, pa + 1, (size_t)k * sizeof(item_t));
                na -= k;
                if (na == 0)
                    goto done;
            }
            *dest-- = *pb--;
            if (--nb == 1)
                goto copy_a;
            k = gallop(s, false, pa->key, baseb, nb, nb - 1);
            if (k < 0)
                goto fail;
            k = nb - k;
            bcount = k;
            if (k) {
                dest -= k;
                pb -= k;
                memcpy(dest + 1, pb + 1, (size_t)k * sizeof(item_t));
                nb -= k;
                if (nb == 1)
                    goto copy_a;
                if (nb == 0) /* only with an inconsistent order */
                    goto done;
            }
            *dest-- = *pa--;
            if (--na == 0)
                goto done;
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        mg++;
        s->min_gallop = mg;
    }
done:
    result = 0;
fail:
    if (nb)
        memcpy(dest - (nb - 1), baseb, (size_t)nb * sizeof(item_t));
    return result;
copy_a: /* the first of b goes before the rest of a */
    memmove(dest + 1 - na, pa + 1 - na, (size_t)na * sizeof(item_t));
    dest -= na;
    *dest = *pb;
    return 0;
}

/* Merge runs i and i + 1 of the stack (i is the second or third from the top). */
static int merge_at(sorter_t *s, int i) {
    item_t *a = s->a + s->runs[i].base, *b;
    int64_t na = s->runs[i].len, nb = s->runs[i + 1].len;
    b = a + na;
    s->runs[i].len = na + nb;
    if (i == s->nruns - 3)
        s->runs[i + 1] = s->runs[i + 2];
    s->nruns--;
    /* the items of a before b[0]'s place, and those of b after a's last, stay where they are */
    int64_t k = gallop(s, true, b->key, a, na, 0);
    if (k < 0)
        return -1;
    a += k;
    na -= k;
    if (na == 0)
        return 0;
    nb = gallop(s, false, a[na - 1].key, b, nb, nb - 1);
    if (nb <= 0)
        return (int)nb;
    return na <= nb ? merge_lo(s, a, na, b, nb) : merge_hi(s, a, na, b, nb);
}

/* The depth in the ideal merge tree of the boundary between the run [s1, s1 + n1) and the next
 * one of length n2 (powersort): the first bit where the binary fractions of the two runs'
 * midpoints over n differ. */
static int power(int64_t s1, int64_t n1, int64_t n2, int64_t n) {
    int64_t a = 2 * s1 + n1, b = a + n1 + n2; /* twice the midpoints */
    int r = 0;
    for (;;) {
        r++;
        if (a >= n) {
            a -= n;
            b -= n;
        } else if (b >= n) {
            break;
        }
        a <<= 1;
        b <<= 1;
    }
    return r;
}

static int new_run(sorter_t *s, int64_t base, int64_t len) {
    if (s->nruns) {
        run_t *top = &s->runs[s->nruns - 1];
        int p = power(top->base, top->len, len, s->n);
        while (s->nruns > 1 && s->runs[s->nruns - 2].power > p)
            if (merge_at(s, s->nruns - 2) < 0)
                return -1;
        s->runs[s->nruns - 1].power = p;
    }
    s->runs[s->nruns].base = base;
    s->runs[s->nruns].len = len;
    s->nruns++;
    return 0;
}

static int64_t minrun(int64_t n) {
    int64_t r = 0;
    while (n >= 64) {
        r |= n & 1;
        n >>= 1;
    }
    return n + r;
}

/* Sort s->a; false after an exception (the items are then some permutation of the input). */
static bool sort_items(sorter_t *s) {
    int64_t n = s->n, mr = minrun(n);
    for (int64_t lo = 0; lo < n;) {
        bool desc;
        int64_t len = count_run(s, s->a + lo, s->a + n, &desc);
        if (len < 0)
            return false;
        if (desc)
            reverse_items(s->a + lo, s->a + lo + len);
        if (len < mr) {
            int64_t force = n - lo <= mr ? n - lo : mr;
            if (binary_insertion(s, s->a + lo, s->a + lo + force, s->a + lo + len) < 0)
                return false;
            len = force;
        }
        if (new_run(s, lo, len) < 0)
            return false;
        lo += len;
    }
    while (s->nruns > 1) {
        int i = s->nruns - 2;
        if (i > 0 && s->runs[i - 1].len < s->runs[i + 1].len)
            i--;
        if (merge_at(s, i) < 0)
            return false;
    }
    return true;
}

bool ai_list_sort(ai_actor_t *ctx, ai_list_t *l, int64_t key, bool reverse) {
    int64_t n = l->n;
    int64_t *items = l->items;
    bool has_key = key != (int64_t)(intptr_t)&ai_None;
    if (n < 2 && !has_key)
        return true;
    item_t *a = malloc((size_t)(n + n / 2 + 2) * sizeof(item_t)); /* the items, then the merge room */
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
            if (ai_exc_pending(ctx)) { /* the list is left as it was */
                ok = false;
                for (int64_t k = 0; k < n; k++)
                    a[k].value = items[k];
                break;
            }
        }
    }
    sorter_t *s = NULL;
    if (ok && n > 1) {
        s = malloc(sizeof *s);
        if (!s) {
            ai_raise(ctx, AI_EXC_MEMORY, "");
            ok = false;
        }
    }
    if (s) {
        /* one type throughout: compare without the generic dispatch (CPython's pre-sort check) */
        bool small = true, str = true, flt = true;
        for (int64_t i = 0; i < n && (small || str || flt); i++) {
            small = small && ai_is_small(a[i].key);
            str = str && ai_word_type(a[i].key) == AI_T_STR;
            flt = flt && ai_word_type(a[i].key) == AI_T_FLOAT;
        }
        s->ctx = ctx;
        s->how = small ? CMP_SMALL : str ? CMP_STR : flt ? CMP_FLOAT : CMP_OBJ;
        s->a = a;
        s->n = n;
        s->tmp = a + n;
        s->min_gallop = MIN_GALLOP;
        s->nruns = 0;
        if (reverse) /* reverse, sort, reverse: equal items keep their order */
            reverse_items(a, a + n);
        ok = sort_items(s);
        if (reverse)
            reverse_items(a, a + n);
        free(s);
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
