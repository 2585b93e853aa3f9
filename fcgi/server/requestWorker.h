/* requestWorker.h — a request worker: the FastCGI accept loop of csd.
 *
 * After fork() the worker connects to Postgres (a failure is not fatal:
 * requests needing the database get 503 and db_conn() retries), then
 * accepts requests on the shared listening socket until it has served
 * CSD_MAX_REQUESTS (+ a little jitter, so workers do not all recycle at
 * once) or is told to stop (SIGTERM/SIGQUIT: the current request
 * finishes first). Each request gets its own arena; its route is shown in
 * the scoreboard while it runs, so the master can enforce the deadline.
 *
 * Routes come from app_match_route() (app/app.h): the production table,
 * plus the test-only routes in the test build (build/csdTest) only.
 */
#ifndef CS_REQUEST_WORKER_H
#define CS_REQUEST_WORKER_H

/* Runs the worker on listen_fd; returns the process exit code (0 after a
 * recycle or a graceful stop, CHILD_EXIT_INIT_FAILED when libfcgi cannot
 * be initialised). */
int request_worker_main(int listen_fd);

#endif
