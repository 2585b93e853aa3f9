/* jwt.h — JSON Web Tokens (RFC 7519): splitting and decoding any token, and
 * HS256 signing/verification for our own API tokens (README "API").
 *
 * Tokens are compatible with a Supabase project's JWT secret: claims such as
 * sub, email, role pass through untouched. Verification accepts only
 * alg = "HS256" (never "none", never a key-confusion alg), compares the MAC
 * in constant time, requires `exp`, and checks `nbf` when present.
 * Everything returned lives in the arena passed in.
 */
#ifndef CS_JWT_H
#define CS_JWT_H

#include <json-c/json.h>
#include <stddef.h>
#include <stdint.h>

#include "core/arena.h"

#define JWT_MAX_TOKEN 16384       /* bytes of the compact form */
#define JWT_MAX_HEADER 2048       /* decoded header JSON */
#define JWT_MAX_PAYLOAD 8192      /* decoded payload JSON */
#define JWT_MAX_SIGNATURE 1024    /* decoded signature (RSA-8192 fits) */

typedef struct JwtParts {
    json_object *header;          /* arena-owned JSON object */
    json_object *payload;         /* arena-owned JSON object (the claims) */
    const char *alg;              /* header "alg" (owned by header), or NULL */
    const char *kid;              /* header "kid" (owned by header), or NULL */
    unsigned char *signature;     /* decoded signature bytes, arena-owned */
    size_t signature_len;
    const char *signing_input;    /* "<header>.<payload>" as sent, arena-owned */
    size_t signing_input_len;
} JwtParts;

/* Splits a compact JWT into its three segments, base64url-decodes them and
 * parses header and payload as JSON objects (bounded). Does NOT verify
 * anything. 0, ERR_PARSE (malformed) or ERR_TOO_LARGE (over the bounds). */
int jwt_decode(Arena *a, const char *token, JwtParts *out);

/* Signs claims (not modified, not owned) as an HS256 JWT with header
 * {"alg":"HS256","typ":"JWT"}. Returns the token in the arena, or NULL when
 * secret is empty. */
char *jwt_sign_hs256(Arena *a, const char *secret, json_object *claims);

/* Verifies an HS256 token at time `now` (epoch seconds), with leeway_s of
 * clock skew on exp/nbf. On success returns 0 and *claims_out (if not NULL)
 * is the arena-owned payload. Errors:
 *   ERR_PARSE        malformed token
 *   ERR_UNAUTHORIZED wrong alg (including "none") or bad signature
 *   ERR_TIMEOUT      expired (exp) or not yet valid (nbf)
 *   ERR_INVALID      exp missing or not a number
 * *reason (when reason != NULL) gets a static English explanation that
 * never contains the token. */
int jwt_verify_hs256_ex(Arena *a, const char *token, const char *secret, int64_t now, int leeway_s,
                        json_object **claims_out, const char **reason);

/* Same, without the reason. */
int jwt_verify_hs256(Arena *a, const char *token, const char *secret, int64_t now, int leeway_s,
                     json_object **claims_out);

#endif
