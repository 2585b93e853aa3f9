/* customers.c — one customer across channels (design §12):
 * GET /customers?q=, GET/PATCH /customers/:id, POST /customers/:id/identities,
 * POST /customers/:id/merge (admin). Identities are normalised the way the
 * channels store them (emails lowercased, phones in E.164), so an agent
 * linking "98765 43210" to a customer makes that customer's next WhatsApp
 * line and call land on them.
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/base64.h"
#include "core/buf.h"
#include "core/errors.h"
#include "core/jsonUtil.h"
#include "handlers/handlers.h"
#include "http/apiUtil.h"
#include "inbox/agents.h"
#include "inbox/conversations.h"
#include "inbox/phone.h"
#include "store/db.h"

#define CUSTOMER_NAME_MAX 200
#define CUSTOMER_Q_MAX 200
#define CUSTOMER_PAGE_DEFAULT 25
#define CUSTOMER_PAGE_MAX 100
#define CUSTOMER_CONVERSATIONS_MAX 50

/* The customer as the API shows it (alias cu), built by Postgres. */
#define CUSTOMER_JSON                                                                              \
    "json_build_object('id', cu.id, 'name', cu.name,"                                              \
    " 'email', (SELECT value FROM customer_identities i WHERE i.customer_id = cu.id"               \
    "   AND i.kind = 'email' ORDER BY i.id LIMIT 1),"                                              \
    " 'phone', (SELECT value FROM customer_identities i WHERE i.customer_id = cu.id"               \
    "   AND i.kind = 'phone' ORDER BY i.id LIMIT 1),"                                              \
    " 'identities', (SELECT coalesce(json_agg(json_build_object('kind', i.kind, 'value', i.value)" \
    "   ORDER BY i.id), '[]') FROM customer_identities i WHERE i.customer_id = cu.id),"            \
    " 'created_at', " SQL_ISO("cu.created_at") ", 'updated_at', " SQL_ISO("cu.updated_at") ")::text"

/* The cursor is base64url of the last id seen ("keyset by id"). */
static int parse_cursor(Request *req, const char *cur, const char **id)
{
    unsigned char *raw = NULL;
    size_t n = 0;
    *id = NULL;
    if (!cur || !*cur)
        return 0;
    if (strlen(cur) > 40 || base64_decode(req->arena, cur, strlen(cur), 24, &raw, &n) || n == 0 || n > 18 ||
        strspn((const char *)raw, "0123456789") != n || raw[0] == '0')
        return req_fail(req, ERR_BAD_REQUEST, "invalid cursor");
    *id = (const char *)raw;
    return 0;
}

static int parse_limit(Request *req, int *limit)
{
    const char *l = req_query(req, "limit");
    *limit = CUSTOMER_PAGE_DEFAULT;
    if (!l)
        return 0;
    char *end = NULL;
    long v = strtol(l, &end, 10);
    if (!*l || *end || v < 1 || v > CUSTOMER_PAGE_MAX || l[0] == '0')
        return req_fail(req, ERR_BAD_REQUEST, "limit must be a whole number from 1 to %d", CUSTOMER_PAGE_MAX);
    *limit = (int)v;
    return 0;
}

/* The ILIKE pattern for q, with %, _ and \ taken literally. */
static const char *like_pattern(Arena *a, const char *q)
{
    Buf b;
    buf_init(&b, 4 * CUSTOMER_Q_MAX + 8);
    buf_append_char(&b, '%');
    for (const char *p = q; *p; p++) {
        if (*p == '%' || *p == '_' || *p == '\\')
            buf_append_char(&b, '\\');
        buf_append_char(&b, *p);
    }
    buf_append_char(&b, '%');
    return buf_to_arena(&b, a);
}

int handle_customers_list(Request *req)
{
    PGresult *r = NULL;
    const char *q = req_query(req, "q"), *after = NULL;
    int limit = 0;
    int rc = parse_limit(req, &limit);
    if (!rc)
        rc = parse_cursor(req, req_query(req, "cursor"), &after);
    if (rc)
        return rc;
    if (q && strlen(q) > CUSTOMER_Q_MAX)
        return req_fail(req, ERR_BAD_REQUEST, "q must be at most %d bytes", CUSTOMER_Q_MAX);
    const char *pattern = q && *q ? like_pattern(req->arena, q) : NULL;
    char e164[PHONE_E164_MAX];
    const char *phone = q && phone_normalize(q, e164) == 0 ? e164 : NULL;
    const char *params[] = {pattern, phone, after, arena_sprintf(req->arena, "%d", limit + 1)};
    rc = db_exec(req->arena, &r,
                 "SELECT cu.id, " CUSTOMER_JSON " FROM customers cu"
                 " WHERE ($1::text IS NULL OR cu.name ILIKE $1 OR EXISTS (SELECT 1 FROM customer_identities i"
                 "   WHERE i.customer_id = cu.id AND (i.value ILIKE $1 OR i.value = $2))"
                 " ) AND ($3::bigint IS NULL OR cu.id < $3::bigint)"
                 " ORDER BY cu.id DESC LIMIT $4::int",
                 DB_NPARAMS(params), params);
    if (rc)
        return api_db_fail(req, rc);
    int n = PQntuples(r), shown = n > limit ? limit : n;
    json_object *data = json_arena_own(req->arena, json_object_new_array());
    for (int i = 0; i < shown; i++) {
        json_object *row = NULL;
        if ((rc = api_row_json(req, r, i, 1, &row)))
            return rc;
        json_object_array_add(data, json_object_get(row));
    }
    const char *last = shown > 0 ? db_get(r, shown - 1, 0) : NULL;
    return api_reply_list(req, json_object_get(data),
                          n > limit && last ? base64_encode(req->arena, last, strlen(last), 1) : NULL);
}

/* The customer row as JSON, or 404. */
static int load_customer(Request *req, int64_t id, json_object **out)
{
    PGresult *r = NULL;
    const char *params[] = {arena_sprintf(req->arena, "%" PRId64, id)};
    int rc = db_exec(req->arena, &r, "SELECT " CUSTOMER_JSON " FROM customers cu WHERE cu.id = $1::bigint", 1,
                     params);
    if (rc)
        return api_db_fail(req, rc);
    if (PQntuples(r) == 0)
        return req_fail(req, ERR_NOT_FOUND, "no customer with id %" PRId64, id);
    return api_row_json(req, r, 0, 0, out);
}

int handle_customers_get(Request *req)
{
    int64_t id = 0;
    json_object *cust = NULL;
    PGresult *r = NULL;
    int rc = req_param_id(req, "id", &id);
    if (!rc)
        rc = load_customer(req, id, &cust);
    if (rc)
        return rc;
    const char *params[] = {req_param(req, "id"), arena_sprintf(req->arena, "%d", CUSTOMER_CONVERSATIONS_MAX)};
    rc = db_exec(req->arena, &r,
                 arena_sprintf(req->arena, "%s WHERE c.customer_id = $1::bigint"
                                           " ORDER BY c.last_message_at DESC, c.id DESC LIMIT $2::int",
                               CONVERSATION_ITEM_SQL),
                 DB_NPARAMS(params), params);
    if (rc)
        return api_db_fail(req, rc);
    json_object *convs = json_object_new_array();
    for (int i = 0; i < PQntuples(r); i++)
        json_object_array_add(convs, json_object_get(conversation_item_json(req->arena, r, i)));
    json_object_object_add(cust, "conversations", convs);
    return req_reply(req, 200, json_object_get(cust));
}

int handle_customers_update(Request *req)
{
    int64_t id = 0;
    json_object *body = NULL, *cust = NULL;
    PGresult *r = NULL;
    static const ApiField FIELDS[] = {{"name", API_STRING_OR_NULL}};
    int rc = req_param_id(req, "id", &id);
    if (!rc)
        rc = req_json_body(req, &body);
    if (!rc)
        rc = api_check_fields(req, body, FIELDS, 1);
    if (rc)
        return rc;
    if (!json_get(body, "name"))
        return req_fail(req, ERR_INVALID, "nothing to change (expected: name)");
    const char *name = json_get_str(body, "name");
    if (name && strlen(name) > CUSTOMER_NAME_MAX)
        return req_fail(req, ERR_INVALID, "name must be at most %d bytes", CUSTOMER_NAME_MAX);
    const char *params[] = {req_param(req, "id"), name && *name ? name : NULL};
    rc = db_exec(req->arena, &r, "UPDATE customers SET name = $2, updated_at = now() WHERE id = $1::bigint RETURNING id",
                 DB_NPARAMS(params), params);
    if (rc)
        return api_db_fail(req, rc);
    if (PQntuples(r) == 0)
        return req_fail(req, ERR_NOT_FOUND, "no customer with id %" PRId64, id);
    if ((rc = load_customer(req, id, &cust)))
        return rc;
    return req_reply(req, 200, json_object_get(cust));
}

int handle_customer_identities_add(Request *req)
{
    int64_t id = 0;
    json_object *body = NULL, *cust = NULL;
    PGresult *r = NULL;
    static const ApiField FIELDS[] = {{"kind", API_STRING}, {"value", API_STRING}};
    int rc = req_param_id(req, "id", &id);
    if (!rc)
        rc = req_json_body(req, &body);
    if (!rc)
        rc = api_check_fields(req, body, FIELDS, 2);
    if (rc)
        return rc;
    const char *kind = json_get_str(body, "kind"), *value = json_get_str(body, "value"), *norm = NULL;
    char e164[PHONE_E164_MAX];
    if (!kind || !value)
        return req_fail(req, ERR_INVALID, "kind and value are required");
    if (strcmp(kind, "email") == 0) {
        if (email_normalize(req->arena, value, &norm))
            return req_fail(req, ERR_INVALID, "value is not a valid e-mail address");
    } else if (strcmp(kind, "phone") == 0) {
        if (phone_normalize(value, e164))
            return req_fail(req, ERR_INVALID, "value is not a valid phone number");
        norm = e164;
    } else {
        return req_fail(req, ERR_INVALID, "kind must be email or phone");
    }
    const char *params[] = {req_param(req, "id"), kind, norm};
    rc = db_exec(req->arena, &r,
                 "WITH c AS (SELECT id FROM customers WHERE id = $1::bigint),"
                 " ins AS (INSERT INTO customer_identities (customer_id, kind, value)"
                 "  SELECT id, $2, $3 FROM c ON CONFLICT (kind, value) DO NOTHING RETURNING customer_id)"
                 " SELECT (SELECT count(*) FROM c), (SELECT count(*) FROM ins),"
                 "  (SELECT customer_id FROM customer_identities WHERE kind = $2 AND value = $3)",
                 DB_NPARAMS(params), params);
    if (rc)
        return api_db_fail(req, rc);
    if (strcmp(db_get(r, 0, 0), "0") == 0)
        return req_fail(req, ERR_NOT_FOUND, "no customer with id %" PRId64, id);
    int inserted = strcmp(db_get(r, 0, 1), "1") == 0;
    const char *owner = db_get(r, 0, 2);
    if (!inserted && owner && strtoll(owner, NULL, 10) != id)
        return req_fail(req, ERR_CONFLICT, "this %s belongs to customer %s (merge them instead)", kind, owner);
    if ((rc = load_customer(req, id, &cust)))
        return rc;
    return req_reply(req, inserted ? 201 : 200, json_object_get(cust));
}

/* Moves everything of customer from_id onto id and deletes from_id, in one
 * transaction; the rows are locked in id order so two crossed merges
 * cannot deadlock. */
int handle_customers_merge(Request *req)
{
    int64_t id = 0, from = 0;
    json_object *body = NULL, *cust = NULL;
    PGresult *r = NULL;
    int rc = req_param_id(req, "id", &id);
    if (!rc)
        rc = req_json_body(req, &body);
    if (rc)
        return rc;
    json_object *f = json_get(body, "from_id");
    if (!f || !json_object_is_type(f, json_type_int) || (from = json_object_get_int64(f)) <= 0 ||
        json_object_object_length(body) != 1)
        return req_fail(req, ERR_INVALID, "body must be {\"from_id\": <customer id>}");
    if (from == id)
        return req_fail(req, ERR_INVALID, "a customer cannot be merged into itself");
    const char *keep = req_param(req, "id"), *gone = arena_sprintf(req->arena, "%" PRId64, from);
    const char *both[] = {keep, gone};
    if ((rc = db_begin()))
        return api_db_fail(req, rc);
    rc = db_exec(req->arena, &r,
                 "SELECT id FROM customers WHERE id IN ($1::bigint, $2::bigint) ORDER BY id FOR UPDATE",
                 DB_NPARAMS(both), both);
    if (rc)
        goto fail;
    if (PQntuples(r) != 2) {
        db_rollback();
        return req_fail(req, ERR_NOT_FOUND, "both customers must exist");
    }
    static const char *const MOVES[] = {
        "UPDATE customer_identities SET customer_id = $1::bigint WHERE customer_id = $2::bigint",
        "UPDATE conversations SET customer_id = $1::bigint WHERE customer_id = $2::bigint",
        "UPDATE emails SET customer_id = $1::bigint WHERE customer_id = $2::bigint",
        "UPDATE chats SET customer_id = $1::bigint WHERE customer_id = $2::bigint",
        "UPDATE calls SET customer_id = $1::bigint WHERE customer_id = $2::bigint",
        "UPDATE messages SET author_id = $1::bigint WHERE author_type = 'customer' AND author_id = $2::bigint",
        "UPDATE customers k SET name = COALESCE(k.name, g.name), updated_at = now()"
        " FROM customers g WHERE k.id = $1::bigint AND g.id = $2::bigint",
        "DELETE FROM customers WHERE id = $2::bigint AND id <> $1::bigint",
    };
    for (size_t i = 0; i < sizeof MOVES / sizeof MOVES[0] && !rc; i++)
        rc = db_exec(req->arena, NULL, MOVES[i], DB_NPARAMS(both), both);
    if (!rc)
        rc = db_commit();
    if (rc)
        goto fail;
    if ((rc = load_customer(req, id, &cust)))
        return rc;
    return req_reply(req, 200, json_object_get(cust));
fail:
    db_rollback();
    return api_db_fail(req, rc);
}
