/* apiUtil.h — small helpers shared by the api handlers (support-emails,
 * emails, ws-auth): JSON rows built by Postgres, DB error mapping, and
 * strict request-body field checks. */
#ifndef CS_API_UTIL_H
#define CS_API_UTIL_H

#include <json-c/json.h>
#include <libpq-fe.h>

#include "core/buf.h"
#include "http/request.h"

/* SQL_ISO (the one timestamp format) lives in store/db.h. */
#include "store/db.h"

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

/* Fails the request for a db_exec() error: 503 when the database is down,
 * 500 otherwise (details go to the log). Returns the request error. */
int api_db_fail(Request *req, int rc);

typedef enum ApiFieldType { API_STRING, API_STRING_OR_NULL, API_BOOL } ApiFieldType;

typedef struct ApiField {
    const char *name;
    ApiFieldType type;
} ApiField;

/* Checks that every member of body is one of fields[0..n) with the right
 * JSON type: 0, or fails the request with 422 naming the field. */
int api_check_fields(Request *req, json_object *body, const ApiField *fields, int n);

#endif
