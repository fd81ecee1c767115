/* Heap objects of the current actor: immutable UTF-8 strings and fixed-size word lists. */
#ifndef AI_VALUE_H
#define AI_VALUE_H

#include <stddef.h>
#include <stdint.h>

#include "aithon/rt.h"

/* Every object starts with its header word (rt.h, VALUE.md). */
struct ai_str {
    uint64_t header; /* AI_T_STR */
    int64_t nbytes;  /* UTF-8 bytes, excluding the terminating NUL */
    int64_t ncp;     /* code points */
    char data[];     /* NUL-terminated */
};


struct ai_float {
    uint64_t header; /* AI_T_FLOAT */
    double value;
};

static inline int ai_hdr_type(uint64_t header) { return (int)(header >> AI_HDR_TYPE_SHIFT & 0xFF); }
/* The header of a new object of `bytes` bytes (the size field is 0 when the words do not fit). */
static inline uint64_t ai_hdr_new(int type, size_t bytes) {
    uint64_t words = ((uint64_t)bytes + 7) / 8;
    return AI_HDR(type, words > 0xFFFFFFFFu ? 0 : words, 0);
}
/* The type id of a value word (small ints are AI_T_INT; 0 for the empty slot). */
static inline int ai_word_type(int64_t w) {
    if (w & 1)
        return AI_T_INT;
    return w ? ai_hdr_type(*(const uint64_t *)(intptr_t)w) : 0;
}

/* type(w).__name__, for messages ("object" for a type the table does not name). */
const char *ai_word_type_name(int64_t w);
/* Raise TypeError(fmt with the type name of w in its one %s); returns AI_INT_ERR's word (1), for
 * the caller to return as its dummy result. */
int64_t ai_type_error_of(ai_actor_t *ctx, const char *fmt, int64_t w);

/* A new string of nbytes (contents to be filled by the caller, NUL added); NULL on MemoryError. */
ai_str_t *ai_str_alloc(ai_actor_t *ctx, int64_t nbytes);
ai_str_t *ai_str_from_buf(ai_actor_t *ctx, const char *p, size_t n);
int64_t ai_utf8_count(const char *p, size_t n);

/* Growable byte buffer for building text (malloc-backed, not in any actor heap). When memory runs
 * out (or a size would overflow) the buffer becomes `oom`: later writes are dropped, and
 * ai_str_from_text raises MemoryError instead of making a string of it. */
typedef struct {
    char *p;
    size_t n, cap;
    bool oom;
} ai_buf_t;
bool ai_buf_reserve(ai_buf_t *b, size_t n); /* room for n more bytes (and the NUL); false: oom */
void ai_buf_put(ai_buf_t *b, const char *p, size_t n);
void ai_buf_putc(ai_buf_t *b, char c);
void ai_buf_free(ai_buf_t *b);
/* The buffer's text as a new string, or MemoryError (NULL) when the buffer ran out of memory. */
ai_str_t *ai_str_from_text(ai_actor_t *ctx, const ai_buf_t *b);
/* Out of memory where no actor can take the exception (a few bytes of float repr): flush stdout,
 * report MemoryError as an uncaught exception would be, exit 1. */
_Noreturn void ai_memory_error_exit(void);

/* Text of numbers exactly as CPython writes them. */
size_t ai_fmt_i64(char *out, int64_t x);   /* out: >= 24 bytes */
size_t ai_fmt_f64_repr(char *out, double x); /* out: >= 32 bytes */
/* PyOS_double_to_string: type e E f F g G r, flags as CPython's Py_DTSF_* (dtoa.c). */
enum { AI_DTSF_ALT = 1, AI_DTSF_ADD_DOT_0 = 2, AI_DTSF_NO_NEG_0 = 4 };
bool ai_dtoa(ai_buf_t *out, double x, char type, int precision, int flags); /* false: out of memory */
void ai_repr_str(ai_buf_t *b, const char *p, size_t n);
bool ai_unicode_printable(uint32_t cp); /* cp >= 0x80; printable.c (generated) */
void ai_repr_list(ai_buf_t *b, ai_list_t *l, int32_t kind);
/* repr() of a list of value words (AI_ELEM_VALUE): each element's repr, "[...]" for a list that
 * contains itself; a big int beyond str()'s digit limit raises in ctx (check ai_exc_pending). */
void ai_repr_values(ai_actor_t *ctx, ai_buf_t *b, const ai_list_t *l);

#endif
