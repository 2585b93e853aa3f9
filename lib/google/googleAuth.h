/* googleAuth.h — OAuth 2.0 access tokens for a Google service account with
 * domain-wide delegation, by hand (RFC 7523 JWT bearer grant): an RS256-signed JWT
 * assertion (iss = client_email, sub = mailbox, space-delimited scope,
 * aud = token URL) exchanged at GOOGLE_TOKEN_URL for an access token, which
 * is cached per mailbox in this process until about 5 minutes before it
 * expires. Tokens and keys are never logged.
 */
#ifndef CS_GOOGLE_AUTH_H
#define CS_GOOGLE_AUTH_H

#include <stddef.h>
#include <stdint.h>

#include "core/arena.h"

#define GOOGLE_GMAIL_SCOPE "https://www.googleapis.com/auth/gmail.readonly"
/* Sending replies (users.messages.send): the DWD entry must list it too. */
#define GOOGLE_GMAIL_SEND_SCOPE "https://www.googleapis.com/auth/gmail.send"
#define GOOGLE_TOKEN_REFRESH_MARGIN_S 300

typedef struct GoogleServiceAccount {
    const char *client_email;
    const char *private_key_pem;  /* PKCS#8 "BEGIN PRIVATE KEY" */
    const char *private_key_id;   /* may be NULL */
    const char *token_uri;        /* may be NULL */
} GoogleServiceAccount;

/* Reads and checks a service-account JSON key file. 0 and *out (every
 * string owned by the arena), ERR_IO (unreadable), ERR_PARSE (not JSON) or
 * ERR_INVALID (fields missing); err explains without quoting the key. */
int google_sa_load(Arena *a, const char *path, GoogleServiceAccount *out, char *err, size_t errlen);

/* The signed JWT assertion for `subject` (the mailbox) at time `now`
 * (iat = now - 30, exp = iat + 3600), with aud = `audience`. 0 and *out
 * (arena-owned), or ERR_INVALID when the private key cannot be used. */
int google_build_assertion(Arena *a, const GoogleServiceAccount *sa, const char *subject,
                           const char *scope, const char *audience, int64_t now, char **out);

/* An access token for `mailbox` with the Gmail scope, from the cache or
 * from the token endpoint. 0 and *token (arena-owned copy). Errors:
 * ERR_UNAVAILABLE (Gmail not configured / key unusable), ERR_PERMANENT
 * (Google refused: "invalid_grant: ..." in err), ERR_UPSTREAM / ERR_TIMEOUT
 * / ERR_RATE_LIMITED (retry later). err gets a readable message. */
int google_access_token(Arena *a, const char *mailbox, char **token, char *err, size_t errlen);

/* The same for another scope (GOOGLE_GMAIL_SEND_SCOPE): a separate token
 * per (mailbox, scope), cached apart, so a leaked send token cannot read. */
int google_access_token_for(Arena *a, const char *mailbox, const char *scope, char **token, char *err,
                            size_t errlen);

/* Drops the cached token of `mailbox` (after a 401 from Gmail). */
void google_token_invalidate(const char *mailbox);

/* Drops every cached token and the loaded key (tests, config reload). */
void google_auth_reset(void);

#endif
