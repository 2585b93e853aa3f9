/* app.h — the tables csd serves and runs: its routes (routes.c) and its
 * job kinds (jobKinds.c), plus any extra tables its main adds.
 *
 * csd's main adds none. The test build (build/csdTest, main in
 * tests/csdTest/csdTestMain.c, used by the integration harness) adds its
 * test-only routes and job kinds with app_add_tables() before csd_main():
 * they are linked into that binary only, so nothing (no environment
 * variable) can turn them on in csd.
 */
#ifndef CS_APP_H
#define CS_APP_H

#include <stddef.h>

#include "http/router.h"
#include "jobs/jobQueue.h"

typedef struct AppTables {
    const Route *routes;
    size_t nroutes;
    const JobKind *kinds;
    size_t nkinds;
} AppTables;

/* Adds t (static: it must live as long as the process; not copied) in
 * front of the production tables. Call before csd_main(); at most one. */
void app_add_tables(const AppTables *t);

/* 1 when extra tables were added (to log it at start). */
int app_has_extra_tables(void);

/* Matches req against the extra routes, then the production ones. Sets
 * *table and *n to the table to dispatch in (router_dispatch) and returns
 * the route, or NULL with *path_matched as router_match() sets it. */
const Route *app_match_route(Request *req, const Route **table, size_t *n, int *path_matched);

/* Runs a claimed job with the table that has its kind (job_run()). */
int app_run_job(JobContext *job);

/* 1 when some table has kind. */
int app_job_kind_known(const char *kind);

#endif
