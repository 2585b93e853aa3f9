/* testRoutes.h — routes that exist only for the integration tests of the
 * process manager, enabled by CSD_TEST_ROUTES=1 (never by default):
 *   GET /_test/sleep?ms=N   sleeps N ms (at most 10 min), even through
 *                           SIGTERM, so the deadline's SIGKILL is exercised
 *   GET /_test/crash        abort(): the worker dies mid-request
 * Kept out of ROUTES so the production table stays clean. */
#ifndef CS_TEST_ROUTES_H
#define CS_TEST_ROUTES_H

#include <stddef.h>

#include "http/router.h"

extern const Route TEST_ROUTES[];
extern const size_t TEST_ROUTES_COUNT;

/* 1 when CSD_TEST_ROUTES=1 is in the environment. */
int test_routes_enabled(void);

#endif
