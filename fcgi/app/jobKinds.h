/* jobKinds.h — the registry of job kinds csd runs (fcgi/app/jobKinds.c).
 * lib/jobs/jobQueue.c is generic: the server passes this table to job_run. */
#ifndef CS_JOB_KINDS_H
#define CS_JOB_KINDS_H

#include <stddef.h>

#include "jobs/jobQueue.h"

/* Static table; nothing to free. */
extern const JobKind JOB_KINDS[];
extern const size_t JOB_KINDS_COUNT;

#endif
