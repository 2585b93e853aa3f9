/* reportCmd.c — `csctl report <name> [--from D] [--to D] [--csv]` prints a
 * dashboard report (the same as GET /dashboard/<name>), and
 * `csctl reports rebuild|refresh` recomputes the daily rollups. */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "core/arena.h"
#include "core/buf.h"
#include "core/errors.h"
#include "csctl.h"
#include "reports/reports.h"
#include "store/db.h"

#define REPORT_CSV_MAX_BYTES (16 * 1024 * 1024)

static int report_usage(void)
{
    fprintf(stderr, "usage: csctl report summary|volume|teams|agents|ai [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--csv]\n"
                    "  dates are inclusive Asia/Kolkata days; default: the last 7 days\n");
    return 2;
}

int csctl_report(int argc, char **argv)
{
    if (argc < 2)
        return report_usage();
    int kind = report_kind_parse(argv[1]);
    if (kind < 0) {
        fprintf(stderr, "csctl report: no report '%s'\n", argv[1]);
        return report_usage();
    }
    const char *from = NULL, *to = NULL;
    int csv = 0;
    for (int i = 2; i < argc; i++) {
        if (strcmp(argv[i], "--csv") == 0)
            csv = 1;
        else if (strcmp(argv[i], "--from") == 0 && i + 1 < argc)
            from = argv[++i];
        else if (strcmp(argv[i], "--to") == 0 && i + 1 < argc)
            to = argv[++i];
        else
            return report_usage();
    }
    ReportRange range;
    const char *why = NULL;
    if (report_range_parse(from, to, report_ist_day((int64_t)time(NULL)), &range, &why) != 0) {
        fprintf(stderr, "csctl report: %s\n", why);
        return 2;
    }
    Arena *a = arena_new(0);
    Buf b;
    buf_init(&b, REPORT_CSV_MAX_BYTES);
    int status = 1;
    Report rep;
    int rc = report_build(a, (ReportKind)kind, &range, &rep);
    if (rc) {
        fprintf(stderr, "csctl report: %s: %s\n", err_name(rc), db_last_error());
        goto cleanup;
    }
    if (csv) {
        if (report_to_csv(&rep, &b) != 0) {
            fprintf(stderr, "csctl report: the CSV is larger than %d bytes\n", REPORT_CSV_MAX_BYTES);
            goto cleanup;
        }
        fwrite(b.data, 1, b.len, stdout);
    } else {
        json_object *o = report_to_json(&rep);
        puts(json_object_to_json_string_ext(o, JSON_C_TO_STRING_PRETTY | JSON_C_TO_STRING_NOSLASHESCAPE));
        json_object_put(o);
    }
    status = 0;
cleanup:
    buf_free(&b);
    arena_destroy(&a);
    return status;
}

int csctl_reports(int argc, char **argv)
{
    if (argc != 2 || (strcmp(argv[1], "rebuild") != 0 && strcmp(argv[1], "refresh") != 0)) {
        fprintf(stderr, "usage: csctl reports rebuild|refresh\n"
                        "  rebuild: recompute every daily rollup from the events\n"
                        "  refresh: recompute only the days changed since the last refresh\n");
        return 2;
    }
    Arena *a = arena_new(0);
    int days = 0, rebuild = strcmp(argv[1], "rebuild") == 0;
    int rc = rebuild ? reports_rebuild(a, &days) : reports_refresh(a, &days);
    arena_destroy(&a);
    if (rc) {
        fprintf(stderr, "csctl reports: %s failed (%s): %s\n", argv[1], err_name(rc), db_last_error());
        return 1;
    }
    printf(rebuild ? "rollups rebuilt: %d days\n" : "rollups refreshed: %d days\n", days);
    return 0;
}
