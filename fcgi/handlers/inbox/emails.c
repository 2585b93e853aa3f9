/* emails.c — GET /emails (keyset pagination, newest first) and
 * GET /emails/:id (the full message with its conversation's state). */
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/base64.h"
#include "store/db.h"
#include "store/dbNotify.h"
#include "core/errors.h"
#include "handlers/handlers.h"
#include "http/apiUtil.h"
#include "core/jsonUtil.h"
#include "triage/triage.h"

#define EMAILS_DEFAULT_LIMIT 20
#define EMAILS_MAX_LIMIT 100
#define CURSOR_MAX 128

/* The cursor is base64url("<created_at ISO, microseconds>|<id>") of the
 * last row of a page: opaque to clients, exact for the keyset. */
static int parse_cursor(Request *req, const char *cur, const char **ts, const char **id)
{
    unsigned char *raw = NULL;
    size_t n = 0;
    if (strlen(cur) > CURSOR_MAX || base64_decode(req->arena, cur, strlen(cur), CURSOR_MAX, &raw, &n) != 0)
        return req_fail(req, ERR_BAD_REQUEST, "invalid cursor");
    const char *s = (const char *)raw;
    const char *bar = memchr(s, '|', n);
    if (!bar || bar == s || (size_t)(bar - s) > 40 || !bar[1] || strlen(bar + 1) > 18)
        return req_fail(req, ERR_BAD_REQUEST, "invalid cursor");
    for (const char *p = s; p < bar; p++)
        if (!isdigit((unsigned char)*p) && !strchr("-T:.Z", *p))
            return req_fail(req, ERR_BAD_REQUEST, "invalid cursor");
    for (const char *p = bar + 1; *p; p++)
        if (!isdigit((unsigned char)*p))
            return req_fail(req, ERR_BAD_REQUEST, "invalid cursor");
    *ts = arena_strndup(req->arena, s, (size_t)(bar - s));
    *id = bar + 1;
    return 0;
}

/* List item columns, in the order of EMAIL_ITEM_COLUMNS; has_attachments
 * comes from the JSONB array. The last two columns (cursor parts) are not
 * part of the item. */
#define EMAIL_ITEM_SELECT                                                                          \
    "e.id, e.support_email_id, e.conversation_id, e.gmail_message_id, e.gmail_thread_id, "        \
    "e.from_address, e.from_name, e.subject, e.snippet, " SQL_ISO("e.sent_at") ", "                \
    SQL_ISO("e.created_at") ", e.summary, e.suggested_team, "                                       \
    "jsonb_typeof(e.attachments) = 'array' AND jsonb_array_length(e.attachments) > 0"

static const ApiColumn EMAIL_ITEM_COLUMNS[] = {
    {"id", API_COL_NUMBER},           {"support_email_id", API_COL_NUMBER},
    {"conversation_id", API_COL_NUMBER}, {"gmail_message_id", API_COL_STRING},
    {"gmail_thread_id", API_COL_STRING}, {"from_address", API_COL_STRING},
    {"from_name", API_COL_STRING},    {"subject", API_COL_STRING},
    {"snippet", API_COL_STRING},      {"sent_at", API_COL_STRING},
    {"created_at", API_COL_STRING},   {"summary", API_COL_STRING},
    {"suggested_team", API_COL_STRING}, {"has_attachments", API_COL_BOOL},
};
#define EMAIL_ITEM_NCOLS ((int)(sizeof EMAIL_ITEM_COLUMNS / sizeof EMAIL_ITEM_COLUMNS[0]))
/* A page is at most EMAILS_MAX_LIMIT items; subjects and snippets are short. */
#define EMAILS_PAGE_MAX_BYTES (4u * 1024u * 1024u)

/* One statement per filter combination, so that each is prepared once
 * with a plan that walks emails_keyset (or emails_support_email) in index
 * order from the cursor. A single statement with "$n IS NULL OR ..." would
 * be re-planned on every call, and could not seek to the cursor with a
 * generic plan. Parameters: $1 limit, then the cursor (created_at, id),
 * the mailbox and the team, in that order, numbered as present. */
enum { EL_CURSOR = 1, EL_MAILBOX = 2, EL_TEAM = 4 };
#define EL_SELECT "SELECT " EMAIL_ITEM_SELECT ", " SQL_ISO("e.created_at") ", e.id FROM emails e "
#define EL_TEAM_JOIN "LEFT JOIN conversations c ON c.id = e.conversation_id "
#define EL_TEAM_IS(n) "coalesce(c.team, c.suggested_team, e.suggested_team) = $" n "::text"
#define EL_CURSOR_BEFORE "(e.created_at, e.id) < ($2::timestamptz, $3::bigint)"
#define EL_ORDER " ORDER BY e.created_at DESC, e.id DESC LIMIT $1::int"
static const char *const EMAIL_LIST_SQL[8] = {
    [0] = EL_SELECT "WHERE TRUE" EL_ORDER,
    [EL_CURSOR] = EL_SELECT "WHERE " EL_CURSOR_BEFORE EL_ORDER,
    [EL_MAILBOX] = EL_SELECT "WHERE e.support_email_id = $2::bigint" EL_ORDER,
    [EL_CURSOR | EL_MAILBOX] = EL_SELECT "WHERE " EL_CURSOR_BEFORE " AND e.support_email_id = $4::bigint" EL_ORDER,
    [EL_TEAM] = EL_SELECT EL_TEAM_JOIN "WHERE " EL_TEAM_IS("2") EL_ORDER,
    [EL_CURSOR | EL_TEAM] = EL_SELECT EL_TEAM_JOIN "WHERE " EL_CURSOR_BEFORE " AND " EL_TEAM_IS("4") EL_ORDER,
    [EL_MAILBOX | EL_TEAM] = EL_SELECT EL_TEAM_JOIN "WHERE e.support_email_id = $2::bigint AND " EL_TEAM_IS("3") EL_ORDER,
    [EL_CURSOR | EL_MAILBOX | EL_TEAM] = EL_SELECT EL_TEAM_JOIN "WHERE " EL_CURSOR_BEFORE
        " AND e.support_email_id = $4::bigint AND " EL_TEAM_IS("5") EL_ORDER,
};

/* Recent pages, per worker: the inbox view re-reads the same first page
 * over and over. Entries are stamped with the emails_changed generation
 * (sql/004 triggers, lib/dbNotify.h), so a page is never served after any
 * email or conversation changed; the answer is the same for every agent
 * (authorisation still runs per request). Bounded: PAGE_CACHE_SLOTS pages
 * of at most PAGE_CACHE_MAX_BODY bytes, each at most PAGE_CACHE_TTL old. */
#define PAGE_CACHE_SLOTS 16
#define PAGE_CACHE_MAX_BODY (128u * 1024u)
#define PAGE_CACHE_TTL 30

typedef struct CachedPage {
    char *query;      /* the raw query string: the key */
    char *body;
    uint64_t generation;
    time_t at;
} CachedPage;

static CachedPage g_pages[PAGE_CACHE_SLOTS];
static int g_pages_next;

static const char *page_cache_get(const char *query, uint64_t gen)
{
    time_t now = time(NULL);
    for (int i = 0; i < PAGE_CACHE_SLOTS; i++)
        if (g_pages[i].query && g_pages[i].generation == gen && now - g_pages[i].at < PAGE_CACHE_TTL &&
            strcmp(g_pages[i].query, query) == 0)
            return g_pages[i].body;
    return NULL;
}

static void page_cache_put(const char *query, const char *body, size_t len, uint64_t gen)
{
    if (len > PAGE_CACHE_MAX_BODY || strlen(query) > 1024)
        return;
    CachedPage *p = &g_pages[g_pages_next];
    g_pages_next = (g_pages_next + 1) % PAGE_CACHE_SLOTS;
    free(p->query);
    free(p->body);
    p->query = strdup(query);
    p->body = strdup(body);
    if (!p->query || !p->body)
        abort();
    p->generation = gen;
    p->at = time(NULL);
}

int handle_emails_list(Request *req)
{
    const char *limit_s = req_query(req, "limit");
    const char *cursor = req_query(req, "cursor");
    const char *se = req_query(req, "support_email_id");
    const char *team = req_query(req, "team");
    const char *ts = NULL, *cid = NULL;
    PGresult *r = NULL;
    long limit = EMAILS_DEFAULT_LIMIT;
    int rc;
    if (limit_s) {
        char *end = NULL;
        errno = 0;
        limit = strtol(limit_s, &end, 10);
        if (errno || !*limit_s || *end || limit < 1 || limit > EMAILS_MAX_LIMIT)
            return req_fail(req, ERR_INVALID, "limit must be a whole number from 1 to %d", EMAILS_MAX_LIMIT);
    }
    if (cursor && *cursor) {
        rc = parse_cursor(req, cursor, &ts, &cid);
        if (rc)
            return rc;
    }
    if (se) {
        size_t l = strlen(se);
        if (l == 0 || l > 18 || strspn(se, "0123456789") != l)
            return req_fail(req, ERR_INVALID, "support_email_id must be a positive integer");
    }
    if (team && triage_team_index(team) < 0)
        return req_fail(req, ERR_INVALID,
                        "team must be one of finance, support, dispatch, sales, technical, "
                        "returns_refunds, general");
    char fetch[16];
    snprintf(fetch, sizeof fetch, "%ld", limit + 1); /* one more: is there a next page? */
    /* Parameters in the order the chosen statement numbers them. */
    const char *params[5] = {fetch};
    int np = 1, variant = 0;
    if (ts) {
        params[np++] = ts;
        params[np++] = cid;
        variant |= EL_CURSOR;
    }
    if (se) {
        params[np++] = se;
        variant |= EL_MAILBOX;
    }
    if (team) {
        params[np++] = team;
        variant |= EL_TEAM;
    }
    /* Synced before the query: a change committed after this point bumps
     * the generation, so the page stored below is stamped too old rather
     * than served stale. */
    int cacheable = db_notify_sync() == 0;
    uint64_t gen = db_notify_generation(DB_CHANNEL_EMAILS);
    const char *hit = cacheable ? page_cache_get(req->query, gen) : NULL;
    if (hit)
        return req_reply_raw(req, 200, NULL, hit, 1);
    rc = db_exec(req->arena, &r, EMAIL_LIST_SQL[variant], np, params);
    if (rc == ERR_INVALID)
        return req_fail(req, ERR_BAD_REQUEST, "invalid cursor");
    if (rc)
        return api_db_fail(req, rc);
    int n = PQntuples(r);
    int shown = n > limit ? (int)limit : n;
    Buf b;
    buf_init(&b, EMAILS_PAGE_MAX_BYTES);
    rc = api_list_open(&b);
    for (int i = 0; rc == 0 && i < shown; i++) {
        if (i)
            rc = buf_append_char(&b, ',');
        if (rc == 0)
            rc = api_row_write(&b, r, i, EMAIL_ITEM_COLUMNS, EMAIL_ITEM_NCOLS);
    }
    const char *next = NULL;
    if (n > limit) {
        const char *key = arena_sprintf(req->arena, "%s|%s", db_get(r, shown - 1, EMAIL_ITEM_NCOLS),
                                        db_get(r, shown - 1, EMAIL_ITEM_NCOLS + 1));
        next = base64_encode(req->arena, key, strlen(key), 1);
    }
    if (rc == 0)
        rc = api_list_close(&b, next);
    if (rc) {
        buf_free(&b);
        return req_fail(req, ERR_INTERNAL, "page too large");
    }
    if (cacheable)
        page_cache_put(req->query, b.data, b.len, gen);
    return req_reply_raw(req, 200, NULL, buf_to_arena(&b, req->arena), 0);
}

int handle_emails_get(Request *req)
{
    int64_t id = 0;
    PGresult *r = NULL;
    int rc = req_param_id(req, "id", &id);
    if (rc)
        return rc;
    /* req_param_id() checked it is a positive integer written in digits. */
    const char *params[] = {req_param(req, "id")};
    rc = db_exec(req->arena, &r,
                 "SELECT json_build_object("
                 "'id', e.id, 'support_email_id', e.support_email_id, 'mailbox', e.mailbox, "
                 "'conversation_id', e.conversation_id, 'customer_id', e.customer_id, "
                 "'gmail_message_id', e.gmail_message_id, 'gmail_thread_id', e.gmail_thread_id, "
                 "'history_id', e.history_id::text, 'internal_date', " SQL_ISO("e.internal_date") ", "
                 "'message_id_header', e.message_id_header, 'in_reply_to', e.in_reply_to, "
                 "'references_header', e.references_header, "
                 "'from_address', e.from_address, 'from_name', e.from_name, "
                 "'to_addresses', e.to_addresses, 'cc_addresses', e.cc_addresses, 'reply_to', e.reply_to, "
                 "'subject', e.subject, 'snippet', e.snippet, 'sent_at', " SQL_ISO("e.sent_at") ", "
                 "'body_text', e.body_text, 'body_html', e.body_html, 'new_text', e.new_text, "
                 "'attachments', e.attachments, 'has_attachments', "
                 "jsonb_typeof(e.attachments) = 'array' AND jsonb_array_length(e.attachments) > 0, "
                 "'label_ids', e.label_ids, 'raw_size', e.raw_size, 'parse_error', e.parse_error, "
                 "'summary', e.summary, 'suggested_team', e.suggested_team, "
                 "'created_at', " SQL_ISO("e.created_at") ", "
                 "'conversation', CASE WHEN c.id IS NULL THEN NULL ELSE json_build_object("
                 "'id', c.id, 'status', c.status, 'team', c.team, 'suggested_team', c.suggested_team, "
                 "'priority', c.priority, 'assignee_id', c.assignee_id, 'summary', c.summary) END"
                 ")::text FROM emails e LEFT JOIN conversations c ON c.id = e.conversation_id "
                 "WHERE e.id = $1::bigint",
                 1, params);
    if (rc)
        return api_db_fail(req, rc);
    return api_reply_row(req, 200, r, "email", id);
}
