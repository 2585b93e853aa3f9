/* jobCmd.c — `csctl job enqueue <kind> [json]` and `csctl job retry <id>`. */
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "csctl.h"
#include "store/db.h"
#include "core/errors.h"
#include "app/app.h"
#include "jobs/jobQueue.h"

static int job_usage(void)
{
    fprintf(stderr, "usage: csctl job enqueue <kind> [payload-json]\n"
                    "       csctl job retry <id>\n");
    return 2;
}

static int cmd_enqueue(int argc, char **argv)
{
    if (argc < 3 || argc > 4)
        return job_usage();
    const char *kind = argv[2];
    if (!app_job_kind_known(kind)) {
        fprintf(stderr, "csctl job: unknown job kind '%s'\n", kind);
        return 1;
    }
    int64_t id = 0;
    int rc = job_enqueue(NULL, kind, argc == 4 ? argv[3] : NULL, 0, NULL, &id);
    if (rc) {
        fprintf(stderr, "csctl job: enqueue failed (%s): %s\n", err_name(rc), db_last_error());
        return 1;
    }
    printf("%" PRId64 "\n", id);
    return 0;
}

static int cmd_retry(int argc, char **argv)
{
    if (argc != 3)
        return job_usage();
    char *end = NULL;
    errno = 0;
    long long id = strtoll(argv[2], &end, 10);
    if (errno || *end || id <= 0)
        return job_usage();
    int rc = job_retry(id);
    if (rc == ERR_NOT_FOUND) {
        fprintf(stderr, "csctl job: no job %lld\n", id);
        return 1;
    }
    if (rc == ERR_CONFLICT) {
        fprintf(stderr, "csctl job: job %lld is not dead\n", id);
        return 1;
    }
    if (rc) {
        fprintf(stderr, "csctl job: retry failed (%s): %s\n", err_name(rc), db_last_error());
        return 1;
    }
    printf("job %lld queued again\n", id);
    return 0;
}

int csctl_job(int argc, char **argv)
{
    if (argc < 2)
        return job_usage();
    if (strcmp(argv[1], "enqueue") == 0)
        return cmd_enqueue(argc, argv);
    if (strcmp(argv[1], "retry") == 0)
        return cmd_retry(argc, argv);
    return job_usage();
}
