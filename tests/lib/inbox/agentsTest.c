/* agentsTest.c — lib/agents.c: e-mail validation, TTL parsing and token
 * minting (pure), and agent_create / agent_find / agent_list against a real
 * Postgres (those tests need CS_TEST_DATABASE_URL, a migrated, disposable
 * database, and fail without it). */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "inbox/agents.h"
#include "store/db.h"
#include "core/errors.h"
#include "core/jsonUtil.h"
#include "crypto/jwt.h"
#include "testDb.h"

#define SECRET "agents-test-secret-0123456789"

/* --- email_normalize ------------------------------------------------------ */

Test(email_normalize, accepts_and_lowercases)
{
    Arena *a = arena_new(0);
    static const char *const CASES[][2] = {
        {"a@b.co", "a@b.co"},
        {"Foo.Bar+Tag@Example.COM", "foo.bar+tag@example.com"},
        {"o'neil_x-y@sub.example.in", "o'neil_x-y@sub.example.in"},
        {"kisan123@mail.katyayani-organics.com", "kisan123@mail.katyayani-organics.com"},
        {"!#$%&'*+/=?^_`{|}~-@x1.org", "!#$%&'*+/=?^_`{|}~-@x1.org"},
    };
    for (size_t i = 0; i < sizeof CASES / sizeof CASES[0]; i++) {
        const char *out = NULL;
        cr_assert_eq(email_normalize(a, CASES[i][0], &out), 0, "%s", CASES[i][0]);
        cr_assert_str_eq(out, CASES[i][1]);
    }
    arena_destroy(&a);
}

Test(email_normalize, rejects_invalid)
{
    Arena *a = arena_new(0);
    static const char *const BAD[] = {
        "", "plain", "@example.com", "a@", "a@@b.com", "a@b@c.com", ".a@b.com", "a.@b.com",
        "a..b@c.com", "a b@c.com", " a@b.com", "a@b.com ", "\"q\"@b.com", "a(b)@c.com", "a@b",
        "a@-b.com", "a@b-.com", "a@b..com", "a@.b.com", "a@b.com.", "a@b.c", "a@1.2.3.4",
        "a@b.c0m", "a@b_c.com", "a@b.com\n", "a,b@c.com", "a@b.com,c@d.com",
    };
    for (size_t i = 0; i < sizeof BAD / sizeof BAD[0]; i++) {
        const char *out = "unchanged";
        cr_assert_eq(email_normalize(a, BAD[i], &out), ERR_INVALID, "'%s' should be refused", BAD[i]);
        cr_assert_null(out, "'%s': *out is NULL on failure", BAD[i]);
    }
    const char *out = "unchanged";
    cr_assert_eq(email_normalize(a, NULL, &out), ERR_INVALID);
    cr_assert_null(out);
    arena_destroy(&a);
}

Test(email_normalize, length_limits)
{
    Arena *a = arena_new(0);
    char addr[400];
    const char *out = NULL;
    /* local part: 64 is fine, 65 is not */
    memset(addr, 'x', 64);
    memcpy(addr + 64, "@b.com", 7);
    cr_assert_eq(email_normalize(a, addr, &out), 0);
    memset(addr, 'x', 65);
    memcpy(addr + 65, "@b.com", 7);
    cr_assert_eq(email_normalize(a, addr, &out), ERR_INVALID);
    /* a label: 63 is fine, 64 is not */
    memcpy(addr, "a@", 2);
    memset(addr + 2, 'd', 63);
    memcpy(addr + 65, ".com", 5);
    cr_assert_eq(email_normalize(a, addr, &out), 0);
    memset(addr + 2, 'd', 64);
    memcpy(addr + 66, ".com", 5);
    cr_assert_eq(email_normalize(a, addr, &out), ERR_INVALID);
    /* the whole address: EMAIL_MAX_LEN (254) is fine, one more is not.
     * 64 local + '@' + 63 '.' 63 '.' 57 ".com" = 254 */
    size_t n = 0;
    memset(addr, 'l', 64);
    n = 64;
    addr[n++] = '@';
    memset(addr + n, 'a', 63);
    n += 63;
    addr[n++] = '.';
    memset(addr + n, 'b', 63);
    n += 63;
    addr[n++] = '.';
    memset(addr + n, 'c', 57);
    n += 57;
    memcpy(addr + n, ".com", 5);
    n += 4;
    cr_assert_eq(n, EMAIL_MAX_LEN);
    cr_assert_eq(email_normalize(a, addr, &out), 0);
    cr_assert_eq(strlen(out), EMAIL_MAX_LEN);
    memmove(addr + 66, addr + 65, n - 65 + 1); /* one more 'a' in the first label */
    addr[65] = 'a';
    cr_assert_eq(strlen(addr), EMAIL_MAX_LEN + 1);
    cr_assert_eq(email_normalize(a, addr, &out), ERR_INVALID);
    arena_destroy(&a);
}

/* --- agent_parse_ttl ------------------------------------------------------ */

Test(agent_parse_ttl, units)
{
    static const struct {
        const char *in;
        int64_t want;
    } OK[] = {
        {"1", 1}, {"3600", 3600}, {"3600s", 3600}, {"90m", 5400}, {"12h", 43200}, {"7d", 604800},
        {"366d", AGENT_MAX_TOKEN_TTL}, {"31622400", AGENT_MAX_TOKEN_TTL}, {"8784h", AGENT_MAX_TOKEN_TTL},
    };
    for (size_t i = 0; i < sizeof OK / sizeof OK[0]; i++) {
        int64_t s = -1;
        cr_assert_eq(agent_parse_ttl(OK[i].in, &s), 0, "%s", OK[i].in);
        cr_assert_eq(s, OK[i].want, "%s gave %lld", OK[i].in, (long long)s);
    }
}

Test(agent_parse_ttl, rejects)
{
    static const char *const BAD[] = {
        "", "0", "0s", "-5", "+5", " 5", "5 ", "h", "10x", "10mm", "10H", "1.5h", "367d", "31622401",
        "8785h", "99999999999999999999", "9223372036854775807d", "0x10",
    };
    for (size_t i = 0; i < sizeof BAD / sizeof BAD[0]; i++) {
        int64_t s = 42;
        cr_assert_eq(agent_parse_ttl(BAD[i], &s), ERR_INVALID, "'%s' should be refused", BAD[i]);
        cr_assert_eq(s, 42, "'%s': *seconds untouched on failure", BAD[i]);
    }
    int64_t s = 0;
    cr_assert_eq(agent_parse_ttl(NULL, &s), ERR_INVALID);
}

/* --- agent_mint_token ----------------------------------------------------- */

Test(agent_mint_token, verifiable_with_jwt)
{
    Arena *a = arena_new(0);
    AgentRecord ag = {.id = 42, .email = "agent@example.com", .role = "admin"};
    char *tok = NULL;
    const int64_t now = 1700000000;
    cr_assert_eq(agent_mint_token(a, &ag, SECRET, now, 3600, &tok), 0);
    cr_assert_not_null(tok);

    json_object *claims = NULL;
    cr_assert_eq(jwt_verify_hs256(a, tok, SECRET, now + 10, 0, &claims), 0);
    cr_assert_str_eq(json_get_str(claims, "sub"), "42");
    cr_assert_str_eq(json_get_str(claims, "email"), "agent@example.com");
    cr_assert_str_eq(json_get_str(claims, "role"), "authenticated", "the role is in the table, not the token");
    int64_t iat = 0, exp = 0;
    cr_assert_eq(json_get_int64(claims, "iat", &iat), 0);
    cr_assert_eq(json_get_int64(claims, "exp", &exp), 0);
    cr_assert_eq(iat, now);
    cr_assert_eq(exp, now + 3600);

    JwtParts parts;
    cr_assert_eq(jwt_decode(a, tok, &parts), 0);
    cr_assert_str_eq(parts.alg, "HS256");

    /* wrong secret, expired */
    cr_assert_eq(jwt_verify_hs256(a, tok, "another-secret-0123456789", now, 0, NULL), ERR_UNAUTHORIZED);
    cr_assert_eq(jwt_verify_hs256(a, tok, SECRET, now + 3601, 0, NULL), ERR_TIMEOUT);

    /* no email: the claim is left out */
    AgentRecord noemail = {.id = 7};
    cr_assert_eq(agent_mint_token(a, &noemail, SECRET, now, 60, &tok), 0);
    cr_assert_eq(jwt_verify_hs256(a, tok, SECRET, now, 0, &claims), 0);
    cr_assert_str_eq(json_get_str(claims, "sub"), "7");
    cr_assert_null(json_get_str(claims, "email"));
    arena_destroy(&a);
}

Test(agent_mint_token, refuses_bad_ttl_or_secret)
{
    Arena *a = arena_new(0);
    AgentRecord ag = {.id = 1, .email = "x@example.com"};
    char *tok = (char *)"unchanged";
    cr_assert_eq(agent_mint_token(a, &ag, SECRET, 1700000000, 0, &tok), ERR_INVALID);
    cr_assert_null(tok);
    cr_assert_eq(agent_mint_token(a, &ag, SECRET, 1700000000, -1, &tok), ERR_INVALID);
    cr_assert_eq(agent_mint_token(a, &ag, SECRET, 1700000000, AGENT_MAX_TOKEN_TTL + 1, &tok), ERR_INVALID);
    cr_assert_eq(agent_mint_token(a, &ag, "", 1700000000, 60, &tok), ERR_INVALID);
    cr_assert_eq(agent_mint_token(a, &ag, NULL, 1700000000, 60, &tok), ERR_INVALID);
    cr_assert_eq(agent_mint_token(a, &ag, SECRET, 1700000000, AGENT_MAX_TOKEN_TTL, &tok), 0);
    arena_destroy(&a);
}

/* --- against Postgres ------------------------------------------------------ */

static Arena *ta;

static const char *dburl(void) { return test_db_url(); }

static void db_setup(void)
{
    (void)dburl(); /* fails the test when there is no database */
    ta = arena_new(0);
    cr_assert_eq(db_connect(dburl()), 0, "%s", db_last_error());
    db_exec0("SET client_min_messages = warning");
    cr_assert_eq(db_exec0("TRUNCATE agents RESTART IDENTITY CASCADE"), 0, "%s", db_last_error());
}

static void db_teardown(void)
{
    db_disconnect();
    arena_destroy(&ta);
}

TestSuite(agents_db, .init = db_setup, .fini = db_teardown);

/* The JSON array of an agent's teams, as text. */
static const char *teams_of(const AgentRecord *r)
{
    json_object *t = json_object_object_get(r->json, "teams");
    cr_assert_not_null(t);
    return json_object_to_json_string_ext(t, JSON_C_TO_STRING_PLAIN);
}

Test(agents_db, create_defaults_and_values)
{
    AgentRecord rec;
    const char *why = "unchanged";
    AgentNew in = {.name = "Asha", .email = "Asha.Patel@Example.COM", .capacity = -1};
    cr_assert_eq(agent_create(ta, &in, &rec, &why), 0, "%s", why ? why : "");
    cr_assert_null(why);
    cr_assert_gt(rec.id, 0);
    cr_assert_str_eq(rec.name, "Asha");
    cr_assert_str_eq(rec.email, "asha.patel@example.com", "stored lowercased");
    cr_assert_str_eq(rec.role, "agent", "default role");
    cr_assert_eq(rec.capacity, 20, "default capacity");
    cr_assert_eq(rec.active, 1);
    cr_assert_str_eq(teams_of(&rec), "[]");
    cr_assert_not_null(json_get_str(rec.json, "created_at"));

    AgentNew adm = {.name = "Boss", .email = "boss@example.com", .role = "admin",
                    .teams = " finance , returns_refunds,,support ", .capacity = 0};
    cr_assert_eq(agent_create(ta, &adm, &rec, &why), 0, "%s", why ? why : "");
    cr_assert_str_eq(rec.role, "admin");
    cr_assert_eq(rec.capacity, 0);
    cr_assert_str_eq(teams_of(&rec), "[\"finance\",\"returns_refunds\",\"support\"]");

    AgentNew big = {.name = "Max", .email = "max@example.com", .capacity = AGENT_MAX_CAPACITY};
    cr_assert_eq(agent_create(ta, &big, &rec, &why), 0);
    cr_assert_eq(rec.capacity, AGENT_MAX_CAPACITY);

    json_object *list = NULL;
    cr_assert_eq(agent_list(ta, &list), 0);
    cr_assert_eq(json_object_array_length(list), 3);
    cr_assert_str_eq(json_get_str(json_object_array_get_idx(list, 0), "email"), "asha.patel@example.com");
    cr_assert_str_eq(json_get_str(json_object_array_get_idx(list, 2), "email"), "max@example.com");
}

Test(agents_db, create_refusals)
{
    AgentRecord rec;
    const char *why = NULL;
    AgentNew first = {.name = "One", .email = "dup@example.com", .capacity = -1};
    cr_assert_eq(agent_create(ta, &first, &rec, &why), 0);

    /* the same address in another case is a duplicate */
    AgentNew dup = {.name = "Two", .email = "DUP@example.com", .capacity = -1};
    cr_assert_eq(agent_create(ta, &dup, &rec, &why), ERR_CONFLICT);
    cr_assert_not_null(why);
    cr_assert(strstr(why, "dup@example.com") != NULL, "%s", why);

    static const struct {
        AgentNew in;
        const char *why_part;
    } BAD[] = {
        {{.name = "T", .email = "t@example.com", .teams = "finance,marketing", .capacity = -1}, "unknown team 'marketing'"},
        {{.name = "T", .email = "t@example.com", .teams = "Finance", .capacity = -1}, "unknown team"},
        {{.name = "T", .email = "t@example.com", .role = "root", .capacity = -1}, "role"},
        {{.name = "T", .email = "t@example.com", .role = "Admin", .capacity = -1}, "role"},
        {{.name = "", .email = "t@example.com", .capacity = -1}, "name"},
        {{.name = NULL, .email = "t@example.com", .capacity = -1}, "name"},
        {{.name = "T", .email = "not-an-email", .capacity = -1}, "email"},
        {{.name = "T", .email = NULL, .capacity = -1}, "email"},
        {{.name = "T", .email = "t@example.com", .capacity = AGENT_MAX_CAPACITY + 1}, "capacity"},
    };
    for (size_t i = 0; i < sizeof BAD / sizeof BAD[0]; i++) {
        why = NULL;
        cr_assert_eq(agent_create(ta, &BAD[i].in, &rec, &why), ERR_INVALID, "case %zu", i);
        cr_assert_not_null(why, "case %zu", i);
        cr_assert(strstr(why, BAD[i].why_part) != NULL, "case %zu: %s", i, why);
    }
    char longname[202];
    memset(longname, 'n', 201);
    longname[201] = '\0';
    AgentNew ln = {.name = longname, .email = "t@example.com", .capacity = -1};
    cr_assert_eq(agent_create(ta, &ln, &rec, &why), ERR_INVALID);

    /* nothing but the first agent was stored */
    json_object *list = NULL;
    cr_assert_eq(agent_list(ta, &list), 0);
    cr_assert_eq(json_object_array_length(list), 1);
}

Test(agents_db, find_by_id_and_email)
{
    AgentRecord made, got;
    const char *why = NULL;
    AgentNew in = {.name = "Ravi", .email = "ravi@example.com", .role = "admin", .teams = "dispatch", .capacity = 5};
    cr_assert_eq(agent_create(ta, &in, &made, &why), 0);

    char idtxt[24];
    snprintf(idtxt, sizeof idtxt, "%lld", (long long)made.id);
    cr_assert_eq(agent_find(ta, idtxt, &got), 0);
    cr_assert_eq(got.id, made.id);
    cr_assert_str_eq(got.email, "ravi@example.com");
    cr_assert_str_eq(got.role, "admin");
    cr_assert_eq(got.capacity, 5);
    cr_assert_eq(got.active, 1);
    cr_assert_str_eq(teams_of(&got), "[\"dispatch\"]");

    cr_assert_eq(agent_find(ta, "ravi@example.com", &got), 0);
    cr_assert_eq(got.id, made.id);
    cr_assert_eq(agent_find(ta, "RAVI@Example.Com", &got), 0, "email lookup ignores case");
    cr_assert_eq(got.id, made.id);

    /* inactive agents are found; the caller checks ->active */
    cr_assert_eq(db_exec0("UPDATE agents SET active = false"), 0);
    cr_assert_eq(agent_find(ta, idtxt, &got), 0);
    cr_assert_eq(got.active, 0);

    static const char *const MISSING[] = {
        "", "0", "999999", "1234567890123456789", "99999999999999999999999", "nobody@example.com",
        "12abc", "-1",
    };
    for (size_t i = 0; i < sizeof MISSING / sizeof MISSING[0]; i++) {
        got.id = 77;
        cr_assert_eq(agent_find(ta, MISSING[i], &got), ERR_NOT_FOUND, "'%s'", MISSING[i]);
        cr_assert_eq(got.id, 0, "*out cleared");
    }
    cr_assert_eq(agent_find(ta, NULL, &got), ERR_NOT_FOUND);
    char huge[EMAIL_MAX_LEN + 10];
    memset(huge, 'a', sizeof huge - 1);
    huge[sizeof huge - 1] = '\0';
    cr_assert_eq(agent_find(ta, huge, &got), ERR_NOT_FOUND);
}

Test(agents_db, minted_token_names_the_stored_agent)
{
    AgentRecord made, got;
    const char *why = NULL;
    AgentNew in = {.name = "Token", .email = "token@example.com", .capacity = -1};
    cr_assert_eq(agent_create(ta, &in, &made, &why), 0);
    char *tok = NULL;
    cr_assert_eq(agent_mint_token(ta, &made, SECRET, 1700000000, 600, &tok), 0);
    json_object *claims = NULL;
    cr_assert_eq(jwt_verify_hs256(ta, tok, SECRET, 1700000001, 0, &claims), 0);
    cr_assert_eq(agent_find(ta, json_get_str(claims, "sub"), &got), 0);
    cr_assert_eq(got.id, made.id);
    cr_assert_eq(agent_find(ta, json_get_str(claims, "email"), &got), 0);
    cr_assert_eq(got.id, made.id);
}
