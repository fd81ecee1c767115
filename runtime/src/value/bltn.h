/* Builtin functions (bltn.c), math (bltn_math.c), time and sys (bltn_sys.c): private helpers
 * shared by those files and main.c. */
#ifndef AI_BLTN_H
#define AI_BLTN_H

#include "containers.h"
#include "iter.h"
#include "../exc/exc.h"

/* The word of a builtin that raised (0: the empty slot, as rt.h's issue-8 functions). */
#define BL_ERR ((int64_t)0)

/* TypeError/ValueError/... with a printf-formatted message; returns BL_ERR. */
int64_t ai_bl_raisef(ai_actor_t *ctx, int32_t kind, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* An index-like argument (int or bool) as a C integer: TypeError "'float' object cannot be
 * interpreted as an integer", OverflowError beyond 64 bits. */
bool ai_bl_index(ai_actor_t *ctx, int64_t w, int64_t *out);
/* Whether w is an int or a bool; *iw gets the int word (a bool as 0 or 1). */
bool ai_bl_as_int(int64_t w, int64_t *iw);

/* Iterating any iterable: lists and tuples by index (no iterator object), anything else through
 * ai_obj_iter / ai_iter_next. */
typedef struct {
    int64_t seq; /* the list or tuple read by index, or 0 */
    int64_t i;
    int64_t it; /* the iterator otherwise */
} ai_bl_iter_t;
bool ai_bl_iter_init(ai_actor_t *ctx, ai_bl_iter_t *it, int64_t x);
/* The next item, or 0 at the end or after raising (check ctx->pending). */
int64_t ai_bl_iter_next(ai_actor_t *ctx, ai_bl_iter_t *it);

/* bltn_math.c, bltn_sys.c: the math, time and sys builtins (argument counts already checked). */
int64_t ai_bltn_math(ai_actor_t *ctx, int32_t bid, int64_t argc, const int64_t *argv);
int64_t ai_bltn_sys(ai_actor_t *ctx, int32_t bid, int64_t argc, const int64_t *argv);

/* main.c: the process arguments for sys.argv, kept as given (argv[0] is the program path). */
void ai_sys_set_args(int argc, char **argv);
/* main.c: the exit status of an uncaught SystemExit, after writing its text to stderr when
 * CPython does (a code that is neither None nor an int). */
int ai_sys_exit_status(const ai_exc_t *e);

/* ai_exc_t.exit (exc.h) of a SystemExit raised by sys.exit(): */
enum {
    AI_EXIT_STATUS = 0x100, /* the code was None or an int: exit with status (exit & 0xff), silently */
    AI_EXIT_PRINT = 0x200,  /* any other code: its str() (the message) on stderr, status 1 */
};

#endif
