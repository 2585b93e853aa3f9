/* scheduledTasksTest.c — the SCHEDULED_TASKS table (lib/scheduledTasks.c)
 * is well formed: unique names, positive intervals, functions, and unique
 * advisory-lock keys where a task takes one. */
#include <criterion/criterion.h>
#include <string.h>

#include "app/scheduledTasks.h"

Test(scheduled_tasks, unique_names_positive_intervals_functions)
{
    cr_assert_gt(SCHEDULED_TASKS_COUNT, 0);
    for (unsigned i = 0; i < SCHEDULED_TASKS_COUNT; i++) {
        const ScheduledTask *t = &SCHEDULED_TASKS[i];
        cr_assert_not_null(t->name, "entry %u has no name", i);
        cr_assert_gt(strlen(t->name), 0, "entry %u has an empty name", i);
        for (const char *p = t->name; *p; p++)
            cr_assert((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '_',
                      "task name \"%s\" is not snake_case", t->name);
        cr_assert_gt(t->interval_seconds, 0, "task \"%s\" interval %d", t->name, t->interval_seconds);
        cr_assert_leq(t->interval_seconds, 7 * 86400, "task \"%s\" would run less often than weekly", t->name);
        cr_assert_not_null(t->fn, "task \"%s\" has no function", t->name);
        for (unsigned j = i + 1; j < SCHEDULED_TASKS_COUNT; j++)
            cr_assert_str_neq(t->name, SCHEDULED_TASKS[j].name, "task \"%s\" appears twice", t->name);
    }
}

Test(scheduled_tasks, lock_keys_unique_where_set)
{
    int locked = 0;
    for (unsigned i = 0; i < SCHEDULED_TASKS_COUNT; i++) {
        int64_t k = SCHEDULED_TASKS[i].lock_key;
        if (k == 0)
            continue;
        locked++;
        for (unsigned j = i + 1; j < SCHEDULED_TASKS_COUNT; j++)
            cr_assert_neq(k, SCHEDULED_TASKS[j].lock_key, "tasks \"%s\" and \"%s\" share lock key %lld",
                          SCHEDULED_TASKS[i].name, SCHEDULED_TASKS[j].name, (long long)k);
    }
    /* The gmail tasks must run once across hosts. */
    cr_assert_geq(locked, 2, "expected the gmail tasks to take advisory locks");
}
