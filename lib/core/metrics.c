/* metrics.c — shared-memory Prometheus series (see metrics.h). */
#include "core/metrics.h"

#include <sched.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>

#include "core/errors.h"

/* Histogram bucket upper bounds, milliseconds. */
static const unsigned METRICS_BUCKET_MS[METRICS_BUCKETS] = {5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000, 30000};

typedef struct MetricSeries {
    int family;  /* MET_NONE = free; claimed by compare-and-swap */
    int ready;   /* labels written */
    unsigned hash;
    char l1[METRICS_LABEL_MAX];
    char l2[METRICS_LABEL_MAX];
    uint64_t count;
    uint64_t sum_us;
    uint64_t buckets[METRICS_BUCKETS]; /* non-cumulative; +Inf = count */
} MetricSeries;

typedef struct MetricsRegion {
    uint64_t dropped;
    MetricSeries series[METRICS_MAX_SERIES];
} MetricsRegion;

static MetricsRegion g_private;
static MetricsRegion *g_region = &g_private;

int metrics_init_shared(void)
{
    void *p = mmap(NULL, sizeof(MetricsRegion), PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED)
        return ERR_INTERNAL;
    g_region = p; /* anonymous memory starts zeroed */
    return 0;
}

static unsigned hash3(int f, const char *a, const char *b)
{
    unsigned h = 2166136261u ^ (unsigned)f; /* FNV-1a */
    for (const char *p = a; *p; p++)
        h = (h ^ (unsigned char)*p) * 16777619u;
    h = (h ^ 0xffu) * 16777619u;
    for (const char *p = b; *p; p++)
        h = (h ^ (unsigned char)*p) * 16777619u;
    return h;
}

static void copy_label(char *dst, const char *src)
{
    snprintf(dst, METRICS_LABEL_MAX, "%s", src);
}

/* The series for (f, l1, l2), claimed when new; NULL when the table is full. */
static MetricSeries *find(MetricFamily f, const char *l1, const char *l2)
{
    char a[METRICS_LABEL_MAX], b[METRICS_LABEL_MAX];
    copy_label(a, l1 ? l1 : "");
    copy_label(b, l2 ? l2 : "");
    unsigned h = hash3((int)f, a, b);
    for (unsigned probe = 0; probe < METRICS_MAX_SERIES; probe++) {
        MetricSeries *s = &g_region->series[(h + probe) % METRICS_MAX_SERIES];
        int fam = __atomic_load_n(&s->family, __ATOMIC_ACQUIRE);
        if (fam == MET_NONE) {
            int expected = MET_NONE;
            if (__atomic_compare_exchange_n(&s->family, &expected, (int)f, 0, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE)) {
                s->hash = h;
                memcpy(s->l1, a, sizeof a);
                memcpy(s->l2, b, sizeof b);
                __atomic_store_n(&s->ready, 1, __ATOMIC_RELEASE);
                return s;
            }
            fam = expected;
        }
        /* Another process is writing the labels of a slot it just claimed:
         * a few instructions, so wait (bounded) rather than claim a twin. */
        for (int spin = 0; spin < 1000 && !__atomic_load_n(&s->ready, __ATOMIC_ACQUIRE); spin++)
            sched_yield();
        if (fam == (int)f && s->hash == h && strcmp(s->l1, a) == 0 && strcmp(s->l2, b) == 0)
            return s;
    }
    __atomic_add_fetch(&g_region->dropped, 1, __ATOMIC_RELAXED);
    return NULL;
}

void metrics_inc(MetricFamily f, const char *l1, const char *l2)
{
    MetricSeries *s = find(f, l1, l2);
    if (s)
        __atomic_add_fetch(&s->count, 1, __ATOMIC_RELAXED);
}

void metrics_observe(MetricFamily f, const char *l1, const char *l2, double seconds)
{
    MetricSeries *s = find(f, l1, l2);
    if (!s)
        return;
    if (seconds < 0)
        seconds = 0;
    double ms = seconds * 1000.0;
    for (int i = 0; i < METRICS_BUCKETS; i++) {
        if (ms <= METRICS_BUCKET_MS[i]) {
            __atomic_add_fetch(&s->buckets[i], 1, __ATOMIC_RELAXED);
            break;
        }
    }
    __atomic_add_fetch(&s->sum_us, (uint64_t)(seconds * 1e6), __ATOMIC_RELAXED);
    __atomic_add_fetch(&s->count, 1, __ATOMIC_RELAXED);
}

uint64_t metrics_count(MetricFamily f, const char *l1, const char *l2)
{
    char a[METRICS_LABEL_MAX], b[METRICS_LABEL_MAX];
    copy_label(a, l1 ? l1 : "");
    copy_label(b, l2 ? l2 : "");
    for (int i = 0; i < METRICS_MAX_SERIES; i++) {
        MetricSeries *s = &g_region->series[i];
        if (__atomic_load_n(&s->ready, __ATOMIC_ACQUIRE) && s->family == (int)f && strcmp(s->l1, a) == 0 &&
            strcmp(s->l2, b) == 0)
            return __atomic_load_n(&s->count, __ATOMIC_RELAXED);
    }
    return 0;
}

int metrics_append_label(Buf *b, const char *v)
{
    int rc = 0;
    for (const char *p = v; *p && !rc; p++) {
        if (*p == '\\')
            rc = buf_append_str(b, "\\\\");
        else if (*p == '"')
            rc = buf_append_str(b, "\\\"");
        else if (*p == '\n')
            rc = buf_append_str(b, "\\n");
        else
            rc = buf_append(b, p, 1);
    }
    return rc;
}

typedef struct FamilyInfo {
    const char *name;   /* counter: ..._total; histogram: ..._seconds */
    const char *help;
    const char *l1, *l2; /* label names; l2 NULL = one label */
    int histogram;
} FamilyInfo;

static const FamilyInfo FAMILIES[MET_FAMILIES] = {
    [MET_HTTP] = {"csd_http_requests_total", "HTTP requests answered by csd, by route and status", "route",
                  "status", 0},
    [MET_JOB] = {"csd_job_duration_seconds", "Jobs run, by kind and result, with their duration", "kind", "result",
                 1},
    [MET_PROVIDER] = {"csd_provider_calls_total", "Outbound calls to providers, by provider and outcome",
                      "provider", "outcome", 0},
    [MET_WEBHOOK_ACK] = {"csd_webhook_acks_total", "Webhook deliveries answered, by channel and status",
                         "channel", "status", 0},
    [MET_WORKER_RESTART] = {"csd_worker_restarts_total", "Children the master started again after they exited",
                             "role", "reason", 0},
    [MET_TRIAGE_FALLBACK] = {"csd_triage_fallbacks_total", "Triage answered by the local model after Gemini failed",
                             "reason", NULL, 0},
};

static int append_labels(Buf *b, const FamilyInfo *fi, const MetricSeries *s, const char *extra)
{
    int rc = buf_appendf(b, "{%s=\"", fi->l1);
    rc = rc ? rc : metrics_append_label(b, s->l1);
    if (!rc && fi->l2) {
        rc = buf_appendf(b, "\",%s=\"", fi->l2);
        rc = rc ? rc : metrics_append_label(b, s->l2);
    }
    if (!rc && extra)
        rc = buf_appendf(b, "\",%s", extra);
    else if (!rc)
        rc = buf_append_str(b, "\"");
    return rc ? rc : buf_append_str(b, "}");
}

static int render_histogram(Buf *b, const FamilyInfo *fi, const MetricSeries *s)
{
    uint64_t cum = 0;
    int rc = 0;
    for (int i = 0; i < METRICS_BUCKETS && !rc; i++) {
        cum += __atomic_load_n(&s->buckets[i], __ATOMIC_RELAXED);
        char le[40];
        snprintf(le, sizeof le, "le=\"%g\"", METRICS_BUCKET_MS[i] / 1000.0);
        rc = buf_appendf(b, "%s_bucket", fi->name);
        rc = rc ? rc : append_labels(b, fi, s, le);
        rc = rc ? rc : buf_appendf(b, " %llu\n", (unsigned long long)cum);
    }
    uint64_t count = __atomic_load_n(&s->count, __ATOMIC_RELAXED);
    rc = rc ? rc : buf_appendf(b, "%s_bucket", fi->name);
    rc = rc ? rc : append_labels(b, fi, s, "le=\"+Inf\"");
    rc = rc ? rc : buf_appendf(b, " %llu\n%s_sum", (unsigned long long)count, fi->name);
    rc = rc ? rc : append_labels(b, fi, s, NULL);
    rc = rc ? rc : buf_appendf(b, " %.6f\n%s_count", (double)__atomic_load_n(&s->sum_us, __ATOMIC_RELAXED) / 1e6,
                               fi->name);
    rc = rc ? rc : append_labels(b, fi, s, NULL);
    return rc ? rc : buf_appendf(b, " %llu\n", (unsigned long long)count);
}

/* HTTP durations: one histogram per route (all statuses together). */
static int render_http_durations(Buf *b)
{
    static const FamilyInfo DUR = {"csd_http_request_duration_seconds", "", "route", NULL, 1};
    int rc = buf_append_str(b, "# HELP csd_http_request_duration_seconds Time csd took to answer, by route\n"
                               "# TYPE csd_http_request_duration_seconds histogram\n");
    for (int i = 0; i < METRICS_MAX_SERIES && !rc; i++) {
        const MetricSeries *s = &g_region->series[i];
        if (!__atomic_load_n(&s->ready, __ATOMIC_ACQUIRE) || s->family != MET_HTTP)
            continue;
        /* The first series of each route carries the route's sums. */
        int first = 1;
        for (int j = 0; j < i && first; j++) {
            const MetricSeries *t = &g_region->series[j];
            if (__atomic_load_n(&t->ready, __ATOMIC_ACQUIRE) && t->family == MET_HTTP && strcmp(t->l1, s->l1) == 0)
                first = 0;
        }
        if (!first)
            continue;
        MetricSeries sum;
        memset(&sum, 0, sizeof sum);
        memcpy(sum.l1, s->l1, sizeof sum.l1);
        for (int j = i; j < METRICS_MAX_SERIES; j++) {
            const MetricSeries *t = &g_region->series[j];
            if (!__atomic_load_n(&t->ready, __ATOMIC_ACQUIRE) || t->family != MET_HTTP || strcmp(t->l1, s->l1) != 0)
                continue;
            sum.count += __atomic_load_n(&t->count, __ATOMIC_RELAXED);
            sum.sum_us += __atomic_load_n(&t->sum_us, __ATOMIC_RELAXED);
            for (int k = 0; k < METRICS_BUCKETS; k++)
                sum.buckets[k] += __atomic_load_n(&t->buckets[k], __ATOMIC_RELAXED);
        }
        rc = render_histogram(b, &DUR, &sum);
    }
    return rc;
}

int metrics_render(Buf *b)
{
    int rc = 0;
    for (int f = 1; f < MET_FAMILIES && !rc; f++) {
        const FamilyInfo *fi = &FAMILIES[f];
        rc = buf_appendf(b, "# HELP %s %s\n# TYPE %s %s\n", fi->name, fi->help, fi->name,
                         fi->histogram ? "histogram" : "counter");
        for (int i = 0; i < METRICS_MAX_SERIES && !rc; i++) {
            const MetricSeries *s = &g_region->series[i];
            if (!__atomic_load_n(&s->ready, __ATOMIC_ACQUIRE) || s->family != f)
                continue;
            if (fi->histogram) {
                rc = render_histogram(b, fi, s);
            } else {
                rc = buf_append_str(b, fi->name);
                rc = rc ? rc : append_labels(b, fi, s, NULL);
                rc = rc ? rc : buf_appendf(b, " %llu\n", (unsigned long long)__atomic_load_n(&s->count, __ATOMIC_RELAXED));
            }
        }
        if (!rc && f == MET_HTTP)
            rc = render_http_durations(b);
    }
    if (!rc)
        rc = buf_appendf(b,
                         "# HELP csd_metrics_series_dropped_total Events not counted because the series table was full\n"
                         "# TYPE csd_metrics_series_dropped_total counter\ncsd_metrics_series_dropped_total %llu\n",
                         (unsigned long long)__atomic_load_n(&g_region->dropped, __ATOMIC_RELAXED));
    return rc;
}
