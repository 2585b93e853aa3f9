/* csctlMain.c — the operator CLI: `csctl <command> [args]`.
 * Loads the same configuration as csd (environment, then .env). */
#include <stdio.h>
#include <string.h>

#include "core/config.h"
#include "csctl.h"
#include "store/db.h"
#include "core/log.h"

static const CsctlCommand COMMANDS[] = {
    {"migrate", "[--dir sql]", "apply sql/ migrations in order (idempotent)", 1, csctl_migrate},
    /* --- api --- */
    {"agent", "add --name N --email E [...] | list | passwd --email E", "create or list agents, set a password (stdin)", 1, csctl_agent},
    {"token", "--email E [--ttl 12h]", "print an API token (JWT) for an agent", 1, csctl_token},
    /* --- triage --- */
    {"triage-train", "[--out F] [--corpus F]... [--algo nb|lr] | --from-db [--force]", "train the local model (--from-db: with agents' corrections, installed if not worse)", 0, csctl_triage_train},
    {"triage-eval", "[--model F] [--corpus F]... [--test F]", "held-out accuracy and speed of the local model", 0, csctl_triage_eval},
    {"triage", "[--model F] < messages", "triage stdin lines (\\n = newline), one JSON per line", 0, csctl_triage},
    /* --- gmail --- */
    {"gmail", "watch|stop|sync <id> | renew", "Gmail watch / sync a mailbox now; queue watch renewals", 1, csctl_gmail},
    /* --- procman --- */
    {"job", "enqueue <kind> [json] | retry <id>", "enqueue a job, or retry a dead one", 1, csctl_job},
    /* --- calls --- */
    {"calls", "reconcile | fold <provider> <call-id>", "ask Exotel about unfinished calls now; fold a call", 1, csctl_calls},
    /* --- dashboard --- */
    {"report", "<name> [--from D] [--to D] [--csv]", "print a dashboard report (summary|volume|teams|agents|ai)", 1, csctl_report},
    {"reports", "rebuild | refresh", "recompute the dashboard's daily rollups", 1, csctl_reports},
};
static const size_t COMMANDS_COUNT = sizeof COMMANDS / sizeof COMMANDS[0];

static void usage(void)
{
    fprintf(stderr, "usage: csctl <command> [args]\n\ncommands:\n");
    for (size_t i = 0; i < COMMANDS_COUNT; i++)
        fprintf(stderr, "  %-14s %-34s %s\n", COMMANDS[i].name, COMMANDS[i].usage, COMMANDS[i].summary);
}

int main(int argc, char **argv)
{
    if (argc < 2 || strcmp(argv[1], "-h") == 0 || strcmp(argv[1], "--help") == 0) {
        usage();
        return argc < 2 ? 2 : 0;
    }
    const CsctlCommand *cmd = NULL;
    for (size_t i = 0; i < COMMANDS_COUNT; i++)
        if (strcmp(COMMANDS[i].name, argv[1]) == 0)
            cmd = &COMMANDS[i];
    if (!cmd) {
        fprintf(stderr, "csctl: unknown command '%s'\n", argv[1]);
        usage();
        return 2;
    }
    log_set_role("csctl");
    /* csctl needs only what its command uses: a missing DATABASE_URL is an
     * error only for commands that need the database. */
    char err[256] = "";
    if (config_load(&g_config, ".env", err, sizeof err) != 0) {
        if (cmd->needs_db || !strstr(err, "is required")) {
            fprintf(stderr, "csctl: configuration error: %s\n", err);
            return 1;
        }
    }
    log_set_level((LogLevel)(g_config.log_level ? log_level_parse(g_config.log_level) : LOG_INFO));
    if (cmd->needs_db && db_connect(g_config.database_url) != 0) {
        fprintf(stderr, "csctl: cannot connect to the database: %s\n", db_last_error());
        return 1;
    }
    int rc = cmd->fn(argc - 1, argv + 1);
    db_disconnect();
    return rc;
}
