/* CPython's format-spec mini-language (Python/formatter_unicode.c):
 *   [[fill]align][sign][z][#][0][width][grouping][.precision][type]
 * parsed per code point, and the number layout
 *   <lpad><sign><prefix><spad><grouped digits><decimal><remainder><rpad>
 * that CPython's calc_number_widths/fill_number produce. */
#ifndef AI_FMTSPEC_H
#define AI_FMTSPEC_H

#include <stdbool.h>
#include <stdint.h>

#include "value.h"

typedef struct {
    char fill[5];     /* one code point, UTF-8, NUL-terminated */
    char align;       /* '<' '>' '^' '=' */
    char sign;        /* 0, '+', '-', ' ' */
    bool no_neg_0;    /* 'z' */
    bool alt;         /* '#' */
    int64_t width;    /* -1: absent */
    char group;       /* 0, ',' or '_' */
    int group_size;   /* 3, or 4 for '_' with b/o/x/X */
    int64_t prec;     /* -1: absent */
    uint32_t type;    /* a code point; 0: absent */
} ai_fmtspec_t;

/* Parse `spec` for an object of type `tname` whose default type and alignment are given. On an
 * invalid spec raise ValueError in ctx with CPython's message and return false. */
bool ai_fmtspec_parse(ai_actor_t *ctx, const ai_str_t *spec, const char *tname, uint32_t default_type,
                      char default_align, ai_fmtspec_t *out);
/* ValueError "Unknown format code 'x' for object of type 'T'"; returns NULL. */
ai_str_t *ai_fmtspec_unknown(ai_actor_t *ctx, uint32_t type, const char *tname);
/* ValueError with a fixed message; returns NULL. */
ai_str_t *ai_fmtspec_fail(ai_actor_t *ctx, const char *msg);

/* A number's parts; digits are ASCII, remainder may be any UTF-8 (the character of 'c'). */
typedef struct {
    bool negative;
    const char *prefix;    /* "0x"... or "" */
    const char *digits;    /* the digit run that is grouped and zero-padded */
    size_t ndigits;
    bool has_decimal;      /* a '.' follows the digits */
    const char *remainder; /* after the digits (and the point): fraction, exponent, '%' */
    size_t nremainder;     /* bytes (the character of 'c' may be NUL) */
    bool locale_n;         /* type 'n': the C locale (no grouping) */
} ai_number_t;

ai_str_t *ai_fmtspec_number(ai_actor_t *ctx, const ai_fmtspec_t *s, const ai_number_t *num);
/* Pad text of `ncp` code points to the width (strings: '<' default). */
ai_str_t *ai_fmtspec_pad(ai_actor_t *ctx, const ai_fmtspec_t *s, const char *p, size_t nbytes, int64_t ncp);

#endif
