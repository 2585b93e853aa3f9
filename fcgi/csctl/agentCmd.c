/* agentCmd.c — `csctl agent add|list` and `csctl token`. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <openssl/crypto.h>

#include "crypto/password.h"
#include "inbox/agents.h"
#include "core/arena.h"
#include "core/config.h"
#include "csctl.h"
#include "store/db.h"
#include "core/errors.h"
#include "core/jsonUtil.h"

/* Value of --name in argv (also accepts --name=value); NULL when absent.
 * *bad is set when the option is given without a value. */
static const char *opt(int argc, char **argv, const char *name, int *bad)
{
    size_t nl = strlen(name);
    for (int i = 1; i < argc; i++) {
        if (strncmp(argv[i], name, nl) != 0)
            continue;
        if (argv[i][nl] == '=')
            return argv[i] + nl + 1;
        if (argv[i][nl] == '\0') {
            if (i + 1 < argc)
                return argv[i + 1];
            *bad = 1;
        }
    }
    return NULL;
}

/* Rejects options this command does not know (typos would otherwise be ignored). */
static int check_opts(int argc, char **argv, int first, const char *const *known)
{
    for (int i = first; i < argc; i++) {
        if (strncmp(argv[i], "--", 2) != 0)
            continue;
        int ok = 0;
        for (const char *const *k = known; *k; k++) {
            size_t kl = strlen(*k);
            if (strncmp(argv[i], *k, kl) == 0 && (argv[i][kl] == '\0' || argv[i][kl] == '='))
                ok = 1;
        }
        if (!ok) {
            fprintf(stderr, "csctl: unknown option %s\n", argv[i]);
            return 2;
        }
        if (!strchr(argv[i], '='))
            i++; /* skip its value */
    }
    return 0;
}

static int agent_add(int argc, char **argv)
{
    static const char *const KNOWN[] = {"--name", "--email", "--role", "--teams", "--capacity", NULL};
    Arena *a = arena_new(0);
    int bad = 0, ret = 1;
    AgentRecord rec;
    const char *why = NULL;
    if (check_opts(argc, argv, 1, KNOWN)) {
        ret = 2;
        goto cleanup;
    }
    AgentNew in = {.name = opt(argc, argv, "--name", &bad),
                   .email = opt(argc, argv, "--email", &bad),
                   .role = opt(argc, argv, "--role", &bad),
                   .teams = opt(argc, argv, "--teams", &bad),
                   .capacity = -1};
    const char *cap = opt(argc, argv, "--capacity", &bad);
    if (bad || !in.name || !in.email) {
        fprintf(stderr, "usage: csctl agent add --name N --email E [--role admin|agent] [--teams a,b] "
                        "[--capacity N]\n");
        ret = 2;
        goto cleanup;
    }
    if (cap) {
        char *end = NULL;
        long n = strtol(cap, &end, 10);
        if (end == cap || *end || n < 0 || n > AGENT_MAX_CAPACITY) {
            fprintf(stderr, "csctl agent add: --capacity must be a whole number from 0 to %d\n",
                    AGENT_MAX_CAPACITY);
            goto cleanup;
        }
        in.capacity = (int)n;
    }
    int rc = agent_create(a, &in, &rec, &why);
    if (rc) {
        fprintf(stderr, "csctl agent add: %s\n", why ? why : db_last_error());
        goto cleanup;
    }
    printf("%s\n", json_to_arena(a, rec.json));
    ret = 0;
cleanup:
    arena_destroy(&a);
    return ret;
}

static int agent_list_cmd(void)
{
    Arena *a = arena_new(0);
    json_object *list = NULL;
    int ret = 1;
    if (agent_list(a, &list) != 0) {
        fprintf(stderr, "csctl agent list: %s\n", db_last_error());
        goto cleanup;
    }
    printf("%s\n", json_object_to_json_string_ext(list, JSON_C_TO_STRING_PRETTY | JSON_C_TO_STRING_NOSLASHESCAPE));
    ret = 0;
cleanup:
    arena_destroy(&a);
    return ret;
}

/* `csctl agent passwd --email E`: the password comes on standard input
 * (first line), never on the command line where `ps` would show it. */
static int agent_passwd(int argc, char **argv)
{
    static const char *const KNOWN[] = {"--email", NULL};
    Arena *a = arena_new(0);
    int bad = 0, ret = 1;
    char line[PASSWORD_MAX_LEN + 2];
    AgentRecord rec, updated;
    const char *why = NULL;
    if (check_opts(argc, argv, 1, KNOWN)) {
        ret = 2;
        goto cleanup;
    }
    const char *email = opt(argc, argv, "--email", &bad);
    if (bad || !email) {
        fprintf(stderr, "usage: csctl agent passwd --email E   (the password on standard input)\n");
        ret = 2;
        goto cleanup;
    }
    if (!fgets(line, sizeof line, stdin)) {
        fprintf(stderr, "csctl agent passwd: no password on standard input\n");
        goto cleanup;
    }
    line[strcspn(line, "\r\n")] = '\0';
    int rc = agent_find(a, email, &rec);
    if (rc) {
        fprintf(stderr, "csctl agent passwd: %s\n", rc == ERR_NOT_FOUND ? "no such agent" : db_last_error());
        goto cleanup;
    }
    AgentPatch patch = {.capacity = -1, .active = -1, .available = -1, .password = line};
    rc = agent_update(a, rec.id, &patch, &updated, &why);
    if (rc) {
        fprintf(stderr, "csctl agent passwd: %s\n", why ? why : db_last_error());
        goto cleanup;
    }
    printf("password set for %s\n", updated.email);
    ret = 0;
cleanup:
    OPENSSL_cleanse(line, sizeof line);
    arena_destroy(&a);
    return ret;
}

int csctl_agent(int argc, char **argv)
{
    if (argc >= 2 && strcmp(argv[1], "add") == 0)
        return agent_add(argc - 1, argv + 1);
    if (argc >= 2 && strcmp(argv[1], "list") == 0)
        return agent_list_cmd();
    if (argc >= 2 && strcmp(argv[1], "passwd") == 0)
        return agent_passwd(argc - 1, argv + 1);
    fprintf(stderr, "usage: csctl agent add --name N --email E [--role admin|agent] [--teams a,b] "
                    "[--capacity N]\n       csctl agent list\n"
                    "       csctl agent passwd --email E   (password on standard input)\n");
    return 2;
}

int csctl_token(int argc, char **argv)
{
    static const char *const KNOWN[] = {"--email", "--ttl", NULL};
    Arena *a = arena_new(0);
    int bad = 0, ret = 1;
    int64_t ttl = 12 * 3600;
    AgentRecord rec;
    char *token = NULL;
    if (check_opts(argc, argv, 1, KNOWN)) {
        ret = 2;
        goto cleanup;
    }
    const char *email = opt(argc, argv, "--email", &bad);
    const char *ttl_s = opt(argc, argv, "--ttl", &bad);
    if (bad || !email) {
        fprintf(stderr, "usage: csctl token --email E [--ttl 12h|3600s|7d]\n");
        ret = 2;
        goto cleanup;
    }
    if (ttl_s && agent_parse_ttl(ttl_s, &ttl) != 0) {
        fprintf(stderr, "csctl token: --ttl must look like 3600s, 90m, 12h or 7d (at most 366d)\n");
        goto cleanup;
    }
    int rc = agent_find(a, email, &rec);
    if (rc == ERR_NOT_FOUND) {
        fprintf(stderr, "csctl token: no agent with email %s\n", email);
        goto cleanup;
    }
    if (rc) {
        fprintf(stderr, "csctl token: %s\n", db_last_error());
        goto cleanup;
    }
    if (!rec.active) {
        fprintf(stderr, "csctl token: agent %s is inactive\n", rec.email);
        goto cleanup;
    }
    if (agent_mint_token(a, &rec, g_config.auth_jwt_secret, (int64_t)time(NULL), ttl, &token) != 0) {
        fprintf(stderr, "csctl token: cannot sign (is AUTH_JWT_SECRET set?)\n");
        goto cleanup;
    }
    printf("%s\n", token);
    ret = 0;
cleanup:
    arena_destroy(&a);
    return ret;
}
