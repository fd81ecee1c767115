/* Stubs for the functions of other parts that the "str" part calls, until their branches are
 * merged (deleted at integration). */
#include "containers.h"

#define PENDING(r)                                              \
    do {                                                        \
        ai_raise(ctx, AI_EXC_NOT_IMPLEMENTED, "pending");       \
        return r;                                               \
    } while (0)

