/* hmacTest.c — HMAC-SHA256 as hex (RFC 4231 vectors) and the
 * constant-time comparison the webhooks use for signatures. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "crypto/hmac.h"

Test(hmac, rfc4231_vectors)
{
    char out[HMAC_SHA256_HEX_LEN + 1];
    /* RFC 4231 test case 2 */
    cr_assert_eq(hmac_sha256_hex("Jefe", 4, "what do ya want for nothing?", 28, out), 0);
    cr_assert_str_eq(out, "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    /* test case 1: key 20 x 0x0b, "Hi There" */
    unsigned char key[20];
    memset(key, 0x0b, sizeof key);
    cr_assert_eq(hmac_sha256_hex(key, sizeof key, "Hi There", 8, out), 0);
    cr_assert_str_eq(out, "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
    /* empty data is allowed */
    cr_assert_eq(hmac_sha256_hex("k", 1, "", 0, out), 0);
    cr_assert_eq(strlen(out), HMAC_SHA256_HEX_LEN);
}

Test(hmac, secret_equal_compares_whole_strings)
{
    cr_assert(secret_equal("abc", "abc"));
    cr_assert_not(secret_equal("abc", "abd"));
    cr_assert_not(secret_equal("abc", "abcd"));
    cr_assert_not(secret_equal("abcd", "abc"));
    cr_assert_not(secret_equal("", "a"));
    cr_assert(secret_equal("", ""));
    cr_assert_not(secret_equal(NULL, "a"));
    cr_assert_not(secret_equal("a", NULL));
}

Test(hmac, signature_header_checked_strictly)
{
    const char *body = "{\"event\":\"message_received\"}";
    char hex[HMAC_SHA256_HEX_LEN + 1];
    cr_assert_eq(hmac_sha256_hex("s3cret", 6, body, strlen(body), hex), 0);
    char header[128], upper[128];
    snprintf(header, sizeof header, "sha256=%s", hex);
    cr_assert(hmac_signature_valid(header, "s3cret", body, strlen(body)));
    snprintf(upper, sizeof upper, " SHA256=%s ", hex); /* case and surrounding spaces do not matter */
    for (char *p = upper + 8; *p; p++)
        *p = (char)(*p >= 'a' && *p <= 'f' ? *p - 32 : *p);
    cr_assert(hmac_signature_valid(upper, "s3cret", body, strlen(body)));
    cr_assert_not(hmac_signature_valid(header, "other", body, strlen(body)));
    cr_assert_not(hmac_signature_valid(header, "s3cret", body, strlen(body) - 1));
    cr_assert_not(hmac_signature_valid(hex, "s3cret", body, strlen(body)), "no sha256= prefix");
    cr_assert_not(hmac_signature_valid(NULL, "s3cret", body, strlen(body)));
    cr_assert_not(hmac_signature_valid(header, "", body, strlen(body)), "no secret: nothing is valid");
    header[20] = 'z';
    cr_assert_not(hmac_signature_valid(header, "s3cret", body, strlen(body)));
    cr_assert_not(hmac_signature_valid("sha256=abc", "s3cret", body, strlen(body)));
}
