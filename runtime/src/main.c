/* Program entry: run the generated module body in the root actor; an exception that escapes it
 * is reported the way CPython reports an uncaught exception, with exit status 1. SystemExit
 * (sys.exit) is not an error: no traceback, and the status its code says (value/bltn_sys.c). */
#include <stdio.h>
#include <stdlib.h>

#include "aithon/rt.h"
#include "actor/actor.h"
#include "async/async.h"
#include "io/io.h"
#include "sched/sched.h"
#include "value/bltn.h"

int main(int argc, char **argv) {
    ai_sys_set_args(argc, argv);
    ai_io_install_safety_net();
    ai_sched_init();
    ai_actor_t *root = ai_actor_root();
    __aithon_module_init(root);
    ai_io_flush();
    ai_exc_t *e = root->pending;
    int status = 0;
    if (e && e->kind == AI_EXC_SYSTEM_EXIT) {
        status = ai_sys_exit_status(e);
    } else if (e) {
        fprintf(stderr, "Traceback (most recent call last):\n  File \"<aithon>\", line 0, in <native>\n%s%s%s\n",
                ai_exc_kind_name(e->kind), e->msg[0] ? ": " : "", e->msg);
        status = 1;
    }
    /* asyncio reports failed tasks nobody awaited when they are collected: after the traceback */
    ai_async_report_unretrieved();
    return status;
}
