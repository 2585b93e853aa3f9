/* routerFuzz.c — what a request's URL goes through before any handler:
 * router_match() over the real route table (path params) and req_query()
 * (percent-decoding of the query string). Input: "<method> <path>?<query>".
 * Invariants: no crash; matched params are non-empty and slash-free;
 * decoded query values are never longer than the raw query. */
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "http/request.h"
#include "http/router.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Request *req = request_new();
    char *line = arena_memdup(req->arena, data, size);
    char *sp = strchr(line, ' ');
    const char *method = "GET", *target = line;
    if (sp) {
        *sp = '\0';
        method = line;
        target = sp + 1;
    }
    const char *q = strchr(target, '?');
    request_set_env(req, "REQUEST_METHOD", method);
    if (q) {
        request_set_env(req, "DOCUMENT_URI", arena_strndup(req->arena, target, (size_t)(q - target)));
        request_set_env(req, "QUERY_STRING", q + 1);
    } else {
        request_set_env(req, "DOCUMENT_URI", target);
    }
    int path_matched = 0;
    const Route *r = router_match(ROUTES, ROUTES_COUNT, req, &path_matched);
    if (r) {
        for (int i = 0; i < req->nparams; i++)
            if (!req->param_values[i][0] || strchr(req->param_values[i], '/'))
                abort();
        int64_t id = 0;
        if (req_param(req, "id") && req_param_id(req, "id", &id) == 0 && id <= 0)
            abort();
    }
    static const char *const NAMES[] = {"limit", "cursor", "support_email_id", "team", "state", "token", ""};
    for (size_t i = 0; i < sizeof NAMES / sizeof NAMES[0]; i++) {
        const char *v = req_query(req, NAMES[i]);
        if (v && strlen(v) > strlen(req->query))
            abort();
    }
    request_free(&req);
    return 0;
}
