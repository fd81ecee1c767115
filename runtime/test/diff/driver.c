/* Differential driver: reads one case per line on stdin and prints the runtime's answer (diff.py
 * compares it with python3). Lines: "i INT\tSPEC", "f HEXFLOAT\tSPEC", "s TEXT\tSPEC" (format),
 * "r HEXFLOAT" (repr), "d A B" (int / int), "p A B" (float ** float), "m A B" (float % and //),
 * "q TEXT" (str repr). A raised exception prints "EXC Kind: message". */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "aithon/rt.h"
#include "actor/actor.h"
#include "value/value.h"

static ai_actor_t *ctx;

static ai_str_t *S(const char *p) { return ai_str_const(ctx, p, (int64_t)strlen(p)); }
static ai_str_t *R(double x) { return ai_str_from_f64(ctx, x); }

static ai_str_t *two_floats(char op, const char *args) {
    char *end;
    double a = strtod(args, &end), b = strtod(end, NULL);
    if (op == 'p')
        return R(ai_f64_pow(ctx, a, b));
    ai_str_t *mod = R(ai_f64_mod(ctx, a, b));
    if (ai_exc_pending(ctx))
        return NULL; /* Python reports the error of `%`, evaluated first */
    ai_str_t *fdiv = R(ai_f64_floordiv(ctx, a, b));
    return ai_str_concat(ctx, ai_str_concat(ctx, mod, S(" ")), fdiv);
}

static ai_str_t *run_case(char *line) {
    char *tab = strchr(line, '\t');
    ai_str_t *spec = S(tab ? tab + 1 : "");
    if (tab)
        *tab = 0;
    char *arg = line + 2, *end;
    switch (line[0]) {
    case 'i': return ai_format_i64(ctx, strtoll(arg, NULL, 10), spec);
    case 'f': return ai_format_f64(ctx, strtod(arg, NULL), spec);
    case 's': return ai_format_str(ctx, S(arg), spec);
    case 'r': return R(strtod(arg, NULL));
    case 'd': {
        long long a = strtoll(arg, &end, 10), b = strtoll(end, NULL, 10);
        return R(ai_i64_truediv(ctx, a, b));
    }
    case 'p': case 'm': return two_floats(line[0], arg);
    case 'q': return ai_str_repr(ctx, S(arg));
    default: return S("<bad case>");
    }
}

int main(void) {
    ctx = ai_actor_spawn(ai_actor_root());
    static char line[1 << 16];
    while (fgets(line, sizeof line, stdin)) {
        line[strcspn(line, "\n")] = 0;
        ai_str_t *r = run_case(line);
        if (ctx->pending) {
            printf("EXC %s: %s\n", ai_exc_kind_name(ctx->pending->kind), ctx->pending->msg);
            ai_exc_release(ctx->pending);
            ctx->pending = NULL;
        } else {
            fwrite(r->data, 1, (size_t)r->nbytes, stdout);
            putchar('\n');
        }
        ai_actor_exit(ctx); /* a fresh heap per case keeps memory flat */
        ctx = ai_actor_spawn(ai_actor_root());
    }
    ai_actor_exit(ctx);
    return 0;
}
