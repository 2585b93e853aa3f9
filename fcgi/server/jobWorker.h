/* jobWorker.h — a job worker process of csd.
 *
 * Owns one Postgres connection (db_connect after fork) on which it LISTENs
 * for NOTIFY jobs. Loop: claim and run ready jobs (one Arena per job, the
 * scoreboard shows "job:<kind>" and the id) until none is ready, then wait
 * on the connection socket with poll() for a notification or a 1 s tick
 * (which also picks up delayed retries). SIGTERM/SIGQUIT: the current job
 * finishes, then the worker exits 0. If the worker dies mid-job, its
 * backend disappears and job_requeue_orphans() (scheduler) requeues it.
 */
#ifndef CS_JOB_WORKER_H
#define CS_JOB_WORKER_H

#define JOB_WORKER_IDLE_WAIT_MS 1000

/* Runs the worker loop; returns the process exit code. */
int job_worker_main(void);

/* Claims and runs at most one ready job on the current connection. 1 when a
 * job ran, 0 when none was ready, or a negative ErrCode (database down).
 * Exposed for csctl and tests. */
int job_worker_run_one(void);

#endif
