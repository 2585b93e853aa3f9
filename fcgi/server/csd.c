/* csd.c — `csd`: the FastCGI application server (master + workers); see
 * csd.h. Its main is fcgi/csdMain.c (tests/csdTest/csdTestMain.c for the
 * test build).
 *
 *   csd            load the configuration (environment, then .env), open
 *                  the log, run the process manager until SIGTERM
 *   csd -t         check the configuration and exit (0 when valid)
 *   csd --help
 *
 * A bad setting stops csd before anything starts, with
 * "csd: configuration error: <message naming the variable>" and exit 1. */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "server/csd.h"

#include "app/app.h"
#include "channels/ivr/callEvent.h"
#include "core/config.h"
#include "core/log.h"
#include "server/processManager.h"

static void usage(FILE *f)
{
    fprintf(f, "usage: csd [-t] [--help]\n"
               "  -t      check the configuration (environment and .env) and exit\n"
               "  --help  show this help\n"
               "Settings come from the environment, then ./.env (README.md, \"Configuration\").\n"
               "Signals to the master: TERM/QUIT graceful stop, HUP reload, USR1 reopen the log.\n");
}

int csd_main(int argc, char **argv)
{
    int check_only = 0;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "-t") == 0) {
            check_only = 1;
        } else if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
            usage(stdout);
            return 0;
        } else {
            fprintf(stderr, "csd: unknown argument '%s'\n", argv[i]);
            usage(stderr);
            return 2;
        }
    }
    /* Before config_load() adds .env values: a reload re-reads .env. */
    pm_save_environment();
    char err[256] = "";
    if (config_load(&g_config, ".env", err, sizeof err) != 0) {
        fprintf(stderr, "csd: configuration error: %s\n", err[0] ? err : "cannot read .env");
        return 1;
    }
    /* calls: the digit map names teams, which config.c does not know. */
    const char *why = NULL;
    if (g_config.ivr_digit_teams && call_digit_teams_check(g_config.ivr_digit_teams, &why) != 0) {
        fprintf(stderr, "csd: configuration error: %s\n", why);
        return 1;
    }
    if (check_only) {
        printf("csd: configuration ok\n");
        return 0;
    }
    if (log_open(g_config.log_file) != 0) {
        fprintf(stderr, "csd: cannot open log file %s: %s\n", g_config.log_file, strerror(errno));
        return 1;
    }
    log_set_level((LogLevel)log_level_parse(g_config.log_level));
    if (app_has_extra_tables())
        log_msg(LOG_WARN, "test build: test-only routes and job kinds are linked in (never deploy csdTest)");
    fflush(stdout);
    return pm_run(argc, argv);
}
