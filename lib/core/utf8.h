/* utf8.h — UTF-8 validation (RFC 3629) for text that comes from outside and
 * goes back out in JSON: request bodies, query strings, error messages. */
#ifndef CS_UTF8_H
#define CS_UTF8_H

#include <stddef.h>

/* Length (1-4) of the one valid UTF-8 character at s (avail bytes
 * readable), or 0 when it is invalid: a stray continuation byte, an
 * overlong form, an encoded UTF-16 surrogate, a value past U+10FFFF or a
 * truncated sequence. avail must be > 0. */
size_t utf8_char_len(const char *s, size_t avail);

/* Length of the longest valid UTF-8 prefix of s[0..len) (len when all of
 * it is valid). */
size_t utf8_valid_prefix(const char *s, size_t len);

#endif
