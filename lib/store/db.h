/* db.h — the process's one Postgres connection, and parameterised queries.
 *
 * Each process (worker, job worker, scheduler, csctl) calls db_connect()
 * after fork(); the master never holds a connection (libpq's fork warning).
 * SQL travels only with parameters (PQexecParams): there is no function
 * here that takes SQL built from values.
 */
#ifndef CS_DB_H
#define CS_DB_H

#include <libpq-fe.h>

#include "core/arena.h"

/* Number of elements of a parameter array literal. */
#define DB_NPARAMS(arr) ((int)(sizeof(arr) / sizeof((arr)[0])))

/* The one timestamp format (SQL_ISO) is core/timeUtil.h's; every module that
 * selects timestamps includes this header. */
#include "core/timeUtil.h"

/* Stores the URL and connects. 0, or ERR_UNAVAILABLE (the URL is kept and
 * db_conn() retries later). */
int db_connect(const char *url);

/* The live connection, reconnecting when it broke; NULL when the database
 * cannot be reached. Owned by this module. */
PGconn *db_conn(void);

void db_disconnect(void);

/* Runs sql with text parameters (NULL = SQL NULL). On success *out (if
 * out != NULL) is the result, owned by arena `a` (PQclear runs at
 * arena_destroy) or by the caller when a == NULL.
 * Returns 0, or: ERR_UNAVAILABLE (no connection / connection lost),
 * ERR_CONFLICT (unique violation 23505), ERR_INVALID (check / foreign key /
 * not-null / invalid text 22xxx, 23xxx), ERR_INTERNAL (anything else).
 * The error text is kept for db_last_error(). */
int db_exec(Arena *a, PGresult **out, const char *sql, int nparams, const char *const *params);

/* Same as db_exec with no parameters (for BEGIN, COMMIT, LISTEN ...):
 * sql must be a string literal. */
int db_exec0(const char *sql);

int db_begin(void);
int db_commit(void);
/* Never fails: a broken connection is reset later by db_conn(). */
void db_rollback(void);

/* Last error message / SQLSTATE from this process, "" when none. */
const char *db_last_error(void);
const char *db_last_sqlstate(void);

/* Convenience getters on a result: NULL when the field is SQL NULL. */
const char *db_get(const PGresult *r, int row, int col);
/* Column by name; NULL when the column is missing or NULL. */
const char *db_getn(const PGresult *r, int row, const char *name);

#endif
