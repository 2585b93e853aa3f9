/* customers.c — find or create a customer by identity (see customers.h). */
#include "inbox/customers.h"

#include <stdlib.h>
#include <string.h>

#include "core/errors.h"
#include "store/db.h"

int customer_find_or_create(Arena *a, const char *kind, const char *value, const char *name,
                            int64_t *customer_id)
{
    PGresult *r = NULL;
    int rc = 0;
    *customer_id = 0;
    if (!kind || (strcmp(kind, "email") != 0 && strcmp(kind, "phone") != 0) || !value || !*value)
        return ERR_INVALID;

    const char *p1[] = {kind, value};
    rc = db_exec(a, &r, "SELECT customer_id FROM customer_identities WHERE kind = $1 AND value = $2",
                 DB_NPARAMS(p1), p1);
    if (rc)
        return rc;
    if (PQntuples(r) == 1) {
        *customer_id = strtoll(db_get(r, 0, 0), NULL, 10);
        return 0;
    }
    /* A concurrent store of the same new identity: our identity insert does
     * nothing, both use the first customer and ours is removed again. */
    const char *p2[] = {name && *name ? name : NULL, kind, value};
    rc = db_exec(a, &r,
                 "WITH c AS (INSERT INTO customers (name) VALUES ($1) RETURNING id),"
                 " i AS (INSERT INTO customer_identities (customer_id, kind, value)"
                 "  SELECT id, $2, $3 FROM c ON CONFLICT (kind, value) DO NOTHING RETURNING customer_id)"
                 " SELECT (SELECT customer_id FROM i), (SELECT id FROM c)",
                 DB_NPARAMS(p2), p2);
    if (rc)
        return rc;
    if (db_get(r, 0, 0)) {
        *customer_id = strtoll(db_get(r, 0, 0), NULL, 10);
        return 0;
    }
    const char *p3[] = {db_get(r, 0, 1), kind, value};
    rc = db_exec(a, &r,
                 "WITH d AS (DELETE FROM customers WHERE id = $1)"
                 " SELECT customer_id FROM customer_identities WHERE kind = $2 AND value = $3",
                 DB_NPARAMS(p3), p3);
    if (rc)
        return rc;
    if (PQntuples(r) != 1)
        return ERR_CONFLICT; /* the winner rolled back meanwhile: the caller retries */
    *customer_id = strtoll(db_get(r, 0, 0), NULL, 10);
    return 0;
}
