/* Callables: function objects (a compiled function or lambda used as a value, a builtin such as
 * `len`, an unbound method such as `str.lower`) and ai_call. */
#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "glue.h"
#include "../actor/actor.h"

int64_t ai_function_new(ai_actor_t *ctx, ai_code_t code, const char *name, int64_t nenv, const int64_t *env) {
    size_t bytes = sizeof(ai_function_t) + (size_t)nenv * sizeof(int64_t);
    ai_function_t *f = ai_actor_alloc(ctx, bytes);
    if (!f)
        return 0;
    f->header = ai_hdr_new(AI_T_FUNCTION, bytes);
    f->code = code;
    f->name = name;
    f->nenv = nenv;
    if (nenv)
        memcpy(f->env, env, (size_t)nenv * sizeof(int64_t));
    return (int64_t)(intptr_t)f;
}

int64_t ai_call(ai_actor_t *ctx, int64_t fn, int64_t argc, const int64_t *argv) {
    if (ai_word_type(fn) != AI_T_FUNCTION) {
        ai_type_error_of(ctx, "'%s' object is not callable", fn);
        return 0;
    }
    const ai_function_t *f = (const ai_function_t *)(intptr_t)fn;
    int64_t r = f->code(ctx, f->env, argc, argv);
    return ai_exc_pending(ctx) ? 0 : r;
}

/* ----- builtins as values: env[0] is the builtin id ---------------------------------------------- */
static int64_t builtin_code(ai_actor_t *ctx, const int64_t *env, int64_t argc, const int64_t *argv) {
    return ai_builtin(ctx, (int32_t)env[0], argc, argv);
}

/* The name a builtin has in Python ("sqrt" for math_sqrt). */
static const char *py_builtin_name(int32_t bid) {
    const char *n = ai_builtin_name(bid);
    if (!n)
        return "?";
    const char *u = strchr(n, '_');
    if (u && (strncmp(n, "math_", 5) == 0 || strncmp(n, "time_", 5) == 0 || strncmp(n, "sys_", 4) == 0))
        return u + 1;
    return n;
}

int64_t ai_builtin_fn(ai_actor_t *ctx, int32_t bid) {
    if (bid <= AI_B_NONE || bid >= AI_B_LIMIT) {
        ai_raise(ctx, AI_EXC_RUNTIME, "bad builtin id");
        return 0;
    }
    int64_t env = bid;
    return ai_function_new(ctx, builtin_code, py_builtin_name(bid), 1, &env);
}

/* ----- unbound methods (`str.lower`): env[0] the type id, env[1] the method id -------------------- */
static int64_t method_code(ai_actor_t *ctx, const int64_t *env, int64_t argc, const int64_t *argv) {
    int32_t type_id = (int32_t)env[0], mid = (int32_t)env[1];
    const char *tname = ai_type_info[type_id].name;
    char msg[200];
    if (argc < 1) {
        snprintf(msg, sizeof msg, "unbound method %s.%s() needs an argument", tname, ai_method_name(mid));
        ai_raise(ctx, AI_EXC_TYPE, msg);
        return 0;
    }
    int t = ai_word_type(argv[0]);
    if (t != type_id && !(type_id == AI_T_INT && t == AI_T_BOOL)) {
        snprintf(msg, sizeof msg, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                 ai_method_name(mid), tname, ai_word_type_name(argv[0]));
        ai_raise(ctx, AI_EXC_TYPE, msg);
        return 0;
    }
    return ai_obj_method(ctx, argv[0], mid, argc - 1, argv + 1);
}

int64_t ai_method_fn(ai_actor_t *ctx, int32_t type_id, int32_t mid) {
    if (!ai_type_has_method(type_id, mid)) {
        char msg[160];
        snprintf(msg, sizeof msg, "type object '%s' has no attribute '%s'",
                 type_id > 0 && type_id < AI_T_LIMIT && ai_type_info[type_id].name ? ai_type_info[type_id].name : "object",
                 ai_method_name(mid));
        ai_raise(ctx, AI_EXC_ATTRIBUTE, msg);
        return 0;
    }
    int64_t env[2] = {type_id, mid};
    return ai_function_new(ctx, method_code, ai_method_name(mid), 2, env);
}

const char *ai_function_type_name(int64_t w) {
    const ai_function_t *f = (const ai_function_t *)(intptr_t)w;
    if (f->code == builtin_code)
        return "builtin_function_or_method";
    if (f->code == method_code)
        return "method_descriptor";
    return "function";
}

void ai_function_repr(ai_buf_t *b, int64_t w) {
    const ai_function_t *f = (const ai_function_t *)(intptr_t)w;
    char tmp[200];
    int n;
    if (f->code == builtin_code)
        n = snprintf(tmp, sizeof tmp, "<built-in function %s>", f->name);
    else if (f->code == method_code)
        n = snprintf(tmp, sizeof tmp, "<method '%s' of '%s' objects>", f->name, ai_type_info[f->env[0]].name);
    else
        n = snprintf(tmp, sizeof tmp, "<function %s at 0x%" PRIxPTR ">", f->name ? f->name : "<lambda>",
                     (uintptr_t)w);
    ai_buf_put(b, tmp, n < (int)sizeof tmp ? (size_t)n : sizeof tmp - 1);
}
