/* base64.h — standard and URL-safe base64 (RFC 4648 §4 and §5).
 * Decoding accepts both alphabets, with or without '=' padding, and skips
 * CR/LF (Gmail and Pub/Sub send unpadded base64url). */
#ifndef CS_BASE64_H
#define CS_BASE64_H

#include <stddef.h>

#include "core/arena.h"

/* Encodes n bytes; url = 1 gives base64url without padding. Arena-owned. */
char *base64_encode(Arena *a, const void *data, size_t n, int url);

/* Decodes into arena memory (NUL-terminated; *out_len bytes). 0 or
 * ERR_PARSE on a bad character or length. max_out bounds the result
 * (0 = no bound beyond the input size): ERR_TOO_LARGE past it. */
int base64_decode(Arena *a, const char *s, size_t n, size_t max_out, unsigned char **out,
                  size_t *out_len);

#endif
