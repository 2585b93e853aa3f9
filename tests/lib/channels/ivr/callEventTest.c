/* callEventTest.c — the provider-neutral call event: IST and zoned times,
 * status mapping, the fold's merge rules (any order, final status kept),
 * JSON round trip, IVR digit teams and their validation. */
#include <criterion/criterion.h>
#include <string.h>

#include "channels/ivr/callEvent.h"
#include "core/errors.h"
#include "core/jsonUtil.h"

static Arena *a;
static void setup(void) { a = arena_new(0); }
static void teardown(void) { arena_destroy(&a); }
TestSuite(callEvent, .init = setup, .fini = teardown);

#define IST 19800

Test(callEvent, times_naive_ist_and_zoned)
{
    int64_t t = 0;
    cr_assert_eq(call_time_parse("2026-11-18 16:36:40", IST, &t), 0);
    cr_assert_eq(t, 1795000000);
    cr_assert_eq(call_time_parse("2026-11-18T11:06:40Z", IST, &t), 0);
    cr_assert_eq(t, 1795000000);
    cr_assert_eq(call_time_parse("2026-11-18T16:36:40.123+05:30", 0, &t), 0);
    cr_assert_eq(t, 1795000000);
    cr_assert_eq(call_time_parse("2026-11-18T06:06:40-0500", IST, &t), 0);
    cr_assert_eq(t, 1795000000);
    cr_assert_eq(call_time_parse("2026-11-18 16:36", IST, &t), 0);
    cr_assert_eq(t, 1795000000 - 40);
    /* Exotel's Passthru EndTime placeholder is the epoch itself. */
    cr_assert_eq(call_time_parse("1970-01-01 05:30:00", IST, &t), 0);
    cr_assert_eq(t, 0);
    cr_assert_eq(call_time_parse("2024-02-29 00:00:00", 0, &t), 0);
}

Test(callEvent, times_refused)
{
    int64_t t = 1;
    const char *bad[] = {"", "yesterday", "18/11/2026 14:00", "2026-13-01 00:00:00", "2026-02-29 00:00:00",
                         "2026-11-31 00:00:00", "2026-11-18 24:00:00", "2026-11-18 10:60:00",
                         "2026-11-18 10:00:00+25:00", "2026-11-18 10:00:00 junk", "1969-12-31 23:59:59",
                         "1970-01-01 05:29:59", "2026-11-18 10:00:00.", "2026-11-18X10:00:00",
                         "99999-01-01 00:00:00"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
        cr_assert_eq(call_time_parse(bad[i], IST, &t), ERR_PARSE, "%s", bad[i]);
    cr_assert_eq(call_time_parse(NULL, IST, &t), ERR_PARSE);
}

Test(callEvent, status_mapping)
{
    cr_assert_str_eq(call_status_map("completed", 12), "answered");
    cr_assert_str_eq(call_status_map("completed", -1), "answered");
    cr_assert_str_eq(call_status_map("completed", 0), "missed");
    cr_assert_str_eq(call_status_map("NO-ANSWER", -1), "missed");
    cr_assert_str_eq(call_status_map("canceled", -1), "missed");
    cr_assert_str_eq(call_status_map("client-hangup", -1), "missed");
    cr_assert_str_eq(call_status_map("incomplete", -1), "missed");
    cr_assert_str_eq(call_status_map("busy", -1), "busy");
    cr_assert_str_eq(call_status_map("failed", -1), "failed");
    cr_assert_str_eq(call_status_map("voicemail", -1), "voicemail");
    cr_assert_str_eq(call_status_map("transferred", -1), "other");
    cr_assert_null(call_status_map("ringing", -1));
    cr_assert_null(call_status_map("in-progress", -1));
    cr_assert_null(call_status_map("call-attempt", -1));
    cr_assert_null(call_status_map("", -1));
    cr_assert_null(call_status_map(NULL, -1));
}

Test(callEvent, merge_keeps_final_status_and_known_values)
{
    CallEvent acc, pass, status;
    call_event_init(&acc, "exotel", "fold");
    call_event_init(&pass, "exotel", "passthru");
    call_event_init(&status, "exotel", "status");
    pass.call_id = status.call_id = "c1";
    pass.from = "+919812345678";
    pass.digits = "1";
    pass.started_at = 100;
    pass.status_raw = "call-attempt"; /* not final */
    status.status = "answered";
    status.status_raw = "completed";
    status.talk_seconds = 30;
    status.ended_at = 200;
    /* Precedence order (passthru, then status) whatever the arrival. */
    call_event_merge(&acc, &pass);
    call_event_merge(&acc, &status);
    cr_assert_str_eq(acc.call_id, "c1");
    cr_assert_str_eq(acc.status, "answered");
    cr_assert_str_eq(acc.status_raw, "completed");
    cr_assert_str_eq(acc.from, "+919812345678");
    cr_assert_str_eq(acc.digits, "1");
    cr_assert_eq(acc.started_at, 100);
    cr_assert_eq(acc.ended_at, 200);
    cr_assert_eq(acc.talk_seconds, 30);
    /* A later "still ringing" never undoes a final status. */
    call_event_merge(&acc, &pass);
    cr_assert_str_eq(acc.status, "answered");
    cr_assert_str_eq(acc.status_raw, "completed");
}

Test(callEvent, json_round_trip)
{
    CallEvent e, back;
    call_event_init(&e, "generic", "generic");
    e.call_id = "g-1";
    e.direction = "out";
    e.to = "+919812345678";
    e.status = "busy";
    e.status_raw = "BUSY";
    e.started_at = 1795000000;
    e.talk_seconds = 0;
    e.notes = "कॉल वापस करें";
    const char *t = call_event_to_json(a, &e);
    json_object *o = NULL;
    cr_assert_eq(json_parse_arena(a, t, strlen(t), &o), 0);
    cr_assert_eq(call_event_from_json(o, &back), 0);
    cr_assert_str_eq(back.call_id, "g-1");
    cr_assert_str_eq(back.direction, "out");
    cr_assert_str_eq(back.to, "+919812345678");
    cr_assert_null(back.from);
    cr_assert_str_eq(back.status, "busy");
    cr_assert_eq(back.started_at, 1795000000);
    cr_assert_eq(back.ended_at, 0);
    cr_assert_eq(back.talk_seconds, 0);
    cr_assert_str_eq(back.notes, "कॉल वापस करें");
    cr_assert_eq(json_parse_arena(a, "{}", 2, &o), 0);
    cr_assert_eq(call_event_from_json(o, &back), ERR_PARSE);
}

Test(callEvent, digit_teams)
{
    const char *spec = "1:dispatch, 2 : finance,3:technical,9#:returns_refunds,4:nobody";
    cr_assert_str_eq(call_digits_team(spec, "1"), "dispatch");
    cr_assert_str_eq(call_digits_team(spec, "2"), "finance");
    cr_assert_str_eq(call_digits_team(spec, "9#"), "returns_refunds");
    cr_assert_str_eq(call_digits_team(spec, "31"), "technical", "first digit when the whole is unknown");
    cr_assert_null(call_digits_team(spec, "4"), "a team that does not exist is never returned");
    cr_assert_null(call_digits_team(spec, "7"));
    cr_assert_null(call_digits_team(spec, ""));
    cr_assert_null(call_digits_team(NULL, "1"));
    const char *why = NULL;
    cr_assert_eq(call_digit_teams_check("1:dispatch,2:finance,3:technical", &why), 0);
    cr_assert_eq(call_digit_teams_check("1:dispatch,4:nobody", &why), ERR_INVALID);
    cr_assert_not_null(why);
    cr_assert_eq(call_digit_teams_check("dispatch", &why), ERR_INVALID);
    cr_assert_eq(call_digit_teams_check("a:dispatch", &why), ERR_INVALID);
    cr_assert_eq(call_digit_teams_check(":dispatch", &why), ERR_INVALID);
}
