/* messages.c — the timeline (see messages.h). */
#include "inbox/messages.h"

#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "core/errors.h"
#include "core/jsonUtil.h"
#include "inbox/media.h"
#include "store/db.h"

char *text_snippet(Arena *a, const char *text, size_t max_chars)
{
    if (!text)
        return NULL;
    size_t n = strlen(text);
    char *out = arena_alloc(a, n + 1);
    size_t o = 0, chars = 0;
    int space = 0;
    for (size_t i = 0; i < n && chars < max_chars;) {
        unsigned char c = (unsigned char)text[i];
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
            space = o > 0;
            i++;
            continue;
        }
        if (space) {
            out[o++] = ' ';
            chars++;
            space = 0;
            if (chars >= max_chars)
                break;
        }
        size_t len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 1;
        if (i + len > n)
            break;
        memcpy(out + o, text + i, len);
        o += len;
        i += len;
        chars++;
    }
    out[o] = '\0';
    return out;
}

static const char *id_or_null(Arena *a, int64_t v)
{
    return v ? arena_sprintf(a, "%" PRId64, v) : NULL;
}

int message_append(Arena *a, const MessageInput *in, int64_t *message_id)
{
    PGresult *r = NULL;
    if (message_id)
        *message_id = 0;
    if (!in->conversation_id || !in->channel || !in->direction || !in->kind || !in->author_type)
        return ERR_INVALID;
    const char *conv = arena_sprintf(a, "%" PRId64, in->conversation_id);
    const char *p[] = {conv, in->channel, in->direction, in->kind, in->author_type,
                       id_or_null(a, in->author_id), in->author_name, in->text, in->html,
                       in->attachments_json ? in->attachments_json : "[]", in->status,
                       in->is_private ? "t" : "f", id_or_null(a, in->email_id), id_or_null(a, in->chat_id),
                       id_or_null(a, in->call_id), id_or_null(a, in->media_id),
                       in->meta_json ? in->meta_json : "{}", in->at_epoch};
    int rc = db_exec(a, &r,
                     "INSERT INTO messages (conversation_id, channel, direction, kind, author_type, author_id,"
                     " author_name, text, html, attachments, status, private, email_id, chat_id, call_id,"
                     " media_id, meta, created_at)"
                     " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::jsonb, $11, $12::boolean, $13, $14,"
                     " $15, $16, $17::jsonb, COALESCE(to_timestamp($18::double precision), now()))"
                     " RETURNING id, " SQL_ISO("created_at"),
                     DB_NPARAMS(p), p);
    if (rc)
        return rc;
    if (message_id)
        *message_id = strtoll(db_get(r, 0, 0), NULL, 10);

    /* The conversation's list fields. A note is for agents: it neither
     * moves the conversation up the list nor shows as its preview. */
    const char *preview = in->is_private ? NULL : text_snippet(a, in->text, MESSAGE_PREVIEW_CHARS);
    if (!in->is_private && (!preview || !*preview) && strcmp(in->kind, "text") != 0)
        preview = arena_sprintf(a, "[%s]", in->kind);
    const char *limit = arena_sprintf(a, "%d", CONVERSATION_SEARCH_MAX);
    const char *p2[] = {conv, in->is_private ? "t" : "f", preview,
                        strcmp(in->direction, "in") == 0 ? "t" : "f", in->text, in->at_epoch, limit};
    return db_exec(a, NULL,
                   "UPDATE conversations SET message_count = message_count + 1,"
                   " last_message_at = CASE WHEN $2::boolean THEN last_message_at ELSE GREATEST(last_message_at,"
                   "   COALESCE(to_timestamp($6::double precision), now())) END,"
                   " last_message_preview = COALESCE($3, last_message_preview),"
                   " last_inbound_at = CASE WHEN $4::boolean THEN GREATEST(last_inbound_at,"
                   "   COALESCE(to_timestamp($6::double precision), now())) ELSE last_inbound_at END,"
                   " search_text = CASE WHEN $5::text IS NULL OR length(search_text) >= $7::int THEN search_text"
                   "   ELSE left(search_text || ' ' || $5::text, $7::int) END,"
                   " updated_at = now() WHERE id = $1",
                   DB_NPARAMS(p2), p2);
}

enum {
    MI_ID, MI_CONV, MI_CHANNEL, MI_DIRECTION, MI_KIND, MI_AUTHOR_TYPE, MI_AUTHOR_ID, MI_AUTHOR_NAME,
    MI_TEXT, MI_HTML, MI_ATTACHMENTS, MI_MEDIA_ID, MI_STATUS, MI_ERROR, MI_PRIVATE, MI_CREATED,
    MI_META, MI_UPDATED, MI_MEDIA_TYPE
};

const char MESSAGE_ITEM_SQL[] =
    "SELECT m.id, m.conversation_id, m.channel, m.direction, m.kind, m.author_type, m.author_id,"
    " COALESCE(m.author_name, CASE m.author_type WHEN 'agent' THEN ag.name WHEN 'customer' THEN cu.name END),"
    " m.text, m.html, m.attachments, CASE WHEN md.state = 'stored' THEN m.media_id END, m.status, m.error,"
    " m.private, " SQL_ISO("m.created_at") ", m.meta, " SQL_ISO("m.updated_at") ", md.content_type"
    " FROM messages m"
    " LEFT JOIN agents ag ON m.author_type = 'agent' AND ag.id = m.author_id"
    " LEFT JOIN customers cu ON m.author_type = 'customer' AND cu.id = m.author_id"
    " LEFT JOIN media md ON md.id = m.media_id";

static json_object *parse_or(Arena *a, const char *text, json_object *(*fallback)(void))
{
    json_object *o = NULL;
    if (text && json_parse_arena(a, text, strlen(text), &o) == 0 && o)
        return json_object_get(o); /* the caller's object takes a reference */
    return fallback();
}

json_object *message_item_json(Arena *a, const PGresult *r, int row)
{
    json_object *o = json_arena_own(a, json_object_new_object());
    const char *v;
    json_object_object_add(o, "id", json_object_new_int64(strtoll(db_get(r, row, MI_ID), NULL, 10)));
    json_object_object_add(o, "conversation_id",
                           json_object_new_int64(strtoll(db_get(r, row, MI_CONV), NULL, 10)));
    json_object_object_add(o, "channel", json_str_or_null(db_get(r, row, MI_CHANNEL)));
    json_object_object_add(o, "direction", json_str_or_null(db_get(r, row, MI_DIRECTION)));
    json_object_object_add(o, "kind", json_str_or_null(db_get(r, row, MI_KIND)));
    json_object *au = json_object_new_object();
    json_object_object_add(au, "type", json_str_or_null(db_get(r, row, MI_AUTHOR_TYPE)));
    v = db_get(r, row, MI_AUTHOR_ID);
    json_object_object_add(au, "id", v ? json_object_new_int64(strtoll(v, NULL, 10)) : NULL);
    json_object_object_add(au, "name", json_str_or_null(db_get(r, row, MI_AUTHOR_NAME)));
    json_object_object_add(o, "author", au);
    json_object_object_add(o, "text", json_str_or_null(db_get(r, row, MI_TEXT)));
    json_object_object_add(o, "html", json_str_or_null(db_get(r, row, MI_HTML)));
    json_object_object_add(o, "attachments", parse_or(a, db_get(r, row, MI_ATTACHMENTS), json_object_new_array));
    v = db_get(r, row, MI_MEDIA_ID);
    json_object_object_add(o, "media_url", v ? json_str_or_null(media_signed_url(a, strtoll(v, NULL, 10))) : NULL);
    json_object_object_add(o, "media_type", json_str_or_null(db_get(r, row, MI_MEDIA_TYPE)));
    json_object_object_add(o, "status", json_str_or_null(db_get(r, row, MI_STATUS)));
    json_object_object_add(o, "error", json_str_or_null(db_get(r, row, MI_ERROR)));
    v = db_get(r, row, MI_PRIVATE);
    json_object_object_add(o, "private", json_object_new_boolean(v && *v == 't'));
    json_object_object_add(o, "meta", parse_or(a, db_get(r, row, MI_META), json_object_new_object));
    json_object_object_add(o, "created_at", json_str_or_null(db_get(r, row, MI_CREATED)));
    json_object_object_add(o, "updated_at", json_str_or_null(db_get(r, row, MI_UPDATED)));
    return o;
}

int message_item_load(Arena *a, int64_t id, json_object **out)
{
    PGresult *r = NULL;
    *out = NULL;
    const char *p[] = {arena_sprintf(a, "%" PRId64, id)};
    int rc = db_exec(a, &r, arena_sprintf(a, "%s WHERE m.id = $1", MESSAGE_ITEM_SQL), 1, p);
    if (rc)
        return rc;
    if (PQntuples(r) != 1)
        return ERR_NOT_FOUND;
    *out = message_item_json(a, r, 0);
    return 0;
}
