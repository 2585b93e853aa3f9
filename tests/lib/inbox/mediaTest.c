/* mediaTest.c — signed media URLs: what media_signed_url_at() signs,
 * media_url_valid() accepts until it expires, and nothing else. */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "core/config.h"
#include "inbox/media.h"

static Arena *a;
static void setup(void)
{
    a = arena_new(0);
    memset(&g_config, 0, sizeof g_config);
    g_config.auth_jwt_secret = "media-test-secret-0123456789";
    g_config.media_url_ttl_seconds = 600;
}
static void teardown(void) { arena_destroy(&a); }
TestSuite(media, .init = setup, .fini = teardown);

/* Splits "/media/<id>?exp=<e>&sig=<s>" into its parts (arena copies). */
static void parts(const char *url, const char **exp, const char **sig)
{
    const char *e = strstr(url, "?exp="), *s = strstr(url, "&sig=");
    cr_assert(e && s && s > e, "%s", url);
    *exp = arena_strndup(a, e + 5, (size_t)(s - e - 5));
    *sig = arena_strdup(a, s + 5);
}

Test(media, signed_url_is_valid_until_it_expires)
{
    const char *url = media_signed_url_at(a, 42, 2000000000);
    cr_assert_not_null(url);
    cr_assert_eq(strncmp(url, "/media/42?exp=2000000000&sig=", 29), 0, "%s", url);
    const char *exp = NULL, *sig = NULL;
    parts(url, &exp, &sig);
    cr_assert_eq(strlen(sig), 64);
    cr_assert(media_url_valid(42, exp, sig, 1999999999));
    cr_assert(media_url_valid(42, exp, sig, 2000000000));
    cr_assert_not(media_url_valid(42, exp, sig, 2000000001), "expired");
    cr_assert_not(media_url_valid(43, exp, sig, 1999999999), "another id");
    cr_assert_not(media_url_valid(42, "2000000001", sig, 1999999999), "a later expiry is not signed");
    char *bad = arena_strdup(a, sig);
    bad[0] = bad[0] == 'a' ? 'b' : 'a';
    cr_assert_not(media_url_valid(42, exp, bad, 1999999999));
    cr_assert_not(media_url_valid(42, "", sig, 0));
    cr_assert_not(media_url_valid(42, "12x", sig, 0));
    cr_assert_not(media_url_valid(42, NULL, sig, 0));
    cr_assert_not(media_url_valid(42, exp, NULL, 0));
}

Test(media, url_expires_within_ttl_and_needs_a_secret)
{
    const char *exp = NULL, *sig = NULL;
    const char *url = media_signed_url(a, 7);
    cr_assert_not_null(url);
    parts(url, &exp, &sig);
    long long e = strtoll(exp, NULL, 10), now = (long long)time(NULL);
    /* rounded up to a TTL/2 step: between TTL and 1.5 TTL from now */
    cr_assert(e >= now + 600 && e <= now + 900 + 1, "exp %lld now %lld", e, now);
    cr_assert(media_url_valid(7, exp, sig, (time_t)now));
    g_config.auth_jwt_secret = NULL;
    cr_assert_null(media_signed_url(a, 7));
    cr_assert_not(media_url_valid(7, exp, sig, (time_t)now), "no secret: nothing is valid");
}
