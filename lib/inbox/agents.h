/* agents.h — support agents (the `agents` table) and their API tokens.
 *
 * Used by csctl (agent add/list, token) and by fcgi/auth.c (who is calling).
 * Roles live in the table: a token only names the agent (sub = id or email).
 * Every string returned is owned by the arena passed in.
 */
#ifndef CS_AGENTS_H
#define CS_AGENTS_H

#include <json-c/json.h>
#include <stdint.h>

#include "core/arena.h"

#define AGENT_MAX_CAPACITY 10000
#define AGENT_MAX_TOKEN_TTL (366LL * 24 * 3600)
#define EMAIL_MAX_LEN 254

typedef struct AgentRecord {
    int64_t id;
    const char *name;
    const char *email;
    const char *role;       /* "admin" | "agent" */
    int active;
    int available;          /* 0: no auto-assignment to this agent */
    int capacity;
    const char *teams;      /* comma-separated; "" for none */
    json_object *json;      /* the whole row as the API shows it (never the hash); arena-owned */
} AgentRecord;

typedef struct AgentNew {
    const char *name;
    const char *email;      /* validated and lowercased by agent_create */
    const char *role;       /* NULL = "agent" */
    const char *teams;      /* comma-separated TRIAGE_TEAMS names; NULL = none */
    int capacity;           /* < 0 = default (20) */
    const char *password;   /* NULL = none yet (no login until set) */
} AgentNew;

/* A change to an agent: NULL / -1 leaves a field as it is. */
typedef struct AgentPatch {
    const char *name;
    const char *email;
    const char *role;
    const char *teams;      /* comma-separated TRIAGE_TEAMS names ("" = none) */
    int capacity;
    int active;
    int available;
    const char *password;   /* hashed here; never stored or logged as given */
} AgentPatch;

/* Failed logins per email before 429, and the window they count in. */
#define LOGIN_MAX_FAILURES 5
#define LOGIN_WINDOW_SECONDS (15 * 60)

/* Validates an e-mail address (a practical subset of RFC 5321 addr-spec:
 * no spaces, no quoted local parts, a dotted domain) and returns it
 * lowercased in *out (arena). 0 or ERR_INVALID. */
int email_normalize(Arena *a, const char *in, const char **out);

/* Inserts an agent. 0 and *out filled; ERR_INVALID (message in *why, static
 * or arena text) for bad values, ERR_CONFLICT when the email exists,
 * ERR_UNAVAILABLE when the database is down. */
int agent_create(Arena *a, const AgentNew *in, AgentRecord *out, const char **why);

/* Looks an agent up by token subject: all digits = id, otherwise email
 * (case-insensitive). Inactive agents are found too (check ->active).
 * 0, ERR_NOT_FOUND, ERR_UNAVAILABLE or ERR_INTERNAL. */
int agent_find(Arena *a, const char *sub, AgentRecord *out);

/* Applies a patch to agent id: 0 and *out, ERR_NOT_FOUND, ERR_INVALID (*why
 * says why), ERR_CONFLICT (email taken), or another ErrCode. */
int agent_update(Arena *a, int64_t id, const AgentPatch *in, AgentRecord *out, const char **why);

/* Checks an email and password: 0 and *out (an active agent),
 * ERR_UNAUTHORIZED (unknown email, wrong password or inactive agent: one
 * answer, the same work), ERR_RATE_LIMITED (LOGIN_MAX_FAILURES failures for
 * this email within LOGIN_WINDOW_SECONDS; counted in Postgres, so shared by
 * every worker and host), or another ErrCode. */
int agent_login(Arena *a, const char *email, const char *password, AgentRecord *out);

/* Every agent as a JSON array (arena-owned), ordered by id. */
int agent_list(Arena *a, json_object **out);

/* Mints an HS256 API token for an agent: sub = id, email, role
 * "authenticated" (as Supabase does), iat = now, exp = now + ttl_seconds.
 * 0 and *token (arena), or ERR_INVALID (ttl out of range / no secret). */
int agent_mint_token(Arena *a, const AgentRecord *agent, const char *secret, int64_t now,
                     int64_t ttl_seconds, char **token);

/* Parses a TTL such as "3600", "3600s", "90m", "12h", "7d". 0 or ERR_INVALID
 * (also for zero or more than AGENT_MAX_TOKEN_TTL). */
int agent_parse_ttl(const char *s, int64_t *seconds);

#endif
