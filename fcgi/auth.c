/* auth.c — PLACEHOLDER until the auth work lands: refuses every request. */
#include "errors.h"
#include "router.h"

int auth_require(Request *req, AuthRule rule)
{
    (void)rule;
    return req_fail(req, ERR_UNAUTHORIZED, "authentication is not available yet");
}
