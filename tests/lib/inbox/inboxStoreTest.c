/* inboxStoreTest.c — lib/inbox store operations against a real Postgres
 * (CS_TEST_DATABASE_URL; skipped without it): customers by identity,
 * conversation_open (thread, customer's open chat, reopen), message_append
 * and the conversation's list fields, the item shapes, reporting events;
 * and text_snippet (pure). */
#include <criterion/criterion.h>
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "core/errors.h"
#include "core/jsonUtil.h"
#include "inbox/conversations.h"
#include "inbox/customers.h"
#include "inbox/events.h"
#include "inbox/messages.h"
#include "store/db.h"

/* --- text_snippet (pure) ------------------------------------------------- */

Test(text_snippet, collapses_whitespace_and_cuts_on_characters)
{
    Arena *a = arena_new(0);
    cr_assert_null(text_snippet(a, NULL, 10));
    cr_assert_str_eq(text_snippet(a, "  a \n\t b  ", 10), "a b");
    cr_assert_str_eq(text_snippet(a, "abcdef", 3), "abc");
    /* Devanagari: 3-byte characters are never split */
    cr_assert_str_eq(text_snippet(a, "नमस्ते", 2), "नम");
    arena_destroy(&a);
}

/* --- against Postgres ------------------------------------------------------ */

static Arena *ta;

static void db_setup(void)
{
    const char *url = getenv("CS_TEST_DATABASE_URL");
    if (!url)
        cr_skip_test("CS_TEST_DATABASE_URL not set");
    ta = arena_new(0);
    cr_assert_eq(db_connect(url), 0, "%s", db_last_error());
    db_exec0("SET client_min_messages = warning");
    cr_assert_eq(db_exec0("TRUNCATE agents, customers, conversations, support_emails, reporting_events, jobs"
                          " RESTART IDENTITY CASCADE"),
                 0, "%s", db_last_error());
}

static void db_teardown(void)
{
    db_disconnect();
    arena_destroy(&ta);
}

TestSuite(inbox_db, .init = db_setup, .fini = db_teardown);

static const char *one(const char *sql)
{
    PGresult *r = NULL;
    cr_assert_eq(db_exec(ta, &r, sql, 0, NULL), 0, "%s: %s", sql, db_last_error());
    cr_assert_eq(PQntuples(r), 1, "%s", sql);
    return db_get(r, 0, 0);
}

Test(inbox_db, customer_by_identity_once)
{
    int64_t a = 0, b = 0, c = 0;
    cr_assert_eq(customer_find_or_create(ta, "email", "ramesh@farmer.example", "Ramesh", &a), 0);
    cr_assert_eq(customer_find_or_create(ta, "email", "ramesh@farmer.example", "Other", &b), 0);
    cr_assert_eq(a, b);
    cr_assert_eq(customer_find_or_create(ta, "phone", "+919812345678", NULL, &c), 0);
    cr_assert_neq(a, c);
    cr_assert_eq(customer_find_or_create(ta, "fax", "1", NULL, &c), ERR_INVALID);
    cr_assert_eq(customer_find_or_create(ta, "email", "", NULL, &c), ERR_INVALID);
}

Test(inbox_db, open_chat_joins_and_reopens_thread)
{
    int64_t cust = 0;
    ConversationOpened o1, o2, o3;
    cr_assert_eq(customer_find_or_create(ta, "phone", "+919800000001", "Sita", &cust), 0);
    ConversationOpen chat = {.channel = "chat", .customer_id = cust};
    cr_assert_eq(db_begin(), 0);
    cr_assert_eq(conversation_open(ta, &chat, &o1), 0);
    cr_assert_eq(db_commit(), 0);
    cr_assert(o1.created);
    cr_assert_eq(db_begin(), 0);
    cr_assert_eq(conversation_open(ta, &chat, &o2), 0);
    cr_assert_eq(db_commit(), 0);
    cr_assert_eq(o2.id, o1.id, "the customer's open chat is joined");
    cr_assert_not(o2.created);
    cr_assert_str_eq(one("SELECT count(*) FROM reporting_events WHERE name = 'conversation_created'"), "1");

    /* an email thread: resolved, then a new message reopens it */
    cr_assert_eq(db_exec0("INSERT INTO support_emails (email) VALUES ('help@katyayani.example')"), 0);
    ConversationOpen mail = {.channel = "email", .customer_id = cust, .support_email_id = 1,
                             .gmail_thread_id = "t-1", .subject = "Urea"};
    cr_assert_eq(db_begin(), 0);
    cr_assert_eq(conversation_open(ta, &mail, &o3), 0);
    cr_assert_eq(db_commit(), 0);
    const char *p[] = {arena_sprintf(ta, "%" PRId64, o3.id)};
    cr_assert_eq(db_exec(ta, NULL, "UPDATE conversations SET status = 'resolved', resolved_at = now() WHERE id = $1",
                         1, p), 0);
    cr_assert_eq(db_begin(), 0);
    cr_assert_eq(conversation_open(ta, &mail, &o2), 0);
    cr_assert_eq(db_commit(), 0);
    cr_assert_eq(o2.id, o3.id);
    cr_assert(o2.reopened);
    PGresult *r = NULL;
    cr_assert_eq(db_exec(ta, &r, "SELECT status, resolved_at IS NULL, reopened_at IS NOT NULL FROM conversations"
                                 " WHERE id = $1", 1, p), 0);
    cr_assert_str_eq(db_get(r, 0, 0), "open");
    cr_assert_str_eq(db_get(r, 0, 1), "t");
    cr_assert_str_eq(db_get(r, 0, 2), "t");
    cr_assert_str_eq(one("SELECT count(*) FROM reporting_events WHERE name = 'conversation_reopened'"), "1");
}

Test(inbox_db, message_append_keeps_list_fields_and_item_shapes)
{
    int64_t cust = 0, m1 = 0, m2 = 0;
    ConversationOpened o;
    cr_assert_eq(customer_find_or_create(ta, "email", "kisan@farmer.example", "Kisan", &cust), 0);
    ConversationOpen chat = {.channel = "chat", .customer_id = cust};
    cr_assert_eq(conversation_open(ta, &chat, &o), 0);
    MessageInput in = {.conversation_id = o.id, .channel = "chat", .direction = "in", .kind = "text",
                       .author_type = "customer", .author_id = cust, .text = "mera  order\nkab aayega"};
    cr_assert_eq(message_append(ta, &in, &m1), 0);
    MessageInput note = {.conversation_id = o.id, .channel = "chat", .direction = "out", .kind = "note",
                         .author_type = "agent", .text = "internal", .is_private = 1};
    cr_assert_eq(message_append(ta, &note, &m2), 0);
    MessageInput bad = {.conversation_id = o.id, .channel = "chat"};
    cr_assert_eq(message_append(ta, &bad, NULL), ERR_INVALID);

    json_object *item = NULL;
    cr_assert_eq(conversation_item_load(ta, o.id, &item), 0);
    cr_assert_str_eq(json_get_str(item, "last_message_preview"), "mera order kab aayega", "a note is no preview");
    int64_t n = 0;
    cr_assert_eq(json_get_int64(item, "message_count", &n), 0);
    cr_assert_eq(n, 2);
    cr_assert_str_eq(json_get_str(json_get(item, "customer"), "email"), "kisan@farmer.example");
    cr_assert_null(json_get(item, "assignee"));
    cr_assert_not_null(json_get_str(item, "last_inbound_at"));
    const char *p[] = {arena_sprintf(ta, "%" PRId64, o.id)};
    PGresult *r = NULL;
    cr_assert_eq(db_exec(ta, &r, "SELECT search_text FROM conversations WHERE id = $1", 1, p), 0);
    cr_assert_not_null(strstr(db_get(r, 0, 0), "kab aayega"));

    json_object *msg = NULL;
    cr_assert_eq(message_item_load(ta, m2, &msg), 0);
    cr_assert_str_eq(json_get_str(msg, "kind"), "note");
    cr_assert_eq(json_get_bool(msg, "private"), 1);
    cr_assert_str_eq(json_get_str(json_get(msg, "author"), "type"), "agent");
    cr_assert_eq(message_item_load(ta, 999999, &msg), ERR_NOT_FOUND);
    cr_assert_eq(conversation_item_load(ta, 999999, &item), ERR_NOT_FOUND);
}

Test(inbox_db, report_copies_channel_and_team)
{
    ConversationOpened o;
    ConversationOpen call = {.channel = "call"};
    cr_assert_eq(conversation_open(ta, &call, &o), 0);
    const char *p[] = {arena_sprintf(ta, "%" PRId64, o.id)};
    cr_assert_eq(db_exec(ta, NULL, "UPDATE conversations SET team = 'finance' WHERE id = $1", 1, p), 0);
    cr_assert_eq(inbox_report(ta, "missed_call", o.id, 0, 12.5), 0);
    PGresult *r = NULL;
    cr_assert_eq(db_exec(ta, &r, "SELECT channel, team, value_seconds, agent_id FROM reporting_events"
                                 " WHERE name = 'missed_call' AND conversation_id = $1", 1, p), 0);
    cr_assert_eq(PQntuples(r), 1);
    cr_assert_str_eq(db_get(r, 0, 0), "call");
    cr_assert_str_eq(db_get(r, 0, 1), "finance");
    cr_assert_str_eq(db_get(r, 0, 2), "12.5");
    cr_assert_null(db_get(r, 0, 3));
    /* publishing with real-time off (no NCHAN_PUBLISH_URL) never fails */
    cr_assert_eq(inbox_publish_conversation(ta, "conversation.updated", o.id), 0);
    cr_assert_eq(inbox_publish_assignee_changed(ta, o.id, 0), 0);
}
