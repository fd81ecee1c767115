/* Differential driver for ints of any size (test/unit/test_bigint_runtime.py): one case per line
 * on stdin, "OP ARG..." with ints in decimal and floats in C hex-float notation; prints the
 * runtime's answer per line ("EXC Kind: message" when it raised, "NONCANON" when an int result in
 * the small range came back as a big-int object). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "aithon/rt.h"
#include "actor/actor.h"
#include "value/int.h"

static ai_actor_t *ctx;

static int64_t I(const char *p) { return ai_int_from_decimal(ctx, p, (int64_t)strlen(p)); }

static bool canonical(int64_t w) {
    if (ai_obj_type(w) != AI_T_INT || ai_is_small(w))
        return true;
    return ai_int_cmp(w, ai_small(AI_SMALL_MIN)) < 0 || ai_int_cmp(w, ai_small(AI_SMALL_MAX)) > 0;
}

static void put_str(ai_str_t *s) {
    if (s)
        fwrite(s->data, 1, (size_t)s->nbytes, stdout);
}

/* An int or float result word. */
static void put_word(int64_t w) {
    if (!ai_exc_pending(ctx) && !canonical(w))
        fputs("NONCANON ", stdout);
    if (!ai_exc_pending(ctx))
        put_str(ai_obj_repr(ctx, w));
}

static int64_t binary(const char *op, int64_t a, int64_t b) {
    static const struct {
        const char *name;
        int64_t (*fn)(ai_actor_t *, int64_t, int64_t);
    } ops[] = {{"add", ai_int_add}, {"sub", ai_int_sub}, {"mul", ai_int_mul}, {"floordiv", ai_int_floordiv},
               {"mod", ai_int_mod}, {"pow", ai_int_pow}, {"lshift", ai_int_lshift}, {"rshift", ai_int_rshift},
               {"and", ai_int_and}, {"or", ai_int_or}, {"xor", ai_int_xor}};
    for (size_t i = 0; i < sizeof ops / sizeof ops[0]; i++)
        if (strcmp(op, ops[i].name) == 0)
            return ops[i].fn(ctx, a, b);
    return AI_INT_ERR;
}

static void put_f64(double d) {
    if (!ai_exc_pending(ctx))
        put_str(ai_str_from_f64(ctx, d));
}

/* A value token: i:DEC, f:HEXFLOAT, s:TEXT (no spaces), T, F, N. */
static int64_t V(const char *t) {
    switch (t[0]) {
    case 'i': return I(t + 2);
    case 'f': return ai_float_box(ctx, strtod(t + 2, NULL));
    case 's': return (int64_t)(intptr_t)ai_str_const(ctx, t + 2, (int64_t)strlen(t + 2));
    case 'T': return ai_bool_box(true);
    case 'F': return ai_bool_box(false);
    default: return (int64_t)(intptr_t)&ai_None;
    }
}

/* Generic operations: "bin OP A B", "un OP A", "cmpo OP A B", "truth A", "ostr A", "orepr A",
 * "otype A", "ofmt A SPEC", "write A" (print), "ohash A". */
static bool run_obj_case(const char *op, char *x, char *rest) {
    static const char *const names[] = {"bin", "un",    "cmpo",  "truth", "ostr",
                                        "orepr", "otype", "ofmt", "write", "ohash"};
    bool known = false;
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        known |= strcmp(op, names[i]) == 0;
    if (!known)
        return false;
    if (strcmp(op, "write") == 0) { /* print(a): the runtime's own stdout buffer, after ours */
        fflush(stdout);
        ai_write_obj(ctx, V(x));
        ai_write_flush(ctx, true);
        return true;
    }
    if (strcmp(op, "ofmt") == 0) {
        const char *spec = rest ? rest : "";
        put_str(ai_obj_format(ctx, V(x), ai_str_const(ctx, spec, (int64_t)strlen(spec))));
        return true;
    }
    char *y = rest ? strtok(rest, " ") : NULL, *z = y ? strtok(NULL, " ") : NULL;
    if (strcmp(op, "bin") == 0)
        put_word(ai_obj_binop(ctx, atoi(x), V(y), V(z)));
    else if (strcmp(op, "un") == 0)
        put_word(ai_obj_unop(ctx, atoi(x), V(y)));
    else if (strcmp(op, "cmpo") == 0) {
        bool r = ai_obj_compare(ctx, atoi(x), V(y), V(z));
        if (!ai_exc_pending(ctx))
            fputs(r ? "True" : "False", stdout);
    } else if (strcmp(op, "truth") == 0)
        fputs(ai_obj_truth(ctx, V(x)) ? "True" : "False", stdout);
    else if (strcmp(op, "ostr") == 0)
        put_str(ai_obj_str(ctx, V(x)));
    else if (strcmp(op, "orepr") == 0)
        put_str(ai_obj_repr(ctx, V(x)));
    else if (strcmp(op, "ohash") == 0) {
        int64_t h = ai_obj_hash(ctx, V(x));
        if (!ai_exc_pending(ctx))
            printf("%lld", (long long)h);
    } else
        put_str(ai_obj_type_name(ctx, V(x)));
    return true;
}

/* "parse HEX": int() of the text whose UTF-8 bytes are given in hex. */
static void parse_case(const char *hex) {
    static char text[1 << 15];
    size_t n = 0;
    for (; hex[0] && hex[1] && n + 1 < sizeof text; hex += 2) {
        unsigned v;
        sscanf(hex, "%2x", &v);
        text[n++] = (char)v;
    }
    text[n] = 0;
    put_word(ai_int_from_str(ctx, ai_str_const(ctx, text, (int64_t)n)));
}

static void run_case(char *line) {
    if (strncmp(line, "parse ", 6) == 0)
        return parse_case(line + 6);
    char *op = strtok(line, " "), *x = strtok(NULL, " "), *y = strtok(NULL, "");
    if (!op || !x || run_obj_case(op, x, y))
        return;
    if (strcmp(op, "fromf") == 0)
        return put_word(ai_int_from_f64(ctx, strtod(x, NULL)));
    int64_t a = I(x);
    if (strcmp(op, "neg") == 0)
        put_word(ai_int_neg(ctx, a));
    else if (strcmp(op, "invert") == 0)
        put_word(ai_int_invert(ctx, a));
    else if (strcmp(op, "abs") == 0)
        put_word(ai_int_abs(ctx, a));
    else if (strcmp(op, "str") == 0)
        put_str(ai_int_str(ctx, a));
    else if (strcmp(op, "hash") == 0)
        printf("%lld", (long long)ai_int_hash(a));
    else if (strcmp(op, "tof") == 0)
        put_f64(ai_int_to_f64(ctx, a));
    else if (strcmp(op, "i64") == 0) {
        int64_t v = ai_int_as_i64(ctx, a);
        if (!ai_exc_pending(ctx))
            printf("%lld %d", (long long)v, ai_int_fits_i64(a));
    } else if (strcmp(op, "cmpf") == 0)
        printf("%d", ai_int_cmp_f64(a, strtod(y, NULL)));
    else if (strcmp(op, "fmt") == 0)
        put_str(ai_int_format(ctx, a, ai_str_const(ctx, y ? y : "", y ? (int64_t)strlen(y) : 0)));
    else if (strcmp(op, "cmp") == 0)
        printf("%lld", (long long)ai_int_cmp(a, I(y)));
    else if (strcmp(op, "truediv") == 0)
        put_f64(ai_int_truediv(ctx, a, I(y)));
    else
        put_word(binary(op, a, I(y)));
}

int main(void) {
    ctx = ai_actor_spawn(ai_actor_root());
    static char line[1 << 16];
    while (fgets(line, sizeof line, stdin)) {
        line[strcspn(line, "\n")] = 0;
        run_case(line);
        if (ai_exc_pending(ctx)) {
            printf("EXC %s: %s", ai_exc_kind_name(ctx->pending->kind), ctx->pending->msg);
            ai_exc_release(ctx->pending);
            ctx->pending = NULL;
        }
        putchar('\n');
    }
    ai_actor_exit(ctx);
    return 0;
}
