/* gmailPushTest.c — Pub/Sub push bodies for Gmail notifications: the cases
 * tests/lib/gmailClientTest.c (push_body_parsing) does not cover — both
 * base64 alphabets with the characters that differ, historyId forms and
 * bounds, messageId vs message_id precedence, each missing or malformed
 * field, size bounds and non-object JSON at every level. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "core/arena.h"
#include "core/base64.h"
#include "core/errors.h"
#include "channels/gmail/gmailPush.h"

static Arena *a;
static void setup(void) { a = arena_new(0); }
static void teardown(void) { arena_destroy(&a); }
TestSuite(gmailPush, .init = setup, .fini = teardown);

/* A push body whose data is inner (standard base64, padded) and whose
 * message carries ids (a JSON fragment such as "\"messageId\":\"1\""). */
static const char *body_with(const char *inner, const char *ids)
{
    const char *d = base64_encode(a, inner, strlen(inner), 0);
    return arena_sprintf(a, "{\"message\":{\"data\":\"%s\"%s%s,\"publishTime\":\"2026-11-24T10:00:00Z\"},"
                            "\"subscription\":\"projects/p/subscriptions/s\"}",
                         d, *ids ? "," : "", ids);
}

static int parse(const char *body, GmailPush *p, const char **why)
{
    return gmail_push_parse(a, body, strlen(body), p, why);
}

static void assert_bad(const char *body, const char *label)
{
    GmailPush p;
    const char *why = NULL;
    cr_assert_eq(parse(body, &p, &why), ERR_BAD_REQUEST, "%s: accepted", label);
    cr_assert_not_null(why, "%s", label);
    cr_assert_str_neq(why, "ok", "%s: reason", label);
    cr_assert_null(p.message_id, "%s: out cleared", label);
    cr_assert_eq(p.history_id, 0, "%s", label);
}

/* {"emailAddress":"Ops@Katyayani.example","historyId":"9007199254740993","pad":"???>>>~~~"}
 * encodes to text holding '/' and '+' (standard) or '_' and '-' (url). */
#define STD "eyJlbWFpbEFkZHJlc3MiOiJPcHNAS2F0eWF5YW5pLmV4YW1wbGUiLCJoaXN0b3J5SWQiOiI5MDA3MTk5MjU0NzQwOTkzIiwicGFkIjoiPz8/Pj4+fn5+In0="
#define URL "eyJlbWFpbEFkZHJlc3MiOiJPcHNAS2F0eWF5YW5pLmV4YW1wbGUiLCJoaXN0b3J5SWQiOiI5MDA3MTk5MjU0NzQwOTkzIiwicGFkIjoiPz8_Pj4-fn5-In0="

Test(gmailPush, both_base64_alphabets_padded_or_not)
{
    static const char *const datas[] = {STD, URL, "eyJlbWFpbEFkZHJlc3MiOiJPcHNAS2F0eWF5YW5pLmV4YW1wbGUiLCJoaXN0b3J5SWQiOiI5MDA3MTk5MjU0NzQwOTkzIiwicGFkIjoiPz8_Pj4-fn5-In0"};
    for (size_t i = 0; i < sizeof datas / sizeof datas[0]; i++) {
        const char *b = arena_sprintf(a, "{\"message\":{\"data\":\"%s\",\"messageId\":\"m%zu\"}}", datas[i], i);
        GmailPush p;
        const char *why = NULL;
        cr_assert_eq(parse(b, &p, &why), 0, "data %zu: %s", i, why);
        cr_assert_str_eq(p.email_address, "ops@katyayani.example");
        /* 2^53 + 1: a string historyId must not pass through a double */
        cr_assert_eq(p.history_id, 9007199254740993ULL, "data %zu", i);
        cr_assert_str_eq(p.message_id, arena_sprintf(a, "m%zu", i));
    }
}

Test(gmailPush, history_id_number_and_string_forms)
{
    static const struct {
        const char *json;
        unsigned long long want;
    } ok[] = {
        {"\"historyId\":1", 1},
        {"\"historyId\":\"1\"", 1},
        {"\"historyId\":9007199254740993", 9007199254740993ULL},
        {"\"historyId\":\"18446744073709551615\"", 18446744073709551615ULL},
        {"\"historyId\":18446744073709551615", 18446744073709551615ULL},
    };
    for (size_t i = 0; i < sizeof ok / sizeof ok[0]; i++) {
        const char *inner = arena_sprintf(a, "{\"emailAddress\":\"u@x.in\",%s}", ok[i].json);
        GmailPush p;
        const char *why = NULL;
        cr_assert_eq(parse(body_with(inner, "\"messageId\":\"9\""), &p, &why), 0, "%s: %s", ok[i].json, why);
        cr_assert_eq(p.history_id, ok[i].want, "%s", ok[i].json);
    }
    static const char *const bad[] = {
        "",                                    /* missing */
        ",\"historyId\":0",                    /* zero is never a real history id */
        ",\"historyId\":\"0\"",
        ",\"historyId\":-5",
        ",\"historyId\":\"-5\"",
        ",\"historyId\":\"+5\"",
        ",\"historyId\":\" 5\"",
        ",\"historyId\":\"5 \"",
        ",\"historyId\":\"12abc\"",
        ",\"historyId\":\"\"",
        ",\"historyId\":\"18446744073709551616\"", /* 2^64 overflows */
        ",\"historyId\":1.5",
        ",\"historyId\":true",
        ",\"historyId\":null",
        ",\"historyId\":[1]",
        ",\"historyId\":{\"v\":1}",
        ",\"historyid\":1",                    /* key is case-sensitive */
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        const char *inner = arena_sprintf(a, "{\"emailAddress\":\"u@x.in\"%s}", bad[i]);
        assert_bad(body_with(inner, "\"messageId\":\"9\""), bad[i]);
    }
}

Test(gmailPush, message_id_precedence_and_fallback)
{
    const char *inner = "{\"emailAddress\":\"u@x.in\",\"historyId\":5}";
    GmailPush p;
    const char *why = NULL;
    /* both present and different: the camelCase field wins */
    cr_assert_eq(parse(body_with(inner, "\"message_id\":\"snake\",\"messageId\":\"camel\""), &p, &why), 0, "%s", why);
    cr_assert_str_eq(p.message_id, "camel");
    /* camelCase only */
    cr_assert_eq(parse(body_with(inner, "\"messageId\":\"camel\""), &p, &why), 0, "%s", why);
    cr_assert_str_eq(p.message_id, "camel");
    /* empty camelCase falls back to snake_case */
    cr_assert_eq(parse(body_with(inner, "\"messageId\":\"\",\"message_id\":\"snake\""), &p, &why), 0, "%s", why);
    cr_assert_str_eq(p.message_id, "snake");
    /* a non-string camelCase falls back too */
    cr_assert_eq(parse(body_with(inner, "\"messageId\":17,\"message_id\":\"snake\""), &p, &why), 0, "%s", why);
    cr_assert_str_eq(p.message_id, "snake");
    /* exactly GMAIL_PUSH_MAX_ID characters is accepted */
    char id[GMAIL_PUSH_MAX_ID + 2];
    memset(id, '7', sizeof id);
    id[GMAIL_PUSH_MAX_ID] = '\0';
    cr_assert_eq(parse(body_with(inner, arena_sprintf(a, "\"messageId\":\"%s\"", id)), &p, &why), 0, "%s", why);
    cr_assert_eq(strlen(p.message_id), GMAIL_PUSH_MAX_ID);

    id[GMAIL_PUSH_MAX_ID] = '7';
    id[GMAIL_PUSH_MAX_ID + 1] = '\0';
    assert_bad(body_with(inner, arena_sprintf(a, "\"messageId\":\"%s\"", id)), "id one over the bound");
    assert_bad(body_with(inner, ""), "no id at all");
    assert_bad(body_with(inner, "\"messageId\":\"\""), "empty id");
    assert_bad(body_with(inner, "\"messageId\":\"\",\"message_id\":\"\""), "both ids empty");
    assert_bad(body_with(inner, "\"messageId\":42"), "numeric id only");
    assert_bad(body_with(inner, "\"messageId\":null"), "null id");
    assert_bad(body_with(inner, "\"messageId\":\"a b\""), "id with a space");
    assert_bad(body_with(inner, "\"messageId\":\"a\\nb\""), "id with a newline");
    assert_bad(body_with(inner, "\"messageId\":\"a\\u0000b\""), "id with a NUL");
    assert_bad(body_with(inner, "\"messageId\":\"\\u00e9\""), "non-ASCII id");
}

Test(gmailPush, missing_or_bad_email)
{
    static const char *const bad[] = {
        "{\"historyId\":5}",
        "{\"emailAddress\":\"\",\"historyId\":5}",
        "{\"emailAddress\":null,\"historyId\":5}",
        "{\"emailAddress\":7,\"historyId\":5}",
        "{\"emailAddress\":\"no-at-sign\",\"historyId\":5}",
        "{\"emailAddress\":\"u @x.in\",\"historyId\":5}",
        "{\"emailAddress\":\"u@x.in\\n\",\"historyId\":5}",
        "{\"emailAddress\":\"u@x.in\\u0000@evil.example\",\"historyId\":5}", /* NUL must not cut it */
        "{\"email_address\":\"u@x.in\",\"historyId\":5}",
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
        assert_bad(body_with(bad[i], "\"messageId\":\"1\""), bad[i]);
    /* length bound on the address */
    char local[GMAIL_PUSH_MAX_EMAIL + 8];
    memset(local, 'u', sizeof local);
    local[GMAIL_PUSH_MAX_EMAIL - 5] = '\0'; /* + "@x.in" = exactly the bound */
    GmailPush p;
    const char *why = NULL;
    const char *at_max = arena_sprintf(a, "{\"emailAddress\":\"%s@x.in\",\"historyId\":5}", local);
    cr_assert_eq(parse(body_with(at_max, "\"messageId\":\"1\""), &p, &why), 0, "%s", why);
    cr_assert_eq(strlen(p.email_address), GMAIL_PUSH_MAX_EMAIL);
    local[GMAIL_PUSH_MAX_EMAIL - 5] = 'u';
    local[GMAIL_PUSH_MAX_EMAIL - 4] = '\0';
    const char *over = arena_sprintf(a, "{\"emailAddress\":\"%s@x.in\",\"historyId\":5}", local);
    assert_bad(body_with(over, "\"messageId\":\"1\""), "email one over the bound");
}

Test(gmailPush, missing_or_bad_data)
{
    assert_bad("{\"message\":{\"messageId\":\"1\"}}", "no data");
    assert_bad("{\"message\":{\"data\":\"\",\"messageId\":\"1\"}}", "empty data");
    assert_bad("{\"message\":{\"data\":null,\"messageId\":\"1\"}}", "null data");
    assert_bad("{\"message\":{\"data\":{\"emailAddress\":\"u@x.in\",\"historyId\":5},\"messageId\":\"1\"}}",
               "data as a plain object instead of base64");
    assert_bad("{\"message\":{\"data\":\"e30=e30=\",\"messageId\":\"1\"}}", "padding in the middle");
    assert_bad("{\"message\":{\"data\":\"eyJ\",\"messageId\":\"1\"}}", "truncated base64");
    assert_bad("{\"message\":{\"data\":\"ey J9\",\"messageId\":\"1\"}}", "space inside base64");
    /* decoded data that is not a JSON object */
    static const char *const inner[] = {"[1]", "\"u@x.in\"", "42", "null", "{\"emailAddress\":\"u@x.in\",",
                                        "{\"emailAddress\":\"u@x.in\",\"historyId\":5} trailing"};
    for (size_t i = 0; i < sizeof inner / sizeof inner[0]; i++)
        assert_bad(body_with(inner[i], "\"messageId\":\"1\""), inner[i]);
}

Test(gmailPush, decoded_data_bound)
{
    /* valid notification padded with an ignored field up to / past the bound */
    const char *head = "{\"emailAddress\":\"u@x.in\",\"historyId\":5,\"pad\":\"";
    size_t fixed = strlen(head) + 2; /* + "\"}" */
    char *pad = arena_alloc(a, GMAIL_PUSH_MAX_DATA + 2);
    memset(pad, 'p', GMAIL_PUSH_MAX_DATA - fixed);
    pad[GMAIL_PUSH_MAX_DATA - fixed] = '\0';
    const char *at_max = arena_sprintf(a, "%s%s\"}", head, pad);
    cr_assert_eq(strlen(at_max), GMAIL_PUSH_MAX_DATA);
    GmailPush p;
    const char *why = NULL;
    cr_assert_eq(parse(body_with(at_max, "\"messageId\":\"1\""), &p, &why), 0, "%s", why);
    cr_assert_eq(p.history_id, 5);
    const char *over = arena_sprintf(a, "%s%sp\"}", head, pad);
    assert_bad(body_with(over, "\"messageId\":\"1\""), "data one byte over GMAIL_PUSH_MAX_DATA");
}

Test(gmailPush, body_size_bound_and_explicit_length)
{
    const char *ok = body_with("{\"emailAddress\":\"u@x.in\",\"historyId\":5}", "\"messageId\":\"1\"");
    /* pad with trailing whitespace (legal JSON) to exactly the bound, then one over */
    char *big = arena_alloc(a, GMAIL_PUSH_MAX_BODY + 2);
    size_t n = strlen(ok);
    memcpy(big, ok, n);
    memset(big + n, ' ', GMAIL_PUSH_MAX_BODY + 1 - n);
    big[GMAIL_PUSH_MAX_BODY + 1] = '\0';
    GmailPush p;
    const char *why = NULL;
    cr_assert_eq(gmail_push_parse(a, big, GMAIL_PUSH_MAX_BODY, &p, &why), 0, "%s", why);
    cr_assert_eq(gmail_push_parse(a, big, GMAIL_PUSH_MAX_BODY + 1, &p, &why), ERR_BAD_REQUEST);
    /* a large but otherwise valid body with a big attributes map */
    char *fill = arena_alloc(a, GMAIL_PUSH_MAX_BODY + 1);
    memset(fill, 'a', GMAIL_PUSH_MAX_BODY);
    fill[GMAIL_PUSH_MAX_BODY] = '\0';
    const char *huge = arena_sprintf(a, "{\"message\":{\"attributes\":{\"k\":\"%s\"},\"data\":\"e30=\",\"messageId\":\"1\"}}", fill);
    assert_bad(huge, "oversized body");
    /* only len bytes are read: garbage after them is never seen */
    char *tail = arena_sprintf(a, "%s GARBAGE", ok);
    cr_assert_eq(gmail_push_parse(a, tail, n, &p, &why), 0, "%s", why);
    cr_assert_eq(gmail_push_parse(a, tail, strlen(tail), &p, &why), ERR_BAD_REQUEST);
    /* NULL body */
    cr_assert_eq(gmail_push_parse(a, NULL, 10, &p, &why), ERR_BAD_REQUEST);
    cr_assert_eq(gmail_push_parse(a, ok, 0, &p, &why), ERR_BAD_REQUEST);
}

Test(gmailPush, non_object_json_at_each_level)
{
    static const char *const bad[] = {
        "null", "true", "42", "\"message\"", "[{\"message\":{}}]", "{", "{\"message\":",
        "{'message':{}}", "{\"message\":null}", "{\"message\":\"e30=\"}", "{\"message\":[{\"data\":\"e30=\"}]}",
        "{\"message\":42}", "not json at all",
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
        assert_bad(bad[i], bad[i]);
}

Test(gmailPush, extra_fields_ignored_and_strings_arena_owned)
{
    const char *inner = "{\"emailAddress\":\"MiXeD@Example.IN\",\"historyId\":\"77\",\"extra\":[1,2,{}]}";
    const char *b = body_with(inner, "\"messageId\":\"abc-123\",\"attributes\":{\"x\":\"y\"},\"orderingKey\":\"\"");
    GmailPush p;
    const char *why = NULL;
    cr_assert_eq(parse(b, &p, &why), 0, "%s", why);
    cr_assert_str_eq(why, "ok");
    cr_assert_str_eq(p.email_address, "mixed@example.in");
    cr_assert_eq(p.history_id, 77);
    cr_assert_str_eq(p.message_id, "abc-123");
    /* outputs are copies: not pointers into the caller's body */
    cr_assert(p.message_id < b || p.message_id >= b + strlen(b));
}
