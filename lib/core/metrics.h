/* metrics.h — Prometheus counters and histograms shared by every csd
 * process.
 *
 * The csd master maps one region (MAP_SHARED|MAP_ANONYMOUS) before it
 * forks, like the scoreboard, so request workers, job workers and the
 * scheduler add to the same series and any request worker can render them
 * all for GET /metrics (nginx's loopback port only). Without
 * metrics_init_shared() (csctl, unit tests) a private region is used.
 *
 * A series is a family plus up to two label values (bounded, cut). Series
 * are claimed lock-free from a fixed table of METRICS_MAX_SERIES; when it
 * is full, new series are counted in csd_metrics_series_dropped_total and
 * otherwise ignored. Updates are atomic adds: never a lock, never a
 * syscall, safe in any process.
 */
#ifndef CS_METRICS_H
#define CS_METRICS_H

#include <stdint.h>

#include "core/buf.h"

#define METRICS_MAX_SERIES 1024
#define METRICS_LABEL_MAX 48
#define METRICS_BUCKETS 12 /* upper bounds in METRICS_BUCKET_MS, then +Inf */

typedef enum MetricFamily {
    MET_NONE = 0,
    MET_HTTP = 1,           /* route, status: csd_http_requests_total + duration histogram */
    MET_JOB = 2,            /* kind, result: csd_job_duration_seconds histogram */
    MET_PROVIDER = 3,       /* provider, outcome: csd_provider_calls_total */
    MET_WEBHOOK_ACK = 4,    /* channel (route), status: csd_webhook_acks_total */
    MET_WORKER_RESTART = 5, /* role, reason: csd_worker_restarts_total */
    MET_TRIAGE_FALLBACK = 6,/* reason: csd_triage_fallbacks_total */
    MET_FAMILIES = 7
} MetricFamily;

/* Master, before forking: maps the shared region. 0 or ERR_INTERNAL. */
int metrics_init_shared(void);

/* Adds one event to the series (family, l1, l2); l2 may be NULL. */
void metrics_inc(MetricFamily f, const char *l1, const char *l2);

/* Adds one event with its duration (histogram families). */
void metrics_observe(MetricFamily f, const char *l1, const char *l2, double seconds);

/* Appends every family in the Prometheus text format (0.0.4) to b.
 * 0 or ERR_TOO_LARGE (b's bound). */
int metrics_render(Buf *b);

/* Appends one label value escaped for the text format (\\, \", \n). */
int metrics_append_label(Buf *b, const char *v);

/* The count of a series (0 when absent): for tests. */
uint64_t metrics_count(MetricFamily f, const char *l1, const char *l2);

#endif
