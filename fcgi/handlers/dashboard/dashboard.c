/* dashboard.c — GET /dashboard/:name (admin): the reports of
 * lib/reports/reports.h as JSON, or as CSV with format=csv.
 * from/to are inclusive Asia/Kolkata dates (default: the last 7 days). */
#include "handlers/handlers.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

#include "core/buf.h"
#include "core/errors.h"
#include "http/apiUtil.h"
#include "reports/reports.h"

#define DASHBOARD_CSV_MAX_BYTES (4 * 1024 * 1024)

int handle_dashboard_report(Request *req)
{
    const char *name = req_param(req, "name");
    int kind = report_kind_parse(name);
    if (kind < 0)
        return req_fail(req, ERR_NOT_FOUND, "no report '%.40s'; reports: summary, volume, teams, agents, ai",
                        name ? name : "");
    const char *format = req_query(req, "format");
    int csv = 0;
    if (format && *format) {
        if (strcmp(format, "csv") == 0)
            csv = 1;
        else if (strcmp(format, "json") != 0)
            return req_fail(req, ERR_BAD_REQUEST, "format must be json or csv");
    }
    ReportRange range;
    const char *why = NULL;
    if (report_range_parse(req_query(req, "from"), req_query(req, "to"), report_ist_day((int64_t)time(NULL)),
                           &range, &why) != 0)
        return req_fail(req, ERR_BAD_REQUEST, "%s", why);
    Report rep;
    int rc = report_build(req->arena, (ReportKind)kind, &range, &rep);
    if (rc)
        return api_db_fail(req, rc);
    if (!csv && kind == REPORT_SUMMARY)
        return req_reply(req, 200, report_to_json(&rep));
    if (!csv) {
        /* Every row fits on one page: the list envelope with no cursor. */
        rc = api_reply_list(req, report_data_json(&rep), NULL);
        if (rc == 0)
            report_json_extras(&rep, req->reply);
        return rc;
    }
    Buf b;
    buf_init(&b, DASHBOARD_CSV_MAX_BYTES);
    rc = report_to_csv(&rep, &b);
    if (rc) {
        buf_free(&b);
        return req_fail(req, ERR_INTERNAL, "report too large");
    }
    return req_reply_raw(req, 200, "text/csv; charset=utf-8", buf_to_arena(&b, req->arena), 0);
}
