/* jobKindsTest.c — the JOB_KINDS table (fcgi/app/jobKinds.c) is well
 * formed and holds no test-only kind (those are in tests/csdTest/). */
#include <criterion/criterion.h>
#include <string.h>

#include "core/errors.h"
#include "app/jobKinds.h"
#include "jobs/jobQueue.h"

static const JobKind *find_kind(const char *kind)
{
    for (size_t i = 0; i < JOB_KINDS_COUNT; i++)
        if (strcmp(JOB_KINDS[i].kind, kind) == 0)
            return &JOB_KINDS[i];
    return NULL;
}

Test(job_kinds, unique_nonempty_kinds_with_functions)
{
    cr_assert_gt(JOB_KINDS_COUNT, 0);
    for (size_t i = 0; i < JOB_KINDS_COUNT; i++) {
        const char *k = JOB_KINDS[i].kind;
        cr_assert_not_null(k, "entry %zu has no kind", i);
        cr_assert_gt(strlen(k), 0, "entry %zu has an empty kind", i);
        /* stored in jobs.kind and shown in /admin/jobs: keep it snake_case */
        for (const char *p = k; *p; p++)
            cr_assert((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '_',
                      "kind \"%s\" is not snake_case", k);
        cr_assert_not_null(JOB_KINDS[i].fn, "kind \"%s\" has no function", k);
        for (size_t j = i + 1; j < JOB_KINDS_COUNT; j++)
            cr_assert_str_neq(k, JOB_KINDS[j].kind, "kind \"%s\" appears twice (%zu and %zu)", k, i, j);
    }
    /* kinds other code enqueues by name */
    static const char *const NEEDED[] = {"gmail_sync", "gmail_watch", "gmail_stop", "triage"};
    for (size_t i = 0; i < sizeof NEEDED / sizeof NEEDED[0]; i++)
        cr_assert_not_null(find_kind(NEEDED[i]), "kind \"%s\" is missing", NEEDED[i]);
    cr_assert_null(find_kind("selftest"), "selftest is test-only: tests/csdTest/testRegistry.c");
}
