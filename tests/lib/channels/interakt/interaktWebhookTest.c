/* interaktWebhookTest.c — lib/channels/interakt/interaktWebhook.c: the
 * documented samples (channelProtocols.md §1.4–1.5), both phone forms,
 * message kinds, statuses, arrays, and every refusal. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "channels/interakt/interaktWebhook.h"
#include "core/errors.h"

/* Interakt's 2022 sample plus the 2024 phone fields. */
#define SAMPLE                                                                                              \
    "{\"version\":\"1.0\",\"timestamp\":\"2022-06-03T05:57:57.496889\",\"type\":\"message_received\","      \
    "\"data\":{\"customer\":{\"id\":\"52918eb3\",\"channel_phone_number\":\"917003705584\","                \
    "\"phone_number\":\"7003705584\",\"country_code\":\"+91\","                                              \
    "\"traits\":{\"name\":\"SKGG\",\"whatsapp_opted_in\":false}},"                                           \
    "\"message\":{\"id\":\"60076f05-da52-4dd1-b813-36223c1eded7\",\"chat_message_type\":\"CustomerMessage\"," \
    "\"message_status\":\"Sent\",\"received_at_utc\":\"2022-06-03T05:57:57.359000\","                        \
    "\"is_template_message\":false,\"channel_failure_reason\":null,\"channel_error_code\":null,"             \
    "\"raw_template\":null,\"campaign_id\":null,\"message_content_type\":\"Text\",\"media_url\":null,"       \
    "\"message\":\"Thank you\",\"meta_data\":{}}}}"

static int parse1(Arena *a, const char *body, InteraktEvent **ev, const char **why)
{
    InteraktBody b;
    int rc = interakt_body_parse(a, body, strlen(body), &b, why);
    *ev = rc == 0 ? &b.events[0] : NULL;
    if (rc == 0)
        cr_assert_eq(b.nevents, 1);
    return rc;
}

/* A message_received with the given customer and message members. */
static const char *msg(Arena *a, const char *customer, const char *message)
{
    return arena_sprintf(a,
                         "{\"type\":\"message_received\",\"timestamp\":\"2026-11-30T10:00:00.000000\","
                         "\"data\":{\"customer\":{%s},\"message\":{\"id\":\"m-1\","
                         "\"chat_message_type\":\"CustomerMessage\",%s}}}",
                         customer, message);
}

#define CUST "\"channel_phone_number\":\"919876543210\",\"traits\":{\"name\":\"Ram\"}"

Test(interakt_parse, documented_sample)
{
    Arena *a = arena_new(0);
    InteraktEvent *ev;
    const char *why;
    cr_assert_eq(parse1(a, SAMPLE, &ev, &why), 0, "%s", why);
    cr_assert_eq(ev->cls, INTERAKT_EVENT_MESSAGE);
    cr_assert_str_eq(ev->type, "message_received");
    cr_assert_str_eq(ev->message_id, "60076f05-da52-4dd1-b813-36223c1eded7");
    cr_assert_str_eq(ev->phone, "+917003705584");
    cr_assert_str_eq(ev->customer_name, "SKGG");
    cr_assert_str_eq(ev->kind, "text");
    cr_assert_str_eq(ev->text, "Thank you");
    cr_assert_null(ev->media_url);
    cr_assert_str_eq(ev->at_epoch, "1654235877.359"); /* received_at_utc, not the envelope */
    cr_assert_str_eq(ev->raw, SAMPLE);
    arena_destroy(&a);
}

Test(interakt_parse, phone_forms_are_one_customer)
{
    Arena *a = arena_new(0);
    InteraktEvent *ev;
    const char *why;
    static const char *const CUSTS[] = {
        "\"channel_phone_number\":\"919876543210\"",
        "\"phone_number\":\"9876543210\",\"country_code\":\"+91\"",
        "\"phone_number\":\"9876543210\",\"country_code\":\"91\"",
        "\"phone_number\":\"98765 43210\",\"country_code\":\"+91\",\"channel_phone_number\":\"junk\"",
        "\"phone_number\":\"\",\"country_code\":\"\",\"channel_phone_number\":\"919876543210\"",
    };
    for (size_t i = 0; i < sizeof CUSTS / sizeof CUSTS[0]; i++) {
        cr_assert_eq(parse1(a, msg(a, CUSTS[i], "\"message\":\"hi\""), &ev, &why), 0, "%zu: %s", i, why);
        cr_assert_str_eq(ev->phone, "+919876543210", "%zu", i);
    }
    /* Another country through channel_phone_number (country code + number). */
    cr_assert_eq(parse1(a, msg(a, "\"channel_phone_number\":\"14155552671\"", "\"message\":\"hi\""), &ev, &why), 0);
    cr_assert_str_eq(ev->phone, "+14155552671");
    arena_destroy(&a);
}

Test(interakt_parse, absurd_phones_refused)
{
    Arena *a = arena_new(0);
    InteraktEvent *ev;
    const char *why;
    static const char *const CUSTS[] = {
        "\"channel_phone_number\":\"12\"",
        "\"channel_phone_number\":\"9199999999999999999999\"",
        "\"phone_number\":\"abc\",\"country_code\":\"+91\"",
        "\"channel_phone_number\":919876543210",
        "",
    };
    for (size_t i = 0; i < sizeof CUSTS / sizeof CUSTS[0]; i++) {
        cr_assert_eq(parse1(a, msg(a, CUSTS[i], "\"message\":\"hi\""), &ev, &why), ERR_INVALID, "%zu", i);
        cr_assert(strstr(why, "phone") != NULL || strstr(why, "customer") != NULL, "%s", why);
    }
    /* A NUL inside the number: strict JSON (core/jsonUtil) refuses "\u0000"
     * before the phone rules see it, so the whole body is a 400. */
    cr_assert_eq(parse1(a, msg(a, "\"channel_phone_number\":\"9198765\\u000043210\"", "\"message\":\"hi\""), &ev,
                        &why),
                 ERR_BAD_REQUEST);
    arena_destroy(&a);
}

Test(interakt_parse, kinds)
{
    Arena *a = arena_new(0);
    InteraktEvent *ev;
    const char *why;
    static const char *const CASES[][4] = {
        {"Image", "leaf", "image", "leaf"},
        {"Video", "", "video", NULL},
        {"Audio", "", "audio", NULL},
        {"Voice", "", "audio", NULL},
        {"Document", "invoice", "document", "invoice"},
        {"Sticker", "", "image", NULL},
        {"Contacts", "x", "other", "x"},
        {"Reaction", "x", "other", "x"},
    };
    for (size_t i = 0; i < sizeof CASES / sizeof CASES[0]; i++) {
        const char *m = arena_sprintf(a, "\"message_content_type\":\"%s\",\"message\":\"%s\","
                                         "\"media_url\":\"https://cdn.example/f/1.bin?sig=x\"",
                                      CASES[i][0], CASES[i][1]);
        cr_assert_eq(parse1(a, msg(a, CUST, m), &ev, &why), 0, "%s: %s", CASES[i][0], why);
        cr_assert_str_eq(ev->kind, CASES[i][2], "%s", CASES[i][0]);
        if (CASES[i][3])
            cr_assert_str_eq(ev->text, CASES[i][3]);
        else
            cr_assert_null(ev->text);
        cr_assert_str_eq(ev->media_url, "https://cdn.example/f/1.bin?sig=x");
        cr_assert(strstr(ev->meta_json, CASES[i][0]) != NULL);
    }
    arena_destroy(&a);
}

Test(interakt_parse, button_list_and_location)
{
    Arena *a = arena_new(0);
    InteraktEvent *ev;
    const char *why;
    const char *b = "\"message_content_type\":\"InteractiveButtonReply\",\"message\":"
                    "\"{\\\"type\\\":\\\"button_reply\\\",\\\"button_reply\\\":{\\\"id\\\":\\\"id1\\\","
                    "\\\"title\\\":\\\"Ok\\\"}}\"";
    cr_assert_eq(parse1(a, msg(a, CUST, b), &ev, &why), 0, "%s", why);
    cr_assert_str_eq(ev->kind, "button_reply");
    cr_assert_str_eq(ev->text, "Ok");
    cr_assert_str_eq(ev->button_id, "id1");
    /* A list reply inside a "Text" (the type names are unverified). */
    const char *l = "\"message_content_type\":\"Text\",\"message\":"
                    "\"{\\\"type\\\":\\\"list_reply\\\",\\\"list_reply\\\":{\\\"id\\\":\\\"r2\\\","
                    "\\\"title\\\":\\\"Dispatch\\\"}}\"";
    cr_assert_eq(parse1(a, msg(a, CUST, l), &ev, &why), 0);
    cr_assert_str_eq(ev->kind, "button_reply");
    cr_assert_str_eq(ev->text, "Dispatch");
    /* A plain quick-reply button text. */
    cr_assert_eq(parse1(a, msg(a, CUST, "\"message_content_type\":\"Button\",\"message\":\"Yes\""), &ev, &why), 0);
    cr_assert_str_eq(ev->kind, "button_reply");
    cr_assert_str_eq(ev->text, "Yes");
    /* A text that merely looks like JSON stays text. */
    cr_assert_eq(parse1(a, msg(a, CUST, "\"message_content_type\":\"Text\",\"message\":\"{not json\""), &ev, &why), 0);
    cr_assert_str_eq(ev->kind, "text");
    cr_assert_str_eq(ev->text, "{not json");
    const char *loc = "\"message_content_type\":\"Location\",\"message\":"
                      "\"{\\\"latitude\\\":28.6,\\\"longitude\\\":77.2,\\\"name\\\":\\\"Farm\\\"}\"";
    cr_assert_eq(parse1(a, msg(a, CUST, loc), &ev, &why), 0);
    cr_assert_str_eq(ev->kind, "location");
    cr_assert(strstr(ev->text, "Farm") && strstr(ev->text, "28.6"), "%s", ev->text);
    cr_assert(strstr(ev->meta_json, "\"latitude\"") != NULL);
    arena_destroy(&a);
}

Test(interakt_parse, media_url_must_be_http)
{
    Arena *a = arena_new(0);
    InteraktEvent *ev;
    const char *why;
    static const char *const URLS[] = {"file:///etc/passwd", "ftp://x/y", "https://a b/c", "", "javascript:x"};
    for (size_t i = 0; i < sizeof URLS / sizeof URLS[0]; i++) {
        const char *m = arena_sprintf(a, "\"message_content_type\":\"Image\",\"media_url\":\"%s\"", URLS[i]);
        cr_assert_eq(parse1(a, msg(a, CUST, m), &ev, &why), ERR_INVALID, "%s", URLS[i]);
    }
    cr_assert_eq(parse1(a, msg(a, CUST, "\"message_content_type\":\"Image\",\"media_url\":12"), &ev, &why),
                 ERR_INVALID);
    arena_destroy(&a);
}

Test(interakt_parse, statuses)
{
    Arena *a = arena_new(0);
    InteraktEvent *ev;
    const char *why;
    const char *failed =
        "{\"version\":\"1.0\",\"timestamp\":\"2022-06-03T05:56:10.699936\",\"type\":\"message_api_failed\","
        "\"data\":{\"customer\":{\"id\":\"82a5\",\"channel_phone_number\":\"919831....\",\"traits\":{}},"
        "\"message\":{\"id\":\"80b4b1f1-dc39-46dc-a133-bf09a12c3d4e\",\"chat_message_type\":\"PublicApiMessage\","
        "\"message_status\":\"Failed\",\"channel_failure_reason\":\"Recipient is not a valid WhatsApp user\","
        "\"channel_error_code\":\"1013\",\"received_at_utc\":\"2022-06-03T05:56:10.502000\","
        "\"meta_data\":{\"source\":\"PublicInterakt\",\"source_data\":{\"callback_data\":\"csd-msg-42\"}}}}}";
    cr_assert_eq(parse1(a, failed, &ev, &why), 0, "%s", why);
    cr_assert_eq(ev->cls, INTERAKT_EVENT_STATUS);
    cr_assert_str_eq(ev->status, "failed");
    cr_assert_str_eq(ev->failure_reason, "Recipient is not a valid WhatsApp user (code 1013)");
    cr_assert_str_eq(ev->callback_data, "csd-msg-42");
    cr_assert_str_eq(ev->message_id, "80b4b1f1-dc39-46dc-a133-bf09a12c3d4e");
    const char *cta = "{\"type\":\"message_api_read\",\"data\":{\"message\":{\"id\":\"x1\"},"
                      "\"event\":{\"callbackData\":\"csd-msg-7\",\"click_type\":\"CTA\"}}}";
    cr_assert_eq(parse1(a, cta, &ev, &why), 0);
    cr_assert_str_eq(ev->status, "read");
    cr_assert_str_eq(ev->callback_data, "csd-msg-7");
    cr_assert_null(ev->failure_reason);
    cr_assert_eq(parse1(a, "{\"type\":\"message_api_delivered\",\"data\":{\"message\":{}}}", &ev, &why),
                 ERR_INVALID);
    cr_assert_eq(parse1(a, "{\"type\":\"message_api_sent\",\"data\":{\"message\":{\"id\":\"a b\"}}}", &ev, &why),
                 ERR_INVALID);
    arena_destroy(&a);
}

Test(interakt_parse, other_types_and_non_customer_lines)
{
    Arena *a = arena_new(0);
    InteraktEvent *ev;
    const char *why;
    cr_assert_eq(parse1(a, "{\"type\":\"workflow_response_update\",\"data\":[1,2]}", &ev, &why), 0);
    cr_assert_eq(ev->cls, INTERAKT_EVENT_OTHER);
    cr_assert_null(ev->message_id);
    cr_assert_eq(parse1(a, "{\"type\":\"message_api_clicked\",\"data\":{\"message\":{\"id\":\"c1\"}}}", &ev, &why), 0);
    cr_assert_eq(ev->cls, INTERAKT_EVENT_OTHER);
    cr_assert_str_eq(ev->message_id, "c1");
    const char *agent = "{\"type\":\"message_received\",\"data\":{\"customer\":{},\"message\":{\"id\":\"a1\","
                        "\"chat_message_type\":\"AgentMessage\",\"message\":\"hi\"}}}";
    cr_assert_eq(parse1(a, agent, &ev, &why), 0);
    cr_assert_eq(ev->cls, INTERAKT_EVENT_OTHER);
    cr_assert_str_eq(ev->ignore_reason, "not a customer message");
    arena_destroy(&a);
}

Test(interakt_parse, arrays)
{
    Arena *a = arena_new(0);
    InteraktBody b;
    const char *why;
    const char *body = arena_sprintf(a, "[%s,%s]", SAMPLE, "{\"type\":\"account_update\"}");
    cr_assert_eq(interakt_body_parse(a, body, strlen(body), &b, &why), 0, "%s", why);
    cr_assert_eq(b.nevents, 2);
    cr_assert_eq(b.events[0].cls, INTERAKT_EVENT_MESSAGE);
    cr_assert_eq(b.events[1].cls, INTERAKT_EVENT_OTHER);
    cr_assert_str_eq(b.events[1].raw, "{\"type\":\"account_update\"}");
    /* Each element's text parses back to the same event. */
    InteraktEvent again;
    cr_assert_eq(interakt_event_parse(a, b.events[0].raw, strlen(b.events[0].raw), &again, &why), 0);
    cr_assert_str_eq(again.phone, "+917003705584");
    arena_destroy(&a);
}

Test(interakt_parse, malformed_bodies)
{
    Arena *a = arena_new(0);
    InteraktBody b;
    const char *why;
    static const char *const BAD[] = {
        "", "{", "null", "42", "\"x\"", "[]", "[1]", "{\"type\":1}", "{\"type\":\"\"}", "{}",
        "{\"type\":\"message_received\"} trailing", "{\"type\":\"a\\u0000b\"}",
    };
    for (size_t i = 0; i < sizeof BAD / sizeof BAD[0]; i++)
        cr_assert_eq(interakt_body_parse(a, BAD[i], strlen(BAD[i]), &b, &why), ERR_BAD_REQUEST, "%s", BAD[i]);
    const char bad_utf8[] = "{\"type\":\"x\",\"v\":\"\xc3\x28\"}";
    cr_assert_eq(interakt_body_parse(a, bad_utf8, strlen(bad_utf8), &b, &why), ERR_BAD_REQUEST);
    cr_assert_str_eq(why, "the body is not valid UTF-8");
    const char nul[] = "{\"type\":\"x\"}\0";
    cr_assert_eq(interakt_body_parse(a, nul, sizeof nul - 1, &b, &why), ERR_BAD_REQUEST);
    /* Over INTERAKT_MAX_EVENTS elements. */
    char *many = arena_alloc(a, 101 * 16 + 4);
    size_t o = 0;
    many[o++] = '[';
    for (int i = 0; i < 101; i++)
        o += (size_t)snprintf(many + o, 20, "%s{\"type\":\"x\"}", i ? "," : "");
    many[o++] = ']';
    many[o] = '\0';
    cr_assert_eq(interakt_body_parse(a, many, o, &b, &why), ERR_BAD_REQUEST);
    arena_destroy(&a);
}

Test(interakt_time_parse, forms)
{
    long long ms;
    cr_assert_eq(interakt_time_parse("2022-06-03T05:57:57.359000", &ms), 0);
    cr_assert_eq(ms, 1654235877359LL);
    cr_assert_eq(interakt_time_parse("2022-06-03 05:57:57", &ms), 0);
    cr_assert_eq(ms, 1654235877000LL);
    cr_assert_eq(interakt_time_parse("2022-06-03T05:57:57.3Z", &ms), 0);
    cr_assert_eq(ms, 1654235877300LL);
    cr_assert_eq(interakt_time_parse("2024-02-29T00:00:00+00:00", &ms), 0);
    cr_assert_eq(ms, 1709164800000LL);
    static const char *const BAD[] = {"", "2022-06-03", "2022-13-03T00:00:00", "2022-06-03T25:00:00",
                                      "2022-06-03T05:57:57+05:30", "2022-06-03T05:57:57.", "x022-06-03T05:57:57",
                                      "2022-06-03T05:57:57.1234567890", "1969-12-31T23:59:59"};
    for (size_t i = 0; i < sizeof BAD / sizeof BAD[0]; i++)
        cr_assert_eq(interakt_time_parse(BAD[i], &ms), ERR_INVALID, "%s", BAD[i]);
    cr_assert_eq(interakt_time_parse(NULL, &ms), ERR_INVALID);
}

Test(interakt_status_rank, order)
{
    cr_assert(interakt_status_rank("queued") < interakt_status_rank("sent"));
    cr_assert(interakt_status_rank("sent") < interakt_status_rank("failed"));
    cr_assert(interakt_status_rank("failed") < interakt_status_rank("delivered"));
    cr_assert(interakt_status_rank("delivered") < interakt_status_rank("read"));
    cr_assert_eq(interakt_status_rank("bogus"), -1);
    cr_assert_eq(interakt_status_rank(NULL), -1);
}

Test(utf8_valid, cases)
{
    cr_assert(utf8_valid("plain", 5));
    cr_assert(utf8_valid("नमस्ते", strlen("नमस्ते")));
    cr_assert(utf8_valid("\xf0\x9f\x8c\xbe", 4));
    cr_assert(!utf8_valid("\xc0\xaf", 2));         /* overlong '/' */
    cr_assert(!utf8_valid("\xed\xa0\x80", 3));     /* surrogate */
    cr_assert(!utf8_valid("\xf4\x90\x80\x80", 4)); /* above U+10FFFF */
    cr_assert(!utf8_valid("\xe0\xa4", 2));         /* cut */
    cr_assert(!utf8_valid("\xff", 1));
}
