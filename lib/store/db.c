/* db.c — one libpq connection per process (see db.h). */
#include "store/db.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "core/errors.h"
#include "core/log.h"

static PGconn *g_conn;
static char *g_url;

/* Statements prepared on the current connection, keyed by their full text:
 * repeated queries skip parse and plan (a large share of a short request).
 * Forgotten whenever the connection is replaced or reset. */
#define DB_STMT_SLOTS 256
typedef struct PreparedStmt {
    char *sql;
    unsigned hash;
} PreparedStmt;
static PreparedStmt g_stmts[DB_STMT_SLOTS];
static int g_nstmts;

static void forget_statements(void)
{
    for (int i = 0; i < DB_STMT_SLOTS; i++) {
        free(g_stmts[i].sql);
        g_stmts[i].sql = NULL;
    }
    g_nstmts = 0;
}
static char g_err[512];
static char g_state[6];

static void set_error(const char *msg, const char *state)
{
    snprintf(g_err, sizeof g_err, "%s", msg ? msg : "");
    /* libpq messages end in newlines; logs want one line. */
    for (char *p = g_err; *p; p++)
        if (*p == '\n' || *p == '\r')
            *p = ' ';
    snprintf(g_state, sizeof g_state, "%s", state ? state : "");
}

static void clear_result(void *r) { PQclear(r); }

static void (*g_reconnect_hook)(void);
static char g_fence[128]; /* non-empty: every statement is refused */

void db_set_reconnect_hook(void (*fn)(void)) { g_reconnect_hook = fn; }

void db_fence(const char *why) { snprintf(g_fence, sizeof g_fence, "%s", why && *why ? why : "fenced"); }

void db_unfence(void) { g_fence[0] = '\0'; }

int db_fenced(void) { return g_fence[0] != '\0'; }

/* After a new backend replaced a lost one: the owner of state tied to the
 * old backend (a job claim) re-checks it before anything else runs. */
static void after_reconnect(void)
{
    if (g_reconnect_hook)
        g_reconnect_hook();
}

/* Per-session settings: run on every new backend, including after
 * PQreset(), which reconnects with the URL's options only. */
static void session_setup(void)
{
    PGresult *r = PQexec(g_conn, "SET application_name = 'csd'");
    PQclear(r);
}

static int open_conn(void)
{
    forget_statements();
    if (g_conn) {
        PQfinish(g_conn);
        g_conn = NULL;
    }
    g_conn = PQconnectdb(g_url);
    if (PQstatus(g_conn) != CONNECTION_OK) {
        set_error(PQerrorMessage(g_conn), "08000");
        log_msg(LOG_WARN, "database connection failed: %s", g_err);
        PQfinish(g_conn);
        g_conn = NULL;
        return ERR_UNAVAILABLE;
    }
    session_setup();
    return 0;
}

int db_connect(const char *url)
{
    free(g_url);
    g_url = strdup(url ? url : "");
    if (!g_url)
        abort();
    return open_conn();
}

PGconn *db_conn(void)
{
    if (!g_url)
        return NULL;
    if (g_conn && PQstatus(g_conn) == CONNECTION_OK)
        return g_conn;
    if (g_conn) {
        forget_statements();
        PQreset(g_conn);
        if (PQstatus(g_conn) == CONNECTION_OK) {
            session_setup();
            log_msg(LOG_INFO, "database connection re-established");
            after_reconnect();
            return g_conn;
        }
    }
    if (open_conn() != 0)
        return NULL;
    after_reconnect();
    return g_conn;
}

void db_disconnect(void)
{
    forget_statements();
    if (g_conn)
        PQfinish(g_conn);
    g_conn = NULL;
}

static int map_state(const char *state)
{
    if (!state || !*state)
        return ERR_UNAVAILABLE;
    if (strcmp(state, "23505") == 0)
        return ERR_CONFLICT;
    if (strncmp(state, "23", 2) == 0 || strncmp(state, "22", 2) == 0)
        return ERR_INVALID;
    if (strncmp(state, "08", 2) == 0 || strncmp(state, "57P", 3) == 0 || strcmp(state, "53300") == 0)
        return ERR_UNAVAILABLE;
    if (strcmp(state, "55P03") == 0 || strcmp(state, "40001") == 0 || strcmp(state, "40P01") == 0)
        return ERR_CONFLICT;
    return ERR_INTERNAL;
}

static unsigned hash_sql(const char *s)
{
    unsigned h = 2166136261u; /* FNV-1a */
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 16777619u;
    return h;
}

/* Only plain DML/queries are prepared; BEGIN, LISTEN and friends run as is. */
static int preparable(const char *sql)
{
    static const char *const KEYWORDS[] = {"SELECT", "INSERT", "UPDATE", "DELETE", "WITH"};
    while (*sql == ' ' || *sql == '\n' || *sql == '(')
        sql++;
    for (unsigned i = 0; i < sizeof KEYWORDS / sizeof KEYWORDS[0]; i++)
        if (strncasecmp(sql, KEYWORDS[i], strlen(KEYWORDS[i])) == 0)
            return 1;
    return 0;
}

/* Runs sql as a prepared statement when it can (preparing it on first use),
 * else with PQexecParams. Returns the result (NULL only on OOM). */
static PGresult *exec_maybe_prepared(PGconn *c, const char *sql, int nparams, const char *const *params)
{
    if (!preparable(sql))
        return PQexecParams(c, sql, nparams, NULL, params, NULL, NULL, 0);
    unsigned h = hash_sql(sql);
    unsigned slot = h % DB_STMT_SLOTS;
    for (int probe = 0; probe < DB_STMT_SLOTS; probe++, slot = (slot + 1) % DB_STMT_SLOTS) {
        PreparedStmt *st = &g_stmts[slot];
        char name[24];
        snprintf(name, sizeof name, "cs_%u", slot);
        if (st->sql && st->hash == h && strcmp(st->sql, sql) == 0)
            return PQexecPrepared(c, name, nparams, params, NULL, NULL, 0);
        if (st->sql)
            continue;
        if (g_nstmts >= DB_STMT_SLOTS * 3 / 4)
            break; /* keep the table sparse; run unprepared */
        PGresult *p = PQprepare(c, name, sql, nparams, NULL);
        if (!p || PQresultStatus(p) != PGRES_COMMAND_OK)
            return p; /* the caller reports the error */
        PQclear(p);
        st->sql = strdup(sql);
        if (!st->sql)
            abort();
        st->hash = h;
        g_nstmts++;
        return PQexecPrepared(c, name, nparams, params, NULL, NULL, 0);
    }
    return PQexecParams(c, sql, nparams, NULL, params, NULL, NULL, 0);
}

int db_exec(Arena *a, PGresult **out, const char *sql, int nparams, const char *const *params)
{
    if (out)
        *out = NULL;
    PGconn *c = db_conn(); /* a reconnect may fence us (the hook runs first) */
    if (g_fence[0]) {
        set_error(g_fence, "55000");
        return ERR_CONFLICT;
    }
    if (!c) {
        set_error("database unavailable", "08000");
        return ERR_UNAVAILABLE;
    }
    PGresult *r = exec_maybe_prepared(c, sql, nparams, params);
    ExecStatusType st = r ? PQresultStatus(r) : PGRES_FATAL_ERROR;
    if (st == PGRES_TUPLES_OK || st == PGRES_COMMAND_OK) {
        if (out) {
            *out = r;
            if (a)
                arena_add_cleanup(a, clear_result, r);
        } else {
            PQclear(r);
        }
        return 0;
    }
    const char *state = r ? PQresultErrorField(r, PG_DIAG_SQLSTATE) : NULL;
    set_error(r ? PQresultErrorMessage(r) : PQerrorMessage(c), state);
    int rc = map_state(state);
    if (PQstatus(c) != CONNECTION_OK)
        rc = ERR_UNAVAILABLE;
    if (rc == ERR_INTERNAL)
        log_msg(LOG_ERROR, "query failed: %s sqlstate=%s", g_err, g_state);
    PQclear(r);
    return rc;
}

int db_exec0(const char *sql) { return db_exec(NULL, NULL, sql, 0, NULL); }

int db_begin(void) { return db_exec0("BEGIN"); }

int db_commit(void) { return db_exec0("COMMIT"); }

void db_rollback(void)
{
    if (g_conn && PQstatus(g_conn) == CONNECTION_OK &&
        PQtransactionStatus(g_conn) != PQTRANS_IDLE) {
        PGresult *r = PQexec(g_conn, "ROLLBACK");
        PQclear(r);
    }
}

const char *db_last_error(void) { return g_err; }

const char *db_last_sqlstate(void) { return g_state; }

const char *db_get(const PGresult *r, int row, int col)
{
    if (!r || row < 0 || row >= PQntuples(r) || col < 0 || col >= PQnfields(r))
        return NULL;
    if (PQgetisnull(r, row, col))
        return NULL;
    return PQgetvalue(r, row, col);
}

const char *db_getn(const PGresult *r, int row, const char *name)
{
    if (!r)
        return NULL;
    return db_get(r, row, PQfnumber(r, name));
}
