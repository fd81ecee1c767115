/* AIthon runtime: the one public header.
 *
 * The ABI that compiled programs call (see docs/architecture.md, "Runtime ABI"): program start,
 * actors and messages, exceptions, strings, formatting, printing, numbers, lists, and the
 * mlirAsyncRuntime* functions that MLIR's async-to-LLVM lowering emits. All functions use the C
 * calling convention; `ai_actor_t *ctx` is the current actor, passed explicitly by generated code.
 */
#ifndef AITHON_RT_H
#define AITHON_RT_H

#include <stdbool.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct ai_actor ai_actor_t;
typedef struct ai_str ai_str_t;
typedef struct ai_list ai_list_t;

/* Marks a function that can raise: it may leave a pending exception in ctx (ai_raise, or
 * MemoryError from an allocation) and then returns a dummy result that must not be used. Generated
 * code checks ai_exc_pending after every call of a marked function; the front end's one table of
 * runtime functions (aithon/runtime_abi.py) is held against these marks by a unit test. */
#define AI_MAY_RAISE

/* ----- exceptions ---------------------------------------------------------------------------- */
enum ai_exc_kind {
    AI_EXC_ZERO_DIVISION = 1,
    AI_EXC_OVERFLOW = 2,
    AI_EXC_VALUE = 3,
    AI_EXC_INDEX = 4,
    AI_EXC_TYPE = 5,
    AI_EXC_RUNTIME = 6,
    AI_EXC_NOT_IMPLEMENTED = 7,
    AI_EXC_MEMORY = 8,
    AI_EXC_RECURSION = 9,
};

/* ----- recursion depth (CPython 3.11's one counter of frames and C-level checks) ------------------ */
enum {
    AI_RECURSION_LIMIT = 1000, /* sys.getrecursionlimit() */
    AI_DEPTH_MODULE = 1,       /* the module body's frame */
    AI_DEPTH_LOOP = 9,         /* asyncio.run's frames under a task step: a task's coroutine is 10 */
};
/* what a check says when it crosses the limit (CPython's message suffixes) */
enum { AI_DEPTH_CALL = 0, AI_DEPTH_STR = 1, AI_DEPTH_COMPARE = 2, AI_DEPTH_FRAME = 3, AI_DEPTH_REPR = 4 };
AI_MAY_RAISE int64_t ai_depth_enter(ai_actor_t *ctx);
void ai_depth_set(int64_t level);
/* An operation that CPython runs through `n` nested checks below the current frame; level k
 * (1-based) says message code (codes >> 4*(k-1)) & 15 when it is the first to cross the limit. */
AI_MAY_RAISE void ai_depth_need(ai_actor_t *ctx, int32_t n, int64_t codes);

void ai_raise(ai_actor_t *ctx, int32_t kind, const char *msg);
bool ai_exc_pending(ai_actor_t *ctx);
void *ai_exc_token(ai_actor_t *ctx);

/* ----- program ------------------------------------------------------------------------------- */
void __aithon_module_init(ai_actor_t *ctx); /* generated */
AI_MAY_RAISE void ai_asyncio_run_token(ai_actor_t *ctx, void *token);
void ai_asyncio_run_result_set(ai_actor_t *ctx, int64_t word);
int64_t ai_asyncio_run_result(ai_actor_t *ctx);

/* ----- actors, scheduling, messages ---------------------------------------------------------- */
ai_actor_t *ai_actor_spawn(ai_actor_t *parent);
void ai_actor_exit(ai_actor_t *ctx);
ai_actor_t *ai_actor_self(ai_actor_t *ctx);
ai_actor_t *ai_actor_parent(ai_actor_t *ctx);
void ai_actor_send(ai_actor_t *ctx, ai_actor_t *target, int64_t word);
void *ai_mailbox_wait(ai_actor_t *ctx);
AI_MAY_RAISE int64_t ai_mailbox_pop(ai_actor_t *ctx);
void ai_safepoint(ai_actor_t *ctx);
void ai_task_token(ai_actor_t *ctx, void *token);
/* a task whose first step is pure (aithon-lower-actor proves it): may run ahead on a worker */
void ai_task_token_pure(ai_actor_t *ctx, void *token);
AI_MAY_RAISE void *ai_sleep(ai_actor_t *ctx, double seconds);
void *ai_msg_export(ai_actor_t *ctx, void *obj);
void *ai_msg_adopt(ai_actor_t *ctx, void *msg);
/* Coroutine frames: the coroutine lowering's aligned_alloc/free, renamed by aithon-route-frames
 * so that frames come from the runtime's per-thread pools. */
void *ai_frame_alloc(int64_t align, int64_t size);
void ai_frame_free(void *frame);

/* ----- strings ------------------------------------------------------------------------------- */
AI_MAY_RAISE ai_str_t *ai_str_const(ai_actor_t *ctx, const char *utf8, int64_t nbytes);
AI_MAY_RAISE ai_str_t *ai_str_concat(ai_actor_t *ctx, ai_str_t *a, ai_str_t *b);
AI_MAY_RAISE ai_str_t *ai_str_from_i64(ai_actor_t *ctx, int64_t x);
AI_MAY_RAISE ai_str_t *ai_str_from_f64(ai_actor_t *ctx, double x);
AI_MAY_RAISE ai_str_t *ai_str_from_bool(ai_actor_t *ctx, bool b);
AI_MAY_RAISE ai_str_t *ai_str_none(ai_actor_t *ctx);
AI_MAY_RAISE ai_str_t *ai_str_repr(ai_actor_t *ctx, ai_str_t *s);
int64_t ai_str_len(ai_str_t *s);
int64_t ai_str_cmp(ai_str_t *a, ai_str_t *b);
AI_MAY_RAISE ai_str_t *ai_str_mul(ai_actor_t *ctx, ai_str_t *s, int64_t n);
AI_MAY_RAISE ai_str_t *ai_format_i64(ai_actor_t *ctx, int64_t x, ai_str_t *spec);
AI_MAY_RAISE ai_str_t *ai_format_f64(ai_actor_t *ctx, double x, ai_str_t *spec);
AI_MAY_RAISE ai_str_t *ai_format_str(ai_actor_t *ctx, ai_str_t *s, ai_str_t *spec);

/* ----- printing (buffered stdout, flushed at exit) ------------------------------------------- */
void ai_write_str(ai_actor_t *ctx, ai_str_t *s);
void ai_write_flush(ai_actor_t *ctx, bool really); /* print(..., flush=really) */
void ai_write_cstr(ai_actor_t *ctx, const char *p, int64_t n);
void ai_write_i64(ai_actor_t *ctx, int64_t x);
void ai_write_f64(ai_actor_t *ctx, double x);
void ai_write_bool(ai_actor_t *ctx, bool b);
void ai_write_none(ai_actor_t *ctx);
AI_MAY_RAISE void ai_write_list(ai_actor_t *ctx, ai_list_t *list, int32_t elem_kind);

/* ----- numbers (Python semantics; an error raises and returns 0) ----------------------------- */
AI_MAY_RAISE int64_t ai_i64_pow(ai_actor_t *ctx, int64_t base, int64_t exp);
AI_MAY_RAISE double ai_i64_truediv(ai_actor_t *ctx, int64_t a, int64_t b);
AI_MAY_RAISE double ai_f64_floordiv(ai_actor_t *ctx, double a, double b);
AI_MAY_RAISE double ai_f64_mod(ai_actor_t *ctx, double a, double b);
AI_MAY_RAISE double ai_f64_div(ai_actor_t *ctx, double a, double b);
AI_MAY_RAISE double ai_f64_pow(ai_actor_t *ctx, double a, double b);
AI_MAY_RAISE int64_t ai_f64_to_i64(ai_actor_t *ctx, double x);

/* ----- lists (element = one 64-bit word) ----------------------------------------------------- */
/* AI_ELEM_VALUE: the elements are value words of any type (runtime/src/value/VALUE.md). */
enum ai_elem_kind {
    AI_ELEM_UNKNOWN = 0, AI_ELEM_INT = 1, AI_ELEM_FLOAT = 2, AI_ELEM_BOOL = 3, AI_ELEM_STR = 4, AI_ELEM_VALUE = 5
};
AI_MAY_RAISE ai_list_t *ai_list_new(ai_actor_t *ctx, int64_t n, int32_t elem_kind);
void ai_list_set(ai_list_t *list, int64_t i, int64_t word);
AI_MAY_RAISE int64_t ai_list_get(ai_actor_t *ctx, ai_list_t *list, int64_t i);
int64_t ai_list_len(ai_list_t *list);
AI_MAY_RAISE void ai_list_store(ai_actor_t *ctx, ai_list_t *list, int64_t i, int64_t word); /* list[i] = w */
int64_t ai_list_item(ai_list_t *list, int64_t i); /* unchecked read for iteration (small int 0 past the end) */

/* ----- values: one 64-bit word each (runtime/src/value/VALUE.md) -----------------------------
 * A word w (passed as int64_t):
 *   w & 1 == 1        a small int, value ((int64_t)w) >> 1, in [-2**62, 2**62 - 1]. Canonical: an
 *                     int in that range is always small (big-int results are normalised back).
 *   w & 1 == 0, w != 0  an 8-aligned pointer to an object whose first word is its header.
 *   w == 0            the empty slot (never a Python value; the collector skips it).
 * Header word: bit 0 always 1 (a forwarding pointer can overwrite it), bits 1..7 GC bits, bits
 * 8..15 type id, bits 32..63 size in 8-byte words (0: the type knows its size). */
typedef uint64_t ai_value_t;
enum ai_type_id {
    AI_T_NONE = 1, AI_T_BOOL = 2, AI_T_INT = 3, AI_T_FLOAT = 4, AI_T_STR = 5, AI_T_LIST = 6,
    AI_T_TUPLE = 7, AI_T_DICT = 8, AI_T_SET = 9, AI_T_BYTES = 10, AI_T_RANGE = 11, AI_T_TYPE = 12,
    AI_T_FUNCTION = 13, AI_T_TASK = 14,
    AI_T_LIMIT = 256 /* type ids stay below this (8 bits) */
};
enum {
    AI_HDR_ONE = 1,            /* bit 0: always set in a header */
    AI_GC_MARK = 1 << 1,
    AI_GC_AGE_SHIFT = 2,       /* 2 bits of age */
    AI_GC_AGE_MASK = 3 << 2,
    AI_GC_REMEMBERED = 1 << 4,
    AI_GC_IMMORTAL = 1 << 5,   /* bits 6, 7: spare */
    AI_HDR_TYPE_SHIFT = 8,
    AI_HDR_SIZE_SHIFT = 32,
};
#define AI_HDR(type, words, gc)                                                      \
    ((uint64_t)AI_HDR_ONE | (uint64_t)(gc) | (uint64_t)(type) << AI_HDR_TYPE_SHIFT | \
     (uint64_t)(words) << AI_HDR_SIZE_SHIFT)
#define AI_SMALL_MIN (-((int64_t)1 << 62))
#define AI_SMALL_MAX (((int64_t)1 << 62) - 1)

/* The immortal objects, in read-only data; generated code takes their addresses. */
struct ai_none_obj { uint64_t header; };
struct ai_bool_obj { uint64_t header; int64_t value; };
extern const struct ai_none_obj ai_None;
extern const struct ai_bool_obj ai_True, ai_False;

/* Per type id: the name type(x).__name__ gives, whether the object holds no references (the
 * collector need not scan it), and its fixed size in words (0: variable, from the header). */
typedef struct {
    const char *name;
    bool no_pointers;
    uint32_t words;
} ai_type_info_t;
extern const ai_type_info_t ai_type_info[AI_T_LIMIT];

bool ai_is_immortal(int64_t w); /* an object with the immortal bit (not a small int, not 0) */
int64_t ai_bool_box(bool b);    /* &ai_True or &ai_False */
AI_MAY_RAISE int64_t ai_float_box(ai_actor_t *ctx, double x);
double ai_float_unbox(int64_t w); /* w is a float object (or a small int: its value) */
/* Builtins of a value of any type (len, int, float, abs, round), CPython's results and messages;
 * int() of a str is ai_int_from_str; float() of a str raises NotImplementedError for now. */
AI_MAY_RAISE int64_t ai_obj_len(ai_actor_t *ctx, int64_t w);
AI_MAY_RAISE int64_t ai_obj_int(ai_actor_t *ctx, int64_t w);
AI_MAY_RAISE double ai_obj_float(ai_actor_t *ctx, int64_t w);
AI_MAY_RAISE int64_t ai_obj_abs(ai_actor_t *ctx, int64_t w);
AI_MAY_RAISE int64_t ai_obj_round(ai_actor_t *ctx, int64_t w);

/* ----- ints of any size (small words or GMP limbs in the actor's heap); results canonical -----
 * a and b are int words (small or big; a bool is converted by ai_obj_* only). Errors carry
 * CPython 3.11's messages; after raising a function returns the small 0 word (or 0 / 0.0 / NULL). */
AI_MAY_RAISE int64_t ai_int_from_i64(ai_actor_t *ctx, int64_t x);
/* decimal digits with an optional leading '-' (constants beyond 64 bits; '_' and other non-digits
 * are skipped) */
AI_MAY_RAISE int64_t ai_int_from_decimal(ai_actor_t *ctx, const char *digits, int64_t len);
/* int(s): CPython 3.11's base-10 parse (whitespace, sign, '_' between digits, the 4300-digit
 * limit, "invalid literal for int() with base 10: ..."); non-ASCII digits are not accepted */
AI_MAY_RAISE int64_t ai_int_from_str(ai_actor_t *ctx, ai_str_t *s);
AI_MAY_RAISE int64_t ai_int_add(ai_actor_t *ctx, int64_t a, int64_t b);
AI_MAY_RAISE int64_t ai_int_sub(ai_actor_t *ctx, int64_t a, int64_t b);
AI_MAY_RAISE int64_t ai_int_mul(ai_actor_t *ctx, int64_t a, int64_t b);
AI_MAY_RAISE int64_t ai_int_floordiv(ai_actor_t *ctx, int64_t a, int64_t b);
AI_MAY_RAISE int64_t ai_int_mod(ai_actor_t *ctx, int64_t a, int64_t b);
/* an int, or a float object for a negative exponent (2 ** -1 == 0.5) */
AI_MAY_RAISE int64_t ai_int_pow(ai_actor_t *ctx, int64_t a, int64_t b);
AI_MAY_RAISE int64_t ai_int_neg(ai_actor_t *ctx, int64_t a);
int64_t ai_int_pos(ai_actor_t *ctx, int64_t a);
AI_MAY_RAISE int64_t ai_int_abs(ai_actor_t *ctx, int64_t a);
AI_MAY_RAISE int64_t ai_int_invert(ai_actor_t *ctx, int64_t a);
AI_MAY_RAISE int64_t ai_int_lshift(ai_actor_t *ctx, int64_t a, int64_t b);
AI_MAY_RAISE int64_t ai_int_rshift(ai_actor_t *ctx, int64_t a, int64_t b);
AI_MAY_RAISE int64_t ai_int_and(ai_actor_t *ctx, int64_t a, int64_t b);
AI_MAY_RAISE int64_t ai_int_or(ai_actor_t *ctx, int64_t a, int64_t b);
AI_MAY_RAISE int64_t ai_int_xor(ai_actor_t *ctx, int64_t a, int64_t b);
int64_t ai_int_cmp(int64_t a, int64_t b); /* -1, 0, 1 */
AI_MAY_RAISE double ai_int_to_f64(ai_actor_t *ctx, int64_t a);
AI_MAY_RAISE double ai_int_truediv(ai_actor_t *ctx, int64_t a, int64_t b);
int32_t ai_int_cmp_f64(int64_t a, double x); /* -1, 0, 1; 2 when x is NaN */
AI_MAY_RAISE int64_t ai_int_from_f64(ai_actor_t *ctx, double x);
/* a count for C (repeat, sleep...): OverflowError "Python int too large to convert to C ssize_t" */
AI_MAY_RAISE int64_t ai_int_as_i64(ai_actor_t *ctx, int64_t a);
bool ai_int_fits_i64(int64_t a);
/* decimal; more than 4300 digits is CPython 3.11's ValueError */
AI_MAY_RAISE ai_str_t *ai_int_str(ai_actor_t *ctx, int64_t a);
AI_MAY_RAISE ai_str_t *ai_int_format(ai_actor_t *ctx, int64_t a, ai_str_t *spec);
AI_MAY_RAISE void ai_write_int(ai_actor_t *ctx, int64_t a);
int64_t ai_int_hash(int64_t a);

/* ----- any value word: int, bool, float, str, None ---------------------------------------------- */
enum ai_binop {
    AI_OP_ADD = 0, AI_OP_SUB, AI_OP_MUL, AI_OP_TRUEDIV, AI_OP_FLOORDIV, AI_OP_MOD, AI_OP_POW,
    AI_OP_LSHIFT, AI_OP_RSHIFT, AI_OP_AND, AI_OP_OR, AI_OP_XOR, AI_OP_MATMUL
};
enum ai_unop { AI_UOP_NEG = 0, AI_UOP_POS, AI_UOP_INVERT };
enum ai_cmpop { AI_CMP_LT = 0, AI_CMP_LE, AI_CMP_EQ, AI_CMP_NE, AI_CMP_GT, AI_CMP_GE }; /* Py_LT... */
AI_MAY_RAISE int64_t ai_obj_binop(ai_actor_t *ctx, int32_t op, int64_t a, int64_t b);
AI_MAY_RAISE int64_t ai_obj_unop(ai_actor_t *ctx, int32_t op, int64_t a);
/* numbers exactly (int/bool/float mixed), str by code points, == and != of unrelated types by
 * identity; ordering unrelated types is TypeError */
AI_MAY_RAISE bool ai_obj_compare(ai_actor_t *ctx, int32_t op, int64_t a, int64_t b);
bool ai_obj_truth(ai_actor_t *ctx, int64_t a);
AI_MAY_RAISE ai_str_t *ai_obj_str(ai_actor_t *ctx, int64_t a);
AI_MAY_RAISE ai_str_t *ai_obj_repr(ai_actor_t *ctx, int64_t a);
AI_MAY_RAISE ai_str_t *ai_obj_format(ai_actor_t *ctx, int64_t a, ai_str_t *spec);
AI_MAY_RAISE void ai_write_obj(ai_actor_t *ctx, int64_t a);
/* hash(): CPython's for int, bool and float (so 1 == 1.0 == True hash alike); str: a fixed FNV-1a
 * (CPython randomises it); None: a constant; TypeError "unhashable type: 'list'" */
AI_MAY_RAISE int64_t ai_obj_hash(ai_actor_t *ctx, int64_t a);
int32_t ai_obj_type(int64_t a);
AI_MAY_RAISE ai_str_t *ai_obj_type_name(ai_actor_t *ctx, int64_t a);

/* ----- MLIR async runtime ABI (mlir/lib/ExecutionEngine/AsyncRuntime.cpp, LLVM 22) ----------- */
typedef void *AsyncToken_p;
typedef void *AsyncValue_p;
typedef void *AsyncGroup_p;
typedef void *CoroHandle;
typedef void (*CoroResume)(void *);

void mlirAsyncRuntimeAddRef(void *obj, int64_t count);
void mlirAsyncRuntimeDropRef(void *obj, int64_t count);
AsyncToken_p mlirAsyncRuntimeCreateToken(void);
AsyncValue_p mlirAsyncRuntimeCreateValue(int64_t size);
AsyncGroup_p mlirAsyncRuntimeCreateGroup(int64_t size);
int64_t mlirAsyncRuntimeAddTokenToGroup(AsyncToken_p token, AsyncGroup_p group);
void mlirAsyncRuntimeEmplaceToken(AsyncToken_p token);
void mlirAsyncRuntimeEmplaceValue(AsyncValue_p value);
void mlirAsyncRuntimeSetTokenError(AsyncToken_p token);
void mlirAsyncRuntimeSetValueError(AsyncValue_p value);
bool mlirAsyncRuntimeIsTokenError(AsyncToken_p token);
bool mlirAsyncRuntimeIsValueError(AsyncValue_p value);
bool mlirAsyncRuntimeIsGroupError(AsyncGroup_p group);
void mlirAsyncRuntimeAwaitToken(AsyncToken_p token);
void mlirAsyncRuntimeAwaitValue(AsyncValue_p value);
void mlirAsyncRuntimeAwaitAllInGroup(AsyncGroup_p group);
void *mlirAsyncRuntimeGetValueStorage(AsyncValue_p value);
void mlirAsyncRuntimeExecute(CoroHandle handle, CoroResume resume);
void mlirAsyncRuntimeAwaitTokenAndExecute(AsyncToken_p token, CoroHandle handle, CoroResume resume);
void mlirAsyncRuntimeAwaitValueAndExecute(AsyncValue_p value, CoroHandle handle, CoroResume resume);
void mlirAsyncRuntimeAwaitAllInGroupAndExecute(AsyncGroup_p group, CoroHandle handle, CoroResume resume);
int64_t mlirAsyncRuntimGetNumWorkerThreads(void); /* sic: upstream's spelling */
void mlirAsyncRuntimePrintI64(int64_t x);
void mlirAsyncRuntimePrintCurrentThreadId(void);

#ifdef __cplusplus
}
#endif
#endif /* AITHON_RT_H */
