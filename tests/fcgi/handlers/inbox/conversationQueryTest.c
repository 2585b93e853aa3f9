/* conversationQueryTest.c — GET /conversations filters: defaults, each
 * filter into the WHERE clause with its parameter, bad values as 4xx, and
 * the keyset cursor round trip (the fuzz target covers arbitrary input). */
#include <criterion/criterion.h>
#include <string.h>

#include "core/base64.h"
#include "core/errors.h"
#include "handlers/inbox/conversationQuery.h"
#include "http/request.h"

static Request *with_query(const char *q)
{
    Request *req = request_new();
    request_set_env(req, "QUERY_STRING", q);
    return req;
}

Test(conversation_query, defaults)
{
    Request *req = with_query("");
    ConversationQuery q;
    cr_assert_eq(conversation_query_parse(req, 7, &q), 0);
    cr_assert_str_eq(q.status, "open");
    cr_assert_eq(q.limit, CONV_LIST_DEFAULT_LIMIT);
    cr_assert_eq(q.needs_team, -1);
    const char *p[CONV_MAX_PARAMS];
    int n = 0;
    const char *sql = conversation_query_sql(req->arena, &q, p, &n);
    cr_assert_eq(n, 2);
    cr_assert_str_eq(p[0], "open");
    cr_assert_str_eq(p[1], "26", "one more row than the page: is there a next one?");
    cr_assert_not_null(strstr(sql, "ORDER BY c.last_message_at DESC, c.id DESC LIMIT $2::int"));
    request_free(&req);
}

Test(conversation_query, every_filter)
{
    Request *req = with_query("status=all&assignee=me&team=dispatch&channel=chat&priority=high&customer_id=9"
                              "&needs_team=false&q=Mera+100%25_Order&limit=5");
    ConversationQuery q;
    cr_assert_eq(conversation_query_parse(req, 7, &q), 0);
    cr_assert_null(q.status);
    cr_assert_eq(q.assignee, ASSIGNEE_ID);
    cr_assert_eq(q.assignee_id, 7);
    cr_assert_eq(q.nwords, 2);
    cr_assert_str_eq(q.words[0], "mera");
    cr_assert_str_eq(q.words[1], "100\\%\\_order", "LIKE wildcards match themselves");
    const char *p[CONV_MAX_PARAMS];
    int n = 0;
    const char *sql = conversation_query_sql(req->arena, &q, p, &n);
    cr_assert_eq(n, 8, "assignee, team, channel, priority, customer, 2 words, limit");
    cr_assert_not_null(strstr(sql, "NOT c.needs_team"));
    cr_assert_null(strstr(sql, "c.status ="));
    cr_assert_str_eq(p[0], "7");
    request_free(&req);

    req = with_query("assignee=unassigned&needs_team=true");
    cr_assert_eq(conversation_query_parse(req, 7, &q), 0);
    sql = conversation_query_sql(req->arena, &q, p, &n);
    cr_assert_not_null(strstr(sql, "c.assignee_id IS NULL"));
    cr_assert_not_null(strstr(sql, " AND c.needs_team"));
    request_free(&req);
}

Test(conversation_query, bad_values_are_4xx)
{
    static const char *const BAD[] = {"status=x", "assignee=-1", "assignee=bob", "team=marketing", "channel=fax",
                                      "priority=p1", "customer_id=0", "needs_team=1", "limit=0", "limit=101",
                                      "q=a+b+c+d+e+f+g+h+i", "cursor=%21%21"};
    for (size_t i = 0; i < sizeof BAD / sizeof BAD[0]; i++) {
        Request *req = with_query(BAD[i]);
        ConversationQuery q;
        int rc = conversation_query_parse(req, 7, &q);
        cr_assert(rc == ERR_INVALID || rc == ERR_BAD_REQUEST, "%s", BAD[i]);
        cr_assert_not_null(req->err_message, "%s", BAD[i]);
        request_free(&req);
    }
}

Test(conversation_query, cursor_round_trip_and_tampering)
{
    Arena *a = arena_new(0);
    const char *c = conversation_cursor_make(a, "2026-11-30T21:40:10.123456Z", "42");
    const char *at = NULL, *id = NULL;
    cr_assert_eq(conversation_cursor_parse(a, c, &at, &id), 0);
    cr_assert_str_eq(at, "2026-11-30T21:40:10.123456Z");
    cr_assert_str_eq(id, "42");
    static const char *const BAD[] = {"2026-11-30T21:40:10Z|42", "2026-13-30T21:40:10.123456Z|42",
                                      "2026-11-30T21:40:10.123456Z|0", "2026-11-30T21:40:10.123456Z|x",
                                      "2026-11-30T21:40:10.123456Z", "x'; DROP TABLE t;--|1"};
    for (size_t i = 0; i < sizeof BAD / sizeof BAD[0]; i++) {
        const char *raw = BAD[i];
        cr_assert_eq(conversation_cursor_parse(a, base64_encode(a, raw, strlen(raw), 1), &at, &id), ERR_BAD_REQUEST,
                     "%s", raw);
    }
    arena_destroy(&a);
}
