/* handlers.h — every HTTP handler, one file per resource under fcgi/handlers/.
 * Contract: see request.h (return 0 with req->reply set, or req_fail()). */
#ifndef CS_HANDLERS_H
#define CS_HANDLERS_H

#include "request.h"

/* health.c */
int handle_health(Request *req);

/* --- mailboxes, emails, admin (api) --- */

/* --- gmail webhook and watch (gmail) --- */

/* --- triage (triage) --- */

#endif
