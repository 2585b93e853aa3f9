/* mediaTest.c — the signed media URLs of lib/inbox/media.c. */
#include <criterion/criterion.h>
#include <string.h>
#include <time.h>

#include "core/config.h"
#include "inbox/media.h"

Test(media_url, signed_and_checked)
{
    g_config.auth_jwt_secret = "media-test-secret-0123456789";
    g_config.media_url_ttl_seconds = 3600;
    Arena *a = arena_new(0);
    time_t now = 1800000000;
    const char *url = media_signed_url_at(a, 42, now + 60);
    cr_assert_not_null(url);
    cr_assert(strncmp(url, "/media/42?exp=1800000060&sig=", 29) == 0, "%s", url);
    const char *sig = strstr(url, "sig=") + 4;
    cr_assert(media_url_valid(42, "1800000060", sig, now));
    cr_assert(!media_url_valid(43, "1800000060", sig, now));        /* another id */
    cr_assert(!media_url_valid(42, "1800000061", sig, now));        /* another expiry */
    cr_assert(!media_url_valid(42, "1800000060", sig, now + 61));   /* expired */
    cr_assert(!media_url_valid(42, "1800000060x", sig, now));
    cr_assert(!media_url_valid(42, NULL, sig, now));
    cr_assert(!media_url_valid(42, "1800000060", NULL, now));
    cr_assert(!media_url_valid(42, "1800000060", "", now));
    const char *fresh = media_signed_url(a, 42);
    cr_assert_not_null(fresh);
    g_config.auth_jwt_secret = NULL;
    cr_assert_null(media_signed_url_at(a, 42, now));
    cr_assert(!media_url_valid(42, "1800000060", sig, now));
    arena_destroy(&a);
}
