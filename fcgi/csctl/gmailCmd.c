/* gmailCmd.c — `csctl gmail watch|stop|sync <mailbox-id>` run the Gmail
 * call now (printing Google's error when it fails); `csctl gmail renew`
 * queues a watch renewal for every active mailbox (what the scheduler does
 * daily). */
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/arena.h"
#include "csctl.h"
#include "store/db.h"
#include "core/errors.h"
#include "channels/gmail/gmailSync.h"

static int gmail_usage(void)
{
    fprintf(stderr, "usage: csctl gmail watch|stop|sync <support-email-id>\n"
                    "       csctl gmail renew\n");
    return 2;
}

static int mailbox_email(Arena *a, int64_t id, const char **email)
{
    PGresult *r = NULL;
    const char *p[] = {arena_sprintf(a, "%" PRId64, id)};
    int rc = db_exec(a, &r, "SELECT email FROM support_emails WHERE id = $1::bigint", 1, p);
    if (rc)
        return rc;
    if (PQntuples(r) == 0)
        return ERR_NOT_FOUND;
    *email = db_get(r, 0, 0);
    return 0;
}

int csctl_gmail(int argc, char **argv)
{
    Arena *a = arena_new(0);
    char err[512] = "";
    int rc = 0, code = 0;
    if (argc == 2 && strcmp(argv[1], "renew") == 0) {
        rc = gmail_task_renew_watches(a);
        if (rc == 0)
            printf("watch renewal queued for every active mailbox\n");
        goto cleanup;
    }
    if (argc != 3) {
        code = gmail_usage();
        goto cleanup;
    }
    char *end = NULL;
    errno = 0;
    long long id = strtoll(argv[2], &end, 10);
    const char *email = NULL;
    if (errno || *end || id <= 0) {
        code = gmail_usage();
        goto cleanup;
    }
    rc = mailbox_email(a, id, &email);
    if (rc == ERR_NOT_FOUND) {
        fprintf(stderr, "csctl gmail: no support email with id %lld\n", id);
        code = 1;
        goto cleanup;
    }
    if (rc)
        goto cleanup;
    if (strcmp(argv[1], "watch") == 0) {
        int64_t exp = 0;
        rc = gmail_watch_mailbox(a, id, email, &exp, err, sizeof err);
        if (rc == 0)
            printf("watching %s until %" PRId64 " (ms epoch)\n", email, exp);
    } else if (strcmp(argv[1], "stop") == 0) {
        rc = gmail_stop_mailbox(a, id, email, err, sizeof err);
        if (rc == 0)
            printf("stopped watching %s\n", email);
    } else if (strcmp(argv[1], "sync") == 0) {
        long delay = 0;
        rc = gmail_sync_mailbox(a, id, &delay, err, sizeof err);
        if (rc == 0)
            printf("synced %s\n", email);
    } else {
        code = gmail_usage();
    }
cleanup:
    if (rc) {
        fprintf(stderr, "csctl gmail: %s: %s\n", err_name(rc), err[0] ? err : db_last_error());
        code = 1;
    }
    arena_destroy(&a);
    return code;
}
