/* Numbers and lists as CPython writes them: int decimal, list repr (float repr is in dtoa.c). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "containers.h"

size_t ai_fmt_i64(char *out, int64_t x) {
    return (size_t)snprintf(out, 24, "%lld", (long long)x);
}

void ai_repr_list(ai_buf_t *b, ai_list_t *l, int32_t kind) {
    char tmp[40];
    ai_buf_putc(b, '[');
    for (int64_t i = 0; i < l->n; i++) {
        if (i)
            ai_buf_put(b, ", ", 2);
        int64_t w = l->items[i];
        if (kind == AI_ELEM_FLOAT) {
            double d;
            memcpy(&d, &w, sizeof d);
            ai_buf_put(b, tmp, ai_fmt_f64_repr(tmp, d));
        } else if (kind == AI_ELEM_BOOL) {
            ai_buf_put(b, w ? "True" : "False", w ? 4 : 5);
        } else if (kind == AI_ELEM_STR) {
            ai_str_t *s = (ai_str_t *)(intptr_t)w;
            ai_repr_str(b, s->data, (size_t)s->nbytes);
        } else {
            ai_buf_put(b, tmp, ai_fmt_i64(tmp, w));
        }
    }
    ai_buf_putc(b, ']');
}
