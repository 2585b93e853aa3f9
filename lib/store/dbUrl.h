/* dbUrl.h — DATABASE_URL checks made once at start (csd and csctl).
 *
 * Managed Postgres (Supabase) offers three connection strings: the direct
 * one (db.<ref>.supabase.co:5432) and the session-mode pooler
 * (<region>.pooler.supabase.com:5432) work as they are; the
 * transaction-mode pooler (port 6543) hands each transaction to any
 * backend, which breaks csd's per-connection prepared statements and
 * LISTEN (job wake-ups, cache invalidation), so it is refused with a
 * message naming the right string. A remote host without an sslmode gets
 * sslmode=require: credentials never cross a network in clear by default.
 */
#ifndef CS_DB_URL_H
#define CS_DB_URL_H

#include <stddef.h>

/* Checks url (URI or key=value form) and writes the URL to use into out
 * (cap bytes): url itself, or url with sslmode=require added. 0; or
 * ERR_INVALID with a one-line reason in err (unparsable, transaction
 * pooler); ERR_TOO_LARGE when out is too small. */
int db_url_prepare(const char *url, char *out, size_t cap, char *err, size_t errlen);

/* The same check applied to a configuration's DATABASE_URL in place:
 * *url becomes the URL to use (a heap copy that lives as long as the
 * process, like the configuration's strings). 0, or ERR_INVALID with the
 * reason in err. NULL *url is left alone. */
int db_url_apply(const char **url, char *err, size_t errlen);

#endif
