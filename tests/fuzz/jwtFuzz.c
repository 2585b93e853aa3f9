/* jwtFuzz.c — the token parsers that see outside input: jwt_decode() and
 * HS256 verification (every API request's Authorization header; the
 * Pub/Sub OIDC token goes through the same jwt_decode), and the JWKS
 * document parser (Google's key endpoint). Invariants: no crash; results
 * are 0 or a negative ErrCode; a decoded token has both JSON objects and
 * a signing input that is a prefix of the token; a random token never
 * verifies. */
#include <stdlib.h>
#include <string.h>

#include "core/arena.h"
#include "fuzz.h"
#include "google/googleOidc.h"
#include "crypto/jwt.h"

#define FUZZ_NOW 1763000000

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Arena *a = arena_new(0);
    const char *s = arena_memdup(a, data, size);
    JwtParts parts;
    int rc = jwt_decode(a, s, &parts);
    if (rc > 0)
        abort();
    if (rc == 0) {
        if (!parts.header || !parts.payload || !parts.signing_input ||
            strncmp(s, parts.signing_input, parts.signing_input_len) != 0)
            abort();
    }
    json_object *claims = NULL;
    const char *why = NULL;
    rc = jwt_verify_hs256_ex(a, s, "fuzz-secret-0123456789abcdef", FUZZ_NOW, 60, &claims, &why);
    if (rc == 0 || !why) /* forging an HMAC by chance would be a finding too */
        abort();
    rc = google_oidc_load_jwks(s, size, 3600, FUZZ_NOW);
    if (rc > 0)
        abort();
    arena_destroy(&a);
    return 0;
}
