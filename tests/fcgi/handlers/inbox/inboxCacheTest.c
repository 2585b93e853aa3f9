/* inboxCacheTest.c — the per-worker page cache: a hit only under the same
 * key and stamp, never when the stamp is unusable, bounded slots. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "handlers/inbox/inboxCache.h"

Test(inbox_cache, stamp_and_key_must_match)
{
    InboxCacheStamp st = {1, 5, 9}, newer = {1, 6, 9}, agents = {1, 5, 10}, off = {0, 5, 9};
    inbox_cache_put(&st, "k1", "{\"data\":[]}", 11);
    cr_assert_str_eq(inbox_cache_get(&st, "k1"), "{\"data\":[]}");
    cr_assert_null(inbox_cache_get(&st, "k2"));
    cr_assert_null(inbox_cache_get(&newer, "k1"), "a conversation changed");
    cr_assert_null(inbox_cache_get(&agents, "k1"), "an agent changed");
    cr_assert_null(inbox_cache_get(&off, "k1"), "no notification connection: bypass");
    inbox_cache_put(&off, "k3", "x", 1);
    cr_assert_null(inbox_cache_get(&st, "k3"));
}

Test(inbox_cache, bounded)
{
    InboxCacheStamp st = {1, 1, 1};
    char key[32];
    for (int i = 0; i < INBOX_CACHE_SLOTS + 1; i++) {
        snprintf(key, sizeof key, "key%d", i);
        inbox_cache_put(&st, key, "v", 1);
    }
    cr_assert_null(inbox_cache_get(&st, "key0"), "the oldest slot was reused");
    cr_assert_str_eq(inbox_cache_get(&st, "key1"), "v");
    static char big[INBOX_CACHE_MAX_BODY + 2];
    memset(big, 'a', sizeof big - 1);
    inbox_cache_put(&st, "big", big, sizeof big - 1);
    cr_assert_null(inbox_cache_get(&st, "big"), "too big to keep");
}
