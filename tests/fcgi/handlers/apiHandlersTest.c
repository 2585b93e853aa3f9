/* apiHandlersTest.c — the api handlers through router_dispatch against a
 * real Postgres. Needs CS_TEST_DATABASE_URL (a migrated, disposable
 * database); every test fails without it (tests/testDb.h). */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "inbox/agents.h"
#include "core/base64.h"
#include "core/buf.h"
#include "core/config.h"
#include "store/db.h"
#include "core/errors.h"
#include "core/jsonUtil.h"
#include "crypto/jwt.h"
#include "http/request.h"
#include "http/router.h"
#include "testDb.h"

#define SECRET "api-handlers-test-secret-0123"

static Arena *ta;
static char *admin_tok, *agent_tok, *inactive_tok;
static int64_t agent_id;

static const char *dburl(void) { return test_db_url(); }

static char *mint(const char *email)
{
    AgentRecord rec;
    char *tok = NULL;
    cr_assert_eq(agent_find(ta, email, &rec), 0, "agent %s", email);
    cr_assert_eq(agent_mint_token(ta, &rec, SECRET, time(NULL), 600, &tok), 0);
    return tok;
}

static void setup(void)
{
    (void)dburl(); /* fails the test when there is no database */
    ta = arena_new(0);
    memset(&g_config, 0, sizeof g_config);
    g_config.auth_jwt_secret = SECRET;
    g_config.max_body_bytes = 1 << 20;
    g_config.nchan_publish_url = NULL; /* no real-time in unit tests */
    cr_assert_eq(db_connect(dburl()), 0);
    db_exec0("SET client_min_messages = warning");
    db_exec0("TRUNCATE agents, support_emails, emails, conversations RESTART IDENTITY CASCADE");
    const char *why = NULL;
    AgentRecord rec;
    AgentNew adm = {.name = "Admin", .email = "admin@example.com", .role = "admin", .capacity = -1};
    AgentNew ag = {.name = "Agent", .email = "agent@example.com", .capacity = -1};
    AgentNew off = {.name = "Off", .email = "off@example.com", .capacity = -1};
    cr_assert_eq(agent_create(ta, &adm, &rec, &why), 0);
    cr_assert_eq(agent_create(ta, &ag, &rec, &why), 0);
    agent_id = rec.id;
    cr_assert_eq(agent_create(ta, &off, &rec, &why), 0);
    admin_tok = mint("admin@example.com");
    agent_tok = mint("agent@example.com");
    inactive_tok = mint("off@example.com");
    db_exec0("UPDATE agents SET active = false WHERE email = 'off@example.com'");
}

static void teardown(void)
{
    db_disconnect();
    arena_destroy(&ta);
}

typedef struct Resp {
    int status;
    json_object *body;
    const char *code;
    const char *message;
} Resp;

static Resp call(const char *method, const char *uri, const char *token, const char *ctype, const char *body)
{
    Request *req = request_new();
    request_set_env(req, "REQUEST_METHOD", method);
    request_set_env(req, "REQUEST_URI", uri);
    const char *q = strchr(uri, '?');
    request_set_env(req, "QUERY_STRING", q ? q + 1 : "");
    if (token)
        request_set_env(req, "HTTP_AUTHORIZATION", arena_sprintf(req->arena, "Bearer %s", token));
    if (ctype)
        request_set_env(req, "CONTENT_TYPE", ctype);
    if (body) {
        req->body = arena_strdup(req->arena, body);
        req->body_len = strlen(body);
    }
    router_dispatch(ROUTES, ROUTES_COUNT, req, 1 << 20);
    Buf out;
    buf_init(&out, 1 << 22);
    request_render(req, &out);
    Resp r = {.status = req->status};
    const char *sep = strstr(out.data, "\r\n\r\n");
    if (sep && sep[4])
        json_parse_arena(ta, sep + 4, strlen(sep + 4), &r.body);
    json_object *err = json_get(r.body, "error");
    r.code = arena_strdup(ta, json_get_str(err, "code"));
    r.message = arena_strdup(ta, json_get_str(err, "message"));
    buf_free(&out);
    request_free(&req);
    return r;
}

TestSuite(api, .init = setup, .fini = teardown);

Test(api, auth_errors)
{
    Resp r = call("GET", "/support-emails", NULL, NULL, NULL);
    cr_assert_eq(r.status, 401);
    cr_assert_str_eq(r.code, "unauthorized");
    r = call("GET", "/support-emails", "garbage", NULL, NULL);
    cr_assert_eq(r.status, 401);
    cr_assert_not_null(strstr(r.message, "malformed"));
    r = call("GET", "/support-emails", agent_tok, NULL, NULL);
    cr_assert_eq(r.status, 403);
    r = call("GET", "/support-emails", inactive_tok, NULL, NULL);
    cr_assert_eq(r.status, 401);
    cr_assert_not_null(strstr(r.message, "inactive"));
    /* Bad signature. */
    char *bad = arena_strdup(ta, admin_tok);
    bad[strlen(bad) - 3] = bad[strlen(bad) - 3] == 'a' ? 'b' : 'a';
    r = call("GET", "/support-emails", bad, NULL, NULL);
    cr_assert_eq(r.status, 401);
    cr_assert_not_null(strstr(r.message, "signature"));
    /* Expired. */
    json_object *c = json_arena_own(ta, json_object_new_object());
    json_object_object_add(c, "sub", json_object_new_string("admin@example.com"));
    json_object_object_add(c, "exp", json_object_new_int64(time(NULL) - 3600));
    r = call("GET", "/support-emails", jwt_sign_hs256(ta, SECRET, c), NULL, NULL);
    cr_assert_eq(r.status, 401);
    cr_assert_not_null(strstr(r.message, "expired"));
    /* Unknown agent. */
    c = json_arena_own(ta, json_object_new_object());
    json_object_object_add(c, "sub", json_object_new_string("999999"));
    json_object_object_add(c, "exp", json_object_new_int64(time(NULL) + 3600));
    r = call("GET", "/emails", jwt_sign_hs256(ta, SECRET, c), NULL, NULL);
    cr_assert_eq(r.status, 401);
    /* Supabase-style: UUID sub, email claim. */
    c = json_arena_own(ta, json_object_new_object());
    json_object_object_add(c, "sub", json_object_new_string("3f1c2a4e-0000-4000-8000-000000000000"));
    json_object_object_add(c, "email", json_object_new_string("Agent@Example.com"));
    json_object_object_add(c, "role", json_object_new_string("admin")); /* ignored: table says agent */
    json_object_object_add(c, "exp", json_object_new_int64(time(NULL) + 3600));
    char *sb = jwt_sign_hs256(ta, SECRET, c);
    cr_assert_eq(call("GET", "/emails", sb, NULL, NULL).status, 200);
    cr_assert_eq(call("GET", "/support-emails", sb, NULL, NULL).status, 403);
}

Test(api, support_emails_crud)
{
    const char *J = "application/json";
    Resp r = call("POST", "/support-emails", admin_tok, J,
                  "{\"email\":\"Help@Katyayani.COM\",\"display_name\":\"Help\",\"is_active\":true}");
    cr_assert_eq(r.status, 201, "%s", r.message);
    cr_assert_str_eq(json_get_str(r.body, "email"), "help@katyayani.com");
    cr_assert_str_eq(json_get_str(r.body, "display_name"), "Help");
    cr_assert_eq(json_get_bool(r.body, "is_active"), 1);
    cr_assert_not_null(json_get_str(r.body, "created_at"));
    cr_assert(json_get(r.body, "history_id") == NULL);
    int64_t id = 0;
    cr_assert_eq(json_get_int64(r.body, "id", &id), 0);
    const char *path = arena_sprintf(ta, "/support-emails/%lld", (long long)id);

    cr_assert_eq(call("POST", "/support-emails", admin_tok, J, "{\"email\":\"HELP@katyayani.com\"}").status, 409);
    r = call("POST", "/support-emails", admin_tok, J, "{\"email\":\"not-an-email\"}");
    cr_assert_eq(r.status, 422);
    cr_assert_str_eq(r.code, "unprocessable");
    cr_assert_eq(call("POST", "/support-emails", admin_tok, J, "{\"email\":\"a@b.co\",\"x\":1}").status, 422);
    cr_assert_eq(call("POST", "/support-emails", admin_tok, J, "{\"email\":5}").status, 422);
    cr_assert_eq(call("POST", "/support-emails", admin_tok, J, "{\"email\":\"a@b.co\",\"is_active\":\"yes\"}").status, 422);
    cr_assert_eq(call("POST", "/support-emails", admin_tok, J, "{}").status, 422);
    cr_assert_eq(call("POST", "/support-emails", admin_tok, J, "{\"email\":").status, 400);
    cr_assert_eq(call("POST", "/support-emails", admin_tok, J, "[1]").status, 400);
    cr_assert_eq(call("POST", "/support-emails", admin_tok, "text/plain", "{\"email\":\"a@b.co\"}").status, 415);
    /* Nothing was written by the failures. */
    r = call("GET", "/support-emails", admin_tok, NULL, NULL);
    cr_assert_eq(r.status, 200);
    cr_assert_eq(json_object_array_length(json_get(r.body, "data")), 1);

    r = call("GET", path, admin_tok, NULL, NULL);
    cr_assert_eq(r.status, 200);
    cr_assert_str_eq(json_get_str(r.body, "email"), "help@katyayani.com");
    cr_assert_eq(call("GET", "/support-emails/987654", admin_tok, NULL, NULL).status, 404);
    cr_assert_eq(call("GET", "/support-emails/abc", admin_tok, NULL, NULL).status, 404);

    r = call("PATCH", path, admin_tok, J, "{\"is_active\":false}");
    cr_assert_eq(r.status, 200, "%s", r.message);
    cr_assert_eq(json_get_bool(r.body, "is_active"), 0);
    cr_assert_str_eq(json_get_str(r.body, "display_name"), "Help");
    r = call("PATCH", path, admin_tok, J, "{\"display_name\":null}");
    cr_assert_eq(r.status, 200);
    cr_assert(json_get(r.body, "display_name") == NULL);
    cr_assert_eq(json_get_bool(r.body, "is_active"), 0);
    cr_assert_eq(call("PATCH", path, admin_tok, J, "{\"email\":\"x@y.com\"}").status, 422);
    cr_assert_eq(call("PATCH", path, admin_tok, J, "{}").status, 422);
    cr_assert_eq(call("PATCH", "/support-emails/987654", admin_tok, J, "{\"is_active\":true}").status, 404);

    r = call("POST", arena_sprintf(ta, "%s/watch", path), admin_tok, NULL, NULL);
    cr_assert_eq(r.status, 503);
    cr_assert_str_eq(r.code, "gmail_not_configured");
    cr_assert_eq(call("POST", "/support-emails/987654/stop-watch", admin_tok, NULL, NULL).status, 404);

    cr_assert_eq(call("PUT", path, admin_tok, J, "{}").status, 405);
    cr_assert_eq(call("DELETE", path, admin_tok, NULL, NULL).status, 204);
    cr_assert_eq(call("DELETE", path, admin_tok, NULL, NULL).status, 404);
    cr_assert_eq(call("GET", path, admin_tok, NULL, NULL).status, 404);
}

static void seed_emails(int n)
{
    db_exec0("INSERT INTO support_emails (email) VALUES ('one@k.com'), ('two@k.com')");
    db_exec0("INSERT INTO conversations (channel, team) VALUES ('email', 'finance')");
    for (int i = 0; i < n; i++) {
        char idx[16], se[4], ts[64];
        snprintf(idx, sizeof idx, "m%d", i);
        snprintf(se, sizeof se, "%d", i % 3 == 0 ? 2 : 1);
        /* groups of 3 rows share a created_at: the id breaks ties */
        snprintf(ts, sizeof ts, "2026-01-01T00:00:%02dZ", i / 3);
        const char *p[] = {idx, se, ts, i % 5 == 0 ? "1" : NULL, i % 4 == 0 ? "dispatch" : NULL};
        cr_assert_eq(db_exec(NULL, NULL,
                             "INSERT INTO emails (mailbox, gmail_message_id, support_email_id, created_at, "
                             "conversation_id, suggested_team, subject, attachments) "
                             "VALUES ('x', $1, $2::bigint, $3::timestamptz, $4::bigint, $5, 'hi', "
                             "CASE WHEN $1 = 'm1' THEN '[{\"filename\":\"a.pdf\"}]'::jsonb ELSE '[]' END)",
                             5, p), 0, "%s", db_last_error());
    }
}

static int walk(const char *base, int limit, int *seen, int nseen)
{
    const char *cursor = NULL;
    int total = 0, pages = 0;
    for (;;) {
        const char *uri = arena_sprintf(ta, "%s%slimit=%d%s%s", base, strchr(base, '?') ? "&" : "?", limit,
                                        cursor ? "&cursor=" : "", cursor ? cursor : "");
        Resp r = call("GET", uri, agent_tok, NULL, NULL);
        cr_assert_eq(r.status, 200, "%s: %s", uri, r.message);
        json_object *data = json_get(r.body, "data");
        int n = (int)json_object_array_length(data);
        cr_assert_leq(n, limit);
        for (int i = 0; i < n; i++) {
            int64_t id = 0;
            cr_assert_eq(json_get_int64(json_object_array_get_idx(data, (size_t)i), "id", &id), 0);
            cr_assert(id >= 1 && id < nseen);
            seen[id]++;
        }
        total += n;
        pages++;
        cr_assert_lt(pages, 100);
        cursor = json_get_str(r.body, "next_cursor");
        if (!cursor)
            break;
        cursor = arena_strdup(ta, cursor);
    }
    return total;
}

Test(api, emails_pagination)
{
    seed_emails(25);
    int seen[32] = {0};
    cr_assert_eq(walk("/emails", 4, seen, 32), 25);
    for (int i = 1; i <= 25; i++)
        cr_assert_eq(seen[i], 1, "row %d seen %d times", i, seen[i]);
    memset(seen, 0, sizeof seen);
    cr_assert_eq(walk("/emails?support_email_id=2", 2, seen, 32), 9);
    memset(seen, 0, sizeof seen);
    /* team: finance from the conversation (i%5==0), or suggested dispatch */
    cr_assert_eq(walk("/emails?team=finance", 3, seen, 32), 5);
    memset(seen, 0, sizeof seen);
    cr_assert_eq(walk("/emails?team=dispatch", 3, seen, 32), 5); /* i%4==0 and not i%5==0: 0?no */

    Resp r = call("GET", "/emails?limit=5", agent_tok, NULL, NULL);
    json_object *first = json_object_array_get_idx(json_get(r.body, "data"), 0);
    cr_assert_str_eq(json_get_str(first, "created_at"), "2026-01-01T00:00:08.000000Z");
    cr_assert_eq(call("GET", "/emails?limit=0", agent_tok, NULL, NULL).status, 422);
    cr_assert_eq(call("GET", "/emails?limit=101", agent_tok, NULL, NULL).status, 422);
    cr_assert_eq(call("GET", "/emails?limit=x", agent_tok, NULL, NULL).status, 422);
    cr_assert_eq(call("GET", "/emails?team=nope", agent_tok, NULL, NULL).status, 422);
    cr_assert_eq(call("GET", "/emails?support_email_id=-1", agent_tok, NULL, NULL).status, 422);
    cr_assert_eq(call("GET", "/emails?cursor=%%%", agent_tok, NULL, NULL).status, 400);
    const char *badc = base64_encode(ta, "2026-13-45T99:00:00Z|5", 22, 1);
    cr_assert_eq(call("GET", arena_sprintf(ta, "/emails?cursor=%s", badc), agent_tok, NULL, NULL).status, 400);
    badc = base64_encode(ta, "x'; drop|5", 10, 1);
    cr_assert_eq(call("GET", arena_sprintf(ta, "/emails?cursor=%s", badc), agent_tok, NULL, NULL).status, 400);

    r = call("GET", "/emails/2", agent_tok, NULL, NULL);
    cr_assert_eq(r.status, 200, "%s", r.message);
    cr_assert_eq(json_get_bool(r.body, "has_attachments"), 1);
    cr_assert_eq(json_object_array_length(json_get(r.body, "attachments")), 1);
    r = call("GET", "/emails/1", agent_tok, NULL, NULL);
    cr_assert_str_eq(json_get_str(json_get(r.body, "conversation"), "team"), "finance");
    cr_assert_eq(call("GET", "/emails/99999", agent_tok, NULL, NULL).status, 404);
}

static Resp ws(const char *uri, const char *token)
{
    Request *req = request_new();
    request_set_env(req, "REQUEST_METHOD", "GET");
    request_set_env(req, "REQUEST_URI", "/internal/ws-auth");
    if (uri)
        request_set_env(req, "HTTP_X_ORIGINAL_URI",
                        token ? arena_sprintf(req->arena, "%s?token=%s", uri, token) : uri);
    router_dispatch(ROUTES, ROUTES_COUNT, req, 1 << 20);
    Resp r = {.status = req->err ? err_http_status(req->err) : req->status};
    request_free(&req);
    return r;
}

Test(api, ws_auth)
{
    cr_assert_eq(ws("/ws/inbox", admin_tok).status, 200);
    cr_assert_eq(ws("/ws/inbox", agent_tok).status, 403);
    cr_assert_eq(ws("/ws/emails", agent_tok).status, 200);
    cr_assert_eq(ws("/ws/emails", NULL).status, 401);
    cr_assert_eq(ws("/ws/emails", "bad.token.here").status, 401);
    cr_assert_eq(ws("/ws/emails", inactive_tok).status, 401);
    cr_assert_eq(ws(arena_sprintf(ta, "/ws/agent-%lld", (long long)agent_id), agent_tok).status, 200);
    cr_assert_eq(ws(arena_sprintf(ta, "/ws/agent-%lld", (long long)agent_id), admin_tok).status, 200);
    cr_assert_eq(ws("/ws/agent-1", agent_tok).status, 403);
    cr_assert_eq(ws("/ws/secret", admin_tok).status, 403);
    cr_assert_eq(ws(NULL, NULL).status, 403);
}
