/* reports.c — the dashboard reports (see reports.h and README "Dashboard").
 *
 * Every report reads report_source(from, to, kinds) (sql/008_reports.sql):
 * one row per day and group, never the history. Counts are summed here;
 * duration histograms are merged here too (an elementwise sum of sparse
 * arrays is cheap in C and slow in SQL). Percentiles are exact
 * (percentile_cont over the raw values) while the range holds at most
 * REPORT_EXACT_MAX values, else estimated from the merged histogram.
 */
#include "reports/reports.h"

#include <errno.h>
#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/config.h"
#include "core/errors.h"
#include "reports/csvWriter.h"
#include "store/db.h"
#include "triage/triage.h"

#define IST_OFFSET_SECONDS 19800 /* UTC+05:30, no daylight saving */
#define REPORT_MAX_GROUPS 4096   /* agents or provider/model pairs in one report */

static const char *const KIND_NAMES[REPORT_KIND_COUNT] = {"summary", "volume", "teams", "agents", "ai"};

int report_kind_parse(const char *name)
{
    for (int i = 0; name && i < REPORT_KIND_COUNT; i++)
        if (strcmp(name, KIND_NAMES[i]) == 0)
            return i;
    return -1;
}

const char *report_kind_name(ReportKind k) { return k < REPORT_KIND_COUNT ? KIND_NAMES[k] : "?"; }

/* ---- dates (proleptic Gregorian, H. Hinnant's days_from_civil) ----------- */

static int32_t days_from_civil(int y, int m, int d)
{
    y -= m <= 2;
    int era = (y >= 0 ? y : y - 399) / 400;
    int yoe = y - era * 400;
    int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

static void civil_from_days(int32_t z, int *y, int *m, int *d)
{
    z += 719468;
    int era = (z >= 0 ? z : z - 146096) / 146097;
    int doe = z - era * 146097;
    int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    int mp = (5 * doy + 2) / 153;
    *d = doy - (153 * mp + 2) / 5 + 1;
    *m = mp + (mp < 10 ? 3 : -9);
    *y = yoe + era * 400 + (*m <= 2);
}

int32_t report_ist_day(int64_t unix_time)
{
    int64_t t = unix_time + IST_OFFSET_SECONDS;
    return (int32_t)(t >= 0 ? t / 86400 : (t - 86399) / 86400);
}

/* n decimal digits (already checked) as an int. */
static int digits(const char *s, int n)
{
    int v = 0;
    for (int i = 0; i < n; i++)
        v = v * 10 + (s[i] - '0');
    return v;
}

int report_parse_date(const char *s, int32_t *out)
{
    if (!s || strlen(s) != 10 || s[4] != '-' || s[7] != '-')
        return -1;
    for (int i = 0; i < 10; i++)
        if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9'))
            return -1;
    int y = digits(s, 4), m = digits(s + 5, 2), d = digits(s + 8, 2);
    if (y < 1970 || y > 9998 || m < 1 || m > 12 || d < 1 || d > 31)
        return -1;
    int32_t z = days_from_civil(y, m, d);
    int y2, m2, d2;
    civil_from_days(z, &y2, &m2, &d2);
    if (y2 != y || m2 != m || d2 != d) /* 2026-02-30 */
        return -1;
    *out = z;
    return 0;
}

void report_format_date(int32_t day, char *buf)
{
    int y, m, d;
    civil_from_days(day, &y, &m, &d);
    char tmp[48];
    snprintf(tmp, sizeof tmp, "%04d-%02d-%02d", y, m, d);
    memcpy(buf, tmp, 10); /* y is 1970..9999 (report_parse_date's bounds) */
    buf[10] = '\0';
}

int report_range_parse(const char *from, const char *to, int32_t today, ReportRange *out, const char **why)
{
    int has_from = from && *from, has_to = to && *to;
    int32_t f = 0, t = today;
    if (has_to && report_parse_date(to, &t) != 0) {
        *why = "to must be a date YYYY-MM-DD";
        return ERR_BAD_REQUEST;
    }
    if (has_from && report_parse_date(from, &f) != 0) {
        *why = "from must be a date YYYY-MM-DD";
        return ERR_BAD_REQUEST;
    }
    /* The default start stays on or after 1970-01-01 (day 0), the first day
     * report_parse_date accepts, so the range prints and parses back. */
    if (!has_from)
        f = t >= REPORT_DEFAULT_DAYS - 1 ? t - (REPORT_DEFAULT_DAYS - 1) : 0;
    if (f > t) {
        *why = "from is after to";
        return ERR_BAD_REQUEST;
    }
    if (t - f + 1 > REPORT_MAX_DAYS) {
        *why = "the range is longer than 366 days";
        return ERR_BAD_REQUEST;
    }
    out->from = f;
    out->to = t;
    return 0;
}

/* ---- histograms ------------------------------------------------------------ */

/* Midpoint (geometric) of bucket b: see report_bucket() in sql/008. */
static double bucket_mid(int b)
{
    return b == 0 ? 0.5 : pow(2.0, ((double)b - 0.5) / 8.0);
}

double report_hist_quantile(const long long *counts, double p)
{
    long long total = 0;
    for (int i = 0; i < REPORT_HIST_BUCKETS; i++)
        total += counts[i];
    if (total <= 0)
        return -1;
    /* The value of rank floor(p * (n - 1)), as percentile_cont's lower neighbour. */
    long long rank = (long long)floor(p * (double)(total - 1)), seen = 0;
    for (int i = 0; i < REPORT_HIST_BUCKETS; i++) {
        seen += counts[i];
        if (seen > rank)
            return bucket_mid(i);
    }
    return bucket_mid(REPORT_HIST_BUCKETS - 1);
}

/* Adds a sparse histogram ("{b1,b2}", "{n1,n2}") into counts. */
static void hist_add(long long *counts, const char *hb, const char *hn)
{
    if (!hb || !hn || *hb != '{' || *hn != '{')
        return;
    const char *p = hb + 1, *q = hn + 1;
    while (*p && *p != '}' && *q && *q != '}') {
        char *pe = NULL, *qe = NULL;
        long b = strtol(p, &pe, 10);
        long long n = strtoll(q, &qe, 10);
        if (pe == p || qe == q)
            return;
        if (b >= 0 && b < REPORT_HIST_BUCKETS && n > 0)
            counts[b] += n;
        p = *pe == ',' ? pe + 1 : pe;
        q = *qe == ',' ? qe + 1 : qe;
    }
}

static long long hist_total(const long long *counts)
{
    long long t = 0;
    for (int i = 0; i < REPORT_HIST_BUCKETS; i++)
        t += counts[i];
    return t;
}

/* ---- groups: one per agent or provider/model ------------------------------- */

enum { M_N, M_OK, M_FALLBACK, M_ERRORS, M_PROMPT, M_OUTPUT, M_CONVS, M_COUNT };
enum { E_ASSIGNED, E_RESOLVED, E_REPLY, E_FIRST, E_MISSED, E_AI, E_AI_CONVS, E_KINDS };

typedef struct Group {
    int64_t agent_id;         /* 0: no agent */
    const char *provider;     /* ai */
    const char *model;
    long long count[E_KINDS]; /* events (or runs for E_AI) */
    long long m[M_COUNT];     /* ai sums */
    long long *hist_first;    /* first_response seconds */
    long long *hist_res;      /* resolution seconds */
    long long *hist_lat;      /* ai latency ms */
    int exact;                /* percentiles below were computed exactly */
    double first_med, first_p90, res_med, res_p90, lat_med, lat_p90;
    int has_first, has_res, has_lat;
} Group;

typedef struct Groups {
    Arena *a;
    Group *g;
    int n;
    int last;
} Groups;

static Group *group_find(Groups *gs, int64_t agent_id, const char *provider, const char *model)
{
    if (gs->last < gs->n) {
        Group *g = &gs->g[gs->last];
        if (g->agent_id == agent_id && strcmp(g->provider, provider) == 0 && strcmp(g->model, model) == 0)
            return g;
    }
    for (int i = 0; i < gs->n; i++) {
        Group *g = &gs->g[i];
        if (g->agent_id == agent_id && strcmp(g->provider, provider) == 0 && strcmp(g->model, model) == 0) {
            gs->last = i;
            return g;
        }
    }
    if (gs->n >= REPORT_MAX_GROUPS)
        return NULL;
    Group *g = &gs->g[gs->n];
    g->agent_id = agent_id;
    g->provider = arena_strdup(gs->a, provider);
    g->model = arena_strdup(gs->a, model);
    g->hist_first = arena_alloc(gs->a, sizeof(long long) * REPORT_HIST_BUCKETS);
    g->hist_res = arena_alloc(gs->a, sizeof(long long) * REPORT_HIST_BUCKETS);
    g->hist_lat = arena_alloc(gs->a, sizeof(long long) * REPORT_HIST_BUCKETS);
    gs->last = gs->n++;
    return g;
}

static void groups_init(Groups *gs, Arena *a)
{
    gs->a = a;
    gs->g = arena_alloc(a, sizeof(Group) * REPORT_MAX_GROUPS);
    gs->n = 0;
    gs->last = 0;
}

static long long ll(const char *s) { return s ? strtoll(s, NULL, 10) : 0; }

static int event_index(const char *kind)
{
    static const char *const names[E_KINDS] = {"assigned", "resolved", "reply", "first_response", "missed_call", "ai",
                                                "ai_conversations"};
    /* "<name>_all": every agent's events of <name> in one row per day. */
    size_t l = strlen(kind);
    if (l > 4 && strcmp(kind + l - 4, "_all") == 0) {
        if (strncmp(kind, "first_response", l - 4) == 0 && l - 4 == strlen("first_response"))
            return E_FIRST;
        if (strncmp(kind, "resolved", l - 4) == 0 && l - 4 == strlen("resolved"))
            return E_RESOLVED;
        return -1;
    }
    for (int i = 0; i < E_KINDS; i++)
        if (strcmp(kind, names[i]) == 0)
            return i;
    return -1;
}

/* Sums the rollup rows of `kinds` into groups: by agent when by_agent,
 * else all in one group (agent 0); ai rows by provider/model. */
static int load_rollup(Arena *a, const ReportRange *rg, const char *kinds, int by_agent, Groups *gs)
{
    char f[11], t[11];
    report_format_date(rg->from, f);
    report_format_date(rg->to, t);
    const char *p[] = {f, t, kinds};
    PGresult *r = NULL;
    int rc = db_exec(a, &r,
                     /* Rows without a histogram are summed here; the others
                      * come per day and their histograms are merged below. */
                     "WITH s AS MATERIALIZED (SELECT * FROM report_source($1::date, $2::date, $3::text[]))"
                     " SELECT kind, agent_id, provider, model, sum(n)::bigint, sum(n_ok)::bigint,"
                     " sum(n_fallback)::bigint, sum(n_errors)::bigint, sum(prompt_tokens)::bigint,"
                     " sum(output_tokens)::bigint, sum(conversations)::bigint, NULL, NULL"
                     " FROM s WHERE hist_b IS NULL GROUP BY kind, agent_id, provider, model"
                     " UNION ALL"
                     " SELECT kind, agent_id, provider, model, n, n_ok, n_fallback, n_errors, prompt_tokens,"
                     " output_tokens, conversations, hist_b::text, hist_n::text FROM s WHERE hist_b IS NOT NULL",
                     DB_NPARAMS(p), p);
    if (rc)
        return rc;
    for (int i = 0; i < PQntuples(r); i++) {
        int k = event_index(db_get(r, i, 0));
        if (k < 0)
            continue;
        int64_t agent = by_agent && db_get(r, i, 1) ? ll(db_get(r, i, 1)) : 0;
        if (by_agent && agent == 0 && k != E_AI)
            continue; /* an event with no agent belongs to nobody's row */
        const char *prov = k == E_AI && db_get(r, i, 2) ? db_get(r, i, 2) : "";
        const char *model = k == E_AI && db_get(r, i, 3) ? db_get(r, i, 3) : "";
        Group *g = group_find(gs, agent, prov, model);
        if (!g)
            return ERR_TOO_LARGE;
        g->count[k] += ll(db_get(r, i, 4));
        if (k == E_AI)
            for (int m = M_OK; m < M_COUNT; m++)
                g->m[m] += ll(db_get(r, i, 4 + m));
        long long *h = k == E_FIRST ? g->hist_first : k == E_RESOLVED ? g->hist_res : k == E_AI ? g->hist_lat : NULL;
        if (h)
            hist_add(h, db_get(r, i, 11), db_get(r, i, 12));
    }
    return 0;
}

/* "{0.5,0.9}" from percentile_cont(ARRAY[...]). */
static int parse_pair(const char *s, double *a, double *b)
{
    if (!s || *s != '{')
        return -1;
    char *e = NULL;
    *a = strtod(s + 1, &e);
    if (*e != ',')
        return -1;
    *b = strtod(e + 1, &e);
    return *e == '}' ? 0 : -1;
}

#define RANGE_SQL(col)                                                                         \
    col " >= ($1::date::timestamp AT TIME ZONE 'Asia/Kolkata') AND " col                       \
        " < (($2::date + 1)::timestamp AT TIME ZONE 'Asia/Kolkata')"

/* Exact first-response and resolution percentiles over the raw events:
 * per agent when by_agent, else overall (agent 0). */
static int exact_durations(Arena *a, const ReportRange *rg, int by_agent, Groups *gs)
{
    char f[11], t[11];
    report_format_date(rg->from, f);
    report_format_date(rg->to, t);
    const char *p[] = {f, t};
    PGresult *r = NULL;
    int rc = db_exec(a, &r,
                     by_agent ? "SELECT name, agent_id,"
                                " percentile_cont(ARRAY[0.5, 0.9]::float8[]) WITHIN GROUP (ORDER BY value_seconds)::text"
                                " FROM reporting_events WHERE name IN ('first_response', 'resolved')"
                                " AND value_seconds IS NOT NULL AND agent_id IS NOT NULL AND " RANGE_SQL("occurred_at")
                                " GROUP BY name, agent_id"
                              : "SELECT name, NULL,"
                                " percentile_cont(ARRAY[0.5, 0.9]::float8[]) WITHIN GROUP (ORDER BY value_seconds)::text"
                                " FROM reporting_events WHERE name IN ('first_response', 'resolved')"
                                " AND value_seconds IS NOT NULL AND " RANGE_SQL("occurred_at") " GROUP BY name",
                     DB_NPARAMS(p), p);
    if (rc)
        return rc;
    for (int i = 0; i < PQntuples(r); i++) {
        Group *g = group_find(gs, by_agent ? ll(db_get(r, i, 1)) : 0, "", "");
        double m = 0, q = 0;
        if (!g || parse_pair(db_get(r, i, 2), &m, &q) != 0)
            continue;
        if (strcmp(db_get(r, i, 0), "first_response") == 0) {
            g->first_med = m, g->first_p90 = q, g->has_first = 1;
        } else {
            g->res_med = m, g->res_p90 = q, g->has_res = 1;
        }
    }
    for (int i = 0; i < gs->n; i++)
        gs->g[i].exact = 1;
    return 0;
}

static int exact_latency(Arena *a, const ReportRange *rg, Groups *gs)
{
    char f[11], t[11];
    report_format_date(rg->from, f);
    report_format_date(rg->to, t);
    const char *p[] = {f, t};
    PGresult *r = NULL;
    int rc = db_exec(a, &r,
                     "SELECT provider, coalesce(model, ''),"
                     " percentile_cont(ARRAY[0.5, 0.9]::float8[]) WITHIN GROUP (ORDER BY latency_ms)::text"
                     " FROM triage_runs WHERE latency_ms IS NOT NULL AND " RANGE_SQL("created_at")
                     " GROUP BY 1, 2",
                     DB_NPARAMS(p), p);
    if (rc)
        return rc;
    for (int i = 0; i < PQntuples(r); i++) {
        Group *g = group_find(gs, 0, db_get(r, i, 0), db_get(r, i, 1));
        double m = 0, q = 0;
        if (g && parse_pair(db_get(r, i, 2), &m, &q) == 0)
            g->lat_med = m, g->lat_p90 = q, g->has_lat = 1;
    }
    for (int i = 0; i < gs->n; i++)
        gs->g[i].exact = 1;
    return 0;
}

/* Fills the percentiles a group does not have exactly from its histograms. */
static void estimate(Group *g)
{
    if (!g->has_first && hist_total(g->hist_first) > 0) {
        g->first_med = report_hist_quantile(g->hist_first, 0.5);
        g->first_p90 = report_hist_quantile(g->hist_first, 0.9);
        g->has_first = 1;
    }
    if (!g->has_res && hist_total(g->hist_res) > 0) {
        g->res_med = report_hist_quantile(g->hist_res, 0.5);
        g->res_p90 = report_hist_quantile(g->hist_res, 0.9);
        g->has_res = 1;
    }
    if (!g->has_lat && hist_total(g->hist_lat) > 0) {
        g->lat_med = report_hist_quantile(g->hist_lat, 0.5);
        g->lat_p90 = report_hist_quantile(g->hist_lat, 0.9);
        g->has_lat = 1;
    }
}

static long long groups_hist_total(const Groups *gs)
{
    long long t = 0;
    for (int i = 0; i < gs->n; i++)
        t += hist_total(gs->g[i].hist_first) + hist_total(gs->g[i].hist_res) + hist_total(gs->g[i].hist_lat);
    return t;
}

/* ---- the report table ------------------------------------------------------ */

static ReportCell *cell(Report *r, int row, int col) { return &r->cells[row * r->ncols + col]; }

static void set_int(Report *r, int row, int col, long long v) { cell(r, row, col)->i = v; }

static void set_dur(Report *r, int row, int col, int has, double med, double p90)
{
    ReportCell *c = cell(r, row, col);
    c->dur_null = !has;
    c->median = med;
    c->p90 = p90;
}

static void table_init(Arena *a, Report *r, const ReportCol *cols, int ncols, int nrows)
{
    r->cols = cols;
    r->ncols = ncols;
    r->nrows = nrows;
    r->cells = arena_alloc(a, sizeof(ReportCell) * (size_t)(ncols * (nrows > 0 ? nrows : 1)));
}

static const ReportCol SUMMARY_COLS[] = {
    {"conversations_created", RC_INT}, {"resolved", RC_INT}, {"open_now", RC_INT},
    {"unassigned_now", RC_INT}, {"missed_calls", RC_INT}, {"first_response_seconds", RC_DUR},
    {"resolution_seconds", RC_DUR},
};

/* Conversations created in the range, summed by one grouping. */
typedef enum CreatedBy { BY_NOTHING, BY_DAY_CHANNEL, BY_TEAM_SUGGESTED } CreatedBy;

static int sum_created(Arena *a, const ReportRange *rg, CreatedBy by, PGresult **out)
{
    static const char *const SQL[] = {
        [BY_NOTHING] = "SELECT 'all', 'all', coalesce(sum(n), 0)::bigint"
                       " FROM report_source($1::date, $2::date, '{created_channel}')",
        [BY_DAY_CHANNEL] = "SELECT day::text, channel, sum(n)::bigint"
                           " FROM report_source($1::date, $2::date, '{created_channel}') GROUP BY 1, 2",
        [BY_TEAM_SUGGESTED] = "SELECT team, suggested_team, sum(n)::bigint"
                              " FROM report_source($1::date, $2::date, '{created}') GROUP BY 1, 2",
    };
    char f[11], t[11];
    report_format_date(rg->from, f);
    report_format_date(rg->to, t);
    const char *p[] = {f, t};
    return db_exec(a, out, SQL[by], DB_NPARAMS(p), p);
}

static int build_summary(Arena *a, const ReportRange *rg, Report *out)
{
    Groups gs;
    groups_init(&gs, a);
    int rc = load_rollup(a, rg, "{first_response_all,resolved_all,missed_call}", 0, &gs);
    if (rc == 0 && groups_hist_total(&gs) <= REPORT_EXACT_MAX)
        rc = exact_durations(a, rg, 0, &gs);
    PGresult *created = NULL, *now = NULL;
    if (rc == 0)
        rc = sum_created(a, rg, BY_NOTHING, &created);
    if (rc == 0)
        rc = db_exec(a, &now,
                     "SELECT count(*), count(*) FILTER (WHERE assignee_id IS NULL)"
                     " FROM conversations WHERE status = 'open'",
                     0, NULL);
    if (rc)
        return rc;
    table_init(a, out, SUMMARY_COLS, (int)(sizeof SUMMARY_COLS / sizeof SUMMARY_COLS[0]), 1);
    Group none = {0};
    Group *g = gs.n ? &gs.g[0] : &none;
    if (gs.n)
        estimate(g);
    set_int(out, 0, 0, PQntuples(created) ? ll(db_get(created, 0, 2)) : 0);
    set_int(out, 0, 1, g->count[E_RESOLVED]);
    set_int(out, 0, 2, ll(db_get(now, 0, 0)));
    set_int(out, 0, 3, ll(db_get(now, 0, 1)));
    set_int(out, 0, 4, g->count[E_MISSED]);
    set_dur(out, 0, 5, g->has_first, g->first_med, g->first_p90);
    set_dur(out, 0, 6, g->has_res, g->res_med, g->res_p90);
    return 0;
}

static const ReportCol VOLUME_COLS[] = {
    {"date", RC_TEXT}, {"email", RC_INT}, {"chat", RC_INT}, {"call", RC_INT}, {"total", RC_INT},
};

static int build_volume(Arena *a, const ReportRange *rg, Report *out)
{
    PGresult *r = NULL;
    int rc = sum_created(a, rg, BY_DAY_CHANNEL, &r);
    if (rc)
        return rc;
    int days = rg->to - rg->from + 1;
    table_init(a, out, VOLUME_COLS, 5, days);
    for (int d = 0; d < days; d++) {
        char *s = arena_alloc(a, 11);
        report_format_date(rg->from + d, s);
        cell(out, d, 0)->text = s;
    }
    for (int i = 0; i < PQntuples(r); i++) {
        int32_t day = 0;
        if (report_parse_date(db_get(r, i, 0), &day) != 0 || day < rg->from || day > rg->to)
            continue;
        const char *ch = db_get(r, i, 1);
        int col = !ch ? 0 : strcmp(ch, "email") == 0 ? 1 : strcmp(ch, "chat") == 0 ? 2 : strcmp(ch, "call") == 0 ? 3 : 0;
        long long n = ll(db_get(r, i, 2));
        if (col)
            cell(out, day - rg->from, col)->i += n;
        cell(out, day - rg->from, 4)->i += n;
    }
    return 0;
}

static const ReportCol TEAMS_COLS[] = {
    {"team", RC_TEXT}, {"conversations", RC_INT}, {"suggested", RC_INT}, {"kept", RC_INT},
};

static int build_teams(Arena *a, const ReportRange *rg, Report *out)
{
    PGresult *r = NULL;
    int rc = sum_created(a, rg, BY_TEAM_SUGGESTED, &r);
    if (rc)
        return rc;
    table_init(a, out, TEAMS_COLS, 4, TRIAGE_TEAM_COUNT);
    for (int t = 0; t < TRIAGE_TEAM_COUNT; t++)
        cell(out, t, 0)->text = TRIAGE_TEAMS[t];
    for (int i = 0; i < PQntuples(r); i++) {
        int team = triage_team_index(db_get(r, i, 0)), sug = triage_team_index(db_get(r, i, 1));
        long long n = ll(db_get(r, i, 2));
        if (team >= 0)
            cell(out, team, 1)->i += n;
        if (sug >= 0)
            cell(out, sug, 2)->i += n;
        if (team >= 0 && team == sug)
            cell(out, team, 3)->i += n;
    }
    return 0;
}

static const ReportCol AGENTS_COLS[] = {
    {"agent_id", RC_INT}, {"name", RC_TEXT}, {"assigned", RC_INT}, {"resolved", RC_INT},
    {"open_now", RC_INT}, {"replies", RC_INT}, {"first_response_seconds", RC_DUR},
    {"resolution_seconds", RC_DUR},
};

static int build_agents(Arena *a, const ReportRange *rg, Report *out)
{
    Groups gs;
    groups_init(&gs, a);
    int rc = load_rollup(a, rg, "{assigned,resolved,reply,first_response}", 1, &gs);
    if (rc == 0 && groups_hist_total(&gs) <= REPORT_EXACT_MAX)
        rc = exact_durations(a, rg, 1, &gs);
    PGresult *open = NULL, *agents = NULL;
    if (rc == 0)
        rc = db_exec(a, &open,
                     "SELECT assignee_id, count(*) FROM conversations"
                     " WHERE status = 'open' AND assignee_id IS NOT NULL GROUP BY 1",
                     0, NULL);
    if (rc)
        return rc;
    /* Every active agent, and anyone with figures in the range or open work. */
    Buf ids;
    buf_init(&ids, 64 * 1024);
    rc = buf_append_char(&ids, '{');
    for (int i = 0; rc == 0 && i < gs.n; i++)
        rc = buf_appendf(&ids, "%s%" PRId64, i ? "," : "", gs.g[i].agent_id);
    for (int i = 0; rc == 0 && i < PQntuples(open); i++)
        rc = buf_appendf(&ids, "%s%s", gs.n + i ? "," : "", db_get(open, i, 0));
    if (rc == 0)
        rc = buf_append_char(&ids, '}');
    if (rc) {
        buf_free(&ids);
        return rc;
    }
    const char *p[] = {buf_to_arena(&ids, a)};
    rc = db_exec(a, &agents,
                 "SELECT id, name FROM agents WHERE active OR id = ANY ($1::bigint[]) ORDER BY lower(name), id",
                 DB_NPARAMS(p), p);
    if (rc)
        return rc;
    int n = PQntuples(agents);
    table_init(a, out, AGENTS_COLS, 8, n);
    for (int i = 0; i < n; i++) {
        int64_t id = ll(db_get(agents, i, 0));
        set_int(out, i, 0, id);
        cell(out, i, 1)->text = arena_strdup(a, db_get(agents, i, 1));
        for (int j = 0; j < PQntuples(open); j++)
            if (ll(db_get(open, j, 0)) == id)
                set_int(out, i, 4, ll(db_get(open, j, 1)));
        Group *g = NULL;
        for (int j = 0; j < gs.n; j++)
            if (gs.g[j].agent_id == id)
                g = &gs.g[j];
        if (!g) {
            set_dur(out, i, 6, 0, 0, 0);
            set_dur(out, i, 7, 0, 0, 0);
            continue;
        }
        estimate(g);
        set_int(out, i, 2, g->count[E_ASSIGNED]);
        set_int(out, i, 3, g->count[E_RESOLVED]);
        set_int(out, i, 5, g->count[E_REPLY]);
        set_dur(out, i, 6, g->has_first, g->first_med, g->first_p90);
        set_dur(out, i, 7, g->has_res, g->res_med, g->res_p90);
    }
    return 0;
}

static const ReportCol AI_COLS[] = {
    {"provider", RC_TEXT}, {"model", RC_TEXT}, {"runs", RC_INT}, {"ok", RC_INT},
    {"fallback", RC_INT}, {"errors", RC_INT}, {"prompt_tokens", RC_INT}, {"output_tokens", RC_INT},
    {"cost_usd", RC_NUM}, {"latency_ms", RC_DUR},
};

int report_ai_cost(const char *provider, const char *model, long long prompt_tokens, long long output_tokens,
                   double *usd)
{
    *usd = 0;
    if (provider && strcmp(provider, "local") == 0)
        return 0;
    if (prompt_tokens == 0 && output_tokens == 0)
        return 0;
    double in = 0, outp = 0;
    if (!model || !g_config.ai_prices || config_ai_price(g_config.ai_prices, model, &in, &outp) != 1)
        return ERR_NOT_FOUND;
    *usd = ((double)prompt_tokens * in + (double)output_tokens * outp) / 1e6;
    return 0;
}

static int cmp_group(const void *x, const void *y)
{
    const Group *a = x, *b = y;
    int c = strcmp(a->provider, b->provider);
    return c ? c : strcmp(a->model, b->model);
}

static int build_ai(Arena *a, const ReportRange *rg, Report *out)
{
    Groups gs;
    groups_init(&gs, a);
    /* Conversations triaged, per day across providers: its own group. */
    int rc = load_rollup(a, rg, "{ai,ai_conversations}", 0, &gs);
    if (rc == 0 && groups_hist_total(&gs) <= REPORT_EXACT_MAX)
        rc = exact_latency(a, rg, &gs);
    if (rc)
        return rc;
    long long convs = 0;
    int n = 0;
    for (int i = 0; i < gs.n; i++) {
        if (gs.g[i].count[E_AI_CONVS])
            convs += gs.g[i].count[E_AI_CONVS];
        else
            gs.g[n++] = gs.g[i];
    }
    qsort(gs.g, (size_t)n, sizeof(Group), cmp_group);
    table_init(a, out, AI_COLS, 10, n);
    double total = 0;
    for (int i = 0; i < n; i++) {
        Group *g = &gs.g[i];
        estimate(g);
        cell(out, i, 0)->text = g->provider;
        cell(out, i, 1)->text = *g->model ? g->model : NULL;
        cell(out, i, 1)->null = !*g->model;
        set_int(out, i, 2, g->count[E_AI]);
        set_int(out, i, 3, g->m[M_OK]);
        set_int(out, i, 4, g->m[M_FALLBACK]);
        set_int(out, i, 5, g->m[M_ERRORS]);
        set_int(out, i, 6, g->m[M_PROMPT]);
        set_int(out, i, 7, g->m[M_OUTPUT]);
        double usd = 0;
        if (report_ai_cost(g->provider, g->model, g->m[M_PROMPT], g->m[M_OUTPUT], &usd) == 0) {
            cell(out, i, 8)->num = usd;
            total += usd;
        } else {
            cell(out, i, 8)->null = 1; /* no configured price: unknown, not 0 */
        }
        set_dur(out, i, 9, g->has_lat, g->lat_med, g->lat_p90);
    }
    out->has_cost_per_conversation = 1;
    out->cost_per_conversation_null = convs == 0;
    out->cost_per_conversation = convs ? total / (double)convs : 0;
    return 0;
}

int report_build(Arena *a, ReportKind kind, const ReportRange *range, Report *out)
{
    memset(out, 0, sizeof *out);
    out->kind = kind;
    out->range = *range;
    /* These queries read a few thousand rows; the planner's cost guesses
     * for the set-returning functions can pass jit_above_cost, and JIT
     * compilation then takes longer than the query (measured: 275 ms). */
    int rc = db_exec0("SET jit = off");
    if (rc)
        return rc;
    switch (kind) {
    case REPORT_SUMMARY: rc = build_summary(a, range, out); break;
    case REPORT_VOLUME: rc = build_volume(a, range, out); break;
    case REPORT_TEAMS: rc = build_teams(a, range, out); break;
    case REPORT_AGENTS: rc = build_agents(a, range, out); break;
    case REPORT_AI: rc = build_ai(a, range, out); break;
    default: rc = ERR_NOT_FOUND; break;
    }
    int r2 = db_exec0("RESET jit");
    return rc ? rc : r2;
}

/* ---- rendering ----------------------------------------------------------- */

/* A number with at most `decimals` decimals, trailing zeros dropped. */
static void fmt_num(double v, int decimals, char *buf, size_t n)
{
    snprintf(buf, n, "%.*f", decimals, v);
    if (strchr(buf, '.')) {
        size_t l = strlen(buf);
        while (l > 0 && buf[l - 1] == '0')
            buf[--l] = '\0';
        if (l > 0 && buf[l - 1] == '.')
            buf[--l] = '\0';
    }
    if (strcmp(buf, "-0") == 0)
        snprintf(buf, n, "0");
}

static json_object *json_num(double v, int decimals)
{
    char b[64];
    fmt_num(v, decimals, b, sizeof b);
    return json_object_new_double_s(v, b);
}

#define DUR_DECIMALS 3
#define USD_DECIMALS 8

static json_object *cell_json(const ReportCol *col, const ReportCell *c)
{
    if (col->type == RC_DUR) {
        json_object *o = json_object_new_object();
        json_object_object_add(o, "median", c->dur_null ? NULL : json_num(c->median, DUR_DECIMALS));
        json_object_object_add(o, "p90", c->dur_null ? NULL : json_num(c->p90, DUR_DECIMALS));
        return o;
    }
    if (c->null)
        return NULL;
    switch (col->type) {
    case RC_TEXT: return c->text ? json_object_new_string(c->text) : NULL;
    case RC_INT: return json_object_new_int64(c->i);
    case RC_NUM: return json_num(c->num, USD_DECIMALS);
    default: return NULL;
    }
}

static json_object *row_json(const Report *r, int row)
{
    json_object *o = json_object_new_object();
    for (int c = 0; c < r->ncols; c++)
        json_object_object_add(o, r->cols[c].name, cell_json(&r->cols[c], &r->cells[row * r->ncols + c]));
    return o;
}

json_object *report_data_json(const Report *r)
{
    json_object *data = json_object_new_array();
    for (int i = 0; i < r->nrows; i++)
        json_object_array_add(data, row_json(r, i));
    return data;
}

void report_json_extras(const Report *r, json_object *o)
{
    if (r->has_cost_per_conversation)
        json_object_object_add(o, "cost_per_conversation_usd",
                               r->cost_per_conversation_null ? NULL : json_num(r->cost_per_conversation, USD_DECIMALS));
}

json_object *report_to_json(const Report *r)
{
    json_object *o = NULL;
    if (r->kind == REPORT_SUMMARY) {
        o = row_json(r, 0);
    } else {
        /* The list envelope of the API (fcgi/http/apiUtil.h api_reply_list). */
        o = json_object_new_object();
        json_object_object_add(o, "data", report_data_json(r));
        json_object_object_add(o, "next_cursor", NULL);
    }
    report_json_extras(r, o);
    return o;
}

int report_to_csv(const Report *r, Buf *out)
{
    CsvWriter w;
    csv_init(&w, out);
    int rc = 0;
    for (int c = 0; rc == 0 && c < r->ncols; c++) {
        if (r->cols[c].type == RC_DUR) {
            char name[96];
            snprintf(name, sizeof name, "%s_median", r->cols[c].name);
            rc = csv_text(&w, name);
            snprintf(name, sizeof name, "%s_p90", r->cols[c].name);
            if (rc == 0)
                rc = csv_text(&w, name);
        } else {
            rc = csv_text(&w, r->cols[c].name);
        }
    }
    if (rc == 0)
        rc = csv_end_row(&w);
    for (int i = 0; rc == 0 && i < r->nrows; i++) {
        for (int c = 0; rc == 0 && c < r->ncols; c++) {
            const ReportCell *cl = &r->cells[i * r->ncols + c];
            char b[64];
            switch (r->cols[c].type) {
            case RC_TEXT: rc = csv_text(&w, cl->null ? NULL : cl->text); break;
            case RC_INT:
                snprintf(b, sizeof b, "%lld", cl->i);
                rc = csv_number(&w, cl->null ? NULL : b);
                break;
            case RC_NUM:
                fmt_num(cl->num, USD_DECIMALS, b, sizeof b);
                rc = csv_number(&w, cl->null ? NULL : b);
                break;
            case RC_DUR:
                fmt_num(cl->median, DUR_DECIMALS, b, sizeof b);
                rc = csv_number(&w, cl->dur_null ? NULL : b);
                fmt_num(cl->p90, DUR_DECIMALS, b, sizeof b);
                if (rc == 0)
                    rc = csv_number(&w, cl->dur_null ? NULL : b);
                break;
            }
        }
        if (rc == 0)
            rc = csv_end_row(&w);
    }
    return rc;
}

/* ---- maintenance ------------------------------------------------------------ */

#define REFRESH_BATCH_DAYS 31
#define REFRESH_MAX_BATCHES 64 /* bound one run; the next run continues */
#define STRINGIFY_(x) #x
#define STRINGIFY(x) STRINGIFY_(x)

int reports_refresh(Arena *a, int *days)
{
    int total = 0, rc = 0;
    const char *p[] = {STRINGIFY(REFRESH_BATCH_DAYS)};
    for (int i = 0; i < REFRESH_MAX_BATCHES; i++) {
        PGresult *r = NULL;
        rc = db_exec(a, &r, "SELECT report_refresh($1::int)", DB_NPARAMS(p), p);
        if (rc)
            break;
        int n = (int)ll(db_get(r, 0, 0));
        total += n;
        if (n < REFRESH_BATCH_DAYS)
            break;
    }
    if (days)
        *days = total;
    return rc;
}

int reports_rebuild(Arena *a, int *days)
{
    PGresult *r = NULL;
    int rc = db_exec(a, &r, "SELECT report_rebuild()", 0, NULL);
    if (rc == 0 && days)
        *days = (int)ll(db_get(r, 0, 0));
    return rc;
}
