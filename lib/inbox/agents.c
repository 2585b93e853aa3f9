/* agents.c — agents and tokens (see agents.h). */
#include "inbox/agents.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/buf.h"
#include "store/db.h"
#include "core/errors.h"
#include "core/jsonUtil.h"
#include "crypto/jwt.h"
#include "crypto/password.h"
#include "triage/triage.h"

/* One JSON object per row, built by Postgres so that types (arrays,
 * booleans, UTC ISO-8601 timestamps) come out right. */
#define AGENT_JSON                                                                              \
    "json_build_object('id', id, 'name', name, 'email', email, 'role', role, 'teams', teams, " \
    "'active', active, 'capacity', capacity, 'available', available, "                          \
    "'has_password', password_hash IS NOT NULL, "                                               \
    "'last_assigned_at', " SQL_ISO("last_assigned_at") ", "                                     \
    "'created_at', " SQL_ISO("created_at") ", 'updated_at', " SQL_ISO("updated_at") ")::text"

static int local_char_ok(unsigned char c)
{
    return isalnum(c) || (c && strchr("!#$%&'*+/=?^_`{|}~.-", c) != NULL);
}

int email_normalize(Arena *a, const char *in, const char **out)
{
    *out = NULL;
    if (!in)
        return ERR_INVALID;
    size_t n = strnlen(in, EMAIL_MAX_LEN + 1);
    if (n == 0 || n > EMAIL_MAX_LEN)
        return ERR_INVALID;
    const char *at = strchr(in, '@');
    if (!at || strchr(at + 1, '@'))
        return ERR_INVALID;
    size_t llen = (size_t)(at - in);
    if (llen == 0 || llen > 64 || in[0] == '.' || at[-1] == '.')
        return ERR_INVALID;
    for (size_t i = 0; i < llen; i++) {
        if (!local_char_ok((unsigned char)in[i]))
            return ERR_INVALID;
        if (in[i] == '.' && in[i + 1] == '.')
            return ERR_INVALID;
    }
    /* Domain: dot-separated labels of letters, digits and inner hyphens;
     * at least two labels; the last one alphabetic (no bare IPs). */
    const char *d = at + 1;
    int labels = 0;
    const char *label = d;
    for (const char *p = d;; p++) {
        if (*p == '.' || *p == '\0') {
            size_t ll = (size_t)(p - label);
            if (ll == 0 || ll > 63 || label[0] == '-' || p[-1] == '-')
                return ERR_INVALID;
            labels++;
            if (*p == '\0')
                break;
            label = p + 1;
            continue;
        }
        if (!isalnum((unsigned char)*p) && *p != '-')
            return ERR_INVALID;
    }
    if (labels < 2)
        return ERR_INVALID;
    size_t tl = strlen(label);
    if (tl < 2)
        return ERR_INVALID;
    for (size_t i = 0; i < tl; i++)
        if (!isalpha((unsigned char)label[i]))
            return ERR_INVALID;
    char *lower = arena_strdup(a, in);
    for (char *p = lower; *p; p++)
        *p = (char)tolower((unsigned char)*p);
    *out = lower;
    return 0;
}

static int fill_record(Arena *a, const char *json_text, AgentRecord *out)
{
    json_object *o = NULL;
    memset(out, 0, sizeof *out);
    if (!json_text || json_parse_arena(a, json_text, strlen(json_text), &o) != 0)
        return ERR_INTERNAL;
    int64_t id = 0, cap = 0;
    json_get_int64(o, "id", &id);
    json_get_int64(o, "capacity", &cap);
    out->id = id;
    out->capacity = (int)cap;
    out->name = json_get_str(o, "name");
    out->email = json_get_str(o, "email");
    out->role = json_get_str(o, "role");
    out->active = json_get_bool(o, "active") == 1;
    out->available = json_get_bool(o, "available") == 1;
    out->teams = "";
    json_object *teams = json_get(o, "teams");
    if (teams && json_object_is_type(teams, json_type_array)) {
        Buf b;
        buf_init(&b, 512);
        for (size_t i = 0; i < json_object_array_length(teams); i++) {
            if (i)
                buf_append_char(&b, ',');
            buf_append_str(&b, json_object_get_string(json_object_array_get_idx(teams, i)));
        }
        out->teams = buf_to_arena(&b, a);
    }
    out->json = o;
    return 0;
}

/* "a,b" -> "{a,b}" after checking each name against the fixed team set. */
static int teams_literal(Arena *a, const char *teams, const char **lit, const char **why)
{
    Buf b;
    int rc = 0;
    buf_init(&b, 512);
    buf_append_char(&b, '{');
    const char *p = teams ? teams : "";
    int count = 0;
    while (*p) {
        const char *comma = strchr(p, ',');
        size_t len = comma ? (size_t)(comma - p) : strlen(p);
        char *t = arena_strndup(a, p, len);
        /* trim spaces around names */
        while (*t == ' ')
            t++;
        size_t tl = strlen(t);
        while (tl && t[tl - 1] == ' ')
            t[--tl] = '\0';
        if (*t) {
            if (triage_team_index(t) < 0) {
                *why = arena_sprintf(a, "unknown team '%.40s' (expected finance, support, dispatch, "
                                        "sales, technical, returns_refunds or general)", t);
                rc = ERR_INVALID;
                goto cleanup;
            }
            if (count++)
                buf_append_char(&b, ',');
            buf_append_str(&b, t);
        }
        p = comma ? comma + 1 : p + len;
    }
    buf_append_char(&b, '}');
    *lit = buf_to_arena(&b, a);
    return 0;
cleanup:
    buf_free(&b);
    return rc;
}

/* The row an INSERT/UPDATE ... RETURNING AGENT_JSON gave, or why it gave
 * none: ERR_CONFLICT (email taken), ERR_INVALID (refused), ERR_NOT_FOUND
 * (no such agent) or the database's error. */
static int written_row(Arena *a, int rc, const PGresult *r, const char *email, AgentRecord *out,
                       const char **why)
{
    if (rc == ERR_CONFLICT)
        *why = arena_sprintf(a, "an agent with email %s already exists", email ? email : "");
    else if (rc == ERR_INVALID)
        *why = "the values were refused by the database";
    if (rc)
        return rc;
    if (PQntuples(r) == 0)
        return ERR_NOT_FOUND;
    return fill_record(a, db_get(r, 0, 0), out);
}

int agent_create(Arena *a, const AgentNew *in, AgentRecord *out, const char **why)
{
    const char *email = NULL, *teams = NULL;
    const char *role = in->role ? in->role : "agent";
    int cap = in->capacity < 0 ? 20 : in->capacity;
    PGresult *r = NULL;
    *why = NULL;
    memset(out, 0, sizeof *out);
    if (!in->name || !*in->name || strlen(in->name) > 200) {
        *why = "name is required (1 to 200 characters)";
        return ERR_INVALID;
    }
    if (email_normalize(a, in->email, &email) != 0) {
        *why = "email is not a valid e-mail address";
        return ERR_INVALID;
    }
    if (strcmp(role, "admin") != 0 && strcmp(role, "agent") != 0) {
        *why = "role must be admin or agent";
        return ERR_INVALID;
    }
    if (cap > AGENT_MAX_CAPACITY) {
        *why = "capacity must be from 0 to 10000";
        return ERR_INVALID;
    }
    int rc = teams_literal(a, in->teams, &teams, why);
    if (rc)
        return rc;
    const char *hash = NULL;
    if (in->password && (rc = password_hash(a, in->password, &hash)) != 0) {
        if (rc == ERR_INVALID)
            *why = "password must be 8 to 256 bytes";
        return rc;
    }
    char capbuf[16];
    snprintf(capbuf, sizeof capbuf, "%d", cap);
    const char *params[] = {in->name, email, role, teams, capbuf, hash};
    rc = db_exec(a, &r,
                 "INSERT INTO agents (name, email, role, teams, capacity, password_hash) "
                 "VALUES ($1, $2, $3, $4::text[], $5::int, $6) RETURNING " AGENT_JSON,
                 DB_NPARAMS(params), params);
    return written_row(a, rc, r, email, out, why);
}

static int all_digits(const char *s)
{
    if (!*s)
        return 0;
    for (; *s; s++)
        if (!isdigit((unsigned char)*s))
            return 0;
    return 1;
}

int agent_find(Arena *a, const char *sub, AgentRecord *out)
{
    PGresult *r = NULL;
    int rc;
    memset(out, 0, sizeof *out);
    if (!sub || !*sub || strlen(sub) > EMAIL_MAX_LEN)
        return ERR_NOT_FOUND;
    const char *params[] = {sub};
    if (all_digits(sub)) {
        if (strlen(sub) > 18)
            return ERR_NOT_FOUND;
        rc = db_exec(a, &r, "SELECT " AGENT_JSON " FROM agents WHERE id = $1::bigint", 1, params);
    } else {
        rc = db_exec(a, &r, "SELECT " AGENT_JSON " FROM agents WHERE email = lower($1)", 1, params);
    }
    if (rc)
        return rc == ERR_INVALID ? ERR_NOT_FOUND : rc;
    if (PQntuples(r) == 0)
        return ERR_NOT_FOUND;
    return fill_record(a, db_get(r, 0, 0), out);
}

int agent_list(Arena *a, json_object **out)
{
    PGresult *r = NULL;
    *out = NULL;
    int rc = db_exec(a, &r,
                     "SELECT coalesce(json_agg(" AGENT_JSON "::json ORDER BY id), '[]')::text FROM agents",
                     0, NULL);
    if (rc)
        return rc;
    const char *s = db_get(r, 0, 0);
    if (!s || json_parse_arena(a, s, strlen(s), out) != 0)
        return ERR_INTERNAL;
    return 0;
}

int agent_mint_token(Arena *a, const AgentRecord *agent, const char *secret, int64_t now,
                     int64_t ttl_seconds, char **token)
{
    *token = NULL;
    if (ttl_seconds <= 0 || ttl_seconds > AGENT_MAX_TOKEN_TTL || !secret || !*secret)
        return ERR_INVALID;
    json_object *c = json_arena_own(a, json_object_new_object());
    json_object_object_add(c, "sub", json_object_new_string(arena_sprintf(a, "%lld", (long long)agent->id)));
    if (agent->email)
        json_object_object_add(c, "email", json_object_new_string(agent->email));
    json_object_object_add(c, "role", json_object_new_string("authenticated"));
    json_object_object_add(c, "iat", json_object_new_int64(now));
    json_object_object_add(c, "exp", json_object_new_int64(now + ttl_seconds));
    *token = jwt_sign_hs256(a, secret, c);
    return *token ? 0 : ERR_INVALID;
}

int agent_parse_ttl(const char *s, int64_t *seconds)
{
    if (!s || !isdigit((unsigned char)*s))
        return ERR_INVALID;
    char *end = NULL;
    errno = 0;
    long long n = strtoll(s, &end, 10);
    if (errno || n <= 0)
        return ERR_INVALID;
    long long mult = 1;
    if (*end) {
        if (end[1] != '\0')
            return ERR_INVALID;
        switch (*end) {
        case 's': mult = 1; break;
        case 'm': mult = 60; break;
        case 'h': mult = 3600; break;
        case 'd': mult = 86400; break;
        default: return ERR_INVALID;
        }
    }
    if (n > AGENT_MAX_TOKEN_TTL / mult)
        return ERR_INVALID;
    *seconds = n * mult;
    return 0;
}

int agent_update(Arena *a, int64_t id, const AgentPatch *in, AgentRecord *out, const char **why)
{
    const char *email = NULL, *teams = NULL, *hash = NULL;
    PGresult *r = NULL;
    *why = NULL;
    memset(out, 0, sizeof *out);
    if (in->name && (!*in->name || strlen(in->name) > 200)) {
        *why = "name must be 1 to 200 characters";
        return ERR_INVALID;
    }
    if (in->email && email_normalize(a, in->email, &email) != 0) {
        *why = "email is not a valid e-mail address";
        return ERR_INVALID;
    }
    if (in->role && strcmp(in->role, "admin") != 0 && strcmp(in->role, "agent") != 0) {
        *why = "role must be admin or agent";
        return ERR_INVALID;
    }
    if (in->capacity > AGENT_MAX_CAPACITY) {
        *why = "capacity must be from 0 to 10000";
        return ERR_INVALID;
    }
    int rc = 0;
    if (in->teams && (rc = teams_literal(a, in->teams, &teams, why)))
        return rc;
    if (in->password) {
        rc = password_hash(a, in->password, &hash);
        if (rc == ERR_INVALID) {
            *why = "password must be 8 to 256 bytes";
            return rc;
        }
        if (rc)
            return rc;
    }
    const char *params[] = {arena_sprintf(a, "%lld", (long long)id), in->name, email, in->role, teams,
                            in->capacity >= 0 ? arena_sprintf(a, "%d", in->capacity) : NULL,
                            in->active >= 0 ? (in->active ? "t" : "f") : NULL,
                            in->available >= 0 ? (in->available ? "t" : "f") : NULL, hash};
    rc = db_exec(a, &r,
                 "UPDATE agents SET name = COALESCE($2, name), email = COALESCE($3, email),"
                 " role = COALESCE($4, role), teams = COALESCE($5::text[], teams),"
                 " capacity = COALESCE($6::int, capacity), active = COALESCE($7::boolean, active),"
                 " available = COALESCE($8::boolean, available), password_hash = COALESCE($9, password_hash),"
                 " updated_at = now() WHERE id = $1::bigint RETURNING " AGENT_JSON,
                 DB_NPARAMS(params), params);
    return written_row(a, rc, r, email, out, why);
}

int agent_login(Arena *a, const char *email_in, const char *password, AgentRecord *out)
{
    PGresult *r = NULL;
    const char *email = NULL;
    memset(out, 0, sizeof *out);
    /* An address that cannot be an agent's still costs one verification. */
    if (email_normalize(a, email_in, &email) != 0) {
        (void)password_verify(password, NULL);
        return ERR_UNAUTHORIZED;
    }
    const char *p1[] = {email, arena_sprintf(a, "%d", LOGIN_MAX_FAILURES),
                        arena_sprintf(a, "%d", LOGIN_WINDOW_SECONDS)};
    int rc = db_exec(a, &r,
                     "SELECT count(*) >= $2::int FROM login_failures WHERE email = $1"
                     " AND failed_at > now() - $3::int * interval '1 second'",
                     DB_NPARAMS(p1), p1);
    if (rc)
        return rc;
    if (strcmp(db_get(r, 0, 0), "t") == 0)
        return ERR_RATE_LIMITED;
    const char *p2[] = {email};
    rc = db_exec(a, &r, "SELECT " AGENT_JSON ", password_hash FROM agents WHERE email = $1", 1, p2);
    if (rc)
        return rc;
    const char *stored = PQntuples(r) == 1 ? db_get(r, 0, 1) : NULL;
    int ok = password_verify(password, stored); /* same work for unknown emails */
    if (ok && PQntuples(r) == 1 && (rc = fill_record(a, db_get(r, 0, 0), out)) != 0)
        return rc;
    if (!ok || !out->active) {
        memset(out, 0, sizeof *out);
        /* Old failures go with each new one, so the table stays small. */
        rc = db_exec(a, NULL,
                     "WITH d AS (DELETE FROM login_failures WHERE failed_at < now() - interval '1 day')"
                     " INSERT INTO login_failures (email) VALUES ($1)",
                     1, p2);
        return rc ? rc : ERR_UNAUTHORIZED;
    }
    return db_exec(a, NULL, "DELETE FROM login_failures WHERE email = $1", 1, p2);
}
