/* auth.h — bearer-token authentication shared by the router (auth_require,
 * declared in router.h) and GET /internal/ws-auth. */
#ifndef CS_AUTH_H
#define CS_AUTH_H

#include "http/request.h"

/* Clock skew tolerated on exp/nbf, in seconds. */
#define AUTH_LEEWAY_SECONDS 30

/* Verifies token (HS256 with AUTH_JWT_SECRET), finds the active agent it
 * names and fills req->agent / req->authenticated. 0, or fails the request
 * with 401 (missing/malformed/bad signature/expired/unknown or inactive
 * agent) or 503 (database down). The token never appears in messages. */
int auth_token(Request *req, const char *token);

#endif
