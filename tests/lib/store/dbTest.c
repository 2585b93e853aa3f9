/* dbTest.c — lib/db.c against a real Postgres: parameters, SQLSTATE →
 * ErrCode mapping, the prepared-statement cache, reconnecting after the
 * backend dies, transactions. Needs CS_TEST_DATABASE_URL (a migrated,
 * disposable database); every test fails without it (tests/testDb.h). */
#include <criterion/criterion.h>
#include <libpq-fe.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "store/db.h"
#include "core/errors.h"
#include "testDb.h"

static Arena *ta;

static const char *dburl(void) { return test_db_url(); }

static void setup(void)
{
    (void)dburl(); /* fails the test when there is no database */
    ta = arena_new(0);
    cr_assert_eq(db_connect(dburl()), 0, "%s", db_last_error());
    db_exec0("SET client_min_messages = warning");
}

static void teardown(void)
{
    db_disconnect();
    arena_destroy(&ta);
}

/* The single value of a one-row, one-column query (NULL = SQL NULL). */
static const char *one(const char *sql, int nparams, const char *const *params)
{
    PGresult *r = NULL;
    int rc = db_exec(ta, &r, sql, nparams, params);
    cr_assert_eq(rc, 0, "%s: %d %s", sql, rc, db_last_error());
    cr_assert_eq(PQntuples(r), 1, "%s", sql);
    return db_get(r, 0, 0);
}

/* A second, independent connection (to kill ours or look at it). */
static PGconn *other_conn(void)
{
    PGconn *c = PQconnectdb(dburl());
    cr_assert_eq(PQstatus(c), CONNECTION_OK, "%s", PQerrorMessage(c));
    return c;
}

/* Terminates backend `pid` from `c` and waits until it is gone, so the
 * next use of our connection meets a dead socket. */
static void kill_backend(PGconn *c, int pid)
{
    char pidtxt[24];
    snprintf(pidtxt, sizeof pidtxt, "%d", pid);
    const char *params[] = {pidtxt};
    PGresult *r = PQexecParams(c, "SELECT pg_terminate_backend($1::int)", 1, NULL, params, NULL, NULL, 0);
    cr_assert_eq(PQresultStatus(r), PGRES_TUPLES_OK, "%s", PQerrorMessage(c));
    cr_assert_str_eq(PQgetvalue(r, 0, 0), "t");
    PQclear(r);
    for (int i = 0; i < 200; i++) {
        r = PQexecParams(c, "SELECT count(*) FROM pg_stat_activity WHERE pid = $1::int", 1, NULL, params, NULL,
                         NULL, 0);
        int gone = PQresultStatus(r) == PGRES_TUPLES_OK && strcmp(PQgetvalue(r, 0, 0), "0") == 0;
        PQclear(r);
        if (gone)
            return;
        usleep(20000);
    }
    cr_assert_fail("backend %d did not go away", pid);
}

TestSuite(db, .init = setup, .fini = teardown);

Test(db, null_parameter_is_sql_null)
{
    const char *params[] = {NULL, "x", ""};
    PGresult *r = NULL;
    cr_assert_eq(db_exec(ta, &r, "SELECT $1::text IS NULL AS a, $2::text AS b, $3::text IS NULL AS c, $1::text AS d",
                         DB_NPARAMS(params), params),
                 0, "%s", db_last_error());
    cr_assert_str_eq(db_get(r, 0, 0), "t");
    cr_assert_str_eq(db_getn(r, 0, "b"), "x");
    cr_assert_str_eq(db_getn(r, 0, "c"), "f", "an empty string is not NULL");
    cr_assert_null(db_getn(r, 0, "d"), "SQL NULL reads back as a NULL pointer");
    cr_assert_null(db_getn(r, 0, "no_such_column"));
    cr_assert_null(db_get(r, 1, 0), "row out of range");
    cr_assert_null(db_get(r, 0, 9), "column out of range");
    cr_assert_null(db_get(NULL, 0, 0));

    /* A NULL parameter written and read back through a table. */
    cr_assert_eq(db_exec0("CREATE TEMP TABLE tnull (id int PRIMARY KEY, v text)"), 0, "%s", db_last_error());
    const char *ins[] = {"1", NULL};
    cr_assert_eq(db_exec(ta, NULL, "INSERT INTO tnull (id, v) VALUES ($1::int, $2)", 2, ins), 0, "%s",
                 db_last_error());
    const char *id[] = {"1"};
    cr_assert_str_eq(one("SELECT (v IS NULL)::text FROM tnull WHERE id = $1::int", 1, id), "true");
}

Test(db, result_owned_by_caller_without_arena)
{
    PGresult *r = NULL;
    cr_assert_eq(db_exec(NULL, &r, "SELECT 'own'", 0, NULL), 0);
    cr_assert_not_null(r);
    cr_assert_str_eq(db_get(r, 0, 0), "own");
    PQclear(r);
    /* out == NULL: the result is dropped, only the status counts. */
    cr_assert_eq(db_exec(ta, NULL, "SELECT 1", 0, NULL), 0);
}

Test(db, error_mapping)
{
    cr_assert_eq(db_exec0("CREATE TEMP TABLE terr (id int PRIMARY KEY, n int NOT NULL CHECK (n > 0))"), 0, "%s",
                 db_last_error());
    const char *ok[] = {"1", "5"};
    const char *sql = "INSERT INTO terr (id, n) VALUES ($1::int, $2::int)";
    cr_assert_eq(db_exec(ta, NULL, sql, 2, ok), 0, "%s", db_last_error());
    cr_assert_str_eq(db_last_sqlstate(), "", "success leaves no error behind (none so far)");

    /* unique violation */
    cr_assert_eq(db_exec(ta, NULL, sql, 2, ok), ERR_CONFLICT);
    cr_assert_str_eq(db_last_sqlstate(), "23505");
    cr_assert(strstr(db_last_error(), "duplicate key") != NULL, "%s", db_last_error());

    /* check violation, not-null violation, bad text for int */
    const char *neg[] = {"2", "-1"};
    PGresult *r = (PGresult *)1;
    cr_assert_eq(db_exec(ta, &r, sql, 2, neg), ERR_INVALID);
    cr_assert_null(r, "*out is NULL on failure");
    cr_assert_str_eq(db_last_sqlstate(), "23514");
    const char *nul[] = {"3", NULL};
    cr_assert_eq(db_exec(ta, NULL, sql, 2, nul), ERR_INVALID);
    cr_assert_str_eq(db_last_sqlstate(), "23502");
    const char *bad[] = {"4", "abc"};
    cr_assert_eq(db_exec(ta, NULL, sql, 2, bad), ERR_INVALID);
    cr_assert_str_eq(db_last_sqlstate(), "22P02");

    /* syntax errors: prepared path (SELECT ...) and the plain path */
    cr_assert_eq(db_exec(ta, NULL, "SELECT FROM WHERE 1", 0, NULL), ERR_INTERNAL);
    cr_assert_str_eq(db_last_sqlstate(), "42601");
    cr_assert(db_last_error()[0] != '\0');
    cr_assert_null(strchr(db_last_error(), '\n'), "the message is one line");
    cr_assert_eq(db_exec0("SELEC 1"), ERR_INTERNAL);
    cr_assert_str_eq(db_last_sqlstate(), "42601");
    cr_assert(strstr(db_last_error(), "syntax error") != NULL, "%s", db_last_error());

    /* an unknown table is internal too; the connection stays usable */
    cr_assert_eq(db_exec(ta, NULL, "SELECT * FROM no_such_table_xyz", 0, NULL), ERR_INTERNAL);
    cr_assert_str_eq(db_last_sqlstate(), "42P01");
    cr_assert_str_eq(one("SELECT count(*)::text FROM terr", 0, NULL), "1");

    /* a failed prepare is not cached: the same text fails the same way,
     * and works once the table exists. */
    const char *later = "SELECT count(*)::text FROM tlater";
    cr_assert_eq(db_exec(ta, NULL, later, 0, NULL), ERR_INTERNAL);
    cr_assert_eq(db_exec(ta, NULL, later, 0, NULL), ERR_INTERNAL);
    cr_assert_eq(db_exec0("CREATE TEMP TABLE tlater (x int)"), 0);
    cr_assert_str_eq(one(later, 0, NULL), "0");
}

Test(db, same_sql_many_times)
{
    char want[32];
    for (int i = 0; i < 500; i++) {
        char v[16];
        snprintf(v, sizeof v, "%d", i);
        const char *p[] = {v};
        snprintf(want, sizeof want, "%d", i * 2 + 1);
        cr_assert_str_eq(one("SELECT ($1::int * 2 + 1)::text", 1, p), want);
        /* interleave a second statement so two cache slots alternate */
        cr_assert_str_eq(one("SELECT upper($1)", 1, p), v);
    }
}

Test(db, distinct_sql_in_a_reused_buffer_does_not_alias)
{
    /* The cache is keyed by text, not by pointer: one buffer holding many
     * different statements must give each its own result. More texts than
     * the cache holds, so the overflow (unprepared) path runs too. */
    char sql[64];
    for (int round = 0; round < 2; round++) {
        for (int i = 0; i < 300; i++) {
            snprintf(sql, sizeof sql, "SELECT '%d-' || $1", i);
            const char *p[] = {round ? "b" : "a"};
            char want[32];
            snprintf(want, sizeof want, "%d-%s", i, p[0]);
            cr_assert_str_eq(one(sql, 1, p), want, "text %s", sql);
        }
    }
    /* Same length, same parameter count, one character apart. */
    snprintf(sql, sizeof sql, "SELECT 'x' || $1");
    const char *p[] = {"1"};
    cr_assert_str_eq(one(sql, 1, p), "x1");
    sql[8] = 'y';
    cr_assert_str_eq(one(sql, 1, p), "y1");
    sql[8] = 'x';
    cr_assert_str_eq(one(sql, 1, p), "x1");
}

Test(db, reconnects_after_backend_terminated_by_another_session)
{
    /* Prepare a statement on the first backend. */
    const char *sql = "SELECT pg_backend_pid()::text";
    const char *pid1 = one(sql, 0, NULL);
    int pid = (int)strtol(pid1, NULL, 10);
    cr_assert_eq(pid, PQbackendPID(db_conn()));

    PGconn *c = other_conn();
    kill_backend(c, pid);
    PQfinish(c);

    /* The loss is noticed by the next query (ERR_UNAVAILABLE, at most
     * once); then the same statement text runs on a new backend (the old
     * backend's prepared statements are forgotten). */
    PGresult *r = NULL;
    int rc = db_exec(ta, &r, sql, 0, NULL);
    if (rc != 0) {
        cr_assert_eq(rc, ERR_UNAVAILABLE, "rc %d: %s", rc, db_last_error());
        rc = db_exec(ta, &r, sql, 0, NULL);
    }
    cr_assert_eq(rc, 0, "rc %d: %s", rc, db_last_error());
    cr_assert_neq(strtol(db_get(r, 0, 0), NULL, 10), pid, "a new backend");
    /* Several cached statements keep working after the reconnect. */
    for (int i = 0; i < 3; i++)
        cr_assert_str_eq(one("SELECT 'after'", 0, NULL), "after");
    cr_assert_str_eq(one("SELECT current_setting('application_name')", 0, NULL), "csd",
                     "session settings survive a reconnect");
}

Test(db, reconnects_after_own_backend_terminated)
{
    cr_assert_str_eq(one("SELECT 'before'", 0, NULL), "before");
    int pid = PQbackendPID(db_conn());
    int rc = db_exec(ta, NULL, "SELECT pg_terminate_backend(pg_backend_pid())", 0, NULL);
    cr_assert_eq(rc, ERR_UNAVAILABLE, "rc %d: %s", rc, db_last_error());
    rc = db_exec(ta, NULL, "SELECT 'before'", 0, NULL);
    cr_assert_eq(rc, 0, "rc %d: %s", rc, db_last_error());
    cr_assert_str_eq(one("SELECT 'before'", 0, NULL), "before");
    cr_assert_neq(PQbackendPID(db_conn()), pid);
}

Test(db, unavailable_when_the_server_cannot_be_reached)
{
    db_disconnect();
    /* Port 1 on loopback: connection refused at once. */
    cr_assert_eq(db_connect("postgresql://nobody@127.0.0.1:1/none?connect_timeout=2"), ERR_UNAVAILABLE);
    cr_assert_null(db_conn());
    cr_assert_eq(db_exec(ta, NULL, "SELECT 1", 0, NULL), ERR_UNAVAILABLE);
    cr_assert_str_eq(db_last_sqlstate(), "08000");
    db_rollback(); /* never fails, even without a connection */
    /* Back to the real database. */
    cr_assert_eq(db_connect(dburl()), 0);
    cr_assert_str_eq(one("SELECT 'back'", 0, NULL), "back");
}

Test(db, begin_commit_rollback)
{
    cr_assert_eq(db_exec0("CREATE TEMP TABLE ttx (id int PRIMARY KEY)"), 0);
    const char *ins = "INSERT INTO ttx (id) VALUES ($1::int)";
    const char *count = "SELECT count(*)::text FROM ttx";

    /* committed work stays */
    cr_assert_eq(db_begin(), 0);
    cr_assert_eq(PQtransactionStatus(db_conn()), PQTRANS_INTRANS);
    const char *p1[] = {"1"};
    cr_assert_eq(db_exec(ta, NULL, ins, 1, p1), 0);
    cr_assert_eq(db_commit(), 0);
    cr_assert_eq(PQtransactionStatus(db_conn()), PQTRANS_IDLE);
    cr_assert_str_eq(one(count, 0, NULL), "1");

    /* rolled back work goes */
    cr_assert_eq(db_begin(), 0);
    const char *p2[] = {"2"};
    cr_assert_eq(db_exec(ta, NULL, ins, 1, p2), 0);
    cr_assert_str_eq(one(count, 0, NULL), "2", "visible inside the transaction");
    db_rollback();
    cr_assert_eq(PQtransactionStatus(db_conn()), PQTRANS_IDLE);
    cr_assert_str_eq(one(count, 0, NULL), "1");

    /* an error aborts the transaction; rollback makes the connection usable */
    cr_assert_eq(db_begin(), 0);
    cr_assert_eq(db_exec(ta, NULL, ins, 1, p1), ERR_CONFLICT);
    cr_assert_eq(PQtransactionStatus(db_conn()), PQTRANS_INERROR);
    cr_assert_neq(db_exec(ta, NULL, count, 0, NULL), 0, "statements fail in an aborted transaction");
    cr_assert_str_eq(db_last_sqlstate(), "25P02");
    db_rollback();
    cr_assert_str_eq(one(count, 0, NULL), "1");

    /* rollback outside a transaction is harmless; COMMIT of an aborted
     * transaction rolls it back */
    db_rollback();
    cr_assert_eq(db_begin(), 0);
    cr_assert_eq(db_exec(ta, NULL, ins, 1, p2), 0);
    cr_assert_eq(db_exec0("SELEC oops"), ERR_INTERNAL);
    db_commit();
    cr_assert_eq(PQtransactionStatus(db_conn()), PQTRANS_IDLE);
    cr_assert_str_eq(one(count, 0, NULL), "1");

    /* statements prepared inside a rolled-back transaction stay usable */
    cr_assert_eq(db_begin(), 0);
    cr_assert_str_eq(one("SELECT 'in-tx-prepared'", 0, NULL), "in-tx-prepared");
    db_rollback();
    cr_assert_str_eq(one("SELECT 'in-tx-prepared'", 0, NULL), "in-tx-prepared");
}
