/* inboxCache.h — recent GET /conversations pages and counts, per request
 * worker: the inbox view re-reads the same first page over and over.
 *
 * Entries are stamped with the change generations of conversations (and
 * messages, assignments: they update conversations) and agents (names in
 * the item), from Postgres NOTIFY (sql/004, sql/012, lib/store/dbNotify.h),
 * so a page is never served after anything it shows changed. Bounded:
 * INBOX_CACHE_SLOTS entries of at most INBOX_CACHE_MAX_BODY bytes, each at
 * most INBOX_CACHE_TTL seconds old. The key must hold everything the
 * answer depends on (the resolved filters, the caller for "mine").
 */
#ifndef CS_INBOX_CACHE_H
#define CS_INBOX_CACHE_H

#include <stddef.h>
#include <stdint.h>

#define INBOX_CACHE_SLOTS 32
#define INBOX_CACHE_MAX_BODY (256u * 1024u)
#define INBOX_CACHE_TTL 30

typedef struct InboxCacheStamp {
    int usable;            /* 0: the notification connection is not synced: bypass */
    uint64_t conversations;
    uint64_t agents;
} InboxCacheStamp;

/* Syncs notifications and returns the stamp to read and store with; take
 * it BEFORE running the query, so a change committed meanwhile makes the
 * stored entry stale rather than served. */
InboxCacheStamp inbox_cache_stamp(void);

/* The cached body for key under stamp, or NULL. Owned by the cache: copy
 * it before the next put. */
const char *inbox_cache_get(const InboxCacheStamp *st, const char *key);

/* Stores a copy of body (len bytes) for key. Too big or unusable: ignored. */
void inbox_cache_put(const InboxCacheStamp *st, const char *key, const char *body, size_t len);

#endif
