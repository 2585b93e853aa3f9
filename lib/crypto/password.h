/* password.h — agents' passwords, hashed with scrypt (OpenSSL's
 * EVP_PBE_scrypt: slow, salted, memory-hard) and verified in constant time.
 *
 * Stored form: "scrypt$<log2 N>$<r>$<p>$<salt b64url>$<hash b64url>", so
 * the cost can be raised later without breaking stored hashes.
 */
#ifndef CS_PASSWORD_H
#define CS_PASSWORD_H

#include <stddef.h>

#include "core/arena.h"

#define PASSWORD_MIN_LEN 8
#define PASSWORD_MAX_LEN 256
/* Cost: N = 2^15, r = 8, p = 1 (32 MiB, tens of ms on one core). */
#define PASSWORD_SCRYPT_LOG2N 15
#define PASSWORD_SCRYPT_R 8
#define PASSWORD_SCRYPT_P 1

/* Hashes a password (PASSWORD_MIN_LEN..PASSWORD_MAX_LEN bytes) with a fresh
 * random salt: 0 and *out (arena), ERR_INVALID (length), ERR_INTERNAL. */
int password_hash(Arena *a, const char *password, const char **out);

/* 1 when password matches stored, 0 when not. A NULL or malformed stored
 * hash is verified against a dummy one so that an unknown account costs
 * the same time as a wrong password. */
int password_verify(const char *password, const char *stored);

#endif
