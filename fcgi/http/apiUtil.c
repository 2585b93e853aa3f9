/* apiUtil.c — see apiUtil.h. */
#include "http/apiUtil.h"

#include <inttypes.h>
#include <string.h>

#include "store/db.h"
#include "core/errors.h"
#include "core/jsonUtil.h"
#include "core/log.h"
#include "http/router.h"

int api_row_json(Request *req, const PGresult *r, int row, int col, json_object **out)
{
    const char *s = db_get(r, row, col);
    *out = NULL;
    if (!s || json_parse_arena(req->arena, s, strlen(s), out) != 0)
        return req_fail(req, ERR_INTERNAL, "cannot read a database row");
    return 0;
}

int api_row_write(Buf *b, const PGresult *r, int row, const ApiColumn *cols, int ncols)
{
    int rc = buf_append_char(b, '{');
    for (int i = 0; rc == 0 && i < ncols; i++) {
        if (i)
            rc = buf_append_char(b, ',');
        if (rc == 0)
            rc = buf_append_char(b, '"');
        if (rc == 0)
            rc = buf_append_str(b, cols[i].name);
        if (rc == 0)
            rc = buf_append(b, "\":", 2);
        if (rc)
            break;
        if (PQgetisnull(r, row, i)) {
            rc = buf_append(b, "null", 4);
            continue;
        }
        const char *v = PQgetvalue(r, row, i);
        switch (cols[i].type) {
        case API_COL_NUMBER:
            rc = buf_append_str(b, v);
            break;
        case API_COL_BOOL:
            rc = buf_append_str(b, v[0] == 't' ? "true" : "false");
            break;
        case API_COL_STRING:
            rc = buf_append_char(b, '"');
            if (rc == 0)
                rc = buf_append_json_escaped(b, v, (size_t)PQgetlength(r, row, i));
            if (rc == 0)
                rc = buf_append_char(b, '"');
            break;
        }
    }
    if (rc == 0)
        rc = buf_append_char(b, '}');
    return rc;
}

int api_reply_list(Request *req, json_object *items, const char *next_cursor)
{
    json_object *o = json_object_new_object();
    json_object_object_add(o, "data", items ? items : json_object_new_array());
    json_object_object_add(o, "next_cursor",
                           next_cursor && *next_cursor ? json_object_new_string(next_cursor) : NULL);
    return req_reply(req, 200, o);
}

int api_list_open(Buf *b) { return buf_append_str(b, "{\"data\":["); }

int api_list_close(Buf *b, const char *next_cursor)
{
    if (!next_cursor || !*next_cursor)
        return buf_append_str(b, "],\"next_cursor\":null}");
    int rc = buf_append_str(b, "],\"next_cursor\":\"");
    if (rc == 0)
        rc = buf_append_json_escaped(b, next_cursor, strlen(next_cursor));
    if (rc == 0)
        rc = buf_append_str(b, "\"}");
    return rc;
}

int api_reply_row(Request *req, int status, const PGresult *r, const char *what, int64_t id)
{
    json_object *row = NULL;
    if (PQntuples(r) == 0)
        return req_fail(req, ERR_NOT_FOUND, "no %s with id %" PRId64, what, id);
    int rc = api_row_json(req, r, 0, 0, &row);
    if (rc)
        return rc;
    /* api_row_json() gave the arena the row already: no req_reply(). */
    req->status = status;
    req->reply = row;
    return 0;
}

int api_db_fail(Request *req, int rc)
{
    if (rc == ERR_UNAVAILABLE)
        return req_fail(req, ERR_UNAVAILABLE, "database unavailable, retry shortly");
    if (rc == ERR_CONFLICT)
        return req_fail(req, ERR_CONFLICT, "conflicts with an existing record");
    if (rc == ERR_INVALID)
        return req_fail(req, ERR_INVALID, "the values were refused");
    log_kv(LOG_ERROR, "query failed", "route=%s sqlstate=%s", req->route ? req->route->name : "-",
           db_last_sqlstate());
    return req_fail(req, ERR_INTERNAL, "database error");
}

static const char *type_name(ApiFieldType t)
{
    switch (t) {
    case API_STRING: return "a string";
    case API_STRING_OR_NULL: return "a string or null";
    case API_BOOL: return "true or false";
    }
    return "?";
}

int api_check_fields(Request *req, json_object *body, const ApiField *fields, int n)
{
    json_object_object_foreach(body, key, val) {
        const ApiField *f = NULL;
        for (int i = 0; i < n; i++)
            if (strcmp(fields[i].name, key) == 0)
                f = &fields[i];
        if (!f)
            return req_fail(req, ERR_INVALID, "unknown field '%.64s'", key);
        int ok = 0;
        switch (f->type) {
        case API_STRING: ok = json_object_is_type(val, json_type_string); break;
        case API_STRING_OR_NULL: ok = !val || json_object_is_type(val, json_type_string); break;
        case API_BOOL: ok = json_object_is_type(val, json_type_boolean); break;
        }
        if (!ok)
            return req_fail(req, ERR_INVALID, "field '%s' must be %s", f->name, type_name(f->type));
    }
    return 0;
}
