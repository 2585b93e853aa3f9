/* dbNotifyTest.c — lib/dbNotify.c against a real Postgres: LISTEN after
 * connect, NOTIFY from another session and from the sql/002 and sql/004
 * triggers bumping the right generation, and a reconnect bumping all.
 * Needs CS_TEST_DATABASE_URL (a migrated, disposable database); every test
 * fails without it (tests/testDb.h). */
#include <criterion/criterion.h>
#include <libpq-fe.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "store/db.h"
#include "store/dbNotify.h"
#include "core/errors.h"
#include "testDb.h"

#define POLLS 150         /* db_notify_sync attempts before giving up */
#define POLL_SLEEP_US 20000

static PGconn *other;

static const char *dburl(void) { return test_db_url(); }

static void setup(void)
{
    (void)dburl(); /* fails the test when there is no database */
    cr_assert_eq(db_connect(dburl()), 0, "%s", db_last_error());
    db_exec0("SET client_min_messages = warning");
    other = PQconnectdb(dburl());
    cr_assert_eq(PQstatus(other), CONNECTION_OK, "%s", PQerrorMessage(other));
}

static void teardown(void)
{
    PQfinish(other);
    other = NULL;
    db_disconnect();
}

/* Runs sql on the second connection (libpq directly, outside lib/db). */
static void other_exec(const char *sql)
{
    PGresult *r = PQexec(other, sql);
    ExecStatusType st = PQresultStatus(r);
    cr_assert(st == PGRES_COMMAND_OK || st == PGRES_TUPLES_OK, "%s: %s", sql, PQerrorMessage(other));
    PQclear(r);
}

/* Syncs until ch's generation moves past `before`; returns the new value
 * (fails the test if it never does). */
static uint64_t wait_bump(DbChannel ch, uint64_t before)
{
    for (int i = 0; i < POLLS; i++) {
        int rc = db_notify_sync();
        cr_assert(rc == 0 || rc == ERR_UNAVAILABLE, "rc %d", rc);
        if (db_notify_generation(ch) > before)
            return db_notify_generation(ch);
        usleep(POLL_SLEEP_US);
    }
    cr_assert_fail("channel %d stayed at generation %llu", (int)ch, (unsigned long long)before);
    return 0;
}

/* A few more syncs, so a stray notification would have arrived. */
static void settle(void)
{
    for (int i = 0; i < 5; i++) {
        cr_assert_eq(db_notify_sync(), 0);
        usleep(POLL_SLEEP_US);
    }
}

TestSuite(db_notify, .init = setup, .fini = teardown);

Test(db_notify, generations_nonzero_after_first_sync)
{
    cr_assert_eq(db_notify_generation(DB_CHANNEL_AGENTS), 0, "nothing before the first sync");
    cr_assert_eq(db_notify_sync(), 0);
    cr_assert_gt(db_notify_generation(DB_CHANNEL_AGENTS), 0);
    cr_assert_gt(db_notify_generation(DB_CHANNEL_EMAILS), 0);
    cr_assert_eq(db_notify_generation(DB_CHANNEL_COUNT), 0, "out of range channel");
    cr_assert_eq(db_notify_generation((DbChannel)-1), 0, "out of range channel");
    /* With nothing happening, syncing again changes nothing. */
    uint64_t ga = db_notify_generation(DB_CHANNEL_AGENTS), ge = db_notify_generation(DB_CHANNEL_EMAILS);
    settle();
    cr_assert_eq(db_notify_generation(DB_CHANNEL_AGENTS), ga);
    cr_assert_eq(db_notify_generation(DB_CHANNEL_EMAILS), ge);
    /* The LISTENs are really registered on our backend. */
    PGresult *r = NULL;
    cr_assert_eq(db_exec(NULL, &r, "SELECT string_agg(c, ',' ORDER BY c) FROM pg_listening_channels() c", 0, NULL),
                 0);
    cr_assert_str_eq(db_get(r, 0, 0), "agents_changed,emails_changed");
    PQclear(r);
}

Test(db_notify, notify_from_another_session_bumps_only_its_channel)
{
    cr_assert_eq(db_notify_sync(), 0);
    uint64_t ga = db_notify_generation(DB_CHANNEL_AGENTS), ge = db_notify_generation(DB_CHANNEL_EMAILS);

    other_exec("NOTIFY agents_changed");
    uint64_t ga2 = wait_bump(DB_CHANNEL_AGENTS, ga);
    settle();
    cr_assert_eq(db_notify_generation(DB_CHANNEL_EMAILS), ge, "emails untouched by agents_changed");
    cr_assert_eq(db_notify_generation(DB_CHANNEL_AGENTS), ga2);

    /* A channel nobody caches is ignored. */
    other_exec("NOTIFY unrelated_channel");
    settle();
    cr_assert_eq(db_notify_generation(DB_CHANNEL_AGENTS), ga2);
    cr_assert_eq(db_notify_generation(DB_CHANNEL_EMAILS), ge);

    /* And the other way round. */
    other_exec("NOTIFY emails_changed, 'payload is ignored'");
    wait_bump(DB_CHANNEL_EMAILS, ge);
    settle();
    cr_assert_eq(db_notify_generation(DB_CHANNEL_AGENTS), ga2, "agents untouched by emails_changed");
}

Test(db_notify, table_triggers_bump_their_channel)
{
    cr_assert_eq(db_notify_sync(), 0);
    uint64_t ga = db_notify_generation(DB_CHANNEL_AGENTS), ge = db_notify_generation(DB_CHANNEL_EMAILS);

    /* An email inserted by another session (sql/004 trigger). */
    other_exec("INSERT INTO emails (mailbox, gmail_message_id, subject) "
               "VALUES ('support@example.com', 'dbnotify-1', 'hello')");
    ge = wait_bump(DB_CHANNEL_EMAILS, ge);
    settle();
    cr_assert_eq(db_notify_generation(DB_CHANNEL_AGENTS), ga);

    /* One inserted by this process itself is seen too (a worker that
     * writes must not serve its own stale page). */
    const char *params[] = {"support@example.com", "dbnotify-2"};
    cr_assert_eq(db_exec(NULL, NULL, "INSERT INTO emails (mailbox, gmail_message_id) VALUES ($1, $2)", 2, params),
                 0, "%s", db_last_error());
    ge = wait_bump(DB_CHANNEL_EMAILS, ge);

    /* Nothing is announced for a rolled-back change. */
    other_exec("BEGIN");
    other_exec("DELETE FROM emails WHERE gmail_message_id LIKE 'dbnotify-%'");
    other_exec("ROLLBACK");
    settle();
    cr_assert_eq(db_notify_generation(DB_CHANNEL_EMAILS), ge);

    /* agents (sql/002 trigger). */
    other_exec("INSERT INTO agents (name, email) VALUES ('Notify Test', 'notify-test@example.com')");
    wait_bump(DB_CHANNEL_AGENTS, ga);
    settle();
    cr_assert_eq(db_notify_generation(DB_CHANNEL_EMAILS), ge);
    other_exec("DELETE FROM agents WHERE email = 'notify-test@example.com'");
    other_exec("DELETE FROM emails WHERE gmail_message_id LIKE 'dbnotify-%'");
}

Test(db_notify, reconnect_bumps_every_generation_and_listens_again)
{
    cr_assert_eq(db_notify_sync(), 0);
    uint64_t ga = db_notify_generation(DB_CHANNEL_AGENTS), ge = db_notify_generation(DB_CHANNEL_EMAILS);
    int pid = PQbackendPID(db_conn());
    char pidtxt[24];
    snprintf(pidtxt, sizeof pidtxt, "%d", pid);
    const char *params[] = {pidtxt};
    PGresult *r = PQexecParams(other, "SELECT pg_terminate_backend($1::int)", 1, NULL, params, NULL, NULL, 0);
    cr_assert_eq(PQresultStatus(r), PGRES_TUPLES_OK, "%s", PQerrorMessage(other));
    PQclear(r);

    /* Syncing notices the loss, reconnects and bumps both channels: a
     * notification may have been missed while it was down. */
    wait_bump(DB_CHANNEL_AGENTS, ga);
    cr_assert_gt(db_notify_generation(DB_CHANNEL_EMAILS), ge);
    cr_assert_neq(PQbackendPID(db_conn()), pid);
    cr_assert_eq(db_notify_sync(), 0);

    /* The new backend LISTENs again. */
    ga = db_notify_generation(DB_CHANNEL_AGENTS);
    ge = db_notify_generation(DB_CHANNEL_EMAILS);
    other_exec("NOTIFY emails_changed");
    wait_bump(DB_CHANNEL_EMAILS, ge);
    settle();
    cr_assert_eq(db_notify_generation(DB_CHANNEL_AGENTS), ga);
}

Test(db_notify, unavailable_without_a_database)
{
    db_disconnect();
    cr_assert_eq(db_connect("postgresql://nobody@127.0.0.1:1/none?connect_timeout=2"), ERR_UNAVAILABLE);
    cr_assert_eq(db_notify_sync(), ERR_UNAVAILABLE);
    /* Once the database is back, the first sync bumps everything. */
    cr_assert_eq(db_connect(dburl()), 0);
    cr_assert_eq(db_notify_sync(), 0);
    cr_assert_gt(db_notify_generation(DB_CHANNEL_AGENTS), 0);
    cr_assert_gt(db_notify_generation(DB_CHANNEL_EMAILS), 0);
}

/* A change committed by another session before the sync is seen by that
 * very sync, every time: the cache of who a token is must refuse a
 * deactivated agent on the next request (before the empty round trip,
 * most of these were missed in a tight loop). */
Test(db_notify, a_committed_change_is_seen_by_the_next_sync)
{
    cr_assert_eq(db_notify_sync(), 0);
    for (int i = 0; i < 300; i++) {
        uint64_t before = db_notify_generation(DB_CHANNEL_AGENTS);
        other_exec("NOTIFY agents_changed");
        cr_assert_eq(db_notify_sync(), 0);
        cr_assert_gt(db_notify_generation(DB_CHANNEL_AGENTS), before, "missed on round %d", i);
    }
}

/* Inside a request only the first sync makes the round trip; the next
 * request's first sync sees what was committed in between. */
Test(db_notify, each_request_sees_what_was_committed_before_it)
{
    cr_assert_eq(db_notify_sync(), 0);
    for (int i = 0; i < 100; i++) {
        db_notify_request_begin();
        cr_assert_eq(db_notify_sync(), 0);
        cr_assert_eq(db_notify_sync(), 0, "a second sync in the request still succeeds");
        db_notify_request_end();
        uint64_t before = db_notify_generation(DB_CHANNEL_AGENTS);
        other_exec("NOTIFY agents_changed");
        db_notify_request_begin();
        cr_assert_eq(db_notify_sync(), 0);
        cr_assert_gt(db_notify_generation(DB_CHANNEL_AGENTS), before, "missed on request %d", i);
        db_notify_request_end();
    }
}
