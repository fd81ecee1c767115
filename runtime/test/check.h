/* Minimal test harness: CHECK counts, DONE prints "N passed, N failed" and sets the exit status. */
#ifndef AI_CHECK_H
#define AI_CHECK_H

#include <stdio.h>
#include <string.h>

static int ai_passed, ai_failed;

#define CHECK(cond)                                                                     \
    do {                                                                                \
        if (cond) {                                                                     \
            ai_passed++;                                                                \
        } else {                                                                        \
            ai_failed++;                                                                \
            fprintf(stderr, "%s:%d: FAILED: %s\n", __FILE__, __LINE__, #cond);          \
        }                                                                               \
    } while (0)

#define CHECK_STR(got, want)                                                            \
    do {                                                                                \
        const char *g_ = (got), *w_ = (want);                                           \
        if (strcmp(g_, w_) == 0) {                                                      \
            ai_passed++;                                                                \
        } else {                                                                        \
            ai_failed++;                                                                \
            fprintf(stderr, "%s:%d: FAILED: got '%s', want '%s'\n", __FILE__, __LINE__, g_, w_); \
        }                                                                               \
    } while (0)

#define DONE()                                                                          \
    do {                                                                                \
        printf("%s: %d passed, %d failed\n", __FILE__, ai_passed, ai_failed);           \
        return ai_failed != 0;                                                          \
    } while (0)

#endif
