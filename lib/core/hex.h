/* hex.h — the one table of hexadecimal digits. */
#ifndef CS_HEX_H
#define CS_HEX_H

#include <stddef.h>

extern const char HEX_LOWER[17]; /* "0123456789abcdef" */
extern const char HEX_UPPER[17]; /* "0123456789ABCDEF" (percent-encoding, RFC 3986 §2.1) */

/* Writes the 2*n lower-case hex digits of in[0..n) and a NUL into out, which
 * the caller sizes 2*n+1. Returns out. */
char *hex_encode(char *out, const void *in, size_t n);

/* The value of one hex digit (either case), or -1. */
int hex_value(int c);

#endif
