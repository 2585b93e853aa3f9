/* gmailSyncTest.c — gmail_sync_mailbox() against a canned Gmail (and its
 * token endpoint) on loopback and the test database: an incremental sync
 * stores the new message and moves the cursor; a second run fetches nothing
 * again; a cursor Gmail no longer knows falls back to a full sync; a 429
 * keeps the cursor, records the error and passes Retry-After on; a mailbox
 * that is paused is left alone. Needs CS_TEST_DATABASE_URL (testDb.h). */
#include <criterion/criterion.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "channels/gmail/gmailSync.h"
#include "core/base64.h"
#include "core/config.h"
#include "core/errors.h"
#include "store/db.h"
#include "testDb.h"
#include "testHttpServer.h"

#define MAILBOX "support@katyayani.example"
#define TOKEN_REPLY "{\"access_token\":\"tok-1\",\"expires_in\":3600,\"token_type\":\"Bearer\"}"

static Arena *a;
static TestHttpServer srv;
static int srv_running;
static char sa_path[64];

/* A service-account key file with a fresh RSA key: googleAuth signs its
 * assertion with it (the canned token endpoint does not check it). */
static void write_service_account(void)
{
    EVP_PKEY *key = EVP_RSA_gen(2048);
    cr_assert_not_null(key);
    BIO *b = BIO_new(BIO_s_mem());
    cr_assert(PEM_write_bio_PrivateKey(b, key, NULL, NULL, 0, NULL, NULL) == 1);
    char *pem = NULL;
    long n = BIO_get_mem_data(b, &pem);
    json_object *o = json_object_new_object();
    json_object_object_add(o, "type", json_object_new_string("service_account"));
    json_object_object_add(o, "client_email", json_object_new_string("svc@p.iam.gserviceaccount.com"));
    json_object_object_add(o, "private_key_id", json_object_new_string("k1"));
    json_object_object_add(o, "private_key", json_object_new_string_len(pem, (int)n));
    snprintf(sa_path, sizeof sa_path, "/tmp/gmailSyncTest-%d.json", (int)getpid());
    FILE *f = fopen(sa_path, "w");
    cr_assert_not_null(f);
    fputs(json_object_to_json_string(o), f);
    fclose(f);
    json_object_put(o);
    BIO_free(b);
    EVP_PKEY_free(key);
}

static void setup(void)
{
    a = arena_new(0);
    cr_assert_eq(db_connect(test_db_url()), 0, "%s", db_last_error());
    db_exec0("SET client_min_messages = warning");
    cr_assert_eq(db_exec0("TRUNCATE support_emails, emails, conversations, customers, jobs RESTART IDENTITY CASCADE"),
                 0, "%s", db_last_error());
    write_service_account();
    memset(&g_config, 0, sizeof g_config);
    g_config.google_service_account_file = sa_path;
    g_config.http_timeout_ms = 5000;
    g_config.job_max_attempts = 3;
}

/* Stops the canned server: after this, srv.served and srv.requests are
 * final (the server thread counts a reply after closing it). */
static void finish(void)
{
    if (srv_running)
        test_http_stop(&srv);
    srv_running = 0;
}

static void teardown(void)
{
    finish();
    unlink(sa_path);
    db_disconnect();
    arena_destroy(&a);
}
TestSuite(gmailSync, .init = setup, .fini = teardown);

/* Starts the canned server and points the token and Gmail URLs at it. */
static void serve(const TestHttpReply *r, int n)
{
    finish();
    test_http_start(&srv, r, n);
    srv_running = 1;
    g_config.google_token_url = arena_sprintf(a, "http://127.0.0.1:%d/token", srv.port);
    g_config.gmail_api_base_url = arena_sprintf(a, "http://127.0.0.1:%d/gmail/v1", srv.port);
}

static int64_t add_mailbox(const char *cursor, int active)
{
    const char *p[] = {MAILBOX, cursor, active ? "true" : "false"};
    PGresult *r = NULL;
    cr_assert_eq(db_exec(a, &r,
                         "INSERT INTO support_emails (email, is_active, history_id) VALUES ($1, $3::boolean,"
                         " $2::numeric) RETURNING id",
                         3, p),
                 0, "%s", db_last_error());
    return strtoll(db_get(r, 0, 0), NULL, 10);
}

/* A messages.get format=raw reply for one customer mail. */
static const char *raw_message(const char *id, const char *subject)
{
    const char *mime = arena_sprintf(a,
                                     "From: Asha Customer <asha@example.com>\r\n"
                                     "To: " MAILBOX "\r\n"
                                     "Subject: %s\r\n"
                                     "Date: Mon, 30 Nov 2026 10:00:00 +0530\r\n"
                                     "Message-ID: <%s@example.com>\r\n"
                                     "Content-Type: text/plain; charset=utf-8\r\n\r\n"
                                     "My order has not arrived yet.\r\n",
                                     subject, id);
    return arena_sprintf(a,
                         "{\"id\":\"%s\",\"threadId\":\"t-%s\",\"labelIds\":[\"INBOX\",\"UNREAD\"],"
                         "\"historyId\":\"120\",\"internalDate\":\"1796016600000\",\"raw\":\"%s\"}",
                         id, id, base64_encode(a, mime, strlen(mime), 1));
}

static const char *one(const char *sql, const char *param)
{
    PGresult *r = NULL;
    const char *p[] = {param};
    cr_assert_eq(db_exec(a, &r, sql, param ? 1 : 0, param ? p : NULL), 0, "%s", db_last_error());
    if (PQntuples(r) == 0)
        return NULL;
    return db_get(r, 0, 0) ? arena_strdup(a, db_get(r, 0, 0)) : "(null)";
}

Test(gmailSync, incremental_sync_stores_new_mail_and_moves_the_cursor)
{
    int64_t id = add_mailbox("100", 1);
    TestHttpReply r[] = {
        {.status = 200, .body = TOKEN_REPLY},
        {.status = 200, .body = "{\"history\":[{\"id\":\"110\",\"messagesAdded\":[{\"message\":"
                                "{\"id\":\"m1\",\"threadId\":\"t-m1\",\"labelIds\":[\"INBOX\"]}}]}],"
                                "\"historyId\":\"130\"}"},
        {.status = 200, .body = raw_message("m1", "Order not delivered")},
    };
    serve(r, 3);
    long delay = -1;
    char err[256];
    cr_assert_eq(gmail_sync_mailbox(a, id, &delay, err, sizeof err), 0, "%s", err);
    cr_assert_eq(delay, 0);
    finish();
    cr_assert_eq(srv.served, 3);
    /* history.list from the stored cursor, with the exchanged token */
    cr_assert_not_null(strstr(srv.requests[0], "POST /token "), "%s", srv.requests[0]);
    cr_assert_not_null(strstr(srv.requests[1], "GET /gmail/v1/users/support%40katyayani.example/history?"
                                               "startHistoryId=100&"),
                       "%s", srv.requests[1]);
    cr_assert_not_null(strstr(srv.requests[1], "Authorization: Bearer tok-1"), "%s", srv.requests[1]);
    cr_assert_not_null(strstr(srv.requests[2], "/messages/m1?format=raw"), "%s", srv.requests[2]);

    cr_assert_str_eq(one("SELECT subject FROM emails WHERE gmail_message_id = 'm1'", NULL), "Order not delivered");
    cr_assert_str_eq(one("SELECT count(*) FROM emails", NULL), "1");
    cr_assert_str_eq(one("SELECT count(*) FROM conversations", NULL), "1");
    cr_assert_str_eq(one("SELECT from_address FROM emails", NULL), "asha@example.com");
    const char *sid = arena_i64s(a, id);
    cr_assert_str_eq(one("SELECT history_id::text || ' ' || last_sync_status || ' ' || (last_error IS NULL)::text"
                         " FROM support_emails WHERE id = $1::bigint", sid),
                     "130 ok true");

    /* The same history again (a redelivered notification): nothing fetched
     * twice, nothing stored twice; the token is cached. */
    TestHttpReply again[] = {
        {.status = 200, .body = "{\"history\":[{\"id\":\"110\",\"messagesAdded\":[{\"message\":"
                                "{\"id\":\"m1\",\"threadId\":\"t-m1\",\"labelIds\":[\"INBOX\"]}}]}],"
                                "\"historyId\":\"130\"}"},
    };
    cr_assert_eq(db_exec0("UPDATE support_emails SET history_id = 100"), 0);
    serve(again, 1);
    cr_assert_eq(gmail_sync_mailbox(a, id, &delay, err, sizeof err), 0, "%s", err);
    finish();
    cr_assert_eq(srv.served, 1);
    cr_assert_str_eq(one("SELECT count(*) FROM emails", NULL), "1");
    cr_assert_str_eq(one("SELECT history_id::text FROM support_emails WHERE id = $1::bigint", sid), "130");
}

Test(gmailSync, unknown_cursor_falls_back_to_a_full_sync)
{
    int64_t id = add_mailbox("5", 1);
    TestHttpReply r[] = {
        {.status = 200, .body = TOKEN_REPLY},
        {.status = 404, .body = "{\"error\":{\"code\":404,\"message\":\"Requested entity was not found.\","
                                "\"status\":\"NOT_FOUND\"}}"},
        {.status = 200, .body = "{\"emailAddress\":\"" MAILBOX "\",\"historyId\":\"900\"}"},
        {.status = 200, .body = "{\"messages\":[{\"id\":\"m7\",\"threadId\":\"t-m7\"}],\"resultSizeEstimate\":1}"},
        {.status = 200, .body = raw_message("m7", "Refund please")},
    };
    serve(r, 5);
    long delay = -1;
    char err[256];
    cr_assert_eq(gmail_sync_mailbox(a, id, &delay, err, sizeof err), 0, "%s", err);
    finish();
    cr_assert_eq(srv.served, 5);
    cr_assert_not_null(strstr(srv.requests[2], "/profile"), "%s", srv.requests[2]);
    cr_assert_not_null(strstr(srv.requests[3], "/messages?"), "%s", srv.requests[3]);
    cr_assert_str_eq(one("SELECT subject FROM emails WHERE gmail_message_id = 'm7'", NULL), "Refund please");
    /* The cursor is the profile's historyId from before the crawl. */
    cr_assert_str_eq(one("SELECT history_id::text FROM support_emails WHERE id = $1::bigint", arena_i64s(a, id)),
                     "900");
}

Test(gmailSync, rate_limited_keeps_the_cursor_and_passes_retry_after_on)
{
    int64_t id = add_mailbox("100", 1);
    TestHttpReply r[] = {
        {.status = 200, .body = TOKEN_REPLY},
        {.status = 429, .headers = "Retry-After: 7\r\n",
         .body = "{\"error\":{\"code\":429,\"message\":\"Too many concurrent requests for user\","
                 "\"errors\":[{\"reason\":\"rateLimitExceeded\"}]}}"},
    };
    serve(r, 2);
    long delay = -1;
    char err[256];
    cr_assert_eq(gmail_sync_mailbox(a, id, &delay, err, sizeof err), ERR_RATE_LIMITED);
    cr_assert_eq(delay, 7000);
    cr_assert_not_null(strstr(err, "429"), "%s", err);
    const char *sid = arena_i64s(a, id);
    cr_assert_str_eq(one("SELECT history_id::text FROM support_emails WHERE id = $1::bigint", sid), "100");
    cr_assert_not_null(strstr(one("SELECT last_error FROM support_emails WHERE id = $1::bigint", sid), "429"));
    cr_assert_str_eq(one("SELECT count(*) FROM emails", NULL), "0");
}

Test(gmailSync, paused_or_unknown_mailbox_is_left_alone)
{
    int64_t id = add_mailbox("100", 0);
    TestHttpReply r[] = {{.status = 500}};
    serve(r, 1);
    long delay = -1;
    char err[256];
    cr_assert_eq(gmail_sync_mailbox(a, id, &delay, err, sizeof err), 0, "%s", err);
    cr_assert_eq(gmail_sync_mailbox(a, id + 1000, &delay, err, sizeof err), 0, "%s", err);
    finish();
    cr_assert_eq(srv.served, 0, "Gmail was not called");
}

Test(gmailSync, without_gmail_configured_the_job_fails_for_good)
{
    int64_t id = add_mailbox("100", 1);
    g_config.google_service_account_file = NULL;
    long delay = -1;
    char err[256];
    cr_assert_eq(gmail_sync_mailbox(a, id, &delay, err, sizeof err), ERR_PERMANENT);
    cr_assert_not_null(strstr(err, "GOOGLE_SERVICE_ACCOUNT_FILE"), "%s", err);
    cr_assert_str_eq(one("SELECT last_sync_status FROM support_emails WHERE id = $1::bigint", arena_i64s(a, id)),
                     "error");
}
