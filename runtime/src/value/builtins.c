/* Builtins on value words of any type (the generated code calls them where the front end could
 * not pin a type down): len, int, float, abs, round, with CPython 3.11's results and messages. */
#include <math.h>
#include <string.h>

#include "containers.h"
#include "int.h"
#include "../actor/actor.h"

int64_t ai_obj_len(ai_actor_t *ctx, int64_t w) {
    const void *p = (const void *)(intptr_t)w;
    switch (ai_word_type(w)) {
    case AI_T_STR: return ai_small(ai_str_len((ai_str_t *)p));
    case AI_T_LIST: return ai_small(ai_list_len((ai_list_t *)p));
    case AI_T_TUPLE: return ai_small(((const ai_tuple_t *)p)->n);
    case AI_T_BYTES: return ai_small(((const ai_bytes_t *)p)->n);
    case AI_T_RANGE: return ai_small(((const ai_range_t *)p)->len);
    case AI_T_DICT: return ai_small(ai_dict_len((ai_dict_t *)p));
    case AI_T_SET:
    case AI_T_FROZENSET: return ai_small(ai_set_len((ai_set_t *)p));
    case AI_T_DICT_KEYS:
    case AI_T_DICT_VALUES:
    case AI_T_DICT_ITEMS: return ai_small(ai_dict_len((ai_dict_t *)(intptr_t)((const ai_dict_view_t *)p)->dict));
    default: return ai_type_error_of(ctx, "object of type '%s' has no len()", w);
    }
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
        ai_raise(ctx, AI_EXC_NOT_IMPLEMENTED, "float() of a str is not supported yet");
        return 0.0;
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
