/* utf8.h — UTF-8 validation (RFC 3629) for text that comes from outside and
 * goes back out in JSON: request bodies, query strings, error messages. */
#ifndef CS_UTF8_H
#define CS_UTF8_H

#include <stddef.h>

#include "core/arena.h"

/* Length (1-4) of the one valid UTF-8 character at s (avail bytes
 * readable), or 0 when it is invalid: a stray continuation byte, an
 * overlong form, an encoded UTF-16 surrogate, a value past U+10FFFF or a
 * truncated sequence. avail must be > 0. */
size_t utf8_char_len(const char *s, size_t avail);

/* Length of the longest valid UTF-8 prefix of s[0..len) (len when all of
 * it is valid). */
size_t utf8_valid_prefix(const char *s, size_t len);

/* A NUL-terminated copy, in a's memory (the arena owns it), of at most max
 * bytes of s that is valid UTF-8: cut before a character that would not
 * fit whole, or before the first invalid byte. For provider text we store
 * or log (error messages cut to a bound), which must stay valid JSON. */
char *utf8_strndup(Arena *a, const char *s, size_t max);

#endif
