/* exotelEventTest.c — Exotel's Passthru query, StatusCallback (form and
 * JSON) and Call Details answer as call events: IST to UTC, the quoted
 * digits, the EndTime placeholder, Legs, and bad values dropped with a
 * warning instead of refusing the call. */
#include <criterion/criterion.h>
#include <string.h>

#include "channels/exotel/exotelEvent.h"
#include "core/errors.h"
#include "core/jsonUtil.h"

static Arena *a;
static UrlForm *f;
static void setup(void)
{
    a = arena_new(0);
    f = arena_alloc(a, sizeof *f);
}
static void teardown(void) { arena_destroy(&a); }
TestSuite(exotelEvent, .init = setup, .fini = teardown);

static int from_form(const char *s, const char *kind, CallEvent *e, const char **why)
{
    cr_assert_eq(url_form_parse(a, s, strlen(s), f), 0);
    return exotel_event_from_form(a, f, kind, e, why);
}

Test(exotelEvent, passthru)
{
    CallEvent e;
    const char *why = NULL;
    cr_assert_eq(from_form("CallSid=b6cf&CallFrom=09812345678&CallTo=08047112233&Direction=incoming"
                           "&Created=2026-11-18+16%3A36%3A40&StartTime=2026-11-18+16%3A36%3A40"
                           "&EndTime=1970-01-01+05%3A30%3A00&CallType=call-attempt&digits=%222%22"
                           "&DialWhomNumber=09000000001&DialCallDuration=0",
                           "passthru", &e, &why),
                 0);
    cr_assert_str_eq(e.provider, "exotel");
    cr_assert_str_eq(e.kind, "passthru");
    cr_assert_str_eq(e.call_id, "b6cf");
    cr_assert_str_eq(e.direction, "in");
    cr_assert_str_eq(e.from, "+919812345678");
    cr_assert_str_eq(e.from_raw, "09812345678");
    cr_assert_str_eq(e.to, "+918047112233");
    cr_assert_eq(e.started_at, 1795000000);
    cr_assert_eq(e.ended_at, 0, "the placeholder EndTime is no end");
    cr_assert_str_eq(e.digits, "2");
    cr_assert_str_eq(e.agent_number, "+919000000001");
    cr_assert_null(e.status, "call-attempt is not final");
    cr_assert_str_eq(e.status_raw, "call-attempt");
    cr_assert_null(e.warning);
}

Test(exotelEvent, passthru_call_type_and_old_names)
{
    CallEvent e;
    const char *why = NULL;
    cr_assert_eq(from_form("CallSid=x&From=9812345678&To=08047112233&CallType=incomplete", "passthru", &e, &why), 0);
    cr_assert_str_eq(e.from, "+919812345678");
    cr_assert_str_eq(e.status, "missed");
    cr_assert_eq(from_form("CallSid=x&DialCallStatus=completed&DialCallDuration=33&CallType=completed", "passthru",
                           &e, &why),
                 0);
    cr_assert_str_eq(e.status, "answered");
    cr_assert_eq(e.talk_seconds, 33);
}

Test(exotelEvent, status_callback_form)
{
    CallEvent e;
    const char *why = NULL;
    cr_assert_eq(from_form("CallSid=b6cf&EventType=terminal&Status=completed"
                           "&RecordingUrl=https%3A%2F%2Fs3.exotel.example%2Fa.mp3"
                           "&StartTime=2026-11-18+16%3A36%3A40&EndTime=2026-11-18+16%3A39%3A05"
                           "&ConversationDuration=125&From=09812345678&To=08047112233&Direction=inbound"
                           "&Legs%5B0%5D%5BOnCallDuration%5D=130&Legs%5B0%5D%5BStatus%5D=completed",
                           "status", &e, &why),
                 0);
    cr_assert_str_eq(e.status, "answered");
    cr_assert_str_eq(e.status_raw, "completed");
    cr_assert_eq(e.talk_seconds, 125);
    cr_assert_eq(e.started_at, 1795000000);
    cr_assert_eq(e.ended_at, 1795000145);
    cr_assert_str_eq(e.recording_url, "https://s3.exotel.example/a.mp3");
    cr_assert_str_eq(e.direction, "in");
    /* No Status: the first leg's. RecordingUrl "null": none. */
    cr_assert_eq(from_form("CallSid=c&Legs%5B0%5D%5BStatus%5D=busy&RecordingUrl=null", "status", &e, &why), 0);
    cr_assert_str_eq(e.status, "busy");
    cr_assert_null(e.recording_url);
    /* A completed call with no conversation is a missed one. */
    cr_assert_eq(from_form("CallSid=d&Status=completed&ConversationDuration=0", "status", &e, &why), 0);
    cr_assert_str_eq(e.status, "missed");
}

Test(exotelEvent, bad_values_dropped_with_a_warning)
{
    CallEvent e;
    const char *why = NULL;
    cr_assert_eq(from_form("CallSid=b6cf&Status=teleported&StartTime=yesterday&From=call+me"
                           "&ConversationDuration=-3&RecordingUrl=ftp%3A%2F%2Fx&digits=%22a%22&Direction=sideways",
                           "status", &e, &why),
                 0);
    cr_assert_str_eq(e.status, "other");
    cr_assert_str_eq(e.status_raw, "teleported");
    cr_assert_eq(e.started_at, 0);
    cr_assert_null(e.from);
    cr_assert_str_eq(e.from_raw, "call me");
    cr_assert_eq(e.talk_seconds, -1);
    cr_assert_null(e.recording_url);
    cr_assert_null(e.digits);
    cr_assert_null(e.direction);
    cr_assert_not_null(e.warning);
    cr_assert(strstr(e.warning, "StartTime is not a time"));
    cr_assert(strstr(e.warning, "From is not a phone number"));
}

Test(exotelEvent, call_sid_required_and_bounded)
{
    CallEvent e;
    const char *why = NULL;
    cr_assert_eq(from_form("Status=completed", "status", &e, &why), ERR_BAD_REQUEST);
    cr_assert_not_null(why);
    cr_assert_eq(from_form("CallSid=a+b", "status", &e, &why), ERR_BAD_REQUEST);
    char big[200];
    memset(big, 'a', sizeof big);
    big[sizeof big - 1] = '\0';
    cr_assert_eq(from_form(arena_sprintf(a, "CallSid=%s", big), "status", &e, &why), ERR_BAD_REQUEST);
}

Test(exotelEvent, status_callback_json)
{
    const char *body = "{\"CallSid\":\"80bf\",\"EventType\":\"terminal\",\"DateCreated\":\"2024-01-15 14:25:10\","
                       "\"To\":\"09123456789\",\"From\":\"09876543210\",\"StartTime\":\"2024-01-15 14:25:12\","
                       "\"EndTime\":\"2024-01-15 14:30:45\",\"ConversationDuration\":320,"
                       "\"Direction\":\"outbound-api\",\"RecordingUrl\":null,"
                       "\"Legs\":[{\"OnCallDuration\":41,\"Status\":\"no-answer\",\"AnsweredBy\":\"NA\"}]}";
    json_object *o = NULL;
    CallEvent e;
    const char *why = NULL;
    cr_assert_eq(json_parse_arena(a, body, strlen(body), &o), 0);
    cr_assert_eq(exotel_event_from_json(a, o, &e, &why), 0);
    cr_assert_str_eq(e.direction, "out");
    cr_assert_eq(e.talk_seconds, 320);
    cr_assert_str_eq(e.to, "+919123456789");
    cr_assert_str_eq(e.status, "missed", "Legs[0].Status when Status is absent");
    cr_assert_null(e.recording_url);
}

Test(exotelEvent, call_details)
{
    const char *body = "{\"Call\":{\"Sid\":\"b6cf\",\"DateCreated\":\"2026-11-18 16:36:38\",\"To\":\"08047112233\","
                       "\"From\":\"09812345678\",\"Status\":\"completed\",\"StartTime\":\"2026-11-18 16:36:40\","
                       "\"EndTime\":\"2026-11-18 16:37:42\",\"Duration\":\"62\",\"Direction\":\"inbound\","
                       "\"RecordingUrl\":\"https://r.example/b.mp3\",\"Details\":{\"ConversationDuration\":42}}}";
    CallEvent e;
    const char *why = NULL;
    cr_assert_eq(exotel_event_from_details(a, body, strlen(body), &e, &why), 0);
    cr_assert_str_eq(e.kind, "details");
    cr_assert_str_eq(e.call_id, "b6cf");
    cr_assert_str_eq(e.status, "answered");
    cr_assert_eq(e.talk_seconds, 42);
    cr_assert_eq(e.started_at, 1795000000);
    cr_assert_eq(e.ended_at, 1795000062);
    cr_assert_eq(exotel_event_from_details(a, "{}", 2, &e, &why), ERR_PARSE);
    cr_assert_eq(exotel_event_from_details(a, "nope", 4, &e, &why), ERR_PARSE);
    cr_assert_eq(exotel_event_from_details(a, "{\"Call\":{}}", 11, &e, &why), ERR_PARSE);
}
