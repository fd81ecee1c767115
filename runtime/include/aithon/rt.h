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
    AI_EXC_KEY = 10,           /* message: repr() of the key, as CPython prints KeyError */
    AI_EXC_STOP_ITERATION = 11,
    AI_EXC_ATTRIBUTE = 12,
    AI_EXC_SYSTEM_EXIT = 13,   /* sys.exit(): see ai_sys_exit */
    AI_EXC_ASSERTION = 14,
    AI_EXC_NAME = 15,
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
    AI_T_FUNCTION = 13, AI_T_TASK = 14, AI_T_ITER = 15, AI_T_SLICE = 16, AI_T_FROZENSET = 17,
    AI_T_DICT_KEYS = 18, AI_T_DICT_VALUES = 19, AI_T_DICT_ITEMS = 20,
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

/* ----- containers, methods, builtins, callables (issue 8; runtime/src/value/CONTAINERS.md) -------
 * Every argument and result below is a value word unless said otherwise. Constructors copy the
 * `items` array (the caller's stack). A function marked AI_MAY_RAISE returns 0 (the empty slot,
 * never a value) or false after raising. */
AI_MAY_RAISE int64_t ai_tuple_new(ai_actor_t *ctx, int64_t n, const int64_t *items);
AI_MAY_RAISE int64_t ai_list_from(ai_actor_t *ctx, int64_t n, const int64_t *items);
/* n key/value pairs kv[2i], kv[2i+1] inserted in order (a repeated key keeps its first position
 * and takes the last value, as a dict display does) */
AI_MAY_RAISE int64_t ai_dict_from(ai_actor_t *ctx, int64_t n, const int64_t *kv);
AI_MAY_RAISE int64_t ai_set_from(ai_actor_t *ctx, int64_t n, const int64_t *items);
AI_MAY_RAISE int64_t ai_bytes_new(ai_actor_t *ctx, const char *p, int64_t n);
/* range(start, stop, step) of int words (ValueError for step 0; OverflowError beyond 64 bits) */
AI_MAY_RAISE int64_t ai_range_new(ai_actor_t *ctx, int64_t start, int64_t stop, int64_t step);
/* slice(start, stop, step): words, ai_None for an omitted bound */
AI_MAY_RAISE int64_t ai_slice_new(ai_actor_t *ctx, int64_t start, int64_t stop, int64_t step);
/* in-place building for comprehensions and displays */
AI_MAY_RAISE void ai_list_append(ai_actor_t *ctx, int64_t list, int64_t x);
AI_MAY_RAISE void ai_list_extend(ai_actor_t *ctx, int64_t list, int64_t iterable); /* [*a, *b] */
AI_MAY_RAISE void ai_set_add(ai_actor_t *ctx, int64_t set, int64_t x);
AI_MAY_RAISE void ai_dict_setitem(ai_actor_t *ctx, int64_t dict, int64_t key, int64_t value);
AI_MAY_RAISE void ai_dict_merge(ai_actor_t *ctx, int64_t dict, int64_t mapping); /* {**m} */
AI_MAY_RAISE int64_t ai_list_to_tuple(ai_actor_t *ctx, int64_t list);           /* (*a, b) */

/* c[k], c[k] = v, del c[k] for any container; k may be a slice object */
AI_MAY_RAISE int64_t ai_obj_getitem(ai_actor_t *ctx, int64_t c, int64_t k);
AI_MAY_RAISE void ai_obj_setitem(ai_actor_t *ctx, int64_t c, int64_t k, int64_t v);
AI_MAY_RAISE void ai_obj_delitem(ai_actor_t *ctx, int64_t c, int64_t k);
AI_MAY_RAISE bool ai_obj_contains(ai_actor_t *ctx, int64_t c, int64_t x); /* x in c */
/* a op= b: in place for a list (+= extends, *= repeats), a set (|= &= -= ^=) and a dict (|=);
 * else ai_obj_binop */
AI_MAY_RAISE int64_t ai_obj_inplace(ai_actor_t *ctx, int32_t op, int64_t a, int64_t b);
/* x.name for the few data attributes of built-in values (int.real/imag/numerator/denominator,
 * float.real/imag, slice.start/stop/step, range.start/stop/step); AttributeError otherwise */
AI_MAY_RAISE int64_t ai_obj_getattr(ai_actor_t *ctx, int64_t x, const char *name);

/* Iteration: ai_obj_iter gives an iterator (an AI_T_ITER object; an iterator is its own iterator);
 * ai_iter_next gives the next item, or 0 when the iterator is exhausted (no StopIteration). */
AI_MAY_RAISE int64_t ai_obj_iter(ai_actor_t *ctx, int64_t x);
AI_MAY_RAISE int64_t ai_iter_next(ai_actor_t *ctx, int64_t it);
/* Sequence unpacking of any iterable into out[]: `a, b = x` is (before = 2, star = false); `a, *b, c
 * = x` is (before = 1, star = true, after = 1) and out[1] is a new list. CPython's ValueErrors
 * ("too many values to unpack (expected 2)", "not enough values to unpack (expected at least 2,
 * got 1)"). */
AI_MAY_RAISE bool ai_unpack(ai_actor_t *ctx, int64_t x, int64_t before, bool star, int64_t after, int64_t *out);

/* Method names: one id each, whatever type has it (str.split, list.append...). The front end's copy
 * of this list (aithon/runtime_abi.py METHODS) is held to it by a unit test. */
#define AI_METHODS(X)                                                                               \
    X(append) X(extend) X(insert) X(remove) X(pop) X(clear) X(index) X(count) X(sort) X(reverse)    \
    X(copy) X(get) X(setdefault) X(popitem) X(update) X(keys) X(values) X(items) X(fromkeys)        \
    X(add) X(discard) X(union) X(intersection) X(difference) X(symmetric_difference)                \
    X(issubset) X(issuperset) X(isdisjoint) X(intersection_update) X(difference_update)             \
    X(symmetric_difference_update)                                                                  \
    X(split) X(rsplit) X(join) X(strip) X(lstrip) X(rstrip) X(upper) X(lower) X(title)              \
    X(capitalize) X(swapcase) X(casefold) X(replace) X(find) X(rfind) X(rindex) X(startswith)       \
    X(endswith) X(isdigit) X(isalpha) X(isalnum) X(isspace) X(isupper) X(islower) X(isdecimal)      \
    X(isnumeric) X(istitle) X(isidentifier) X(isascii) X(zfill) X(ljust) X(rjust) X(center)         \
    X(partition) X(rpartition) X(splitlines) X(format) X(encode) X(decode) X(removeprefix)          \
    X(removesuffix) X(expandtabs) X(hex) X(bit_length) X(bit_count) X(is_integer) X(conjugate)      \
    X(as_integer_ratio)
enum ai_method_id {
    AI_M_NONE = 0,
#define AI_M_ENUM(name) AI_M_##name,
    AI_METHODS(AI_M_ENUM)
#undef AI_M_ENUM
    AI_M_LIMIT
};
/* With AI_M_KW set in mid, the last argument is a dict of keyword arguments (str.format(**kw),
 * dict.update(**kw)). */
enum { AI_M_KW = 1 << 16 };
/* self.name(*argv): CPython's result, or its AttributeError "'int' object has no attribute 'x'".
 * Keywords are made positional by the front end (s.split(maxsplit=1) is split(None, 1); l.sort() is
 * always sort(key or None, reverse as a bool)). */
AI_MAY_RAISE int64_t ai_obj_method(ai_actor_t *ctx, int64_t self, int32_t mid, int64_t argc, const int64_t *argv);
const char *ai_method_name(int32_t mid);

/* Builtin functions and the functions of the modules a program may import (math, time, sys). */
#define AI_BUILTINS(X)                                                                              \
    X(abs) X(all) X(any) X(bin) X(bool) X(chr) X(dict) X(divmod) X(enumerate) X(filter) X(float)    \
    X(frozenset) X(hash) X(hex) X(int) X(isinstance) X(iter) X(len) X(list) X(map) X(max) X(min)    \
    X(next) X(oct) X(ord) X(pow) X(repr) X(reversed) X(round) X(set) X(sorted) X(str) X(sum)        \
    X(tuple) X(zip) X(type_name)                                                                    \
    X(math_sqrt) X(math_floor) X(math_ceil) X(math_trunc) X(math_gcd) X(math_lcm)                   \
    X(math_factorial) X(math_isqrt) X(math_log) X(math_log2) X(math_log10) X(math_exp)              \
    X(math_sin) X(math_cos) X(math_tan) X(math_asin) X(math_acos) X(math_atan) X(math_atan2)        \
    X(math_hypot) X(math_fabs) X(math_isclose) X(math_isfinite) X(math_isinf) X(math_isnan)         \
    X(math_pow) X(math_comb) X(math_perm) X(math_prod) X(math_fsum) X(math_copysign)                \
    X(math_degrees) X(math_radians) X(math_dist)                                                    \
    X(time_time) X(time_perf_counter) X(time_monotonic) X(sys_exit) X(bytes) X(math_fmod) X(math_modf)
enum ai_builtin_id {
    AI_B_NONE = 0,
#define AI_B_ENUM(name) AI_B_##name,
    AI_BUILTINS(AI_B_ENUM)
#undef AI_B_ENUM
    AI_B_LIMIT
};
/* builtin(*argv). Argument conventions where keywords exist (the front end fills every slot;
 * bytes(x) takes no encoding: bytes of a str is TypeError "string argument without an encoding"):
 *   sorted(it, key, reverse)            key ai_None for none, reverse a bool word
 *   min/max(key, default, *args)        default 0 (the empty slot) when not given; one positional
 *                                       argument is an iterable, several are the candidates
 *   sum(it, start)  enumerate(it, start)  round(x) / round(x, n)  int(x) / int(x, base)
 *   pow(a, b) / pow(a, b, m)  next(it) / next(it, default)  iter(x)  zip(*its)  map(f, *its)
 *   filter(f or None, it)  isinstance(x, mask): mask a small int, bit t set for type id t
 *   (bool is an int); type_name(x) is type(x).__name__; sys_exit(code) raises SystemExit.
 * Wrong argument counts and types raise CPython's TypeError messages. */
AI_MAY_RAISE int64_t ai_builtin(ai_actor_t *ctx, int32_t bid, int64_t argc, const int64_t *argv);
const char *ai_builtin_name(int32_t bid);

/* Callables. A compiled function used as a value (a key=, a lambda, map's function) is a function
 * object: code(ctx, env, argc, argv) checks argc itself and returns a word (0 after raising).
 * env holds the values a lambda captured, copied into the object. */
typedef int64_t (*ai_code_t)(ai_actor_t *ctx, const int64_t *env, int64_t argc, const int64_t *argv);
AI_MAY_RAISE int64_t ai_function_new(ai_actor_t *ctx, ai_code_t code, const char *name, int64_t nenv,
                                     const int64_t *env);
AI_MAY_RAISE int64_t ai_builtin_fn(ai_actor_t *ctx, int32_t bid);           /* `len` as a value */
AI_MAY_RAISE int64_t ai_method_fn(ai_actor_t *ctx, int32_t type_id, int32_t mid); /* `str.lower` */
AI_MAY_RAISE int64_t ai_call(ai_actor_t *ctx, int64_t fn, int64_t argc, const int64_t *argv);

/* TypeError "f() takes 2 positional arguments but 1 was given" from a function object's code (env
 * is the object's env: the name is found from it); the code returns 0 right after: ai_call sees the
 * pending exception. */
AI_MAY_RAISE void ai_raise_argc(ai_actor_t *ctx, const int64_t *env, int64_t given, int64_t want);
int64_t ai_none_word(void); /* the word of None (for code that cannot take an address) */
/* Task values: asyncio.create_task(...) kept as an object (AI_T_TASK) holding its token and its
 * value (the result's word); it keeps a reference on both. ai_task_token_of gives the token with a
 * new reference (TypeError "object int can't be used in 'await' expression" for another value);
 * ai_task_result: the result (re-raising the task's exception; RuntimeError "Result is not set."
 * while pending); ai_task_done: True or False (a bool word). */
AI_MAY_RAISE int64_t ai_task_new(ai_actor_t *ctx, void *token, void *value);
AI_MAY_RAISE void *ai_task_token_of(ai_actor_t *ctx, int64_t task);
AI_MAY_RAISE int64_t ai_task_result(ai_actor_t *ctx, int64_t task);
AI_MAY_RAISE int64_t ai_task_done(ai_actor_t *ctx, int64_t task);
/* builtin(*args): `zip(*rows)` (args: any iterable of the arguments) */
AI_MAY_RAISE int64_t ai_builtin_spread(ai_actor_t *ctx, int32_t bid, int64_t args);
/* self.name(*args) */
AI_MAY_RAISE int64_t ai_method_spread(ai_actor_t *ctx, int64_t self, int32_t mid, int64_t args);
/* print(..., file=sys.stderr): the stream of this actor's next writes (1 stdout, 2 stderr) */
void ai_write_stream(ai_actor_t *ctx, int32_t fd);
/* sys.argv (a list of str, made at start from the program's arguments) */
AI_MAY_RAISE int64_t ai_sys_argv(ai_actor_t *ctx);
/* float(s): CPython's parse (whitespace, '_' between digits, inf/nan, ValueError "could not
 * convert string to float: 'x'") */
AI_MAY_RAISE double ai_float_from_str(ai_actor_t *ctx, ai_str_t *s);
/* int(s, base): base 0 or 2..36, prefixes, ValueError "invalid literal for int() with base 16: 'x'" */
AI_MAY_RAISE int64_t ai_int_from_str_base(ai_actor_t *ctx, ai_str_t *s, int64_t base);

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
