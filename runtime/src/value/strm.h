/* Private helpers of the "str" part (str_methods.c, str_slice.c, str_mod.c, bytes.c,
 * float_parse.c, num_methods.c): code points of UTF-8 text, argument checks with CPython's
 * messages. */
#ifndef AI_STRM_H
#define AI_STRM_H

#include <stdint.h>
#include <string.h>

#include "containers.h"
#include "int.h"

static inline int64_t strm_w(const void *p) { return (int64_t)(intptr_t)p; }
static inline void *strm_p(int64_t w) { return (void *)(intptr_t)w; }
static inline bool strm_is_str(int64_t w) { return ai_word_type(w) == AI_T_STR; }
static inline bool strm_is_none(int64_t w) { return ai_word_type(w) == AI_T_NONE; }

/* Length in bytes of the UTF-8 sequence starting with byte c. */
static inline int strm_cplen(unsigned char c) { return c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4; }
/* The code point at p (valid UTF-8); *len gets its length. */
static inline uint32_t strm_cp(const char *p, int *len) {
    const unsigned char *u = (const unsigned char *)p;
    int n = strm_cplen(u[0]);
    uint32_t v = n == 1 ? u[0] : u[0] & (0x3Fu >> (n - 1));
    for (int i = 1; i < n; i++)
        v = v << 6 | (u[i] & 0x3Fu);
    *len = n;
    return v;
}
/* UTF-8 of cp into out (4 bytes); its length. */
static inline int strm_put_cp(char *out, uint32_t cp) {
    if (cp < 0x80) {
        out[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (char)(0xC0 | cp >> 6);
        out[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | cp >> 12);
        out[1] = (char)(0x80 | (cp >> 6 & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | cp >> 18);
    out[1] = (char)(0x80 | (cp >> 12 & 0x3F));
    out[2] = (char)(0x80 | (cp >> 6 & 0x3F));
    out[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}
static inline void strm_buf_cp(ai_buf_t *b, uint32_t cp) {
    char t[4];
    ai_buf_put(b, t, (size_t)strm_put_cp(t, cp));
}

/* Byte offset of code point index i (0 <= i <= ncp) in s. */
int64_t strm_offset(const ai_str_t *s, int64_t i);
/* Code point index of byte offset off in s. */
int64_t strm_cpindex(const ai_str_t *s, int64_t off);
/* The one-code-point str of cp (ASCII: an immortal object, no allocation); NULL after raising. */
ai_str_t *strm_char(ai_actor_t *ctx, uint32_t cp);
/* A new str of n bytes at p with ncp code points (ncp < 0: count them). */
ai_str_t *strm_new(ai_actor_t *ctx, const char *p, int64_t n, int64_t ncp);
/* The str of a buffer (freed here); NULL after raising. */
ai_str_t *strm_take(ai_actor_t *ctx, ai_buf_t *b);
/* The codec a name stands for, normalised as CPython does (case, '_' and ' ' as '-'): 8 utf-8,
 * 7 ascii, 1 latin-1, -1 any other (str.encode and bytes.decode share it). */
int strm_codec_of(const ai_str_t *e);

/* An int argument (int or bool) as a C integer: TypeError "'str' object cannot be interpreted as an
 * integer", OverflowError beyond 64 bits. */
bool strm_arg_int(ai_actor_t *ctx, int64_t w, int64_t *out);
/* A slice bound argument (find's start/end): None gives dflt; big ints clamp; TypeError "slice
 * indices must be integers or None or have an __index__ method". */
bool strm_arg_bound(ai_actor_t *ctx, int64_t w, int64_t dflt, int64_t *out);
/* CPython's ADJUST_INDICES: start/end clamped to [0, len]. */
void strm_adjust(int64_t *start, int64_t *end, int64_t len);

/* Raise TypeError with printf text; returns 0. */
int64_t strm_type_error(ai_actor_t *ctx, const char *fmt, ...);
int64_t strm_raise(ai_actor_t *ctx, int32_t kind, const char *fmt, ...);

/* Byte offset of the first occurrence of t (m bytes) in s[a, b), or -1. */
int64_t strm_find(const char *s, int64_t a, int64_t b, const char *t, int64_t m);

/* a method's name (for messages) */
const char *strm_mname(int32_t mid);

/* str.format (str_mod.c) */
int64_t strm_format(ai_actor_t *ctx, ai_str_t *fmt, int64_t argc, const int64_t *argv, int64_t kw);

#endif
