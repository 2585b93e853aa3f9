/* callsCmd.c — `csctl calls reconcile` queues the Exotel Call Details
 * lookups the scheduler would queue on its next run (calls with no final
 * status older than EXOTEL_RECONCILE_AFTER_SECONDS); `csctl calls fold
 * <provider> <call-id>` folds one call's recorded events into the inbox
 * now (what the call_fold job does). */
#include <stdio.h>
#include <string.h>

#include "channels/exotel/exotelClient.h"
#include "channels/ivr/callStore.h"
#include "core/arena.h"
#include "core/errors.h"
#include "csctl.h"
#include "store/db.h"

static int calls_usage(void)
{
    fprintf(stderr, "usage: csctl calls reconcile\n"
                    "       csctl calls fold <provider> <call-id>\n");
    return 2;
}

int csctl_calls(int argc, char **argv)
{
    Arena *a = arena_new(0);
    int rc = 0, code = 0;
    if (argc == 2 && strcmp(argv[1], "reconcile") == 0) {
        int queued = 0;
        if (!exotel_api_configured()) {
            fprintf(stderr, "csctl calls: EXOTEL_SID, EXOTEL_API_KEY and EXOTEL_API_TOKEN must be set\n");
            code = 1;
            goto cleanup;
        }
        rc = exotel_reconcile(a, &queued);
        if (rc == 0)
            printf("%d call(s) queued for an Exotel Call Details lookup\n", queued);
    } else if (argc == 4 && strcmp(argv[1], "fold") == 0) {
        CallFoldResult res;
        rc = call_fold(a, argv[2], argv[3], &res);
        if (rc == 0 && !res.call_row_id) {
            fprintf(stderr, "csctl calls: no events recorded for %s call %s\n", argv[2], argv[3]);
            code = 1;
        } else if (rc == 0) {
            printf("call %lld folded into conversation %lld (message %lld)\n", (long long)res.call_row_id,
                   (long long)res.conversation_id, (long long)res.message_id);
        }
    } else {
        code = calls_usage();
    }
cleanup:
    if (rc) {
        fprintf(stderr, "csctl calls: %s: %s\n", err_name(rc), db_last_error());
        code = 1;
    }
    arena_destroy(&a);
    return code;
}
