/* googleOidc.h — verification of the Google-signed OIDC token that Cloud
 * Pub/Sub attaches to authenticated push requests (Authorization: Bearer).
 *
 * Keys come from the JWKS at GOOGLE_JWKS_URL, cached in this process for
 * the response's Cache-Control max-age (1 h by default) and fetched again
 * once when a token names an unknown kid (at most every
 * OIDC_REFETCH_MIN_INTERVAL_S seconds, so forged kids cannot hammer Google).
 */
#ifndef CS_GOOGLE_OIDC_H
#define CS_GOOGLE_OIDC_H

#include <json-c/json.h>
#include <stddef.h>
#include <stdint.h>

#include "core/arena.h"

#define OIDC_CLOCK_SKEW_S 60
#define OIDC_DEFAULT_MAX_AGE_S 3600
#define OIDC_REFETCH_MIN_INTERVAL_S 30
#define OIDC_FETCH_RETRY_S 5          /* after a failed fetch with no keys cached */
#define OIDC_MAX_KEYS 16
#define OIDC_MIN_RSA_BITS 2048

typedef struct OidcPolicy {
    const char *audience;   /* expected aud, exactly */
    const char *email;      /* expected email (the push service account) */
    const char *jwks_url;   /* where keys are fetched */
} OidcPolicy;

/* The policy from g_config (strings owned by g_config). */
OidcPolicy google_oidc_policy_from_config(void);

/* Verifies `authorization` (the whole "Bearer <jwt>" header value, may be
 * NULL) at time now. Returns:
 *   0                 valid token from the expected service account
 *   ERR_UNAUTHORIZED  missing, malformed, not RS256, unknown kid, bad
 *                     signature, expired
 *   ERR_FORBIDDEN     genuine token, but wrong iss, aud, email or
 *                     email_verified
 *   ERR_UNAVAILABLE   no keys could be fetched (the sender should retry)
 * *reason (if reason != NULL) is a static English explanation without any
 * token content. *claims_out (if not NULL) gets the arena-owned claims. */
int google_oidc_verify(Arena *a, const char *authorization, const OidcPolicy *policy, int64_t now,
                       const char **reason, json_object **claims_out);

/* Replaces the key cache with the keys of a JWKS document (RSA keys with
 * kid, n, e), valid for max_age_s (<0: default). Returns the number of
 * keys loaded, or ERR_PARSE. Used internally and by tests. */
int google_oidc_load_jwks(const char *json, size_t len, long max_age_s, int64_t now);

/* Empties the key cache and the refetch rate limit. */
void google_oidc_reset(void);

#endif
