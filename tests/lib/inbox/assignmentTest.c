/* assignmentTest.c — lib/inbox/assignment.c against a real Postgres
 * (CS_TEST_DATABASE_URL; skipped without it): the auto-assignment rules,
 * manual refusals, the waiting queue filled when capacity frees, and an
 * inactive agent's work re-queued. */
#include <criterion/criterion.h>
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "core/errors.h"
#include "inbox/assignment.h"
#include "store/db.h"

static Arena *ta;

static void db_setup(void)
{
    const char *url = getenv("CS_TEST_DATABASE_URL");
    if (!url)
        cr_skip_test("CS_TEST_DATABASE_URL not set");
    ta = arena_new(0);
    cr_assert_eq(db_connect(url), 0, "%s", db_last_error());
    db_exec0("SET client_min_messages = warning");
    cr_assert_eq(db_exec0("TRUNCATE agents, customers, conversations, reporting_events, jobs RESTART IDENTITY CASCADE"),
                 0, "%s", db_last_error());
}

static void db_teardown(void)
{
    db_disconnect();
    arena_destroy(&ta);
}

TestSuite(assignment_db, .init = db_setup, .fini = db_teardown);

static int64_t insert_id(const char *sql, const char *a, const char *b, const char *c)
{
    PGresult *r = NULL;
    const char *p[] = {a, b, c};
    cr_assert_eq(db_exec(ta, &r, sql, 3, p), 0, "%s", db_last_error());
    return strtoll(db_get(r, 0, 0), NULL, 10);
}

static int64_t agent(const char *name, const char *teams, const char *capacity)
{
    return insert_id("INSERT INTO agents (name, email, teams, capacity) VALUES ($1, lower($1) || '@k.example',"
                     " $2::text[], $3::int) RETURNING id",
                     name, teams, capacity);
}

/* An open conversation of `team`, created `age` minutes ago. */
static int64_t conv(const char *team, const char *age)
{
    return insert_id("INSERT INTO conversations (channel, team, created_at) VALUES ($1, $2, now() - $3::int *"
                     " interval '1 minute') RETURNING id",
                     "email", team, age);
}

static int64_t assignee(int64_t cid)
{
    PGresult *r = NULL;
    const char *p[] = {arena_sprintf(ta, "%" PRId64, cid)};
    cr_assert_eq(db_exec(ta, &r, "SELECT assignee_id FROM conversations WHERE id = $1", 1, p), 0);
    const char *v = db_get(r, 0, 0);
    return v ? strtoll(v, NULL, 10) : 0;
}

static int64_t auto_tx(int64_t cid, int64_t exclude)
{
    int64_t got = -1;
    cr_assert_eq(db_begin(), 0);
    cr_assert_eq(assignment_auto(ta, cid, exclude, &got), 0, "%s", db_last_error());
    cr_assert_eq(db_commit(), 0);
    return got;
}

Test(assignment_db, least_loaded_then_longest_idle_and_capacity)
{
    int64_t a1 = agent("A1", "{dispatch}", "2"), a2 = agent("A2", "{dispatch,sales}", "1");
    agent("Fin", "{finance}", "5");
    db_exec0("UPDATE agents SET last_assigned_at = now() - interval '1 day' WHERE name = 'A2'");
    db_exec0("UPDATE agents SET last_assigned_at = now() WHERE name = 'A1'");
    int64_t c1 = conv("dispatch", "9"), c2 = conv("dispatch", "8"), c3 = conv("dispatch", "7"),
            c4 = conv("dispatch", "6"), none = conv(NULL, "5");
    cr_assert_eq(auto_tx(c1, 0), a2, "tie on load 0: the one assigned longest ago");
    cr_assert_eq(auto_tx(c2, 0), a1, "a2 is full");
    cr_assert_eq(auto_tx(c3, 0), a1);
    cr_assert_eq(auto_tx(c4, 0), 0, "everybody full: it waits");
    cr_assert_eq(assignee(c4), 0);
    cr_assert_eq(auto_tx(none, 0), 0, "no team: not eligible");
    cr_assert_eq(auto_tx(c1, 0), 0, "already assigned: untouched");
    cr_assert_eq(assignee(c1), a2);

    /* capacity frees (c1 resolved): the fill gives the waiting one to a2 */
    const char *p[] = {arena_sprintf(ta, "%" PRId64, c1)};
    cr_assert_eq(db_exec(ta, NULL, "UPDATE conversations SET status = 'resolved' WHERE id = $1", 1, p), 0);
    int n = 0;
    cr_assert_eq(assignment_fill_agent(ta, a2, 0, 10, &n), 0, "%s", db_last_error());
    cr_assert_eq(n, 1);
    cr_assert_eq(assignee(c4), a2);
    PGresult *r = NULL;
    cr_assert_eq(db_exec(ta, &r, "SELECT count(*) FROM reporting_events WHERE name = 'assigned'", 0, NULL), 0);
    cr_assert_str_eq(db_get(r, 0, 0), "4");
}

Test(assignment_db, needs_team_and_exclusion)
{
    int64_t a1 = agent("B1", "{technical}", "5"), a2 = agent("B2", "{technical}", "5");
    int64_t c = conv("technical", "3");
    const char *p[] = {arena_sprintf(ta, "%" PRId64, c)};
    cr_assert_eq(db_exec(ta, NULL, "UPDATE conversations SET needs_team = true WHERE id = $1", 1, p), 0);
    cr_assert_eq(auto_tx(c, 0), 0, "needs_team waits for a human");
    cr_assert_eq(db_exec(ta, NULL, "UPDATE conversations SET needs_team = false WHERE id = $1", 1, p), 0);
    cr_assert_eq(auto_tx(c, a1), a2, "the excluded agent (who released it) is skipped");
}

Test(assignment_db, manual_refusals_and_force)
{
    int64_t a = agent("C1", "{general}", "1"), gone = agent("Gone", "{general}", "1");
    db_exec0("UPDATE agents SET active = false WHERE name = 'Gone'");
    int64_t c1 = conv("general", "2"), c2 = conv("general", "1"), prev = -1;
    AssignRefusal why;
    cr_assert_eq(db_begin(), 0);
    cr_assert_eq(assignment_set(ta, c1, a, 0, 0, &why, &prev), 0);
    cr_assert_eq(why, ASSIGN_OK);
    cr_assert_eq(prev, 0);
    cr_assert_eq(assignment_set(ta, c2, a, 0, 0, &why, &prev), 0);
    cr_assert_eq(why, ASSIGN_AT_CAPACITY);
    cr_assert_eq(assignment_set(ta, c2, gone, 0, 1, &why, &prev), 0);
    cr_assert_eq(why, ASSIGN_AGENT_INACTIVE);
    cr_assert_eq(assignment_set(ta, c2, 424242, 0, 1, &why, &prev), 0);
    cr_assert_eq(why, ASSIGN_AGENT_MISSING);
    cr_assert_eq(assignment_set(ta, c2, a, 0, 1, &why, &prev), 0);
    cr_assert_eq(why, ASSIGN_OK, "force goes beyond capacity");
    cr_assert_eq(assignment_set(ta, 999999, a, 0, 1, &why, &prev), ERR_NOT_FOUND);
    db_rollback();
}

Test(assignment_db, inactive_agent_work_requeued_to_others)
{
    int64_t a = agent("D1", "{sales}", "5"), b = agent("D2", "{sales}", "5");
    int64_t c1 = conv("sales", "2"), c2 = conv("sales", "1");
    cr_assert_eq(auto_tx(c1, 0), a);
    cr_assert_eq(auto_tx(c2, 0), b);
    db_exec0("UPDATE agents SET active = false WHERE name = 'D1'");
    int n = 0;
    cr_assert_eq(assignment_requeue_inactive(ta, a, &n), 0, "%s", db_last_error());
    cr_assert_eq(n, 1);
    cr_assert_eq(assignee(c1), b, "re-queued and given to the other agent");
    PGresult *r = NULL;
    cr_assert_eq(db_exec(ta, &r, "SELECT count(*) FROM assignments WHERE unassigned_at IS NOT NULL", 0, NULL), 0);
    cr_assert_str_eq(db_get(r, 0, 0), "1");
    cr_assert_eq(assignment_requeue_inactive(ta, b, &n), 0);
    cr_assert_eq(n, 0, "an active agent keeps their work");
}
