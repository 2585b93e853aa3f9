/* scheduler.h — the scheduler process of csd (one per host).
 *
 * Runs SCHEDULED_TASKS (fcgi/app/scheduledTasks.c) every interval_seconds, each
 * with its own Arena. A task with a lock_key runs only while holding
 * pg_try_advisory_lock(lock_key), released afterwards, so with many hosts
 * it runs on one at a time; hosts that miss the lock skip that round.
 * Failures are logged and the task runs again at its next interval.
 */
#ifndef CS_SCHEDULER_H
#define CS_SCHEDULER_H

#include "app/scheduledTasks.h"

/* Runs the scheduler loop; returns the process exit code. */
int scheduler_main(void);

/* Runs one task now (lock taken when lock_key != 0). 0, 1 when skipped
 * because another host holds the lock, or the task's negative ErrCode. */
int scheduler_run_task(const ScheduledTask *t);

#endif
