/* hmac.c — HMAC-SHA256 through OpenSSL, constant-time comparison
 * (see hmac.h). */
#include "crypto/hmac.h"

#include <ctype.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <string.h>

#include "core/errors.h"
#include "core/hex.h"

int hmac_sha256_hex(const void *key, size_t key_len, const void *data, size_t data_len,
                    char out[HMAC_SHA256_HEX_LEN + 1])
{
    unsigned char mac[EVP_MAX_MD_SIZE];
    unsigned int n = 0;
    out[0] = '\0';
    if (key_len > (size_t)0x7fffffff)
        return ERR_INTERNAL;
    if (!HMAC(EVP_sha256(), key, (int)key_len, data, data_len, mac, &n) || n != 32)
        return ERR_INTERNAL;
    hex_encode(out, mac, n); /* n == 32: exactly HMAC_SHA256_HEX_LEN digits */
    return 0;
}

int secret_equal(const char *a, const char *b)
{
    if (!a || !b)
        return 0;
    size_t la = strlen(a), lb = strlen(b), n = la > lb ? la : lb;
    unsigned char diff = (unsigned char)(la != lb);
    for (size_t i = 0; i < n; i++) {
        unsigned char x = i < la ? (unsigned char)a[i] : 0;
        unsigned char y = i < lb ? (unsigned char)b[i] : 0;
        diff |= (unsigned char)(x ^ y);
    }
    return diff == 0;
}

int hmac_signature_valid(const char *header, const char *secret, const void *body, size_t body_len)
{
    char want[HMAC_SHA256_HEX_LEN + 1], got[HMAC_SHA256_HEX_LEN + 1];
    if (!header || !secret || !*secret)
        return 0;
    while (*header == ' ')
        header++;
    if (strncasecmp(header, "sha256=", 7) != 0)
        return 0;
    header += 7;
    size_t n = strlen(header);
    while (n > 0 && header[n - 1] == ' ')
        n--;
    if (n != HMAC_SHA256_HEX_LEN)
        return 0;
    for (size_t i = 0; i < n; i++) {
        if (!isxdigit((unsigned char)header[i]))
            return 0;
        got[i] = (char)tolower((unsigned char)header[i]);
    }
    got[n] = '\0';
    if (hmac_sha256_hex(secret, strlen(secret), body, body_len, want))
        return 0;
    return secret_equal(want, got);
}
