/* callStoreTest.c — the fold against Postgres: every order of a call's
 * three deliveries (Passthru with digits, StatusCallback, Call Details),
 * folded after each arrival as the jobs would, ends in the same calls row,
 * one timeline message, one team choice and one recording; folding again
 * changes nothing; a missed call is reported once. Needs
 * CS_TEST_DATABASE_URL (a migrated, disposable database). */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "channels/ivr/callEvent.h"
#include "channels/ivr/callStore.h"
#include "core/config.h"
#include "core/errors.h"
#include "store/db.h"

static const char *dburl(void) { return getenv("CS_TEST_DATABASE_URL"); }

static const char *one(Arena *a, const char *sql, const char *p1)
{
    const char *params[] = {p1};
    PGresult *r = NULL;
    cr_assert_eq(db_exec(a, &r, sql, p1 ? 1 : 0, p1 ? params : NULL), 0, "%s: %s", sql, db_last_error());
    return PQntuples(r) ? db_get(r, 0, 0) : NULL;
}

static void events_for(const char *sid, const char *phone, CallEvent ev[3])
{
    call_event_init(&ev[0], "exotel", "passthru");
    ev[0].call_id = sid;
    ev[0].direction = "in";
    ev[0].from = phone;
    ev[0].digits = "1";
    ev[0].started_at = 1795000000;
    ev[0].status_raw = "call-attempt";
    call_event_init(&ev[1], "exotel", "status");
    ev[1].call_id = sid;
    ev[1].from = phone;
    ev[1].status = "answered";
    ev[1].status_raw = "completed";
    ev[1].talk_seconds = 30;
    ev[1].started_at = 1795000000;
    ev[1].ended_at = 1795000050;
    ev[1].recording_url = "https://recordings.example/a.mp3";
    call_event_init(&ev[2], "exotel", "details");
    ev[2].call_id = sid;
    ev[2].from = phone;
    ev[2].status = "answered";
    ev[2].status_raw = "completed";
    ev[2].talk_seconds = 42;
    ev[2].started_at = 1795000000;
    ev[2].ended_at = 1795000062;
    ev[2].recording_url = "https://recordings.example/a.mp3";
}

/* One test: Criterion may run tests in parallel, and they would share rows. */
Test(call_store_db, any_order_same_result_then_missed_once)
{
    if (!dburl())
        cr_skip_test("CS_TEST_DATABASE_URL not set");
    memset(&g_config, 0, sizeof g_config);
    g_config.job_max_attempts = 8;
    g_config.ivr_digit_teams = "1:dispatch,2:finance";
    cr_assert_eq(db_connect(dburl()), 0);
    db_exec0("SET client_min_messages = warning");
    Arena *a = arena_new(0);
    static const int ORDERS[6][3] = {{0, 1, 2}, {0, 2, 1}, {1, 0, 2}, {1, 2, 0}, {2, 0, 1}, {2, 1, 0}};
    const char *first_summary = NULL;
    for (int o = 0; o < 6; o++) {
        const char *sid = arena_sprintf(a, "perm-%d", o);
        const char *phone = arena_sprintf(a, "+9198100000%02d", o);
        CallEvent ev[3];
        events_for(sid, phone, ev);
        for (int k = 0; k < 3; k++) {
            int fresh = 0;
            cr_assert_eq(call_event_record(a, &ev[ORDERS[o][k]], "raw", &fresh), 0, "%s", db_last_error());
            cr_assert_eq(fresh, 1);
            CallFoldResult res;
            cr_assert_eq(call_fold(a, "exotel", sid, &res), 0, "%s", db_last_error());
            cr_assert_eq(res.message_created, k == 0, "order %d step %d", o, k);
        }
        /* A redelivery records nothing; another fold changes nothing. */
        int fresh = 1;
        cr_assert_eq(call_event_record(a, &ev[1], "raw", &fresh), 0);
        cr_assert_eq(fresh, 0);
        CallFoldResult again;
        cr_assert_eq(call_fold(a, "exotel", sid, &again), 0);
        cr_assert_eq(again.message_created + again.message_updated + again.conversation_changed, 0);

        const char *summary = one(a,
                                  "SELECT concat_ws('|', c.status, c.status_raw, c.talk_seconds,"
                                  " extract(epoch FROM c.started_at)::bigint, extract(epoch FROM c.ended_at)::bigint,"
                                  " c.digits, c.direction, v.team, m.kind, m.text, m.meta->>'talk_seconds',"
                                  " (SELECT count(*) FROM messages WHERE call_id = c.id),"
                                  " (SELECT count(*) FROM triage_runs WHERE conversation_id = c.conversation_id"
                                  "  AND provider = 'ivr'),"
                                  " (SELECT count(*) FROM jobs WHERE kind = 'assign_conversation'"
                                  "  AND (payload->>'conversation_id')::bigint = c.conversation_id),"
                                  " (SELECT count(*) FROM media WHERE id = c.recording_media_id),"
                                  " m.media_id = c.recording_media_id)"
                                  " FROM calls c JOIN conversations v ON v.id = c.conversation_id"
                                  " JOIN messages m ON m.id = c.message_id WHERE c.provider_call_id = $1",
                                  sid);
        cr_assert_not_null(summary);
        cr_assert_str_eq(summary,
                         "answered|completed|42|1795000000|1795000062|1|in|dispatch|call|Answered call, 0m 42s|42"
                         "|1|1|1|1|t",
                         "order %d", o);
        if (!first_summary)
            first_summary = summary;
        cr_assert_str_eq(summary, first_summary);
    }

    /* Missed: high priority and one missed_call event, whatever the repeats. */
    CallEvent m;
    call_event_init(&m, "generic", "generic");
    m.call_id = "missed-1";
    m.direction = "in";
    m.from = "+919810000099";
    m.status = "missed";
    m.status_raw = "missed";
    int fresh = 0;
    CallFoldResult res;
    cr_assert_eq(call_event_record(a, &m, NULL, &fresh), 0);
    cr_assert_eq(call_fold(a, "generic", "missed-1", &res), 0);
    cr_assert_eq(call_fold(a, "generic", "missed-1", &res), 0);
    const char *cid = one(a, "SELECT conversation_id FROM calls WHERE provider_call_id = 'missed-1'", NULL);
    cr_assert_str_eq(one(a, "SELECT priority FROM conversations WHERE id = $1::bigint", cid), "high");
    cr_assert_str_eq(one(a, "SELECT count(*) FROM reporting_events WHERE name = 'missed_call'"
                            " AND conversation_id = $1::bigint", cid), "1");
    /* No events: nothing to fold, nothing written. */
    cr_assert_eq(call_fold(a, "generic", "never-seen", &res), 0);
    cr_assert_eq(res.call_row_id, 0);
    arena_destroy(&a);
    db_disconnect();
}
