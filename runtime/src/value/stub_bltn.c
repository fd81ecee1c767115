/* Stubs for functions other helpers own, until their branches are merged (deleted at integration). */
#include "bltn.h"

#define PENDING(ret)                                            \
    do {                                                        \
        ai_raise(ctx, AI_EXC_NOT_IMPLEMENTED, "pending");       \
        return ret;                                             \
    } while (0)

int64_t ai_list_from(ai_actor_t *ctx, int64_t n, const int64_t *items) { (void)n; (void)items; PENDING(0); }
bool ai_list_push(ai_actor_t *ctx, ai_list_t *l, int64_t x) { (void)l; (void)x; PENDING(false); }
bool ai_list_sort(ai_actor_t *ctx, ai_list_t *l, int64_t key, bool reverse) { (void)l; (void)key; (void)reverse; PENDING(false); }
int64_t ai_tuple_new(ai_actor_t *ctx, int64_t n, const int64_t *items) { (void)n; (void)items; PENDING(0); }
int64_t ai_dict_from(ai_actor_t *ctx, int64_t n, const int64_t *kv) { (void)n; (void)kv; PENDING(0); }
void ai_dict_merge(ai_actor_t *ctx, int64_t dict, int64_t mapping) { (void)dict; (void)mapping; PENDING(); }
bool ai_dict_set(ai_actor_t *ctx, ai_dict_t *d, int64_t key, int64_t value) { (void)d; (void)key; (void)value; PENDING(false); }
int64_t ai_dict_len(ai_dict_t *d) { (void)d; return 0; }
int64_t ai_set_len(ai_set_t *s) { (void)s; return 0; }
int64_t ai_set_new_empty(ai_actor_t *ctx, int type_id) { (void)type_id; PENDING(0); }
bool ai_set_insert(ai_actor_t *ctx, ai_set_t *s, int64_t key) { (void)s; (void)key; PENDING(false); }
int64_t ai_obj_iter(ai_actor_t *ctx, int64_t x) { (void)x; PENDING(0); }
int64_t ai_iter_next(ai_actor_t *ctx, int64_t it) { (void)it; PENDING(0); }
int64_t ai_call(ai_actor_t *ctx, int64_t fn, int64_t argc, const int64_t *argv) { (void)fn; (void)argc; (void)argv; PENDING(0); }
double ai_float_from_str(ai_actor_t *ctx, ai_str_t *s) { (void)s; PENDING(0.0); }
int64_t ai_int_from_str_base(ai_actor_t *ctx, ai_str_t *s, int64_t base) { (void)s; (void)base; PENDING(0); }
int64_t ai_iter_enumerate(ai_actor_t *ctx, int64_t it, int64_t start) { (void)it; (void)start; PENDING(0); }
int64_t ai_iter_zip(ai_actor_t *ctx, int64_t n, const int64_t *its) { (void)n; (void)its; PENDING(0); }
int64_t ai_iter_map(ai_actor_t *ctx, int64_t fn, int64_t n, const int64_t *its) { (void)fn; (void)n; (void)its; PENDING(0); }
int64_t ai_iter_filter(ai_actor_t *ctx, int64_t fn, int64_t it) { (void)fn; (void)it; PENDING(0); }
int64_t ai_iter_reversed(ai_actor_t *ctx, int64_t seq) { (void)seq; PENDING(0); }
int64_t ai_builtin_fn(ai_actor_t *ctx, int32_t bid) { (void)bid; PENDING(0); }
