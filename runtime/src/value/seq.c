/* Lists and tuples together: membership, comparison, concatenation, repetition and repr. */
#include <stdio.h>
#include <string.h>

#include "seq.h"

/* The items of a list or tuple word. */
static const int64_t *seq_items(int64_t w, int64_t *n) {
    if (ai_word_type(w) == AI_T_LIST) {
        const ai_list_t *l = (const ai_list_t *)(intptr_t)w;
        *n = l->n;
        return l->items;
    }
    const ai_tuple_t *t = (const ai_tuple_t *)(intptr_t)w;
    *n = t->n;
    return t->items;
}

bool ai_seq_contains(ai_actor_t *ctx, int64_t seq, int64_t x) {
    int64_t n;
    for (int64_t i = 0;; i++) {
        const int64_t *items = seq_items(seq, &n); /* re-read: == may change a list */
        if (i >= n)
            return false;
        bool eq = ai_seq_eq(ctx, items[i], x);
        if (ai_exc_pending(ctx))
            return false;
        if (eq)
            return true;
    }
}

static const char *const CMP_SYMBOL[] = {"<", "<=", "==", "!=", ">", ">="};

bool ai_seq_compare(ai_actor_t *ctx, int32_t op, int64_t a, int64_t b) {
    int ta = ai_word_type(a), tb = ai_word_type(b);
    if (ta != tb || (ta != AI_T_LIST && ta != AI_T_TUPLE)) {
        if (op == AI_CMP_EQ || op == AI_CMP_NE)
            return (a == b) == (op == AI_CMP_EQ);
        char msg[160];
        snprintf(msg, sizeof msg, "'%s' not supported between instances of '%s' and '%s'",
                 CMP_SYMBOL[op >= 0 && op <= AI_CMP_GE ? op : 0], ai_word_type_name(a), ai_word_type_name(b));
        ai_raise(ctx, AI_EXC_TYPE, msg);
        return false;
    }
    int64_t na, nb;
    seq_items(a, &na);
    seq_items(b, &nb);
    if (na != nb && (op == AI_CMP_EQ || op == AI_CMP_NE))
        return op == AI_CMP_NE;
    int64_t i = 0;
    for (;; i++) {
        const int64_t *ia = seq_items(a, &na), *ib = seq_items(b, &nb);
        if (i >= na || i >= nb)
            break;
        int64_t x = ia[i], y = ib[i];
        if (x == y)
            continue;
        bool eq = ai_seq_eq(ctx, x, y);
        if (ai_exc_pending(ctx))
            return false;
        if (!eq)
            break;
    }
    const int64_t *ia = seq_items(a, &na), *ib = seq_items(b, &nb);
    if (i >= na || i >= nb) {
        switch (op) {
        case AI_CMP_LT: return na < nb;
        case AI_CMP_LE: return na <= nb;
        case AI_CMP_EQ: return na == nb;
        case AI_CMP_NE: return na != nb;
        case AI_CMP_GT: return na > nb;
        default: return na >= nb;
        }
    }
    if (op == AI_CMP_EQ)
        return false;
    if (op == AI_CMP_NE)
        return true;
    return ai_obj_compare(ctx, op, ia[i], ib[i]);
}

int64_t ai_seq_concat(ai_actor_t *ctx, int64_t a, int64_t b) {
    int ta = ai_word_type(a), tb = ai_word_type(b);
    if (ta != tb || (ta != AI_T_LIST && ta != AI_T_TUPLE)) {
        char msg[160];
        if (ta == AI_T_LIST || ta == AI_T_TUPLE)
            snprintf(msg, sizeof msg, "can only concatenate %s (not \"%s\") to %s", ai_word_type_name(a),
                     ai_word_type_name(b), ai_word_type_name(a));
        else
            snprintf(msg, sizeof msg, "unsupported operand type(s) for +: '%s' and '%s'", ai_word_type_name(a),
                     ai_word_type_name(b));
        ai_raise(ctx, AI_EXC_TYPE, msg);
        return 0;
    }
    int64_t na, nb;
    const int64_t *ia = seq_items(a, &na), *ib = seq_items(b, &nb);
    if (ta == AI_T_TUPLE && nb == 0)
        return a;
    if (ta == AI_T_TUPLE && na == 0)
        return b;
    int64_t n = na + nb; /* both below 2**60: no overflow */
    int64_t *dst;
    int64_t r;
    if (ta == AI_T_LIST) {
        ai_list_t *l = ai_list_new(ctx, n, AI_ELEM_VALUE);
        if (!l)
            return 0;
        dst = l->items;
        r = ai_seq_word(l);
    } else {
        ai_tuple_t *t = ai_tuple_alloc(ctx, n);
        if (!t)
            return 0;
        dst = t->items;
        r = ai_seq_word(t);
    }
    if (na)
        memcpy(dst, ia, (size_t)na * sizeof(int64_t));
    if (nb)
        memcpy(dst + na, ib, (size_t)nb * sizeof(int64_t));
    return r;
}

/* count is a C integer (the caller has checked the operand's type: "can't multiply sequence by
 * non-int", OverflowError beyond 64 bits). */
int64_t ai_seq_repeat(ai_actor_t *ctx, int64_t a, int64_t count) {
    int ta = ai_word_type(a);
    int64_t k = count, n;
    const int64_t *items = seq_items(a, &n);
    if (k < 0 || n == 0)
        k = 0;
    if (ta == AI_T_TUPLE && k == 1)
        return a;
    if (k && n > INT64_MAX / 16 / k) {
        ai_raise(ctx, AI_EXC_MEMORY, "");
        return 0;
    }
    int64_t total = n * k;
    int64_t *dst, r;
    if (ta == AI_T_LIST) {
        ai_list_t *l = ai_list_new(ctx, total, AI_ELEM_VALUE);
        if (!l)
            return 0;
        dst = l->items;
        r = ai_seq_word(l);
    } else {
        ai_tuple_t *t = ai_tuple_alloc(ctx, total);
        if (!t)
            return 0;
        dst = t->items;
        r = ai_seq_word(t);
    }
    if (total == 0)
        return r;
    if (n == 1) {
        for (int64_t i = 0; i < total; i++)
            dst[i] = items[0];
        return r;
    }
    /* copy once, then double the filled part */
    memcpy(dst, items, (size_t)n * sizeof(int64_t));
    int64_t done = n;
    while (done < total) {
        int64_t c = done < total - done ? done : total - done;
        memcpy(dst + done, dst, (size_t)c * sizeof(int64_t));
        done += c;
    }
    return r;
}

bool ai_seq_repr(ai_actor_t *ctx, ai_buf_t *b, int64_t seq) {
    bool tuple = ai_word_type(seq) == AI_T_TUPLE;
    int64_t n;
    seq_items(seq, &n);
    if (n == 0) {
        ai_buf_put(b, tuple ? "()" : "[]", 2);
        return true;
    }
    if (!tuple && ((const ai_list_t *)(intptr_t)seq)->kind != AI_ELEM_VALUE) {
        ai_repr_list(b, (ai_list_t *)(intptr_t)seq, (int32_t)((const ai_list_t *)(intptr_t)seq)->kind);
        return true;
    }
    int e = ai_repr_enter(ctx, seq);
    if (e < 0)
        return false;
    if (e > 0) {
        ai_buf_put(b, tuple ? "(...)" : "[...]", 5);
        return true;
    }
    ai_buf_putc(b, tuple ? '(' : '[');
    bool ok = true;
    for (int64_t i = 0;; i++) {
        const int64_t *items = seq_items(seq, &n); /* a repr may change the list */
        if (i >= n)
            break;
        if (i)
            ai_buf_put(b, ", ", 2);
        if (!ai_repr_into(ctx, b, items[i])) {
            ok = false;
            break;
        }
    }
    ai_repr_leave(ctx, seq);
    if (!ok)
        return false;
    if (tuple && n == 1)
        ai_buf_putc(b, ',');
    ai_buf_putc(b, tuple ? ')' : ']');
    return true;
}

int64_t ai_seq_count_of(ai_actor_t *ctx, const int64_t *const *items, const int64_t *n, int64_t x) {
    int64_t c = 0;
    for (int64_t i = 0; i < *n; i++) {
        bool eq = ai_seq_eq(ctx, (*items)[i], x);
        if (ai_exc_pending(ctx))
            return 0;
        c += eq;
    }
    return ai_small(c);
}

int64_t ai_seq_index_of(ai_actor_t *ctx, const int64_t *const *items, const int64_t *n, int64_t argc,
                        const int64_t *argv) {
    int64_t start, end;
    if (argc < 1 || argc > 3) {
        ai_seq_argc_error(ctx, argc < 1 ? "%s expected at least 1 argument, got %lld"
                                        : "%s expected at most 3 arguments, got %lld", "index", argc);
        return 0;
    }
    if (!ai_seq_index_bounds(ctx, argc - 1, argv + 1, *n, &start, &end))
        return 0;
    for (int64_t i = start; i < end && i < *n; i++) {
        bool eq = ai_seq_eq(ctx, (*items)[i], argv[0]);
        if (ai_exc_pending(ctx))
            return 0;
        if (eq)
            return ai_small(i);
    }
    return -1;
}
