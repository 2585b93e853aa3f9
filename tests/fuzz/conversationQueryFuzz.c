/* conversationQueryFuzz.c — the GET /conversations query parser
 * (fcgi/handlers/inbox/conversationQuery.c): filters, text search words and
 * the keyset cursor, from a raw query string. Invariants: no crash; a
 * parse either fails with a 4xx and a message, or yields values within
 * their bounds, a WHERE clause whose parameters are all set, and (for a
 * cursor) one that re-encodes to itself. */
#include <stdlib.h>
#include <string.h>

#include "core/errors.h"
#include "fuzz.h"
#include "handlers/inbox/conversationQuery.h"
#include "http/request.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Request *req = request_new();
    const char *query = arena_memdup(req->arena, data, size); /* NUL-terminated; an inner NUL ends it */
    request_set_env(req, "QUERY_STRING", query);
    ConversationQuery q;
    int rc = conversation_query_parse(req, 42, &q);
    if (rc) {
        int st = err_http_status(rc);
        if (st < 400 || st >= 500 || !req->err_message)
            abort();
    } else {
        if (q.limit < 1 || q.limit > CONV_LIST_MAX_LIMIT || q.nwords > CONV_Q_MAX_WORDS)
            abort();
        if ((q.cursor_at == NULL) != (q.cursor_id == NULL))
            abort();
        const char *params[CONV_MAX_PARAMS];
        int np = 0;
        const char *sql = conversation_query_sql(req->arena, &q, params, &np);
        if (!sql || np < 1 || np > CONV_MAX_PARAMS)
            abort();
        for (int i = 0; i < np; i++)
            if (!params[i])
                abort();
        if (q.cursor_at) {
            const char *again = conversation_cursor_make(req->arena, q.cursor_at, q.cursor_id);
            const char *at = NULL, *id = NULL;
            if (conversation_cursor_parse(req->arena, again, &at, &id) != 0 || strcmp(at, q.cursor_at) != 0 ||
                strcmp(id, q.cursor_id) != 0)
                abort();
        }
    }
    request_free(&req);
    return 0;
}
