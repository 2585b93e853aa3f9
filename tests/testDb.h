/* testDb.h — the database of a unit test that needs Postgres.
 *
 * scripts/runTests.sh (make test) gives each test binary that mentions
 * CS_TEST_DATABASE_URL a fresh, migrated database and sets the variable.
 * Without it the test fails rather than skips: a database test that
 * silently does nothing proves nothing.
 */
#ifndef CS_TEST_DB_H
#define CS_TEST_DB_H

#include <criterion/criterion.h>
#include <stdlib.h>

/* The URL (the environment's string; never NULL), or fails the test. */
static inline const char *test_db_url(void)
{
    const char *u = getenv("CS_TEST_DATABASE_URL");
    if (!u || !*u)
        cr_assert_fail("CS_TEST_DATABASE_URL is not set: run this test through scripts/runTests.sh "
                       "(make test), or set it to a migrated, disposable database");
    return u;
}

#endif
