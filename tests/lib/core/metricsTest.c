/* metricsTest.c — shared counters across fork, histogram buckets, the
 * Prometheus text format, label escaping, and a full series table. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "core/metrics.h"

static char *render(void)
{
    static Buf b;
    buf_free(&b);
    buf_init(&b, 1u << 22);
    cr_assert_eq(metrics_render(&b), 0);
    return b.data;
}

Test(metrics, children_add_to_the_shared_region)
{
    cr_assert_eq(metrics_init_shared(), 0);
    for (int k = 0; k < 4; k++) {
        pid_t pid = fork();
        cr_assert_geq(pid, 0);
        if (pid == 0) {
            for (int i = 0; i < 1000; i++)
                metrics_observe(MET_HTTP, "emails.list", "200", 0.003);
            _exit(0);
        }
    }
    for (int k = 0; k < 4; k++)
        wait(NULL);
    cr_assert_eq(metrics_count(MET_HTTP, "emails.list", "200"), 4000);
    char *t = render();
    cr_assert_not_null(strstr(t, "csd_http_requests_total{route=\"emails.list\",status=\"200\"} 4000\n"), "%s", t);
    cr_assert_not_null(strstr(t, "csd_http_request_duration_seconds_bucket{route=\"emails.list\",le=\"0.005\"} 4000\n"));
    cr_assert_not_null(strstr(t, "csd_http_request_duration_seconds_count{route=\"emails.list\"} 4000\n"));
}

Test(metrics, histogram_buckets_are_cumulative)
{
    metrics_observe(MET_JOB, "triage", "ok", 0.004);
    metrics_observe(MET_JOB, "triage", "ok", 0.2);
    metrics_observe(MET_JOB, "triage", "ok", 100.0);
    char *t = render();
    cr_assert_not_null(strstr(t, "# TYPE csd_job_duration_seconds histogram\n"));
    cr_assert_not_null(strstr(t, "csd_job_duration_seconds_bucket{kind=\"triage\",result=\"ok\",le=\"0.005\"} 1\n"), "%s", t);
    cr_assert_not_null(strstr(t, "csd_job_duration_seconds_bucket{kind=\"triage\",result=\"ok\",le=\"0.25\"} 2\n"));
    cr_assert_not_null(strstr(t, "csd_job_duration_seconds_bucket{kind=\"triage\",result=\"ok\",le=\"30\"} 2\n"));
    cr_assert_not_null(strstr(t, "csd_job_duration_seconds_bucket{kind=\"triage\",result=\"ok\",le=\"+Inf\"} 3\n"));
    cr_assert_not_null(strstr(t, "csd_job_duration_seconds_count{kind=\"triage\",result=\"ok\"} 3\n"));
}

Test(metrics, labels_escaped_and_counters_named)
{
    metrics_inc(MET_TRIAGE_FALLBACK, "bad\"label\\\n", NULL);
    metrics_inc(MET_PROVIDER, "gemini", "429");
    char *t = render();
    cr_assert_not_null(strstr(t, "csd_triage_fallbacks_total{reason=\"bad\\\"label\\\\\\n\"} 1\n"), "%s", t);
    cr_assert_not_null(strstr(t, "csd_provider_calls_total{provider=\"gemini\",outcome=\"429\"} 1\n"));
    cr_assert_not_null(strstr(t, "# TYPE csd_worker_restarts_total counter\n"));
    cr_assert_not_null(strstr(t, "# TYPE csd_webhook_acks_total counter\n"));
}

Test(metrics, full_table_drops_new_series_only)
{
    char l[32];
    for (int i = 0; i < METRICS_MAX_SERIES + 10; i++) {
        snprintf(l, sizeof l, "r%d", i);
        metrics_inc(MET_HTTP, l, "200");
    }
    cr_assert_eq(metrics_count(MET_HTTP, "r0", "200"), 1);
    metrics_inc(MET_HTTP, "r0", "200");
    cr_assert_eq(metrics_count(MET_HTTP, "r0", "200"), 2);
    char *t = render();
    cr_assert_not_null(strstr(t, "csd_metrics_series_dropped_total 10\n"), "%.200s", strstr(t, "dropped"));
}
