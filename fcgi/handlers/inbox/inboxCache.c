/* inboxCache.c — see inboxCache.h. */
#include "handlers/inbox/inboxCache.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "store/dbNotify.h"

#define KEY_MAX 2048

typedef struct Entry {
    char *key;
    char *body;
    InboxCacheStamp stamp;
    time_t at;
} Entry;

static Entry g_entries[INBOX_CACHE_SLOTS];
static int g_next;

InboxCacheStamp inbox_cache_stamp(void)
{
    InboxCacheStamp st = {0, 0, 0};
    if (db_notify_sync() != 0)
        return st;
    st.usable = 1;
    st.conversations = db_notify_generation(DB_CHANNEL_EMAILS);
    st.agents = db_notify_generation(DB_CHANNEL_AGENTS);
    return st;
}

const char *inbox_cache_get(const InboxCacheStamp *st, const char *key)
{
    if (!st->usable)
        return NULL;
    time_t now = time(NULL);
    for (int i = 0; i < INBOX_CACHE_SLOTS; i++) {
        const Entry *e = &g_entries[i];
        if (e->key && e->stamp.conversations == st->conversations && e->stamp.agents == st->agents &&
            now - e->at < INBOX_CACHE_TTL && strcmp(e->key, key) == 0)
            return e->body;
    }
    return NULL;
}

void inbox_cache_put(const InboxCacheStamp *st, const char *key, const char *body, size_t len)
{
    if (!st->usable || len > INBOX_CACHE_MAX_BODY || strlen(key) > KEY_MAX)
        return;
    Entry *e = &g_entries[g_next];
    g_next = (g_next + 1) % INBOX_CACHE_SLOTS;
    free(e->key);
    free(e->body);
    e->key = strdup(key);
    e->body = malloc(len + 1);
    if (!e->key || !e->body)
        abort();
    memcpy(e->body, body, len);
    e->body[len] = '\0';
    e->stamp = *st;
    e->at = time(NULL);
}
