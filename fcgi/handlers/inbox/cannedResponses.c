/* cannedResponses.c — saved replies agents insert by `/short_code`
 * (design §12): GET /canned-responses (agents), POST/PATCH/DELETE
 * /canned-responses/:id (admins). */
#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "core/errors.h"
#include "core/jsonUtil.h"
#include "handlers/handlers.h"
#include "http/apiUtil.h"
#include "store/db.h"

#define CANNED_TEXT_MAX 4000
#define CANNED_CODE_MAX 40
#define CANNED_LIST_MAX "1000" /* a list the console loads whole */

#define CANNED_JSON                                                                        \
    "json_build_object('id', id, 'short_code', short_code, 'text', text,"                  \
    " 'created_at', " SQL_ISO("created_at") ", 'updated_at', " SQL_ISO("updated_at") ")::text"

/* short_code: 1-40 of a-z 0-9 _ - (what the console matches after '/'). */
static int check_values(Request *req, const char *code, const char *text)
{
    if (code && (!*code || strlen(code) > CANNED_CODE_MAX ||
                 strspn(code, "abcdefghijklmnopqrstuvwxyz0123456789_-") != strlen(code)))
        return req_fail(req, ERR_INVALID, "short_code must be 1 to %d characters of a-z, 0-9, _ and -",
                        CANNED_CODE_MAX);
    if (text && (!*text || strlen(text) > CANNED_TEXT_MAX))
        return req_fail(req, ERR_INVALID, "text must be 1 to %d bytes", CANNED_TEXT_MAX);
    return 0;
}

static int one_row(Request *req, int rc, const PGresult *r, const char *code, int status)
{
    json_object *row = NULL;
    if (rc == ERR_CONFLICT)
        return req_fail(req, ERR_CONFLICT, "short_code '%s' is taken", code ? code : "");
    if (rc)
        return api_db_fail(req, rc);
    if (PQntuples(r) == 0)
        return req_fail(req, ERR_NOT_FOUND, "no canned response with id %s", req_param(req, "id"));
    if ((rc = api_row_json(req, r, 0, 0, &row)))
        return rc;
    return req_reply(req, status, json_object_get(row));
}

int handle_canned_list(Request *req)
{
    PGresult *r = NULL;
    json_object *list = NULL;
    const char *q = req_query(req, "q"); /* a short_code prefix, as typed after '/' */
    if (q && strlen(q) > CANNED_CODE_MAX)
        return req_fail(req, ERR_BAD_REQUEST, "q must be at most %d bytes", CANNED_CODE_MAX);
    const char *params[] = {q && *q ? q : NULL, CANNED_LIST_MAX};
    int rc = db_exec(req->arena, &r,
                     "SELECT coalesce(json_agg(j ORDER BY code), '[]')::text FROM"
                     " (SELECT short_code AS code, " CANNED_JSON "::json AS j FROM canned_responses"
                     "  WHERE $1::text IS NULL OR starts_with(short_code, lower($1))"
                     "  ORDER BY short_code LIMIT $2::int) s",
                     DB_NPARAMS(params), params);
    if (rc)
        return api_db_fail(req, rc);
    if ((rc = api_row_json(req, r, 0, 0, &list)))
        return rc;
    return api_reply_list(req, json_object_get(list), NULL);
}

int handle_canned_create(Request *req)
{
    static const ApiField FIELDS[] = {{"short_code", API_STRING}, {"text", API_STRING}};
    json_object *body = NULL;
    PGresult *r = NULL;
    int rc = req_json_body(req, &body);
    if (!rc)
        rc = api_check_fields(req, body, FIELDS, 2);
    if (rc)
        return rc;
    const char *code = json_get_str(body, "short_code"), *text = json_get_str(body, "text");
    if (!code || !text)
        return req_fail(req, ERR_INVALID, "short_code and text are required");
    if ((rc = check_values(req, code, text)))
        return rc;
    const char *params[] = {code, text, arena_sprintf(req->arena, "%" PRId64, req->agent.id)};
    rc = db_exec(req->arena, &r,
                 "INSERT INTO canned_responses (short_code, text, created_by) VALUES ($1, $2, $3::bigint)"
                 " RETURNING " CANNED_JSON,
                 DB_NPARAMS(params), params);
    return one_row(req, rc, r, code, 201);
}

int handle_canned_update(Request *req)
{
    static const ApiField FIELDS[] = {{"short_code", API_STRING}, {"text", API_STRING}};
    json_object *body = NULL;
    PGresult *r = NULL;
    int64_t id = 0;
    int rc = req_param_id(req, "id", &id);
    if (!rc)
        rc = req_json_body(req, &body);
    if (!rc)
        rc = api_check_fields(req, body, FIELDS, 2);
    if (rc)
        return rc;
    const char *code = json_get_str(body, "short_code"), *text = json_get_str(body, "text");
    if (!code && !text)
        return req_fail(req, ERR_INVALID, "nothing to change (expected: short_code, text)");
    if ((rc = check_values(req, code, text)))
        return rc;
    const char *params[] = {req_param(req, "id"), code, text};
    rc = db_exec(req->arena, &r,
                 "UPDATE canned_responses SET short_code = COALESCE($2, short_code), text = COALESCE($3, text),"
                 " updated_at = now() WHERE id = $1::bigint RETURNING " CANNED_JSON,
                 DB_NPARAMS(params), params);
    return one_row(req, rc, r, code, 200);
}

int handle_canned_delete(Request *req)
{
    PGresult *r = NULL;
    int64_t id = 0;
    int rc = req_param_id(req, "id", &id);
    if (rc)
        return rc;
    const char *params[] = {req_param(req, "id")};
    rc = db_exec(req->arena, &r, "DELETE FROM canned_responses WHERE id = $1::bigint RETURNING id", 1, params);
    if (rc)
        return api_db_fail(req, rc);
    if (PQntuples(r) == 0)
        return req_fail(req, ERR_NOT_FOUND, "no canned response with id %" PRId64, id);
    req->status = 204;
    return 0;
}
