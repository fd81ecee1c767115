/* Exceptions: immutable, reference-counted exception objects; the per-actor pending slot lives in
 * ai_actor_t, the per-thread "in flight" slot carries an exception from a failed async object to
 * the next object the generated code sets to error (see exc.c). */
#ifndef AI_EXC_H
#define AI_EXC_H

#include <stdatomic.h>
#include <stdint.h>

typedef struct ai_exc {
    atomic_int refs;
    int32_t kind;
    int32_t exit; /* SystemExit from sys.exit(): AI_EXIT_* flags and status (value/bltn.h); else 0 */
    char msg[];
} ai_exc_t;

ai_exc_t *ai_exc_new(int32_t kind, const char *msg);
ai_exc_t *ai_exc_retain(ai_exc_t *e);
void ai_exc_release(ai_exc_t *e);
const char *ai_exc_kind_name(int32_t kind);

/* The thread's in-flight exception: set when Is*Error reports an error, read by Set*Error. */
void ai_exc_set_in_flight(ai_exc_t *e);  /* retains e */
ai_exc_t *ai_exc_take_in_flight(void);   /* a new reference (a RuntimeError if none) */

#endif
