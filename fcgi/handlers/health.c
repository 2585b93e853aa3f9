/* health.c — GET /health: PLACEHOLDER (the process-manager work fills in
 * database, workers and queue depth). */
#include "handlers.h"

#include "jsonUtil.h"

int handle_health(Request *req)
{
    json_object *o = json_object_new_object();
    json_object_object_add(o, "status", json_object_new_string("ok"));
    return req_reply(req, 200, o);
}
