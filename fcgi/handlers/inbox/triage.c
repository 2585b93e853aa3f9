/* triage.c — POST /conversations/:id/triage: re-run triage on demand.
 *
 * The work is queued, not done here: a Gemini call can take seconds and a
 * request worker must not wait on it (slow work runs in job workers). The answer is 202 with
 * the job id; the result arrives as `triage.completed` on the inbox channel
 * and on GET /emails/:id. The job ignores the "text unchanged" check.
 */
#include <inttypes.h>
#include <stdlib.h>

#include "store/db.h"
#include "core/errors.h"
#include "handlers/handlers.h"
#include "http/apiUtil.h"
#include "core/jsonUtil.h"
#include "core/log.h"
#include "triage/triagePipeline.h"

int handle_conversation_triage(Request *req)
{
    PGresult *r = NULL;
    int64_t id = 0, job_id = 0;
    int rc = req_param_id(req, "id", &id);
    if (rc)
        return rc;
    const char *p[] = {arena_sprintf(req->arena, "%" PRId64, id)};
    rc = db_exec(req->arena, &r, "SELECT id FROM conversations WHERE id = $1", 1, p);
    if (rc)
        return api_db_fail(req, rc);
    if (PQntuples(r) != 1)
        return req_fail(req, ERR_NOT_FOUND, "conversation %" PRId64 " not found", id);
    rc = triage_enqueue_forced(req->arena, id, &job_id);
    if (rc)
        return api_db_fail(req, rc);
    log_kv(LOG_INFO, "triage re-run queued", "conversation_id=%" PRId64 " job_id=%" PRId64 " agent_id=%" PRId64,
           id, job_id, req->agent.id);
    json_object *o = json_object_new_object();
    json_object_object_add(o, "conversation_id", json_object_new_int64(id));
    json_object_object_add(o, "job_id", job_id ? json_object_new_int64(job_id) : NULL);
    json_object_object_add(o, "status", json_object_new_string("queued"));
    return req_reply(req, 202, o);
}
