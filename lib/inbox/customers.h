/* customers.h — one customer across channels, found by an identity.
 *
 * An identity is (kind, value): kind "email" (value lowercased) or "phone"
 * (value in E.164, see phone.h). Every channel finds its customer here, so
 * the same person writing by email, WhatsApp and phone is one customer once
 * an agent has linked the identities.
 */
#ifndef CS_CUSTOMERS_H
#define CS_CUSTOMERS_H

#include <stdint.h>

#include "core/arena.h"

/* The customer owning identity (kind, value), created with `name` (may be
 * NULL) together with the identity when none owns it. Runs inside the
 * caller's transaction; two concurrent calls for the same new identity end
 * on the same customer. 0 and *customer_id, or a negative ErrCode
 * (ERR_INVALID for an unknown kind or an empty value). */
int customer_find_or_create(Arena *a, const char *kind, const char *value, const char *name,
                            int64_t *customer_id);

#endif
