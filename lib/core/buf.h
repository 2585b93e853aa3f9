/* buf.h — a growable byte buffer with a mandatory maximum size.
 *
 * Like curl's dynbuf: every Buf has a `max`; an append that would pass it
 * fails with ERR_TOO_LARGE and leaves the contents as they were. The data
 * is always NUL-terminated (when non-empty), so it can go to printf.
 * Memory is malloc'd and owned by the Buf: release it with buf_free(), or
 * hand it over with buf_take() / buf_to_arena().
 */
#ifndef CS_BUF_H
#define CS_BUF_H

#include <stdarg.h>
#include <stddef.h>

#include "core/arena.h"

typedef struct Buf {
    char *data;
    size_t len;
    size_t cap;
    size_t max;
} Buf;

void buf_init(Buf *b, size_t max);
void buf_free(Buf *b);
void buf_reset(Buf *b); /* len = 0, keeps memory */

/* 0 or ERR_TOO_LARGE. */
int buf_append(Buf *b, const void *p, size_t n);
int buf_append_str(Buf *b, const char *s);
int buf_append_char(Buf *b, char c);
int buf_appendf(Buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Appends s as the inside of a JSON string (escaped, no quotes); each byte
 * that is not part of valid UTF-8 becomes \ufffd, so the result is always
 * valid JSON whatever a client sent. */
int buf_append_json_escaped(Buf *b, const char *s, size_t n);

/* Returns the malloc'd data (caller frees) and resets the Buf. Never NULL. */
char *buf_take(Buf *b);

/* Copies the contents into the arena, frees the Buf. Never NULL. */
char *buf_to_arena(Buf *b, Arena *a);

#endif
