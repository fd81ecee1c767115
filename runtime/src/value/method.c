/* Method calls on built-in values: one table says which method ids each type has (so that the
 * per-type functions never see a foreign id), then ai_obj_method dispatches by the receiver's
 * type; everything else is CPython's AttributeError "'list' object has no attribute 'foo'". */
#include <stdio.h>

#include "glue.h"

static const char *const NAMES[AI_M_LIMIT] = {
    [AI_M_NONE] = "?",
#define AI_M_NAME(name) [AI_M_##name] = #name,
    AI_METHODS(AI_M_NAME)
#undef AI_M_NAME
};

const char *ai_method_name(int32_t mid) {
    mid &= ~AI_M_KW;
    return mid > 0 && mid < AI_M_LIMIT ? NAMES[mid] : "?";
}

/* The methods of each type (those of CPython 3.11's dir(type) that AI_METHODS names; dict views
 * have none here). */
#define M(name) [AI_M_##name] = 1
static const unsigned char HAS[AI_T_DICT_ITEMS + 1][AI_M_LIMIT] = {
    [AI_T_LIST] = {M(append), M(extend), M(insert), M(remove), M(pop), M(clear), M(index), M(count), M(sort), M(reverse), M(copy)},
    [AI_T_TUPLE] = {M(index), M(count)},
    [AI_T_DICT] = {M(pop), M(clear), M(copy), M(get), M(setdefault), M(popitem), M(update), M(keys), M(values), M(items), M(fromkeys)},
    [AI_T_SET] = {M(remove), M(pop), M(clear), M(copy), M(update), M(add), M(discard), M(union), M(intersection), M(difference), M(symmetric_difference), M(issubset), M(issuperset), M(isdisjoint), M(intersection_update), M(difference_update), M(symmetric_difference_update)},
    [AI_T_FROZENSET] = {M(copy), M(union), M(intersection), M(difference), M(symmetric_difference), M(issubset), M(issuperset), M(isdisjoint)},
    [AI_T_STR] = {M(index), M(count), M(split), M(rsplit), M(join), M(strip), M(lstrip), M(rstrip), M(upper), M(lower), M(title), M(capitalize), M(swapcase), M(casefold), M(replace), M(find), M(rfind), M(rindex), M(startswith), M(endswith), M(isdigit), M(isalpha), M(isalnum), M(isspace), M(isupper), M(islower), M(isdecimal), M(isnumeric), M(istitle), M(isidentifier), M(isascii), M(zfill), M(ljust), M(rjust), M(center), M(partition), M(rpartition), M(splitlines), M(format), M(encode), M(removeprefix), M(removesuffix), M(expandtabs)},
    [AI_T_BYTES] = {M(index), M(count), M(split), M(rsplit), M(join), M(strip), M(lstrip), M(rstrip), M(upper), M(lower), M(title), M(capitalize), M(swapcase), M(replace), M(find), M(rfind), M(rindex), M(startswith), M(endswith), M(isdigit), M(isalpha), M(isalnum), M(isspace), M(isupper), M(islower), M(istitle), M(isascii), M(zfill), M(ljust), M(rjust), M(center), M(partition), M(rpartition), M(splitlines), M(decode), M(removeprefix), M(removesuffix), M(expandtabs), M(hex)},
    [AI_T_RANGE] = {M(index), M(count)},
    [AI_T_INT] = {M(bit_length), M(bit_count), M(conjugate), M(as_integer_ratio)},
    [AI_T_BOOL] = {M(bit_length), M(bit_count), M(conjugate), M(as_integer_ratio)},
    [AI_T_FLOAT] = {M(hex), M(is_integer), M(conjugate), M(as_integer_ratio)},};
#undef M

bool ai_type_has_method(int32_t type_id, int32_t mid) {
    mid &= ~AI_M_KW;
    return type_id > 0 && type_id <= AI_T_DICT_ITEMS && mid > 0 && mid < AI_M_LIMIT && HAS[type_id][mid];
}

int64_t ai_obj_method(ai_actor_t *ctx, int64_t self, int32_t mid, int64_t argc, const int64_t *argv) {
    int t = ai_word_type(self);
    if (!ai_type_has_method(t, mid)) {
        char msg[160];
        snprintf(msg, sizeof msg, "'%s' object has no attribute '%s'", ai_word_type_name(self), ai_method_name(mid));
        ai_raise(ctx, AI_EXC_ATTRIBUTE, msg);
        return 0;
    }
    void *o = (void *)(intptr_t)self;
    switch (t) {
    case AI_T_LIST: return ai_list_method(ctx, o, mid, argc, argv);
    case AI_T_TUPLE: return ai_tuple_method(ctx, o, mid, argc, argv);
    case AI_T_DICT: return ai_dict_method(ctx, o, mid, argc, argv);
    case AI_T_SET: case AI_T_FROZENSET: return ai_set_method(ctx, o, mid, argc, argv);
    case AI_T_STR: return ai_str_method(ctx, o, mid, argc, argv);
    case AI_T_BYTES: return ai_bytes_method(ctx, o, mid, argc, argv);
    case AI_T_RANGE: return ai_range_method(ctx, o, mid, argc, argv);
    default: return ai_num_method(ctx, self, mid, argc, argv); /* int, bool, float */
    }
}
