/* assignment.c — auto and manual assignment (see assignment.h). */
#include "inbox/assignment.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/config.h"
#include "core/errors.h"
#include "core/jsonUtil.h"
#include "core/log.h"
#include "inbox/events.h"
#include "store/db.h"

/* "Open work" that counts against an agent's capacity. */
#define LOAD_STATUSES "('open', 'pending')"

static int64_t i64_at(const PGresult *r, int row, int col)
{
    const char *v = db_get(r, row, col);
    return v ? strtoll(v, NULL, 10) : 0;
}

int assignment_auto_enabled(void)
{
    return !g_config.auto_assign || strcmp(g_config.auto_assign, "off") != 0;
}

int assignment_set(Arena *a, int64_t conversation_id, int64_t agent_id, int64_t by_agent_id, int force,
                   AssignRefusal *refusal, int64_t *previous)
{
    PGresult *r = NULL;
    const char *cid = arena_i64s(a, conversation_id);
    *refusal = ASSIGN_OK;
    *previous = 0;
    const char *p0[] = {cid};
    int rc = db_exec(a, &r, "SELECT assignee_id, status IN " LOAD_STATUSES " FROM conversations WHERE id = $1"
                            " FOR UPDATE", 1, p0);
    if (rc)
        return rc;
    if (PQntuples(r) != 1)
        return ERR_NOT_FOUND;
    int64_t prev = i64_at(r, 0, 0);
    int counts = db_get(r, 0, 1) && db_get(r, 0, 1)[0] == 't';
    *previous = prev;
    if (prev == agent_id)
        return 0;
    const char *aid = agent_id ? arena_i64s(a, agent_id) : NULL;
    if (agent_id) {
        /* The agent row lock serialises every hand-out to this agent. */
        const char *p[] = {aid};
        rc = db_exec(a, &r, "SELECT active, capacity FROM agents WHERE id = $1 FOR UPDATE", 1, p);
        if (rc)
            return rc;
        if (PQntuples(r) != 1) {
            *refusal = ASSIGN_AGENT_MISSING;
            return 0;
        }
        if (db_get(r, 0, 0)[0] != 't') {
            *refusal = ASSIGN_AGENT_INACTIVE;
            return 0;
        }
        int64_t capacity = i64_at(r, 0, 1);
        if (!force && counts) {
            rc = db_exec(a, &r, "SELECT count(*) FROM conversations WHERE assignee_id = $1 AND status IN "
                                LOAD_STATUSES, 1, p);
            if (rc)
                return rc;
            if (i64_at(r, 0, 0) >= capacity) {
                *refusal = ASSIGN_AT_CAPACITY;
                return 0;
            }
        }
    }
    if (prev) {
        const char *p[] = {cid, arena_i64s(a, prev)};
        rc = db_exec(a, NULL, "UPDATE assignments SET unassigned_at = now() WHERE conversation_id = $1"
                              " AND agent_id = $2 AND unassigned_at IS NULL", DB_NPARAMS(p), p);
        if (!rc)
            rc = inbox_report(a, "unassigned", conversation_id, prev, -1);
        if (rc)
            return rc;
    }
    const char *p1[] = {cid, aid};
    rc = db_exec(a, NULL, "UPDATE conversations SET assignee_id = $2::bigint, updated_at = now() WHERE id = $1",
                 DB_NPARAMS(p1), p1);
    if (rc || !agent_id)
        return rc;
    const char *p2[] = {cid, aid, by_agent_id ? arena_i64s(a, by_agent_id) : NULL};
    rc = db_exec(a, NULL, "INSERT INTO assignments (conversation_id, agent_id, assigned_by) VALUES ($1, $2, $3)",
                 DB_NPARAMS(p2), p2);
    if (!rc)
        rc = db_exec(a, NULL, "UPDATE agents SET last_assigned_at = clock_timestamp() WHERE id = $1", 1, p2 + 1);
    if (!rc)
        rc = inbox_report(a, "assigned", conversation_id, agent_id, -1);
    return rc;
}

int assignment_auto(Arena *a, int64_t id, int64_t exclude_agent_id, int64_t *agent_id)
{
    PGresult *r = NULL;
    *agent_id = 0;
    const char *p0[] = {arena_i64s(a, id)};
    int rc = db_exec(a, &r,
                     "SELECT team FROM conversations WHERE id = $1 AND status = 'open' AND assignee_id IS NULL"
                     " AND team IS NOT NULL AND NOT needs_team FOR UPDATE",
                     1, p0);
    if (rc || PQntuples(r) != 1)
        return rc;
    const char *p[] = {db_get(r, 0, 0), arena_i64s(a, exclude_agent_id)};
    /* Lock the team's candidates first (id order: no deadlock between two
     * assigners), then count their load with a fresh snapshot that sees
     * every hand-out committed before the locks were granted. */
    rc = db_exec(a, NULL,
                 "SELECT id FROM agents WHERE active AND available AND $1 = ANY(teams) AND id <> $2::bigint"
                 " ORDER BY id FOR UPDATE",
                 DB_NPARAMS(p), p);
    if (rc)
        return rc;
    rc = db_exec(a, &r,
                 "SELECT ag.id FROM agents ag CROSS JOIN LATERAL (SELECT count(*) AS n FROM conversations c"
                 "  WHERE c.assignee_id = ag.id AND c.status IN " LOAD_STATUSES ") l"
                 " WHERE ag.active AND ag.available AND $1 = ANY(ag.teams) AND ag.id <> $2::bigint"
                 " AND l.n < ag.capacity"
                 " ORDER BY l.n, ag.last_assigned_at NULLS FIRST, ag.id LIMIT 1",
                 DB_NPARAMS(p), p);
    if (rc || PQntuples(r) != 1)
        return rc; /* nobody free: it waits in the team's queue */
    int64_t pick = i64_at(r, 0, 0), prev = 0;
    AssignRefusal why;
    rc = assignment_set(a, id, pick, 0, 1, &why, &prev);
    if (rc == 0 && why == ASSIGN_OK)
        *agent_id = pick;
    return rc;
}

/* One conversation auto-assigned in its own transaction; publishes after
 * COMMIT. */
static int auto_one(Arena *a, int64_t id, int64_t exclude, int64_t *agent_id)
{
    int rc = db_begin();
    if (rc)
        return rc;
    rc = assignment_auto(a, id, exclude, agent_id);
    if (rc) {
        db_rollback();
        return rc;
    }
    if ((rc = db_commit()) != 0)
        return rc;
    if (*agent_id) {
        log_kv(LOG_INFO, "conversation auto-assigned", "conversation_id=%" PRId64 " agent_id=%" PRId64, id,
               *agent_id);
        inbox_publish_assignee_changed(a, id, 0);
    }
    return 0;
}

/* A Postgres text[] literal of team names (checked identifiers). */
static const char *teams_literal(Arena *a, const char *const *teams, int n)
{
    const char *s = "{";
    for (int i = 0; i < n; i++)
        s = arena_sprintf(a, "%s%s%s", s, i ? "," : "", teams[i]);
    return arena_sprintf(a, "%s}", s);
}

int assignment_fill_agent(Arena *a, int64_t agent_id, int64_t skip_conversation_id, int max, int *assigned)
{
    PGresult *r = NULL;
    const char *excluded[16];
    int nexcluded = 0, rc = 0;
    *assigned = 0;
    if (!assignment_auto_enabled())
        return 0;
    const char *aid = arena_i64s(a, agent_id);
    const char *p0[] = {aid};
    rc = db_exec(a, &r, "SELECT 1 FROM agents WHERE id = $1 AND active AND available AND cardinality(teams) > 0",
                 1, p0);
    if (rc || PQntuples(r) != 1)
        return rc;
    for (int i = 0; i < max; i++) {
        const char *p[] = {aid, teams_literal(a, excluded, nexcluded), arena_i64s(a, skip_conversation_id)};
        if ((rc = db_begin()) != 0)
            return rc;
        /* The oldest waiting conversation of the agent's teams; one being
         * assigned by someone else right now is skipped, not waited for. */
        rc = db_exec(a, &r,
                     "SELECT id, team FROM conversations WHERE status = 'open' AND assignee_id IS NULL"
                     " AND NOT needs_team AND team IN (SELECT unnest(teams) FROM agents WHERE id = $1::bigint)"
                     " AND team <> ALL($2::text[]) AND id <> $3::bigint"
                     " ORDER BY created_at, id LIMIT 1 FOR UPDATE SKIP LOCKED",
                     DB_NPARAMS(p), p);
        if (rc || PQntuples(r) != 1) {
            db_rollback();
            return rc;
        }
        int64_t cid = i64_at(r, 0, 0), got = 0;
        const char *team = arena_strdup(a, db_get(r, 0, 1));
        rc = assignment_auto(a, cid, 0, &got);
        if (rc) {
            db_rollback();
            return rc;
        }
        if ((rc = db_commit()) != 0)
            return rc;
        if (!got) {
            /* Nobody of this team is free: its queue waits; try the others. */
            if (nexcluded >= (int)(sizeof excluded / sizeof excluded[0]))
                return 0;
            excluded[nexcluded++] = team;
            continue;
        }
        (*assigned)++;
        log_kv(LOG_INFO, "waiting conversation assigned", "conversation_id=%" PRId64 " agent_id=%" PRId64, cid, got);
        inbox_publish_assignee_changed(a, cid, 0);
    }
    return 0;
}

int assignment_requeue_inactive(Arena *a, int64_t agent_id, int *requeued)
{
    PGresult *r = NULL;
    int rc = 0, in_tx = 0, n = 0;
    int64_t *ids = NULL;
    *requeued = 0;
    const char *p[] = {arena_i64s(a, agent_id), arena_sprintf(a, "%d", ASSIGNMENT_BATCH_MAX)};
    if ((rc = db_begin()) != 0)
        goto cleanup;
    in_tx = 1;
    rc = db_exec(a, &r,
                 "SELECT c.id FROM conversations c JOIN agents ag ON ag.id = c.assignee_id"
                 " WHERE c.assignee_id = $1::bigint AND NOT ag.active AND c.status IN " LOAD_STATUSES
                 " ORDER BY c.id LIMIT $2::int FOR UPDATE OF c",
                 DB_NPARAMS(p), p);
    if (rc)
        goto cleanup;
    n = PQntuples(r);
    ids = arena_alloc(a, sizeof *ids * (size_t)(n ? n : 1));
    for (int i = 0; i < n; i++) {
        ids[i] = i64_at(r, i, 0);
        AssignRefusal why;
        int64_t prev = 0;
        if ((rc = assignment_set(a, ids[i], 0, 0, 1, &why, &prev)) != 0)
            goto cleanup;
    }
    rc = db_commit();
    in_tx = 0;
    if (rc)
        goto cleanup;
    *requeued = n;
    if (n)
        log_kv(LOG_INFO, "inactive agent's work re-queued", "agent_id=%" PRId64 " conversations=%d", agent_id, n);
    for (int i = 0; i < n; i++) {
        int64_t got = 0;
        inbox_publish_assignee_changed(a, ids[i], agent_id);
        if (assignment_auto_enabled() && (rc = auto_one(a, ids[i], agent_id, &got)) != 0)
            goto cleanup;
    }
cleanup:
    if (in_tx)
        db_rollback();
    return rc;
}

int assignment_enqueue_agent(Arena *a, int64_t agent_id, int64_t skip_conversation_id)
{
    const char *payload =
        skip_conversation_id
            ? arena_sprintf(a, "{\"agent_id\":%" PRId64 ",\"skip_conversation_id\":%" PRId64 "}", agent_id,
                            skip_conversation_id)
            : arena_sprintf(a, "{\"agent_id\":%" PRId64 "}", agent_id);
    return job_enqueue(a, "assign_agent", payload, 0, NULL, NULL);
}

int assignment_enqueue_conversation(Arena *a, int64_t conversation_id, int64_t exclude_agent_id)
{
    const char *payload =
        exclude_agent_id
            ? arena_sprintf(a, "{\"conversation_id\":%" PRId64 ",\"exclude_agent_id\":%" PRId64 "}",
                            conversation_id, exclude_agent_id)
            : arena_sprintf(a, "{\"conversation_id\":%" PRId64 "}", conversation_id);
    return job_enqueue(a, "assign_conversation", payload, 0, NULL, NULL);
}

int job_assign_conversation(JobContext *job)
{
    int64_t cid = 0, exclude = 0, got = 0;
    if (json_get_int64(job->payload, "conversation_id", &cid) != 0 || cid <= 0) {
        snprintf(job->error, sizeof job->error, "payload needs a positive conversation_id");
        return ERR_PERMANENT;
    }
    json_get_int64(job->payload, "exclude_agent_id", &exclude);
    if (!assignment_auto_enabled())
        return 0;
    int rc = auto_one(job->arena, cid, exclude, &got);
    if (rc)
        snprintf(job->error, sizeof job->error, "auto-assigning conversation %" PRId64 ": %s", cid, err_name(rc));
    return rc;
}

int job_assign_agent(JobContext *job)
{
    int64_t aid = 0, skip = 0;
    int requeued = 0, assigned = 0;
    if (json_get_int64(job->payload, "agent_id", &aid) != 0 || aid <= 0) {
        snprintf(job->error, sizeof job->error, "payload needs a positive agent_id");
        return ERR_PERMANENT;
    }
    json_get_int64(job->payload, "skip_conversation_id", &skip);
    int rc = assignment_requeue_inactive(job->arena, aid, &requeued);
    if (rc == 0)
        rc = assignment_fill_agent(job->arena, aid, skip, ASSIGNMENT_BATCH_MAX, &assigned);
    if (rc) {
        snprintf(job->error, sizeof job->error, "assign_agent %" PRId64 ": %s", aid, err_name(rc));
        return rc;
    }
    /* A batch bound was hit: the rest in a follow-up job. */
    if (requeued >= ASSIGNMENT_BATCH_MAX || assigned >= ASSIGNMENT_BATCH_MAX)
        rc = assignment_enqueue_agent(job->arena, aid, skip);
    return rc;
}
