/* ivrGenericTest.c — the generic IVR webhook's JSON: every field, times
 * with and without a zone or as Unix seconds, and the 400/422 refusals. */
#include <criterion/criterion.h>
#include <string.h>

#include "channels/ivr/ivrGeneric.h"
#include "core/errors.h"
#include "core/urlForm.h"

static Arena *a;
static void setup(void) { a = arena_new(0); }
static void teardown(void) { arena_destroy(&a); }
TestSuite(ivrGeneric, .init = setup, .fini = teardown);

static int parse(const char *body, CallEvent *e, const char **why)
{
    return ivr_generic_parse(a, body, strlen(body), e, why);
}

Test(ivrGeneric, every_field)
{
    CallEvent e;
    const char *why = NULL;
    cr_assert_eq(parse("{\"call_id\":\"k-1\",\"direction\":\"inbound\",\"from\":\"+91-98123-45678\","
                       "\"to\":\"08047112233\",\"status\":\"voicemail\",\"started_at\":\"2026-11-18T16:36:40\","
                       "\"ended_at\":\"2026-11-18T11:07:40Z\",\"talk_seconds\":0,"
                       "\"recording_url\":\"https://r.example/v.mp3\",\"agent_number\":\"ext 201\","
                       "\"digits\":\"\\\"3\\\"\",\"notes\":\"wants a call back\",\"transcript\":\"hello\","
                       "\"provider\":\"knowlarity\"}",
                       &e, &why),
                 0);
    cr_assert_str_eq(e.provider, "generic");
    cr_assert_str_eq(e.call_id, "k-1");
    cr_assert_str_eq(e.direction, "in");
    cr_assert_str_eq(e.from, "+919812345678");
    cr_assert_str_eq(e.to, "+918047112233");
    cr_assert_str_eq(e.status, "voicemail");
    cr_assert_eq(e.started_at, 1795000000, "no zone: IST");
    cr_assert_eq(e.ended_at, 1795000060);
    cr_assert_eq(e.talk_seconds, 0);
    cr_assert_str_eq(e.agent_number, "ext 201", "an extension is shown as sent");
    cr_assert_str_eq(e.digits, "3");
    cr_assert_str_eq(e.notes, "wants a call back");
    cr_assert_str_eq(e.transcript, "hello");
    cr_assert_null(e.warning);
}

Test(ivrGeneric, numbers_and_nulls)
{
    CallEvent e;
    const char *why = NULL;
    cr_assert_eq(parse("{\"call_id\":12345,\"started_at\":1795000000,\"digits\":2,\"status\":null,"
                       "\"from\":null,\"recording_url\":null}",
                       &e, &why),
                 0);
    cr_assert_str_eq(e.call_id, "12345");
    cr_assert_eq(e.started_at, 1795000000);
    cr_assert_str_eq(e.digits, "2");
    cr_assert_null(e.status, "absent status: the call is still going");
    cr_assert_eq(parse("{\"call_id\":\"x\",\"status\":\"on-hold\"}", &e, &why), 0);
    cr_assert_str_eq(e.status, "other");
    cr_assert_str_eq(e.status_raw, "on-hold");
}

Test(ivrGeneric, refusals)
{
    CallEvent e;
    const char *why = NULL;
    cr_assert_eq(parse("[1]", &e, &why), ERR_BAD_REQUEST);
    cr_assert_eq(parse("{", &e, &why), ERR_BAD_REQUEST);
    cr_assert_eq(parse("{\"status\":\"answered\"}", &e, &why), ERR_BAD_REQUEST);
    cr_assert_eq(parse("{\"call_id\":\"a b\"}", &e, &why), ERR_BAD_REQUEST);
    cr_assert_eq(parse("{\"call_id\":{}}", &e, &why), ERR_BAD_REQUEST);
    const char *invalid[] = {
        "{\"call_id\":\"x\",\"direction\":\"sideways\"}",
        "{\"call_id\":\"x\",\"from\":\"call me\"}",
        "{\"call_id\":\"x\",\"from\":9812345678}",
        "{\"call_id\":\"x\",\"started_at\":\"18/11/2026\"}",
        "{\"call_id\":\"x\",\"started_at\":-5}",
        "{\"call_id\":\"x\",\"talk_seconds\":\"long\"}",
        "{\"call_id\":\"x\",\"talk_seconds\":-1}",
        "{\"call_id\":\"x\",\"talk_seconds\":1.5}",
        "{\"call_id\":\"x\",\"recording_url\":\"javascript:alert(1)\"}",
        "{\"call_id\":\"x\",\"digits\":\"one\"}",
        "{\"call_id\":\"x\",\"notes\":[\"a\"]}",
        "{\"call_id\":\"x\",\"status\":7}",
    };
    for (size_t i = 0; i < sizeof invalid / sizeof invalid[0]; i++) {
        why = NULL;
        cr_assert_eq(parse(invalid[i], &e, &why), ERR_INVALID, "%s", invalid[i]);
        cr_assert_not_null(why, "%s", invalid[i]);
    }
}

Test(ivrGeneric, strings_must_be_text)
{
    CallEvent e;
    const char *why = NULL;
    /* Strict JSON (core/jsonUtil) refuses "\u0000" and a lone surrogate
     * while parsing: the body is malformed (400), never stored. */
    cr_assert_eq(parse("{\"call_id\":\"x\",\"notes\":\"a\\u0000b\"}", &e, &why), ERR_BAD_REQUEST);
    cr_assert_eq(parse("{\"call_id\":\"x\",\"notes\":\"a\\ud800b\"}", &e, &why), ERR_BAD_REQUEST);
    /* Valid JSON escapes of a multi-byte character stay text. */
    cr_assert_eq(parse("{\"call_id\":\"x\",\"notes\":\"\\u0928\\ud83d\\ude00\"}", &e, &why), 0);
    cr_assert(text_valid_utf8(e.notes, strlen(e.notes)));
    cr_assert_str_eq(e.notes, "\xe0\xa4\xa8\xf0\x9f\x98\x80");
}

Test(ivrGeneric, long_text_is_cut_at_a_character)
{
    size_t n = CALL_TEXT_MAX + 100;
    char *notes = arena_alloc(a, n + 1);
    for (size_t i = 0; i + 3 <= n; i += 3)
        memcpy(notes + i, "\xe0\xa4\xa8", 3); /* न */
    notes[n - n % 3] = '\0';
    CallEvent e;
    const char *why = NULL;
    cr_assert_eq(parse(arena_sprintf(a, "{\"call_id\":\"x\",\"notes\":\"%s\"}", notes), &e, &why), 0);
    cr_assert_leq(strlen(e.notes), CALL_TEXT_MAX);
    cr_assert_eq(strlen(e.notes) % 3, 0);
    cr_assert_not_null(e.warning);
}
