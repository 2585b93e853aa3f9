/* reports.h — the admin dashboard's reports (design §14, README "Dashboard"),
 * shared by GET /dashboard/:name and `csctl report`.
 *
 * A report is built from the daily rollups (sql/008_reports.sql:
 * report_source) for an inclusive range of Asia/Kolkata dates, plus live
 * counts from conversations for the "now" figures. It comes out as a
 * table of typed cells that renders to JSON or to CSV, so both formats
 * always carry the same rows.
 */
#ifndef CS_REPORTS_H
#define CS_REPORTS_H

#include <json-c/json.h>
#include <stdint.h>

#include "core/arena.h"
#include "core/buf.h"

#define REPORT_MAX_DAYS 366
#define REPORT_DEFAULT_DAYS 7
/* At most this many values: percentiles exact (percentile_cont over the
 * events); above it, from the merged daily histograms (README). */
#define REPORT_EXACT_MAX 20000

typedef enum ReportKind {
    REPORT_SUMMARY = 0,
    REPORT_VOLUME,
    REPORT_TEAMS,
    REPORT_AGENTS,
    REPORT_AI,
    REPORT_KIND_COUNT
} ReportKind;

/* An inclusive range of IST days, as days since 1970-01-01. */
typedef struct ReportRange {
    int32_t from;
    int32_t to;
} ReportRange;

typedef enum ReportColType {
    RC_TEXT,   /* JSON string */
    RC_INT,    /* JSON integer */
    RC_NUM,    /* JSON number (money) */
    RC_DUR     /* {"median":x,"p90":y}; CSV: <name>_median,<name>_p90 */
} ReportColType;

typedef struct ReportCol {
    const char *name;
    ReportColType type;
} ReportCol;

typedef struct ReportCell {
    int null;
    const char *text;
    long long i;
    double num;
    int dur_null;      /* RC_DUR: no values */
    double median, p90;
} ReportCell;

typedef struct Report {
    ReportKind kind;
    ReportRange range;
    const ReportCol *cols;
    int ncols;
    int nrows;
    ReportCell *cells;        /* nrows * ncols, arena-owned */
    int has_cost_per_conversation;
    int cost_per_conversation_null;
    double cost_per_conversation;
} Report;

/* "summary" ... "ai" -> kind; -1 when unknown. */
int report_kind_parse(const char *name);
const char *report_kind_name(ReportKind k);

/* The IST day of the unix time t (days since 1970-01-01). */
int32_t report_ist_day(int64_t unix_time);

/* Parses a strict YYYY-MM-DD date into days since 1970-01-01: 0, or -1. */
int report_parse_date(const char *s, int32_t *out);

/* "YYYY-MM-DD" of day into buf (>= 11 bytes). */
void report_format_date(int32_t day, char *buf);

/* from/to (NULL or "" = default: the 7 days ending today in IST; a
 * default from never goes before 1970-01-01), today = today's IST day. 0, or ERR_BAD_REQUEST with *why set (static text). */
int report_range_parse(const char *from, const char *to, int32_t today, ReportRange *out, const char **why);

/* Runs the report against the database. *out's memory is arena-owned.
 * 0 or an ErrCode from db_exec(). */
int report_build(Arena *a, ReportKind kind, const ReportRange *range, Report *out);

/* The JSON document (design §14): an object for summary, else
 * {"data":[...],"next_cursor":null} (+ cost_per_conversation_usd for ai).
 * The caller owns the result (put it). */
json_object *report_to_json(const Report *r);

/* The rows as a JSON array (summary: one element). Caller owns it. */
json_object *report_data_json(const Report *r);

/* Adds the members beside "data" ("cost_per_conversation_usd" for ai) to o. */
void report_json_extras(const Report *r, json_object *o);

/* CSV: a header row then the rows (summary: one row). Appended to out;
 * 0 or ERR_TOO_LARGE. */
int report_to_csv(const Report *r, Buf *out);

/* Cost in USD of tokens of `model` with the AI_PRICES table (USD per 1M
 * prompt and output tokens): 0 and *usd, or ERR_NOT_FOUND when the model
 * has no price. Provider "local" always costs 0. */
int report_ai_cost(const char *provider, const char *model, long long prompt_tokens, long long output_tokens,
                   double *usd);

/* Re-materialises the rollup of every dirty day (sql/008 report_refresh),
 * in bounded batches. The scheduler's task. 0 or an ErrCode; *days (may be
 * NULL) = days refreshed. */
int reports_refresh(Arena *a, int *days);

/* Recomputes every rollup from the sources (`csctl reports rebuild`).
 * 0 or an ErrCode; *days = days with rollup rows. */
int reports_rebuild(Arena *a, int *days);

/* Estimate of the p-quantile (0..1) from a histogram of REPORT_HIST_BUCKETS
 * counts (bucket layout of sql/008's report_bucket). -1 when empty. */
#define REPORT_HIST_BUCKETS 225
double report_hist_quantile(const long long *counts, double p);

#endif
