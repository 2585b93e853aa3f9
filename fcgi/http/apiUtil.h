/* apiUtil.h — helpers shared by every API handler: the list envelope,
 * JSON rows built by Postgres, the one database-error mapping, and strict
 * request-body field checks. Timestamps in SQL: SQL_ISO (core/timeUtil.h). */
#ifndef CS_API_UTIL_H
#define CS_API_UTIL_H

#include <json-c/json.h>
#include <libpq-fe.h>

#include "core/buf.h"
#include "core/timeUtil.h" /* SQL_ISO */
#include "http/request.h"

/* The one list shape: {"data":[...],"next_cursor":"..."|null}.
 * api_reply_list answers with items (a JSON array whose reference the reply
 * takes: json_object_get() one the arena already owns) and
 * next_cursor (copied; NULL or "" when this is the last page). For pages
 * written straight into a Buf: api_list_open(), the items separated by
 * commas, then api_list_close(); both 0 or ERR_TOO_LARGE (b's bound). */
int api_reply_list(Request *req, json_object *items, const char *next_cursor);
int api_list_open(Buf *b);
int api_list_close(Buf *b, const char *next_cursor);

/* How a result column is written as a JSON member (api_row_write). */
typedef enum ApiColType { API_COL_STRING, API_COL_NUMBER, API_COL_BOOL } ApiColType;

typedef struct ApiColumn {
    const char *name; /* JSON member name; column i of the result */
    ApiColType type;
} ApiColumn;

/* Appends row `row` of r as a JSON object to b, column i written as
 * cols[i] (SQL NULL -> null). Writing JSON straight from the text columns
 * avoids building it in SQL and re-parsing it here, the main cost of list
 * endpoints. 0 or ERR_TOO_LARGE (b's bound). */
int api_row_write(Buf *b, const PGresult *r, int row, const ApiColumn *cols, int ncols);

/* Parses column col of row (JSON text made by Postgres) into an arena-owned
 * object: 0, or fails the request with 500. */
int api_row_json(Request *req, const PGresult *r, int row, int col, json_object **out);

/* The one mapping of a db_exec() error to a response: 503 when the database
 * is down, 409 for a unique violation, 422 for values a constraint refused,
 * 500 otherwise (SQLSTATE to the log). Handlers that can word a conflict
 * better check rc themselves first. Returns the request error. */
int api_db_fail(Request *req, int rc);

/* Answers status with row `row`, column col of r (JSON text made by
 * Postgres), or 404 "no <what> with id <id>" when r has no rows. */
int api_reply_row(Request *req, int status, const PGresult *r, const char *what, int64_t id);

typedef enum ApiFieldType { API_STRING, API_STRING_OR_NULL, API_BOOL } ApiFieldType;

typedef struct ApiField {
    const char *name;
    ApiFieldType type;
} ApiField;

/* Checks that every member of body is one of fields[0..n) with the right
 * JSON type: 0, or fails the request with 422 naming the field. */
int api_check_fields(Request *req, json_object *body, const ApiField *fields, int n);

#endif
