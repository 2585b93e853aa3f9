/* password.c — scrypt password hashes (see password.h). */
#include "crypto/password.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/base64.h"
#include "core/errors.h"

#define SALT_LEN 16
#define HASH_LEN 32
#define SCRYPT_MAX_MEM (256ULL * 1024 * 1024)

static int derive(const char *password, const unsigned char *salt, size_t salt_len, int log2n, int r,
                  int p, unsigned char out[HASH_LEN])
{
    if (log2n < 10 || log2n > 20 || r < 1 || r > 32 || p < 1 || p > 16)
        return ERR_INVALID;
    if (EVP_PBE_scrypt(password, strlen(password), salt, salt_len, 1ULL << log2n, (uint64_t)r,
                       (uint64_t)p, SCRYPT_MAX_MEM, out, HASH_LEN) != 1)
        return ERR_INTERNAL;
    return 0;
}

int password_hash(Arena *a, const char *password, const char **out)
{
    unsigned char salt[SALT_LEN], hash[HASH_LEN];
    *out = NULL;
    size_t n = password ? strnlen(password, PASSWORD_MAX_LEN + 1) : 0;
    if (n < PASSWORD_MIN_LEN || n > PASSWORD_MAX_LEN)
        return ERR_INVALID;
    if (RAND_bytes(salt, sizeof salt) != 1)
        return ERR_INTERNAL;
    int rc = derive(password, salt, sizeof salt, PASSWORD_SCRYPT_LOG2N, PASSWORD_SCRYPT_R,
                    PASSWORD_SCRYPT_P, hash);
    if (rc)
        return rc;
    *out = arena_sprintf(a, "scrypt$%d$%d$%d$%s$%s", PASSWORD_SCRYPT_LOG2N, PASSWORD_SCRYPT_R,
                         PASSWORD_SCRYPT_P, base64_encode(a, salt, sizeof salt, 1),
                         base64_encode(a, hash, sizeof hash, 1));
    OPENSSL_cleanse(hash, sizeof hash);
    return 0;
}

/* Splits stored into its parts; 0 or ERR_PARSE. */
static int parse_stored(Arena *a, const char *stored, int *log2n, int *r, int *p, unsigned char **salt,
                        size_t *salt_len, unsigned char **hash, size_t *hash_len)
{
    char salt_b64[64], hash_b64[64];
    if (!stored || strncmp(stored, "scrypt$", 7) != 0 || strlen(stored) > 200)
        return ERR_PARSE;
    const char *s = stored + 7;
    char *end = NULL;
    long v[3];
    for (int i = 0; i < 3; i++) {
        v[i] = strtol(s, &end, 10);
        if (end == s || *end != '$')
            return ERR_PARSE;
        s = end + 1;
    }
    const char *dollar = strchr(s, '$');
    if (!dollar || (size_t)(dollar - s) >= sizeof salt_b64 || strlen(dollar + 1) >= sizeof hash_b64)
        return ERR_PARSE;
    memcpy(salt_b64, s, (size_t)(dollar - s));
    salt_b64[dollar - s] = '\0';
    snprintf(hash_b64, sizeof hash_b64, "%s", dollar + 1);
    if (base64_decode(a, salt_b64, strlen(salt_b64), 64, salt, salt_len) ||
        base64_decode(a, hash_b64, strlen(hash_b64), 64, hash, hash_len) || *hash_len != HASH_LEN)
        return ERR_PARSE;
    *log2n = (int)v[0];
    *r = (int)v[1];
    *p = (int)v[2];
    return 0;
}

int password_verify(const char *password, const char *stored)
{
    /* A fixed hash of a random password: the work for unknown accounts. */
    static const char DUMMY[] = "scrypt$15$8$1$AAAAAAAAAAAAAAAAAAAAAA$"
                                "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
    unsigned char got[HASH_LEN];
    unsigned char *salt = NULL, *hash = NULL;
    size_t salt_len = 0, hash_len = 0;
    int log2n = 0, r = 0, p = 0, real = 1;
    Arena *a = arena_new(0);
    if (!a)
        return 0;
    if (parse_stored(a, stored, &log2n, &r, &p, &salt, &salt_len, &hash, &hash_len) != 0) {
        real = 0;
        parse_stored(a, DUMMY, &log2n, &r, &p, &salt, &salt_len, &hash, &hash_len);
    }
    size_t n = password ? strnlen(password, PASSWORD_MAX_LEN + 1) : 0;
    int ok = 0;
    if (salt && hash && derive(password && n <= PASSWORD_MAX_LEN ? password : "", salt, salt_len, log2n, r,
                               p, got) == 0)
        ok = CRYPTO_memcmp(got, hash, HASH_LEN) == 0;
    OPENSSL_cleanse(got, sizeof got);
    arena_destroy(&a);
    return ok && real && n >= 1 && n <= PASSWORD_MAX_LEN;
}
