/* dbNotify.h — change generations for per-process caches, driven by
 * Postgres NOTIFY.
 *
 * A request worker keeps small caches (who a token belongs to, recent
 * /emails pages). Triggers NOTIFY a channel whenever the underlying tables
 * change (sql/002, sql/004); db_notify_sync() makes one empty round trip
 * (the backend flushes its notifications before answering) and bumps the
 * channel's generation, so a
 * cache entry stamped with an older generation is never served. A new
 * connection (after a reconnect) bumps every generation, since
 * notifications may have been missed while it was down.
 */
#ifndef CS_DB_NOTIFY_H
#define CS_DB_NOTIFY_H

#include <stdint.h>

typedef enum DbChannel {
    DB_CHANNEL_AGENTS = 0,  /* "agents_changed" */
    DB_CHANNEL_EMAILS = 1,  /* "emails_changed": emails or conversations */
    DB_CHANNEL_COUNT
} DbChannel;

/* Drains pending notifications (after one empty round trip, so every
 * change committed before the call is seen) and LISTENs on
 * every channel after a (re)connect. 0 when caches may be used; a negative
 * ErrCode when there is no connection or LISTEN failed (then do not serve
 * from a cache). */
int db_notify_sync(void);

/* A request worker brackets each request with these: inside, only the
 * first db_notify_sync() makes the round trip (the auth cache and a page
 * cache both sync in one request). Outside (jobs, tests), every sync does. */
void db_notify_request_begin(void);
void db_notify_request_end(void);

/* The channel's current generation (never 0 once db_notify_sync()
 * succeeded). */
uint64_t db_notify_generation(DbChannel ch);

#endif
