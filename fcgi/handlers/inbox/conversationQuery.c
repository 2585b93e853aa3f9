/* conversationQuery.c — GET /conversations filters (see conversationQuery.h). */
#include "handlers/inbox/conversationQuery.h"

#include <ctype.h>
#include <errno.h>
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "core/base64.h"
#include "core/buf.h"
#include "core/errors.h"
#include "triage/triage.h"

#define CURSOR_MAX 96
#define ISO_LEN 27 /* 2026-11-30T21:40:10.123456Z */

static int one_of(const char *v, const char *const *allowed)
{
    for (int i = 0; allowed[i]; i++)
        if (strcmp(v, allowed[i]) == 0)
            return 1;
    return 0;
}

/* A positive id written in 1..18 digits. */
static int parse_id(const char *s, int64_t *out)
{
    size_t n = strlen(s);
    if (n == 0 || n > 18 || strspn(s, "0123456789") != n)
        return -1;
    *out = strtoll(s, NULL, 10);
    return *out > 0 ? 0 : -1;
}

static int two(const char *s) { return (s[0] - '0') * 10 + (s[1] - '0'); }

/* Exactly the shape SQL_ISO writes, with plausible field ranges. */
static int iso_ok(const char *s, size_t n)
{
    static const char SHAPE[] = "dddd-dd-ddTdd:dd:dd.ddddddZ";
    if (n != ISO_LEN)
        return 0;
    for (size_t i = 0; i < n; i++) {
        if (SHAPE[i] == 'd' ? !isdigit((unsigned char)s[i]) : s[i] != SHAPE[i])
            return 0;
    }
    int mo = two(s + 5), d = two(s + 8), h = two(s + 11), mi = two(s + 14), se = two(s + 17);
    return mo >= 1 && mo <= 12 && d >= 1 && d <= 31 && h < 24 && mi < 60 && se < 60;
}

const char *conversation_cursor_make(Arena *a, const char *at_iso, const char *id)
{
    const char *raw = arena_sprintf(a, "%s|%s", at_iso, id);
    return base64_encode(a, raw, strlen(raw), 1);
}

int conversation_cursor_parse(Arena *a, const char *cursor, const char **at_iso, const char **id)
{
    unsigned char *raw = NULL;
    size_t n = 0;
    int64_t v = 0;
    size_t cl = strnlen(cursor, CURSOR_MAX + 1);
    if (cl == 0 || cl > CURSOR_MAX || base64_decode(a, cursor, cl, CURSOR_MAX, &raw, &n) != 0)
        return ERR_BAD_REQUEST;
    const char *s = (const char *)raw;
    if (strlen(s) != n) /* an embedded NUL */
        return ERR_BAD_REQUEST;
    const char *bar = memchr(s, '|', n);
    if (!bar || !iso_ok(s, (size_t)(bar - s)) || parse_id(bar + 1, &v) != 0)
        return ERR_BAD_REQUEST;
    *at_iso = arena_strndup(a, s, (size_t)(bar - s));
    *id = arena_strdup(a, bar + 1);
    return 0;
}

static const char *const STATUSES[] = {"open", "pending", "resolved", "closed", NULL};
static const char *const CHANNELS[] = {"email", "chat", "call", NULL};
static const char *const PRIORITIES[] = {"low", "medium", "high", "urgent", NULL};

/* q: lowercased ASCII (Postgres lower() does the rest in the index
 * expression; Devanagari has no case), split on whitespace, LIKE's
 * wildcards escaped so they match themselves. */
static int parse_words(Request *req, const char *q, ConversationQuery *out)
{
    size_t n = strlen(q);
    if (n > CONV_Q_MAX_BYTES)
        return req_fail(req, ERR_INVALID, "q must be at most %d bytes", CONV_Q_MAX_BYTES);
    for (size_t i = 0; i < n;) {
        while (i < n && isspace((unsigned char)q[i]))
            i++;
        size_t start = i;
        while (i < n && !isspace((unsigned char)q[i]))
            i++;
        if (i == start)
            break;
        if (out->nwords >= CONV_Q_MAX_WORDS)
            return req_fail(req, ERR_INVALID, "q has more than %d words", CONV_Q_MAX_WORDS);
        char *w = arena_alloc(req->arena, 2 * (i - start) + 1);
        size_t o = 0;
        for (size_t k = start; k < i; k++) {
            char c = q[k];
            if (c == '%' || c == '_' || c == '\\')
                w[o++] = '\\';
            w[o++] = (char)tolower((unsigned char)c);
        }
        w[o] = '\0';
        out->words[out->nwords++] = w;
    }
    return 0;
}

int conversation_query_parse(Request *req, int64_t caller_id, ConversationQuery *q)
{
    memset(q, 0, sizeof *q);
    q->status = "open";
    q->needs_team = -1;
    q->limit = CONV_LIST_DEFAULT_LIMIT;
    const char *v;
    if ((v = req_query(req, "status")) != NULL) {
        if (strcmp(v, "all") == 0)
            q->status = NULL;
        else if (one_of(v, STATUSES))
            q->status = v;
        else
            return req_fail(req, ERR_INVALID, "status must be one of open, pending, resolved, closed, all");
    }
    if ((v = req_query(req, "assignee")) != NULL) {
        if (strcmp(v, "me") == 0) {
            q->assignee = ASSIGNEE_ID;
            q->assignee_id = caller_id;
        } else if (strcmp(v, "unassigned") == 0) {
            q->assignee = ASSIGNEE_UNASSIGNED;
        } else if (parse_id(v, &q->assignee_id) == 0) {
            q->assignee = ASSIGNEE_ID;
        } else {
            return req_fail(req, ERR_INVALID, "assignee must be me, unassigned or an agent id");
        }
    }
    if ((v = req_query(req, "team")) != NULL) {
        if (triage_team_index(v) < 0)
            return req_fail(req, ERR_INVALID,
                            "team must be one of finance, support, dispatch, sales, technical, "
                            "returns_refunds, general");
        q->team = v;
    }
    if ((v = req_query(req, "channel")) != NULL) {
        if (!one_of(v, CHANNELS))
            return req_fail(req, ERR_INVALID, "channel must be one of email, chat, call");
        q->channel = v;
    }
    if ((v = req_query(req, "priority")) != NULL) {
        if (!one_of(v, PRIORITIES))
            return req_fail(req, ERR_INVALID, "priority must be one of low, medium, high, urgent");
        q->priority = v;
    }
    if ((v = req_query(req, "customer_id")) != NULL && parse_id(v, &q->customer_id) != 0)
        return req_fail(req, ERR_INVALID, "customer_id must be a positive integer");
    if ((v = req_query(req, "needs_team")) != NULL) {
        if (strcmp(v, "true") == 0)
            q->needs_team = 1;
        else if (strcmp(v, "false") == 0)
            q->needs_team = 0;
        else
            return req_fail(req, ERR_INVALID, "needs_team must be true or false");
    }
    if ((v = req_query(req, "q")) != NULL) {
        int rc = parse_words(req, v, q);
        if (rc)
            return rc;
    }
    if ((v = req_query(req, "limit")) != NULL) {
        char *end = NULL;
        errno = 0;
        long l = strtol(v, &end, 10);
        if (errno || !*v || *end || l < 1 || l > CONV_LIST_MAX_LIMIT)
            return req_fail(req, ERR_INVALID, "limit must be a whole number from 1 to %d", CONV_LIST_MAX_LIMIT);
        q->limit = (int)l;
    }
    if ((v = req_query(req, "cursor")) != NULL && *v &&
        conversation_cursor_parse(req->arena, v, &q->cursor_at, &q->cursor_id) != 0)
        return req_fail(req, ERR_BAD_REQUEST, "invalid cursor");
    return 0;
}

/* Appends " AND <cond>" where cond has one "$%d" for the next parameter. */
static void add(Buf *b, const char **params, int *np, const char *cond_fmt, const char *value)
{
    params[*np] = value;
    (*np)++;
    buf_append_str(b, " AND ");
    buf_appendf(b, cond_fmt, *np);
}

const char *conversation_query_sql(Arena *a, const ConversationQuery *q, const char **params, int *nparams)
{
    Buf b;
    int np = 0;
    buf_init(&b, 16 * 1024);
    buf_append_str(&b, " WHERE TRUE");
    if (q->status)
        add(&b, params, &np, "c.status = $%d", q->status);
    if (q->assignee == ASSIGNEE_UNASSIGNED)
        buf_append_str(&b, " AND c.assignee_id IS NULL");
    else if (q->assignee == ASSIGNEE_ID)
        add(&b, params, &np, "c.assignee_id = $%d::bigint", arena_sprintf(a, "%" PRId64, q->assignee_id));
    if (q->team)
        add(&b, params, &np, "c.team = $%d", q->team);
    if (q->channel)
        add(&b, params, &np, "c.channel = $%d", q->channel);
    if (q->priority)
        add(&b, params, &np, "c.priority = $%d", q->priority);
    if (q->customer_id)
        add(&b, params, &np, "c.customer_id = $%d::bigint", arena_sprintf(a, "%" PRId64, q->customer_id));
    if (q->needs_team >= 0)
        buf_append_str(&b, q->needs_team ? " AND c.needs_team" : " AND NOT c.needs_team");
    /* The same expression as the trigram index (sql/005), so it is used. */
    for (int i = 0; i < q->nwords; i++)
        add(&b, params, &np, "conversation_search_doc(c.subject, c.summary, c.search_text) LIKE"
                             " '%%' || lower($%d::text) || '%%'", q->words[i]);
    if (q->cursor_at) {
        add(&b, params, &np, "(c.last_message_at, c.id) < ($%d::timestamptz", q->cursor_at);
        params[np++] = q->cursor_id;
        buf_appendf(&b, ", $%d::bigint)", np);
    }
    params[np++] = arena_sprintf(a, "%d", q->limit + 1);
    buf_appendf(&b, " ORDER BY c.last_message_at DESC, c.id DESC LIMIT $%d::int", np);
    *nparams = np;
    return buf_to_arena(&b, a);
}
