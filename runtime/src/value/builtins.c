/* Builtins on value words of any type (the generated code calls them where the front end could
 * not pin a type down): len, int, float, abs, round, with CPython 3.11's results and messages. */
#include <math.h>
#include <string.h>

#include "int.h"
#include "glue.h"
#include "value.h"
#include "../actor/actor.h"

int64_t ai_obj_len(ai_actor_t *ctx, int64_t w) {
    int64_t n;
    if (ai_sized_len(w, &n)) /* glue.h: every sized type */
        return ai_int_from_i64(ctx, n);
    return ai_type_error_of(ctx, "object of type '%s' has no len()", w);
}

int64_t ai_obj_int(ai_actor_t *ctx, int64_t w) {
    switch (ai_word_type(w)) {
    case AI_T_INT:
        return w;
    case AI_T_BOOL:
        return ai_small(w == ai_bool_box(true));
    case AI_T_FLOAT:
        return ai_int_from_f64(ctx, ai_float_unbox(w));
    case AI_T_STR:
        return ai_int_from_str(ctx, (ai_str_t *)(intptr_t)w);
    default:
        return ai_type_error_of(ctx, "int() argument must be a string, a bytes-like object or a real number, not '%s'",
                                w);
    }
}

double ai_obj_float(ai_actor_t *ctx, int64_t w) {
    switch (ai_word_type(w)) {
    case AI_T_INT:
        return ai_int_to_f64(ctx, w);
    case AI_T_BOOL:
        return w == ai_bool_box(true) ? 1.0 : 0.0;
    case AI_T_FLOAT:
        return ai_float_unbox(w);
    case AI_T_STR:
        return ai_float_from_str(ctx, (ai_str_t *)(intptr_t)w);
    default:
        ai_type_error_of(ctx, "float() argument must be a string or a real number, not '%s'", w);
        return 0.0;
    }
}

int64_t ai_obj_abs(ai_actor_t *ctx, int64_t w) {
    switch (ai_word_type(w)) {
    case AI_T_INT:
        return ai_int_abs(ctx, w);
    case AI_T_BOOL:
        return ai_small(w == ai_bool_box(true));
    case AI_T_FLOAT:
        return ai_float_box(ctx, fabs(ai_float_unbox(w)));
    default:
        return ai_type_error_of(ctx, "bad operand type for abs(): '%s'", w);
    }
}

int64_t ai_obj_round(ai_actor_t *ctx, int64_t w) {
    switch (ai_word_type(w)) {
    case AI_T_INT:
        return w;
    case AI_T_BOOL:
        return ai_small(w == ai_bool_box(true));
    case AI_T_FLOAT:
        return ai_int_from_f64(ctx, nearbyint(ai_float_unbox(w))); /* the default mode: ties to even */
    default:
        return ai_type_error_of(ctx, "type %s doesn't define __round__ method", w);
    }
}
