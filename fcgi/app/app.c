/* app.c — see app.h. */
#include "app/app.h"

#include <string.h>

#include "app/jobKinds.h"

static const AppTables *g_extra;

void app_add_tables(const AppTables *t) { g_extra = t; }

int app_has_extra_tables(void) { return g_extra != NULL; }

const Route *app_match_route(Request *req, const Route **table, size_t *n, int *path_matched)
{
    *path_matched = 0;
    if (g_extra && g_extra->nroutes) {
        const Route *r = router_match(g_extra->routes, g_extra->nroutes, req, path_matched);
        if (r || *path_matched) {
            *table = g_extra->routes;
            *n = g_extra->nroutes;
            return r;
        }
    }
    *table = ROUTES;
    *n = ROUTES_COUNT;
    return router_match(ROUTES, ROUTES_COUNT, req, path_matched);
}

static int has_kind(const JobKind *kinds, size_t n, const char *kind)
{
    for (size_t i = 0; kind && i < n; i++)
        if (strcmp(kinds[i].kind, kind) == 0)
            return 1;
    return 0;
}

int app_run_job(JobContext *job)
{
    if (g_extra && has_kind(g_extra->kinds, g_extra->nkinds, job->kind))
        return job_run(job, g_extra->kinds, g_extra->nkinds);
    return job_run(job, JOB_KINDS, JOB_KINDS_COUNT);
}

int app_job_kind_known(const char *kind)
{
    return has_kind(JOB_KINDS, JOB_KINDS_COUNT, kind) ||
           (g_extra && has_kind(g_extra->kinds, g_extra->nkinds, kind));
}
