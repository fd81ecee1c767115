/* Private helpers shared by the generic operations (obj.c, binop.c, repr.c, getitem.c, call.c). */
#ifndef AI_GLUE_H
#define AI_GLUE_H

#include "containers.h"

/* type(f).__name__ of a function object: "function", "builtin_function_or_method" or
 * "method_descriptor" */
const char *ai_function_type_name(int64_t f);
/* repr() of a function object appended to b */
void ai_function_repr(ai_buf_t *b, int64_t f);
/* len() of a sized value; false (without raising) when w has no len() */
bool ai_sized_len(int64_t w, int64_t *n);
/* an identity-based hash (CPython's default object hash: the address rotated by 4 bits) */
int64_t ai_identity_hash(int64_t w);

/* whether values of type type_id have method mid (method.c's table) */
bool ai_type_has_method(int32_t type_id, int32_t mid);

#endif
