/* agents.c — who works the inbox: POST /auth/login, GET/PATCH /me, and the
 * admin's /agents CRUD (design §12).
 *
 * Every change that can free capacity or must hand work back (an agent
 * created, changed, deactivated, becoming available) queues the
 * `assign_agent` job in the same transaction, so assignment follows even
 * if this worker dies right after COMMIT. Passwords are hashed by
 * lib/crypto/password.c; neither a password nor a hash is ever answered or
 * logged (AGENT_JSON has only has_password).
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/config.h"
#include "core/errors.h"
#include "core/jsonUtil.h"
#include "core/log.h"
#include "handlers/handlers.h"
#include "http/apiUtil.h"
#include "inbox/agents.h"
#include "jobs/jobQueue.h"
#include "net/nchanPublish.h"
#include "store/db.h"

#define TEAMS_TEXT_MAX 512

/* Queues assign_agent for id inside the open transaction. */
static int queue_assign(Arena *a, int64_t id)
{
    const char *payload = arena_sprintf(a, "{\"agent_id\":%" PRId64 "}", id);
    return job_enqueue(a, "assign_agent", payload, 0, arena_sprintf(a, "assign-agent:%" PRId64, id), NULL);
}

int handle_auth_login(Request *req)
{
    json_object *body = NULL;
    AgentRecord ag;
    char *token = NULL;
    int rc = req_json_body(req, &body);
    if (rc)
        return rc;
    static const ApiField FIELDS[] = {{"email", API_STRING}, {"password", API_STRING}};
    if ((rc = api_check_fields(req, body, FIELDS, 2)))
        return rc;
    const char *email = json_get_str(body, "email"), *password = json_get_str(body, "password");
    if (!email || !password)
        return req_fail(req, ERR_INVALID, "email and password are required");
    rc = agent_login(req->arena, email, password, &ag);
    if (rc == ERR_RATE_LIMITED) {
        log_kv(LOG_WARN, "login throttled", "failures_window_s=%d", LOGIN_WINDOW_SECONDS);
        return req_fail(req, ERR_RATE_LIMITED, "too many failed logins for this email; try again in %d minutes",
                        LOGIN_WINDOW_SECONDS / 60);
    }
    if (rc == ERR_UNAUTHORIZED) {
        log_kv(LOG_INFO, "login failed", "reason=bad_credentials");
        return req_fail(req, ERR_UNAUTHORIZED, "wrong email or password");
    }
    if (rc)
        return api_db_fail(req, rc);
    if (agent_mint_token(req->arena, &ag, g_config.auth_jwt_secret, (int64_t)time(NULL),
                         g_config.auth_token_ttl_seconds, &token) != 0)
        return req_fail(req, ERR_INTERNAL, "cannot sign a token");
    log_kv(LOG_INFO, "login", "agent_id=%" PRId64, ag.id);
    json_object *out = json_object_new_object();
    json_object_object_add(out, "token", json_object_new_string(token));
    json_object_object_add(out, "expires_in", json_object_new_int(g_config.auth_token_ttl_seconds));
    json_object_object_add(out, "agent", json_object_get(ag.json));
    return req_reply(req, 200, out);
}

int handle_me_get(Request *req)
{
    AgentRecord ag;
    int rc = agent_find(req->arena, arena_sprintf(req->arena, "%" PRId64, req->agent.id), &ag);
    if (rc == ERR_NOT_FOUND)
        return req_fail(req, ERR_UNAUTHORIZED, "unknown agent");
    if (rc)
        return api_db_fail(req, rc);
    return req_reply(req, 200, json_object_get(ag.json));
}

/* Applies patch to agent id with the assign_agent job, in one transaction;
 * answers the agent and publishes agent.updated. */
static int update_and_answer(Request *req, int64_t id, const AgentPatch *patch, int status)
{
    AgentRecord ag;
    const char *why = NULL;
    int rc = db_begin();
    if (rc)
        return api_db_fail(req, rc);
    rc = agent_update(req->arena, id, patch, &ag, &why);
    if (!rc)
        rc = queue_assign(req->arena, id);
    if (!rc)
        rc = db_commit();
    if (rc) {
        db_rollback();
        if (rc == ERR_NOT_FOUND)
            return req_fail(req, ERR_NOT_FOUND, "no agent with id %" PRId64, id);
        if (rc == ERR_INVALID || rc == ERR_CONFLICT)
            return req_fail(req, rc, "%s", why ? why : "invalid values");
        return api_db_fail(req, rc);
    }
    (void)nchan_publish(req->arena, "inbox", "agent.updated", ag.json);
    return req_reply(req, status, json_object_get(ag.json));
}

int handle_me_update(Request *req)
{
    json_object *body = NULL;
    int rc = req_json_body(req, &body);
    if (rc)
        return rc;
    static const ApiField FIELDS[] = {{"available", API_BOOL}};
    if ((rc = api_check_fields(req, body, FIELDS, 1)))
        return rc;
    int available = json_get_bool(body, "available");
    if (available < 0)
        return req_fail(req, ERR_INVALID, "field 'available' (true or false) is required");
    AgentPatch patch = {.capacity = -1, .active = -1, .available = available};
    return update_and_answer(req, req->agent.id, &patch, 200);
}

/* Reads the agent fields of a POST/PATCH body into *p. Unknown members,
 * wrong types and bad values fail the request with 422. */
static int parse_agent_body(Request *req, json_object *body, AgentPatch *p)
{
    memset(p, 0, sizeof *p);
    p->capacity = p->active = p->available = -1;
    json_object_object_foreach(body, key, val)
    {
        enum json_type t = json_object_get_type(val);
        if (strcmp(key, "name") == 0 || strcmp(key, "email") == 0 || strcmp(key, "role") == 0 ||
            strcmp(key, "password") == 0) {
            if (t != json_type_string)
                return req_fail(req, ERR_INVALID, "field '%s' must be a string", key);
            const char *v = json_object_get_string(val);
            if (key[0] == 'n')
                p->name = v;
            else if (key[0] == 'e')
                p->email = v;
            else if (key[0] == 'r')
                p->role = v;
            else
                p->password = v;
        } else if (strcmp(key, "capacity") == 0) {
            int64_t c = json_object_get_int64(val);
            if (t != json_type_int || c < 0 || c > AGENT_MAX_CAPACITY)
                return req_fail(req, ERR_INVALID, "capacity must be a whole number from 0 to %d",
                                AGENT_MAX_CAPACITY);
            p->capacity = (int)c;
        } else if (strcmp(key, "active") == 0 || strcmp(key, "available") == 0) {
            if (t != json_type_boolean)
                return req_fail(req, ERR_INVALID, "field '%s' must be true or false", key);
            *(key[1] == 'c' ? &p->active : &p->available) = json_object_get_boolean(val);
        } else if (strcmp(key, "teams") == 0) {
            if (t != json_type_array)
                return req_fail(req, ERR_INVALID, "teams must be an array of team names");
            Buf b;
            buf_init(&b, TEAMS_TEXT_MAX);
            size_t n = json_object_array_length(val);
            for (size_t i = 0; i < n; i++) {
                json_object *e = json_object_array_get_idx(val, i);
                const char *s = json_object_get_string(e);
                if (!json_object_is_type(e, json_type_string) || strchr(s, ',') ||
                    (i && buf_append_char(&b, ',')) || buf_append_str(&b, s)) {
                    buf_free(&b);
                    return req_fail(req, ERR_INVALID, "teams must be an array of team names");
                }
            }
            p->teams = n ? buf_to_arena(&b, req->arena) : "";
            if (!n)
                buf_free(&b);
        } else {
            return req_fail(req, ERR_INVALID, "unknown field '%.60s'", key);
        }
    }
    return 0;
}

int handle_agents_list(Request *req)
{
    json_object *list = NULL;
    int rc = agent_list(req->arena, &list);
    if (rc)
        return api_db_fail(req, rc);
    return api_reply_list(req, json_object_get(list), NULL);
}

int handle_agents_create(Request *req)
{
    json_object *body = NULL;
    AgentPatch p;
    AgentRecord ag;
    const char *why = NULL;
    int rc = req_json_body(req, &body);
    if (!rc)
        rc = parse_agent_body(req, body, &p);
    if (rc)
        return rc;
    if (!p.name || !p.email)
        return req_fail(req, ERR_INVALID, "name and email are required");
    AgentNew in = {.name = p.name, .email = p.email, .role = p.role, .teams = p.teams,
                   .capacity = p.capacity, .password = p.password};
    if ((rc = db_begin()))
        return api_db_fail(req, rc);
    rc = agent_create(req->arena, &in, &ag, &why);
    if (!rc && (p.active == 0 || p.available == 0)) {
        AgentPatch flags = {.capacity = -1, .active = p.active, .available = p.available};
        rc = agent_update(req->arena, ag.id, &flags, &ag, &why);
    }
    if (!rc)
        rc = queue_assign(req->arena, ag.id);
    if (!rc)
        rc = db_commit();
    if (rc) {
        db_rollback();
        if (rc == ERR_INVALID || rc == ERR_CONFLICT)
            return req_fail(req, rc, "%s", why ? why : "invalid values");
        return api_db_fail(req, rc);
    }
    (void)nchan_publish(req->arena, "inbox", "agent.created", ag.json);
    return req_reply(req, 201, json_object_get(ag.json));
}

int handle_agents_get(Request *req)
{
    int64_t id = 0;
    AgentRecord ag;
    int rc = req_param_id(req, "id", &id);
    if (rc)
        return rc;
    rc = agent_find(req->arena, req_param(req, "id"), &ag);
    if (rc == ERR_NOT_FOUND)
        return req_fail(req, ERR_NOT_FOUND, "no agent with id %" PRId64, id);
    if (rc)
        return api_db_fail(req, rc);
    return req_reply(req, 200, json_object_get(ag.json));
}

/* 1 when the change would leave no active admin (the console would lock
 * everybody out); checked inside the transaction. */
static int leaves_no_admin(Request *req, int64_t id, const AgentPatch *p, int *out)
{
    PGresult *r = NULL;
    *out = 0;
    int demote = (p->role && strcmp(p->role, "admin") != 0) || p->active == 0;
    if (!demote)
        return 0;
    const char *params[] = {arena_sprintf(req->arena, "%" PRId64, id)};
    int rc = db_exec(req->arena, &r,
                     "SELECT count(*) FROM agents WHERE role = 'admin' AND active AND id <> $1::bigint",
                     1, params);
    if (rc)
        return rc;
    *out = strcmp(db_get(r, 0, 0), "0") == 0;
    return 0;
}

static int change_agent(Request *req, AgentPatch *p, int status)
{
    int64_t id = 0;
    int none = 0;
    int rc = req_param_id(req, "id", &id);
    if (rc)
        return rc;
    if ((rc = leaves_no_admin(req, id, p, &none)))
        return api_db_fail(req, rc);
    if (none)
        return req_fail(req, ERR_CONFLICT, "this would leave no active admin");
    return update_and_answer(req, id, p, status);
}

int handle_agents_update(Request *req)
{
    json_object *body = NULL;
    AgentPatch p;
    int rc = req_json_body(req, &body);
    if (!rc)
        rc = parse_agent_body(req, body, &p);
    if (rc)
        return rc;
    return change_agent(req, &p, 200);
}

/* DELETE deactivates: the agent's tokens stop at once (auth reads `active`
 * on every request) and assign_agent hands their open work back. The row
 * stays, so history keeps its names. */
int handle_agents_delete(Request *req)
{
    AgentPatch p = {.capacity = -1, .active = 0, .available = -1};
    return change_agent(req, &p, 200);
}
