/* config.c — the settings table and its loader (see config.h). */
#include "core/config.h"

#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/errors.h"
#include "core/log.h"

Config g_config;

typedef enum ConfType { CONF_INT, CONF_STR, CONF_URL, CONF_DOUBLE } ConfType;

typedef struct ConfEntry {
    const char *name;
    ConfType type;
    size_t offset;
    long min; /* CONF_INT, CONF_DOUBLE bounds; CONF_STR: minimum length when set */
    long max;
    const char *def; /* default as text; NULL = unset */
    int required;
} ConfEntry;

#define F(field) offsetof(Config, field)

static const ConfEntry CONF_TABLE[] = {
    {"PORT", CONF_INT, F(port), 1, 65535, "3002", 0},
    {"DATABASE_URL", CONF_STR, F(database_url), 1, 0, NULL, 1},
    {"AUTH_JWT_SECRET", CONF_STR, F(auth_jwt_secret), 16, 0, NULL, 1},
    {"CSD_SOCKET", CONF_STR, F(fcgi_socket), 1, 0, "var/run/csd.sock", 0},
    {"CSD_REQUEST_WORKERS", CONF_INT, F(request_workers), 1, 256, "4", 0},
    {"CSD_JOB_WORKERS", CONF_INT, F(job_workers), 0, 64, "1", 0},
    {"CSD_MAX_REQUESTS", CONF_INT, F(max_requests), 1, 100000000, "10000", 0},
    {"CSD_REQUEST_TIMEOUT_SECONDS", CONF_INT, F(request_timeout_seconds), 1, 3600, "30", 0},
    {"CSD_MAX_BODY_BYTES", CONF_INT, F(max_body_bytes), 1024, 64 * 1024 * 1024, "1048576", 0},
    {"CSD_LOG_FILE", CONF_STR, F(log_file), 1, 0, "-", 0},
    {"LOG_LEVEL", CONF_STR, F(log_level), 1, 0, "info", 0},
    {"NCHAN_PUBLISH_URL", CONF_URL, F(nchan_publish_url), 0, 0, "http://127.0.0.1:3003/pub", 0},
    {"JOB_MAX_ATTEMPTS", CONF_INT, F(job_max_attempts), 1, 100, "8", 0},
    {"JOB_LEASE_SECONDS", CONF_INT, F(job_lease_seconds), 1, 86400, "300", 0},
    {"JOB_BACKOFF_BASE_MS", CONF_INT, F(job_backoff_base_ms), 1, 3600000, "1000", 0},
    {"JOB_BACKOFF_MAX_MS", CONF_INT, F(job_backoff_max_ms), 1, 86400000, "600000", 0},
    {"GOOGLE_SERVICE_ACCOUNT_FILE", CONF_STR, F(google_service_account_file), 1, 0, NULL, 0},
    {"GOOGLE_PUBSUB_TOPIC", CONF_STR, F(google_pubsub_topic), 1, 0, NULL, 0},
    {"GOOGLE_PUBSUB_AUDIENCE", CONF_STR, F(google_pubsub_audience), 1, 0, NULL, 0},
    {"GOOGLE_PUBSUB_SERVICE_ACCOUNT", CONF_STR, F(google_pubsub_service_account), 1, 0, NULL, 0},
    {"GMAIL_API_BASE_URL", CONF_URL, F(gmail_api_base_url), 0, 0, "https://gmail.googleapis.com/gmail/v1", 0},
    {"GOOGLE_TOKEN_URL", CONF_URL, F(google_token_url), 0, 0, "https://oauth2.googleapis.com/token", 0},
    {"GOOGLE_JWKS_URL", CONF_URL, F(google_jwks_url), 0, 0, "https://www.googleapis.com/oauth2/v3/certs", 0},
    {"GEMINI_API_KEY", CONF_STR, F(gemini_api_key), 1, 0, NULL, 0},
    {"GEMINI_MODEL", CONF_STR, F(gemini_model), 1, 0, "gemini-3.1-flash-lite", 0},
    {"GEMINI_API_BASE_URL", CONF_URL, F(gemini_api_base_url), 0, 0, "https://generativelanguage.googleapis.com/v1beta", 0},
    {"GEMINI_TIMEOUT_MS", CONF_INT, F(gemini_timeout_ms), 100, 600000, "20000", 0},
    {"GEMINI_FALLBACK_MODEL", CONF_STR, F(gemini_fallback_model), 1, 0, NULL, 0},
    {"GEMINI_CIRCUIT_MAX_SECONDS", CONF_INT, F(gemini_circuit_max_seconds), 0, 86400, "3600", 0},
    {"INTERAKT_API_KEY", CONF_STR, F(interakt_api_key), 1, 0, NULL, 0},
    {"INTERAKT_WEBHOOK_SECRET", CONF_STR, F(interakt_webhook_secret), 1, 0, NULL, 0},
    {"INTERAKT_API_BASE_URL", CONF_URL, F(interakt_api_base_url), 0, 0, "https://api.interakt.ai", 0},
    {"IVR_WEBHOOK_SECRET", CONF_STR, F(ivr_webhook_secret), 1, 0, NULL, 0},
    {"TRIAGE_MODEL_FILE", CONF_STR, F(triage_model_file), 1, 0, "build/triage.model", 0},
    /* --- triage learning (issue 13) --- */
    {"TRIAGE_MIN_CONFIDENCE", CONF_DOUBLE, F(triage_min_confidence), 0, 1, "0.5", 0},
    {"TRIAGE_RETRAIN_INTERVAL_SECONDS", CONF_INT, F(triage_retrain_interval_seconds), 0, 31 * 86400, "0", 0},
    {"TRIAGE_DATA_DIR", CONF_STR, F(triage_data_dir), 1, 0, "lib/triage/triageData", 0},
    {"HTTP_TIMEOUT_MS", CONF_INT, F(http_timeout_ms), 100, 600000, "15000", 0},
    /* --- the inbox, channels beyond Gmail, media --- */
    {"MEDIA_DIR", CONF_STR, F(media_dir), 1, 0, "var/media", 0},
    {"MEDIA_MAX_BYTES", CONF_INT, F(media_max_bytes), 1024, 256 * 1024 * 1024, "16777216", 0},
    {"MEDIA_URL_TTL_SECONDS", CONF_INT, F(media_url_ttl_seconds), 10, 7 * 86400, "3600", 0},
    {"AUTO_ASSIGN", CONF_STR, F(auto_assign), 2, 0, "on", 0},
    {"CHAT_TRIAGE_DEBOUNCE_MS", CONF_INT, F(chat_triage_debounce_ms), 0, 3600000, "20000", 0},
    {"EXOTEL_WEBHOOK_TOKEN", CONF_STR, F(exotel_webhook_token), 16, 0, NULL, 0},
    {"EXOTEL_API_KEY", CONF_STR, F(exotel_api_key), 1, 0, NULL, 0},
    {"EXOTEL_API_TOKEN", CONF_STR, F(exotel_api_token), 1, 0, NULL, 0},
    {"EXOTEL_SID", CONF_STR, F(exotel_sid), 1, 0, NULL, 0},
    {"EXOTEL_API_BASE_URL", CONF_URL, F(exotel_api_base_url), 0, 0, "https://api.exotel.com", 0},
    {"IVR_DIGIT_TEAMS", CONF_STR, F(ivr_digit_teams), 1, 0, NULL, 0},
    {"AUTH_TOKEN_TTL_SECONDS", CONF_INT, F(auth_token_ttl_seconds), 60, 30 * 86400, "43200", 0},
    /* --- calls (IVR) --- */
    {"EXOTEL_RECONCILE_AFTER_SECONDS", CONF_INT, F(exotel_reconcile_after_seconds), 0, 86400, "900", 0},
    /* --- dashboard: USD per 1M prompt:output tokens (protocols F4, 2026-11-24) --- */
    {"AI_PRICES", CONF_STR, F(ai_prices), 1, 0,
     "gemini-3.1-flash-lite:0.25:1.50,gemini-3.5-flash-lite:0.30:2.50,gemini-3.5-flash:1.50:9.00,"
     "gemini-3.8-flash:1.50:7.50,gemini-2.5-flash:0.30:2.50,gemini-2.5-flash-lite:0.10:0.40,"
     "gemini-2.0-flash:0.10:0.40", 0},
};

static char *trim(char *s)
{
    while (isspace((unsigned char)*s))
        s++;
    char *e = s + strlen(s);
    while (e > s && isspace((unsigned char)e[-1]))
        *--e = '\0';
    return s;
}

int config_read_env_file(const char *path, char *err, size_t errlen)
{
    if (!path)
        return 0;
    FILE *f = fopen(path, "r");
    if (!f)
        return errno == ENOENT ? 0 : ERR_IO;
    char line[8192];
    int lineno = 0, rc = 0;
    while (fgets(line, sizeof line, f)) {
        lineno++;
        char *s = trim(line);
        if (!*s || *s == '#')
            continue;
        if (strncmp(s, "export ", 7) == 0)
            s = trim(s + 7);
        char *eq = strchr(s, '=');
        if (!eq || eq == s) {
            snprintf(err, errlen, "%s:%d: expected KEY=VALUE", path, lineno);
            rc = ERR_PARSE;
            break;
        }
        *eq = '\0';
        char *key = trim(s);
        char *val = trim(eq + 1);
        size_t vl = strlen(val);
        if (vl >= 2 && (val[0] == '"' || val[0] == '\'') && val[vl - 1] == val[0]) {
            val[vl - 1] = '\0';
            val++;
        }
        setenv(key, val, 0);
    }
    fclose(f);
    return rc;
}

int config_load(Config *c, const char *env_file, char *err, size_t errlen)
{
    memset(c, 0, sizeof *c);
    int rc = config_read_env_file(env_file, err, errlen);
    if (rc)
        return rc == ERR_PARSE ? ERR_INVALID : rc;
    for (size_t i = 0; i < sizeof CONF_TABLE / sizeof CONF_TABLE[0]; i++) {
        const ConfEntry *e = &CONF_TABLE[i];
        const char *v = getenv(e->name);
        if (v && !*v)
            v = NULL; /* an empty value means "unset" */
        if (!v)
            v = e->def;
        if (!v) {
            if (e->required) {
                snprintf(err, errlen, "%s is required but not set", e->name);
                return ERR_INVALID;
            }
            continue;
        }
        void *slot = (char *)c + e->offset;
        if (e->type == CONF_INT) {
            char *end = NULL;
            errno = 0;
            long n = strtol(v, &end, 10);
            if (errno || end == v || *trim(end) || n < e->min || n > e->max) {
                snprintf(err, errlen, "%s must be a whole number from %ld to %ld (got \"%.40s\")",
                         e->name, e->min, e->max, v);
                return ERR_INVALID;
            }
            *(int *)slot = (int)n;
        } else if (e->type == CONF_DOUBLE) {
            char *end = NULL;
            errno = 0;
            double d = strtod(v, &end);
            if (errno || end == v || *trim(end) || !(d >= (double)e->min && d <= (double)e->max)) {
                snprintf(err, errlen, "%s must be a number from %ld to %ld (got \"%.40s\")", e->name, e->min,
                         e->max, v);
                return ERR_INVALID;
            }
            *(double *)slot = d;
        } else {
            if ((long)strlen(v) < e->min) {
                snprintf(err, errlen, "%s must be at least %ld characters", e->name, e->min);
                return ERR_INVALID;
            }
            if (e->type == CONF_URL && strncmp(v, "http://", 7) != 0 && strncmp(v, "https://", 8) != 0) {
                snprintf(err, errlen, "%s must be an http:// or https:// URL", e->name);
                return ERR_INVALID;
            }
            char *copy = strdup(v);
            if (!copy)
                abort();
            /* Base URLs are joined with "/path": drop a trailing slash. */
            size_t l = strlen(copy);
            if (e->type == CONF_URL && l > 8 && copy[l - 1] == '/')
                copy[l - 1] = '\0';
            *(const char **)slot = copy;
        }
    }
    if (log_level_parse(c->log_level) < 0) {
        snprintf(err, errlen, "LOG_LEVEL must be one of debug, info, warn, error");
        return ERR_INVALID;
    }
    if (c->ai_prices && config_ai_price(c->ai_prices, NULL, NULL, NULL) < 0) {
        snprintf(err, errlen, "AI_PRICES must be model:prompt_usd:output_usd[,...] (USD per 1M tokens)");
        return ERR_INVALID;
    }
    if (c->job_backoff_max_ms < c->job_backoff_base_ms) {
        snprintf(err, errlen, "JOB_BACKOFF_MAX_MS must not be below JOB_BACKOFF_BASE_MS");
        return ERR_INVALID;
    }
    return 0;
}

int config_ai_price(const char *table, const char *model, double *in, double *out)
{
    if (model && strncmp(model, "models/", 7) == 0)
        model += 7;
    int found = 0;
    const char *p = table;
    while (*p) {
        const char *end = strchr(p, ',');
        size_t len = end ? (size_t)(end - p) : strlen(p);
        const char *c1 = memchr(p, ':', len);
        const char *c2 = c1 ? memchr(c1 + 1, ':', len - (size_t)(c1 + 1 - p)) : NULL;
        if (!c1 || !c2 || c1 == p)
            return ERR_INVALID;
        char num[2][32];
        size_t l1 = (size_t)(c2 - c1 - 1), l2 = len - (size_t)(c2 + 1 - p);
        if (l1 == 0 || l1 >= sizeof num[0] || l2 == 0 || l2 >= sizeof num[1])
            return ERR_INVALID;
        memcpy(num[0], c1 + 1, l1);
        num[0][l1] = '\0';
        memcpy(num[1], c2 + 1, l2);
        num[1][l2] = '\0';
        double v[2];
        for (int i = 0; i < 2; i++) {
            char *e = NULL;
            errno = 0;
            v[i] = strtod(num[i], &e);
            if (errno || *e || !(v[i] >= 0) || v[i] > 1e6)
                return ERR_INVALID;
        }
        size_t ml = (size_t)(c1 - p);
        if (!found && model && strlen(model) == ml && strncmp(p, model, ml) == 0) {
            found = 1;
            if (in)
                *in = v[0];
            if (out)
                *out = v[1];
        }
        p = end ? end + 1 : p + len;
    }
    return found;
}

int config_gmail_enabled(const Config *c) { return c->google_service_account_file != NULL; }

int config_gemini_enabled(const Config *c) { return c->gemini_api_key != NULL; }
