/* dbUrl.c — DATABASE_URL checks (see dbUrl.h). */
#include "store/dbUrl.h"

#include <libpq-fe.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/errors.h"

#define TX_POOLER_PORT "6543"

static int is_local_host(const char *host)
{
    if (!host || !*host || host[0] == '/' || host[0] == '@')
        return 1; /* unix socket (or libpq's default, also a socket) */
    /* A host list ("a,b") is remote if any entry is. */
    char buf[512];
    snprintf(buf, sizeof buf, "%s", host);
    char *save = NULL;
    for (char *h = strtok_r(buf, ",", &save); h; h = strtok_r(NULL, ",", &save)) {
        if (strcmp(h, "localhost") != 0 && strncmp(h, "127.", 4) != 0 && strcmp(h, "::1") != 0 && h[0] != '/')
            return 0;
    }
    return 1;
}

int db_url_prepare(const char *url, char *out, size_t cap, char *err, size_t errlen)
{
    err[0] = '\0';
    char *perr = NULL;
    PQconninfoOption *opts = PQconninfoParse(url ? url : "", &perr);
    if (!opts) {
        /* libpq's message may quote the string (and its password): not here. */
        snprintf(err, errlen, "DATABASE_URL is not a valid PostgreSQL connection string");
        PQfreemem(perr);
        return ERR_INVALID;
    }
    const char *host = NULL, *hostaddr = NULL, *port = NULL, *sslmode = NULL;
    for (PQconninfoOption *o = opts; o->keyword; o++) {
        if (!o->val)
            continue;
        if (strcmp(o->keyword, "host") == 0)
            host = o->val;
        else if (strcmp(o->keyword, "hostaddr") == 0)
            hostaddr = o->val;
        else if (strcmp(o->keyword, "port") == 0)
            port = o->val;
        else if (strcmp(o->keyword, "sslmode") == 0)
            sslmode = o->val;
    }
    int rc = 0;
    if (port && strcmp(port, TX_POOLER_PORT) == 0 && host && strstr(host, "pooler.supabase.com")) {
        snprintf(err, errlen,
                 "DATABASE_URL is Supabase's transaction-mode pooler (port 6543), which breaks prepared "
                 "statements and LISTEN: use the direct connection string (db.<project-ref>.supabase.co:5432) "
                 "or the session-mode pooler (the same pooler host on port 5432)");
        rc = ERR_INVALID;
    } else if (port && strcmp(port, TX_POOLER_PORT) == 0) {
        snprintf(err, errlen,
                 "DATABASE_URL uses port 6543, the usual port of a transaction-mode pooler (PgBouncer, "
                 "Supavisor), which breaks prepared statements and LISTEN: connect directly or through a "
                 "session-mode pooler");
        rc = ERR_INVALID;
    }
    int need_ssl = rc == 0 && !sslmode && !(is_local_host(host) && (!hostaddr || strncmp(hostaddr, "127.", 4) == 0));
    PQconninfoFree(opts);
    if (rc)
        return rc;
    size_t n = strlen(url);
    const char *add = "";
    if (need_ssl) {
        int is_uri = strncmp(url, "postgresql://", 13) == 0 || strncmp(url, "postgres://", 11) == 0;
        add = !is_uri ? " sslmode=require" : strchr(url, '?') ? "&sslmode=require" : "?sslmode=require";
    }
    if (n + strlen(add) + 1 > cap)
        return ERR_TOO_LARGE;
    memcpy(out, url, n);
    memcpy(out + n, add, strlen(add) + 1);
    return 0;
}

int db_url_apply(const char **url, char *err, size_t errlen)
{
    if (!url || !*url)
        return 0;
    size_t cap = strlen(*url) + 32;
    char *out = malloc(cap);
    if (!out)
        abort();
    int rc = db_url_prepare(*url, out, cap, err, errlen);
    if (rc) {
        free(out);
        return rc;
    }
    *url = out;
    return 0;
}
