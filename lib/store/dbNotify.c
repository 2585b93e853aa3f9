/* dbNotify.c — NOTIFY-driven cache generations (see dbNotify.h). */
#include "store/dbNotify.h"

#include <string.h>

#include "store/db.h"
#include "core/errors.h"

static const char *const CHANNELS[DB_CHANNEL_COUNT] = {"agents_changed", "emails_changed"};
static const char *const LISTEN_SQL[DB_CHANNEL_COUNT] = {"LISTEN agents_changed", "LISTEN emails_changed"};

static uint64_t g_generation[DB_CHANNEL_COUNT];
static int g_listen_backend; /* backend pid the LISTENs were issued on */
static int g_in_request;     /* between db_notify_request_begin() and _end() */
static int g_synced;         /* this request already made its round trip */

void db_notify_request_begin(void)
{
    g_in_request = 1;
    g_synced = 0;
}

void db_notify_request_end(void)
{
    g_in_request = 0;
}

static void bump_all(void)
{
    for (int i = 0; i < DB_CHANNEL_COUNT; i++)
        g_generation[i]++;
}

int db_notify_sync(void)
{
    PGconn *c = db_conn();
    if (!c) {
        g_listen_backend = 0;
        return ERR_UNAVAILABLE;
    }
    if (PQbackendPID(c) != g_listen_backend) {
        bump_all();
        g_listen_backend = 0;
        for (int i = 0; i < DB_CHANNEL_COUNT; i++)
            if (db_exec0(LISTEN_SQL[i]) != 0)
                return ERR_UNAVAILABLE;
        g_listen_backend = PQbackendPID(c);
        g_synced = 1; /* the LISTENs were round trips */
        return 0;
    }
    /* One empty round trip first: a backend sends the notifications it was
     * signalled about before its ReadyForQuery, so every change committed
     * before this request began is seen now. Without it, one just committed
     * by another session could still be on its way (measured: most of them
     * in a tight loop), and a deactivated agent would get one more answer.
     * Once per request is enough: a later sync in the same request only
     * drains (the caches stamp what they store with the older generation). */
    if (!g_in_request || !g_synced) {
        PGresult *r = PQexec(c, "");
        int ok = PQresultStatus(r) == PGRES_EMPTY_QUERY;
        PQclear(r);
        if (!ok) {
            g_listen_backend = 0;
            return ERR_UNAVAILABLE;
        }
        g_synced = 1;
    }
    if (!PQconsumeInput(c)) {
        g_listen_backend = 0;
        return ERR_UNAVAILABLE;
    }
    for (PGnotify *n = PQnotifies(c); n; n = PQnotifies(c)) {
        for (int i = 0; i < DB_CHANNEL_COUNT; i++)
            if (strcmp(n->relname, CHANNELS[i]) == 0)
                g_generation[i]++;
        PQfreemem(n);
    }
    return 0;
}

uint64_t db_notify_generation(DbChannel ch)
{
    return ch >= 0 && ch < DB_CHANNEL_COUNT ? g_generation[ch] : 0;
}
