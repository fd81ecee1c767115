/* Program entry: run the generated module body in the root actor; an exception that escapes it
 * is reported the way CPython reports an uncaught exception, with exit status 1. */
#include <stdio.h>
#include <stdlib.h>

#include "aithon/rt.h"
#include "actor/actor.h"
#include "async/async.h"
#include "io/io.h"
#include "sched/sched.h"

int main(int argc, char **argv) {
    (void)argc;
    (void)argv;
    ai_io_install_safety_net();
    ai_sched_init();
    ai_actor_t *root = ai_actor_root();
    __aithon_module_init(root);
    ai_io_flush();
    ai_exc_t *e = root->pending;
    if (e)
        fprintf(stderr, "Traceback (most recent call last):\n  File \"<aithon>\", line 0, in <native>\n%s%s%s\n",
                ai_exc_kind_name(e->kind), e->msg[0] ? ": " : "", e->msg);
    /* asyncio reports failed tasks nobody awaited when they are collected: after the traceback */
    ai_async_report_unretrieved();
    return e ? 1 : 0;
}
