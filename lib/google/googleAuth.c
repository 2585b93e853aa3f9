/* googleAuth.c — service-account JWT bearer tokens (see googleAuth.h). */
#include "google/googleAuth.h"

#include <openssl/bio.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "core/base64.h"
#include "core/config.h"
#include "core/errors.h"
#include "net/httpClient.h"
#include "core/jsonUtil.h"
#include "core/log.h"

#define SA_FILE_MAX (64 * 1024)
#define TOKEN_CACHE_SLOTS 64
#define TOKEN_MAX 4096

typedef struct TokenSlot {
    char mailbox[256];
    char *token;          /* malloc'd; cleansed on release */
    int64_t refresh_at;   /* epoch seconds after which a new token is fetched */
} TokenSlot;

static TokenSlot g_tokens[TOKEN_CACHE_SLOTS];

static void slot_clear(TokenSlot *s)
{
    if (s->token) {
        OPENSSL_cleanse(s->token, strlen(s->token));
        free(s->token);
    }
    memset(s, 0, sizeof *s);
}

void google_token_invalidate(const char *mailbox)
{
    size_t n = strlen(mailbox);
    for (int i = 0; i < TOKEN_CACHE_SLOTS; i++)
        if (g_tokens[i].token && strncasecmp(g_tokens[i].mailbox, mailbox, n) == 0 &&
            (g_tokens[i].mailbox[n] == '\0' || g_tokens[i].mailbox[n] == ' ')) /* every scope */
            slot_clear(&g_tokens[i]);
}

void google_auth_reset(void)
{
    for (int i = 0; i < TOKEN_CACHE_SLOTS; i++)
        slot_clear(&g_tokens[i]);
}

int google_sa_load(Arena *a, const char *path, GoogleServiceAccount *out, char *err, size_t errlen)
{
    memset(out, 0, sizeof *out);
    FILE *f = NULL;
    char *data = NULL;
    int rc = 0;
    if (!path || !*path) {
        snprintf(err, errlen, "GOOGLE_SERVICE_ACCOUNT_FILE is not set");
        return ERR_UNAVAILABLE;
    }
    f = fopen(path, "rb");
    if (!f) {
        snprintf(err, errlen, "cannot open the service-account key file %s", path);
        rc = ERR_IO;
        goto cleanup;
    }
    data = arena_alloc(a, SA_FILE_MAX + 1);
    size_t n = fread(data, 1, SA_FILE_MAX + 1, f);
    if (n == 0 || n > SA_FILE_MAX) {
        snprintf(err, errlen, "the service-account key file %s is empty or too large", path);
        rc = ERR_IO;
        goto cleanup;
    }
    json_object *o = NULL;
    if (json_parse_arena(a, data, n, &o) != 0 || !json_object_is_type(o, json_type_object)) {
        snprintf(err, errlen, "the service-account key file %s is not a JSON object", path);
        rc = ERR_PARSE;
        goto cleanup;
    }
    out->client_email = arena_strdup(a, json_get_str(o, "client_email"));
    out->private_key_pem = arena_strdup(a, json_get_str(o, "private_key"));
    out->private_key_id = arena_strdup(a, json_get_str(o, "private_key_id"));
    out->token_uri = arena_strdup(a, json_get_str(o, "token_uri"));
    if (!out->client_email || !*out->client_email || !out->private_key_pem || !*out->private_key_pem) {
        snprintf(err, errlen, "the service-account key file %s lacks client_email or private_key", path);
        rc = ERR_INVALID;
    }
cleanup:
    if (f)
        fclose(f);
    if (data)
        OPENSSL_cleanse(data, SA_FILE_MAX + 1);
    return rc;
}

static void pkey_cleanup(void *p) { EVP_PKEY_free(p); }

int google_build_assertion(Arena *a, const GoogleServiceAccount *sa, const char *subject,
                           const char *scope, const char *audience, int64_t now, char **out)
{
    BIO *bio = NULL;
    EVP_PKEY *pkey = NULL;
    EVP_MD_CTX *ctx = NULL;
    unsigned char *sig = NULL;
    int rc = ERR_INVALID;
    *out = NULL;

    bio = BIO_new_mem_buf(sa->private_key_pem, -1);
    if (!bio)
        goto cleanup;
    pkey = PEM_read_bio_PrivateKey(bio, NULL, NULL, NULL);
    if (!pkey || EVP_PKEY_get_base_id(pkey) != EVP_PKEY_RSA)
        goto cleanup;
    arena_add_cleanup(a, pkey_cleanup, pkey);

    json_object *hdr = json_arena_own(a, json_object_new_object());
    json_object_object_add(hdr, "alg", json_object_new_string("RS256"));
    json_object_object_add(hdr, "typ", json_object_new_string("JWT"));
    if (sa->private_key_id && *sa->private_key_id)
        json_object_object_add(hdr, "kid", json_object_new_string(sa->private_key_id));
    int64_t iat = now - 30; /* tolerate a server clock slightly ahead of ours */
    json_object *cl = json_arena_own(a, json_object_new_object());
    json_object_object_add(cl, "iss", json_object_new_string(sa->client_email));
    if (subject && *subject)
        json_object_object_add(cl, "sub", json_object_new_string(subject));
    json_object_object_add(cl, "scope", json_object_new_string(scope));
    json_object_object_add(cl, "aud", json_object_new_string(audience));
    json_object_object_add(cl, "iat", json_object_new_int64(iat));
    json_object_object_add(cl, "exp", json_object_new_int64(iat + 3600));
    const char *hs = json_to_arena(a, hdr);
    const char *cs = json_to_arena(a, cl);
    char *input = arena_sprintf(a, "%s.%s", base64_encode(a, hs, strlen(hs), 1),
                                base64_encode(a, cs, strlen(cs), 1));

    ctx = EVP_MD_CTX_new();
    size_t siglen = 0;
    if (!ctx || EVP_DigestSignInit(ctx, NULL, EVP_sha256(), NULL, pkey) != 1 ||
        EVP_DigestSignUpdate(ctx, input, strlen(input)) != 1 ||
        EVP_DigestSignFinal(ctx, NULL, &siglen) != 1 || siglen == 0 || siglen > 2048)
        goto cleanup;
    sig = arena_alloc(a, siglen);
    if (EVP_DigestSignFinal(ctx, sig, &siglen) != 1)
        goto cleanup;
    *out = arena_sprintf(a, "%s.%s", input, base64_encode(a, sig, siglen, 1));
    rc = 0;
cleanup:
    EVP_MD_CTX_free(ctx);
    BIO_free(bio);
    return rc;
}

static TokenSlot *cache_find(const char *mailbox, int64_t now)
{
    for (int i = 0; i < TOKEN_CACHE_SLOTS; i++)
        if (g_tokens[i].token && strcasecmp(g_tokens[i].mailbox, mailbox) == 0)
            return g_tokens[i].refresh_at > now ? &g_tokens[i] : NULL;
    return NULL;
}

static void cache_put(const char *mailbox, const char *token, int64_t refresh_at)
{
    TokenSlot *victim = NULL;
    for (int i = 0; i < TOKEN_CACHE_SLOTS && !victim; i++)
        if (g_tokens[i].token && strcasecmp(g_tokens[i].mailbox, mailbox) == 0)
            victim = &g_tokens[i];
    for (int i = 0; i < TOKEN_CACHE_SLOTS && !victim; i++)
        if (!g_tokens[i].token)
            victim = &g_tokens[i];
    if (!victim) { /* full: evict the one that expires first */
        victim = &g_tokens[0];
        for (int i = 1; i < TOKEN_CACHE_SLOTS; i++)
            if (g_tokens[i].refresh_at < victim->refresh_at)
                victim = &g_tokens[i];
    }
    slot_clear(victim);
    if (strlen(mailbox) >= sizeof victim->mailbox)
        return; /* not cacheable; fetched again next time */
    victim->token = strdup(token);
    if (!victim->token)
        abort();
    snprintf(victim->mailbox, sizeof victim->mailbox, "%s", mailbox);
    victim->refresh_at = refresh_at;
}

/* Turns the token endpoint's error JSON into "error: description". */
static void token_error_text(const HttpResponse *res, char *err, size_t errlen)
{
    json_object *o = NULL;
    const char *e = NULL, *d = NULL;
    if (json_parse_bounded(res->body, res->body_len, &o) == 0) {
        e = json_get_str(o, "error");
        d = json_get_str(o, "error_description");
    }
    if (e)
        snprintf(err, errlen, "Google token endpoint refused (HTTP %ld): %s%s%s", res->status, e,
                 d ? ": " : "", d ? d : "");
    else
        snprintf(err, errlen, "Google token endpoint answered HTTP %ld", res->status);
    json_object_put(o);
}

int google_access_token(Arena *a, const char *mailbox, char **token, char *err, size_t errlen)
{
    return google_access_token_for(a, mailbox, GOOGLE_GMAIL_SCOPE, token, err, errlen);
}

int google_access_token_for(Arena *a, const char *mailbox, const char *scope, char **token, char *err,
                            size_t errlen)
{
    GoogleServiceAccount sa;
    char *assertion = NULL;
    int rc = 0;
    *token = NULL;
    if (err && errlen)
        err[0] = '\0';
    int64_t now = (int64_t)time(NULL);
    /* One cached token per (mailbox, scope): the read token keeps the bare
     * mailbox as its key, so google_token_invalidate(mailbox) finds it. */
    const char *key = strcmp(scope, GOOGLE_GMAIL_SCOPE) == 0 ? mailbox : arena_sprintf(a, "%s %s", mailbox, scope);
    TokenSlot *s = cache_find(key, now);
    if (s) {
        *token = arena_strdup(a, s->token);
        return 0;
    }
    if (!config_gmail_enabled(&g_config)) {
        snprintf(err, errlen, "Gmail is not configured (GOOGLE_SERVICE_ACCOUNT_FILE is unset)");
        return ERR_UNAVAILABLE;
    }
    rc = google_sa_load(a, g_config.google_service_account_file, &sa, err, errlen);
    if (rc)
        return ERR_UNAVAILABLE;
    const char *url = g_config.google_token_url;
    rc = google_build_assertion(a, &sa, mailbox, scope, url, now, &assertion);
    if (rc) {
        snprintf(err, errlen, "the service-account private key cannot be used (not an RSA PEM key)");
        return ERR_UNAVAILABLE;
    }
    const char *body = arena_sprintf(
        a, "grant_type=%s&assertion=%s",
        http_url_encode(a, "urn:ietf:params:oauth:grant-type:jwt-bearer"), assertion);
    static const char *const HEADERS[] = {"Content-Type: application/x-www-form-urlencoded",
                                          "Accept: application/json", NULL};
    HttpRequest req = {.method = "POST", .url = url, .headers = HEADERS, .body = body,
                       .body_len = strlen(body), .max_response = 64 * 1024};
    HttpResponse res;
    rc = http_request(a, &req, &res);
    if (rc) {
        snprintf(err, errlen, "Google token endpoint unreachable (%s: %.200s)", err_name(rc),
                 res.error ? res.error : "");
        return rc == ERR_TIMEOUT ? ERR_TIMEOUT : ERR_UPSTREAM;
    }
    if (res.status == 429 || res.status >= 500) {
        snprintf(err, errlen, "Google token endpoint answered HTTP %ld", res.status);
        return res.status == 429 ? ERR_RATE_LIMITED : ERR_UPSTREAM;
    }
    if (res.status != 200) {
        token_error_text(&res, err, errlen);
        return ERR_PERMANENT;
    }
    json_object *o = NULL;
    if (json_parse_arena(a, res.body, res.body_len, &o) != 0) {
        snprintf(err, errlen, "Google token endpoint sent malformed JSON");
        return ERR_UPSTREAM;
    }
    const char *tok = json_get_str(o, "access_token");
    int64_t expires_in = 0;
    if (!tok || !*tok || strlen(tok) > TOKEN_MAX) {
        snprintf(err, errlen, "Google token endpoint sent no access_token");
        return ERR_UPSTREAM;
    }
    if (json_get_int64(o, "expires_in", &expires_in) != 0 || expires_in <= 0)
        expires_in = 3600;
    int64_t margin = expires_in > 2 * GOOGLE_TOKEN_REFRESH_MARGIN_S ? GOOGLE_TOKEN_REFRESH_MARGIN_S
                                                                    : expires_in / 2;
    cache_put(key, tok, now + expires_in - margin);
    *token = arena_strdup(a, tok);
    log_kv(LOG_DEBUG, "google access token obtained", "mailbox=%s expires_in=%lld", mailbox,
           (long long)expires_in);
    return 0;
}
