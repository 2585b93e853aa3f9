/* config.h — every setting, from the environment or a .env file.
 *
 * One table (config.c) gives each variable's name, type, bounds and default,
 * like redis' static_configs[]. config_load() fails fast with a message that
 * names the bad variable. Values already in the environment win over .env.
 */
#ifndef CS_CONFIG_H
#define CS_CONFIG_H

#include <stddef.h>

typedef struct Config {
    int port;
    const char *database_url;
    const char *auth_jwt_secret;
    const char *fcgi_socket;
    int request_workers;
    int job_workers;
    int max_requests;
    int request_timeout_seconds;
    int max_body_bytes;
    const char *log_file;
    const char *log_level;
    const char *nchan_publish_url;
    int job_max_attempts;
    int job_lease_seconds;
    int job_backoff_base_ms;
    int job_backoff_max_ms;
    const char *google_service_account_file;
    const char *google_pubsub_topic;
    const char *google_pubsub_audience;
    const char *google_pubsub_service_account;
    const char *gmail_api_base_url;
    const char *google_token_url;
    const char *google_jwks_url;
    const char *gemini_api_key;
    const char *gemini_model;
    const char *gemini_api_base_url;
    int gemini_timeout_ms;
    const char *gemini_fallback_model;   /* NULL = none */
    int gemini_circuit_max_seconds;      /* longest Gemini cool-down; 0 = breaker off */
    const char *interakt_api_key;
    const char *interakt_webhook_secret;
    const char *interakt_api_base_url;
    const char *ivr_webhook_secret;
    const char *triage_model_file;
    double triage_min_confidence;        /* below it a conversation needs_team */
    int triage_retrain_interval_seconds; /* scheduled retrain from corrections; 0 = off */
    const char *triage_data_dir;         /* corpus.tsv, bitextMapped.tsv, heldOut.tsv */
    int http_timeout_ms;
    /* --- the inbox, channels beyond Gmail, media --- */
    const char *media_dir;               /* our media store (WhatsApp files, recordings) */
    int media_max_bytes;
    int media_url_ttl_seconds;           /* signed media URLs live this long */
    const char *auto_assign;             /* "on" | "off" */
    int chat_triage_debounce_ms;         /* quiet time before a chat is triaged */
    const char *exotel_webhook_token;
    const char *exotel_api_key;
    const char *exotel_api_token;
    const char *exotel_sid;
    const char *exotel_api_base_url;
    const char *ivr_digit_teams;         /* "1:dispatch,2:finance,..." */
    int auth_token_ttl_seconds;          /* lifetime of a token from POST /auth/login */
    int exotel_reconcile_after_seconds;  /* calls: ask Exotel about a call with no final status after this */
    /* --- dashboard --- */
    const char *ai_prices;               /* "model:in:out,..." USD per 1M prompt/output tokens */
} Config;

/* The process-wide configuration, filled by config_load(). */
extern Config g_config;

/* Reads env_file (KEY=VALUE lines; may be NULL or missing) into the
 * environment without overriding what is set, then fills *c from the table.
 * Returns 0, or ERR_INVALID with a message naming the variable in err.
 * Strings in *c are owned by the process (never freed). */
int config_load(Config *c, const char *env_file, char *err, size_t errlen);

/* Parses one .env file into the environment (no override). 0 or ERR_IO /
 * ERR_PARSE (err says which line). Exposed for tests. */
int config_read_env_file(const char *path, char *err, size_t errlen);

/* Looks model up in an AI_PRICES table ("model:in:out,..."; a "models/"
 * prefix is ignored): 1 and *in / *out (USD per 1M tokens), 0 when the
 * model is not listed (model NULL: only validates), or ERR_INVALID when the
 * table is malformed. */
int config_ai_price(const char *table, const char *model, double *in, double *out);

/* True when Gmail is configured (service account file set). */
int config_gmail_enabled(const Config *c);
/* True when a Gemini key is set. */
int config_gemini_enabled(const Config *c);

#endif
