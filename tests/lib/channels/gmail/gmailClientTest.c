/* gmailClientTest.c — parsing of Gmail responses (history pages,
 * messages.list, messages.get raw) and the error mapping. */
#include <criterion/criterion.h>
#include <string.h>

#include "core/arena.h"
#include "core/errors.h"
#include "channels/gmail/gmailClient.h"
#include "channels/gmail/gmailPush.h"

static Arena *a;
static void setup(void) { a = arena_new(0); }
static void teardown(void) { arena_destroy(&a); }
TestSuite(gmailClient, .init = setup, .fini = teardown);

Test(gmailClient, history_pages_accumulate_messages_added_deduplicated)
{
    GmailRefList acc;
    memset(&acc, 0, sizeof acc);
    const char *next = NULL;
    const char *p1 = "{\"history\":[{\"id\":\"9876543200\",\"messages\":[{\"id\":\"m0\",\"threadId\":\"t0\"}],"
                     "\"messagesAdded\":[{\"message\":{\"id\":\"m1\",\"threadId\":\"t1\",\"labelIds\":[\"INBOX\",\"UNREAD\"]}}]},"
                     "{\"id\":\"9876543201\",\"labelsAdded\":[{\"message\":{\"id\":\"mX\"}}]}],"
                     "\"nextPageToken\":\"page2\",\"historyId\":\"9876543210\"}";
    cr_assert_eq(gmail_parse_history_page(a, p1, strlen(p1), &acc, &next), 0);
    cr_assert_str_eq(next, "page2");
    const char *p2 = "{\"history\":[{\"id\":\"9876543205\",\"messagesAdded\":["
                     "{\"message\":{\"id\":\"m1\",\"threadId\":\"t1\"}},"
                     "{\"message\":{\"id\":\"m2\",\"threadId\":\"t1\",\"labelIds\":[\"SENT\"]}}]}],"
                     "\"historyId\":18446744073709551615}";
    cr_assert_eq(gmail_parse_history_page(a, p2, strlen(p2), &acc, &next), 0);
    cr_assert_null(next);
    cr_assert_eq(acc.n, 2);
    cr_assert_str_eq(acc.refs[0].id, "m1");
    cr_assert_str_eq(acc.refs[0].thread_id, "t1");
    cr_assert(gmail_has_label(acc.refs[0].label_ids, acc.refs[0].nlabels, "INBOX"));
    cr_assert_str_eq(acc.refs[1].id, "m2");
    cr_assert_not(gmail_has_label(acc.refs[1].label_ids, acc.refs[1].nlabels, "INBOX"));
    cr_assert_eq(acc.history_id, 18446744073709551615ULL);
}

Test(gmailClient, history_without_history_id_is_malformed)
{
    GmailRefList acc;
    memset(&acc, 0, sizeof acc);
    const char *next = NULL;
    cr_assert_eq(gmail_parse_history_page(a, "{}", 2, &acc, &next), ERR_PARSE);
    cr_assert_eq(gmail_parse_history_page(a, "[", 1, &acc, &next), ERR_PARSE);
    const char *empty = "{\"historyId\":\"5\"}";
    cr_assert_eq(gmail_parse_history_page(a, empty, strlen(empty), &acc, &next), 0);
    cr_assert_eq(acc.n, 0);
}

Test(gmailClient, list_page)
{
    GmailRefList acc;
    memset(&acc, 0, sizeof acc);
    const char *next = NULL;
    const char *p = "{\"messages\":[{\"id\":\"a\",\"threadId\":\"ta\"},{\"id\":\"b\",\"threadId\":\"tb\"}],"
                    "\"nextPageToken\":\"n\",\"resultSizeEstimate\":2}";
    cr_assert_eq(gmail_parse_list_page(a, p, strlen(p), &acc, &next), 0);
    cr_assert_eq(acc.n, 2);
    cr_assert_eq(acc.refs[1].has_labels, 0);
    cr_assert_str_eq(next, "n");
}

Test(gmailClient, message_raw_unpadded_base64url)
{
    /* "Subject: hi?\r\n\r\n>>>" has '-'/'_' characters in base64url and no padding */
    const char *p = "{\"id\":\"18c\",\"threadId\":\"18b\",\"labelIds\":[\"INBOX\"],\"historyId\":\"77\","
                    "\"internalDate\":\"1732422000000\",\"raw\":\"U3ViamVjdDogaGk_DQoNCj4-Pg\"}";
    GmailMessage m;
    cr_assert_eq(gmail_parse_message(a, p, strlen(p), &m), 0);
    cr_assert_str_eq(m.id, "18c");
    cr_assert_str_eq(m.thread_id, "18b");
    cr_assert_eq(m.history_id, 77);
    cr_assert_eq(m.internal_date_ms, 1732422000000LL);
    cr_assert_eq(m.raw_len, 19);
    cr_assert_eq(memcmp(m.raw, "Subject: hi?\r\n\r\n>>>", 19), 0);
    const char *bad = "{\"id\":\"1\",\"raw\":\"***\"}";
    cr_assert_eq(gmail_parse_message(a, bad, strlen(bad), &m), ERR_PARSE);
    const char *noraw = "{\"id\":\"1\"}";
    cr_assert_eq(gmail_parse_message(a, noraw, strlen(noraw), &m), ERR_PARSE);
}

Test(gmailClient, error_mapping)
{
    char msg[256];
    const char *rl = "{\"error\":{\"code\":403,\"message\":\"User Rate Limit Exceeded\","
                     "\"errors\":[{\"domain\":\"usageLimits\",\"reason\":\"userRateLimitExceeded\"}]}}";
    cr_assert_eq(gmail_map_error(403, rl, strlen(rl), msg, sizeof msg), ERR_RATE_LIMITED);
    cr_assert(strstr(msg, "userRateLimitExceeded"));
    const char *perm = "{\"error\":{\"code\":403,\"message\":\"Insufficient Permission\","
                       "\"errors\":[{\"reason\":\"insufficientPermissions\"}]}}";
    cr_assert_eq(gmail_map_error(403, perm, strlen(perm), msg, sizeof msg), ERR_PERMANENT);
    cr_assert(strstr(msg, "Insufficient Permission"));
    cr_assert_eq(gmail_map_error(404, "", 0, msg, sizeof msg), ERR_NOT_FOUND);
    cr_assert_eq(gmail_map_error(429, "x", 1, msg, sizeof msg), ERR_RATE_LIMITED);
    cr_assert_eq(gmail_map_error(503, NULL, 0, msg, sizeof msg), ERR_UPSTREAM);
    cr_assert_eq(gmail_map_error(401, NULL, 0, msg, sizeof msg), ERR_UNAUTHORIZED);
    cr_assert_eq(gmail_map_error(400, NULL, 0, msg, sizeof msg), ERR_PERMANENT);
}

Test(gmailClient, push_body_parsing)
{
    GmailPush p;
    const char *why = NULL;
    /* the Pub/Sub doc's own example data */
    const char *b = "{\"message\":{\"data\":\"eyJlbWFpbEFkZHJlc3MiOiAidXNlckBleGFtcGxlLmNvbSIsICJoaXN0b3J5SWQiOiAiMTIzNDU2Nzg5MCJ9\","
                    "\"messageId\":\"2070443601311540\",\"message_id\":\"2070443601311540\"},\"subscription\":\"s\"}";
    cr_assert_eq(gmail_push_parse(a, b, strlen(b), &p, &why), 0, "%s", why);
    cr_assert_str_eq(p.email_address, "user@example.com");
    cr_assert_eq(p.history_id, 1234567890ULL);
    cr_assert_str_eq(p.message_id, "2070443601311540");
    /* {"emailAddress":"A@B.in","historyId":42} numeric, base64url unpadded, snake_case id */
    const char *n = "{\"message\":{\"data\":\"eyJlbWFpbEFkZHJlc3MiOiJBQEIuaW4iLCJoaXN0b3J5SWQiOjQyfQ\",\"message_id\":\"7\"}}";
    cr_assert_eq(gmail_push_parse(a, n, strlen(n), &p, &why), 0, "%s", why);
    cr_assert_str_eq(p.email_address, "a@b.in");
    cr_assert_eq(p.history_id, 42);
    const char *bad[] = {"", "{}", "{\"message\":{}}", "{\"message\":{\"data\":\"e30\",\"messageId\":\"1\"}}",
                         "{\"message\":{\"data\":\"!!\",\"messageId\":\"1\"}}", "[1]"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
        cr_assert_eq(gmail_push_parse(a, bad[i], strlen(bad[i]), &p, &why), ERR_BAD_REQUEST, "case %zu", i);
}
