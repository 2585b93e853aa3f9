/* hmac.h — HMAC-SHA256 (webhook signatures, signed media URLs) and a
 * constant-time comparison for anything secret. */
#ifndef CS_HMAC_H
#define CS_HMAC_H

#include <stddef.h>

#define HMAC_SHA256_HEX_LEN 64

/* Writes the lowercase hex HMAC-SHA256 of data under key into out
 * (HMAC_SHA256_HEX_LEN + 1 bytes, NUL-terminated). 0 or ERR_INTERNAL. */
int hmac_sha256_hex(const void *key, size_t key_len, const void *data, size_t data_len,
                    char out[HMAC_SHA256_HEX_LEN + 1]);

/* 1 when a and b are equal, compared in time that depends only on their
 * lengths (a length mismatch still walks the longer one). NULL is unequal. */
int secret_equal(const char *a, const char *b);

/* Checks a "sha256=<hex>" signature header (case-insensitive hex) against
 * the HMAC of body under secret: 1 valid, 0 not (missing, malformed, wrong). */
int hmac_signature_valid(const char *header, const char *secret, const void *body, size_t body_len);

#endif
