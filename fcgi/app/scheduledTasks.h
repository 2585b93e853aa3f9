/* scheduledTasks.h — periodic work run by the scheduler process.
 *
 * Each task runs at most every interval_seconds; tasks that must run once
 * across many hosts take a Postgres advisory lock (lock_key != 0) for the
 * run, and are skipped on hosts that do not get it.
 */
#ifndef CS_SCHEDULED_TASKS_H
#define CS_SCHEDULED_TASKS_H

#include <stdint.h>

#include "core/arena.h"

/* 0 or a negative ErrCode (logged by the scheduler). */
typedef int (*ScheduledFn)(Arena *a);

typedef struct ScheduledTask {
    const char *name;
    int interval_seconds;
    int64_t lock_key;   /* pg_try_advisory_lock key; 0 = no lock */
    ScheduledFn fn;
} ScheduledTask;

/* fcgi/app/scheduledTasks.c */
extern const ScheduledTask SCHEDULED_TASKS[];
extern const unsigned SCHEDULED_TASKS_COUNT;

#endif
