/* geminiClient.h — the Gemini triage provider (README "AI triage"; REST
 * v1beta models/<model>:generateContent).
 *
 * One generateContent call with a system instruction that defines the seven
 * teams, the customer text as the user turn, and a JSON-Schema response
 * format. The reply is validated against that schema anyway (the model may
 * still return an out-of-enum team, a truncated text or a safety block).
 * The API key travels only in the x-goog-api-key header: never in the URL
 * and never in a log line.
 */
#ifndef CS_GEMINI_CLIENT_H
#define CS_GEMINI_CLIENT_H

#include <stddef.h>

#include "core/arena.h"
#include "triage/triage.h"

#define GEMINI_DEFAULT_MODEL "gemini-3.1-flash-lite"
#define GEMINI_DEFAULT_BASE_URL "https://generativelanguage.googleapis.com/v1beta"
#define GEMINI_MAX_ATTEMPTS 3            /* HTTP attempts within GEMINI_TIMEOUT_MS */
#define GEMINI_MAX_OUTPUT_TOKENS 512     /* first try */
#define GEMINI_MAX_OUTPUT_TOKENS_RETRY 2048 /* once, after MAX_TOKENS */
#define GEMINI_SUMMARY_MAX 1000          /* bytes; a longer summary is invalid */
#define GEMINI_TEXT_MAX (64u * 1024u)    /* bytes of model text we accept */
#define GEMINI_RESPONSE_MAX (1024u * 1024u)

/* What happened on a call, for triage_runs and logs. Strings are static or
 * owned by the arena given to gemini_triage_ex(). */
typedef struct GeminiStatus {
    const char *reason;    /* NULL on success, else gemini_error_reason(rc) */
    const char *message;   /* human-readable detail; never contains the key */
    long http_status;      /* last HTTP status (0 when none arrived) */
    int attempts;          /* HTTP requests made */
    long retry_delay_ms;   /* from a 429 (RetryInfo or Retry-After), else -1 */
    int per_day;           /* 1 when a 429 named a daily quota (quotaId "...PerDay...") */
} GeminiStatus;

/* Triage `text` (already stripped and bounded by the caller) with the
 * configured model. On success 0 and *out filled (provider
 * "gemini:<model>", tokens, latency, cost). On failure a negative ErrCode:
 *   ERR_UNAVAILABLE  no key configured
 *   ERR_FORBIDDEN    blocked (promptFeedback.blockReason, finishReason SAFETY ...)
 *   ERR_TOO_LARGE    truncated (MAX_TOKENS) even after one retry with a higher limit
 *   ERR_INVALID      the JSON did not match the schema
 *   ERR_PARSE        the body or the model's text was not JSON
 *   ERR_RATE_LIMITED 429 (status->retry_delay_ms tells how long)
 *   ERR_UPSTREAM     5xx or connection failure after the retries
 *   ERR_TIMEOUT      GEMINI_TIMEOUT_MS passed
 *   ERR_PERMANENT    400/403/404 (bad request, key, retired model)
 * Token counts and latency are filled in *out on failure too when known.
 * status may be NULL. */
int gemini_triage_ex(Arena *a, const char *text, TriageResult *out, GeminiStatus *status);

/* Same as gemini_triage_ex() with an explicit model id (NULL = GEMINI_MODEL),
 * e.g. GEMINI_FALLBACK_MODEL after the primary answered 404. The model
 * string must outlive the arena (config or static). */
int gemini_triage_model(Arena *a, const char *model, const char *text, TriageResult *out,
                        GeminiStatus *status);

/* Same as gemini_triage_ex() without the status. */
int gemini_triage(Arena *a, const char *text, TriageResult *out);

/* Pure parser of a generateContent response body (len bytes, need not be
 * NUL-terminated): fills summary, team, confidence, language, sentiment,
 * priority, model (modelVersion when present) and token counts (thoughts
 * count as output). Returns 0 or the codes above (ERR_FORBIDDEN,
 * ERR_TOO_LARGE, ERR_INVALID, ERR_PARSE); err gets a short explanation.
 * Strings in *out are owned by the arena. */
int gemini_parse_response(Arena *a, const char *body, size_t len, TriageResult *out, char *err,
                          size_t errlen);

/* Short static reason for a failure code ("blocked", "max_tokens",
 * "invalid", "malformed", "rate_limited", "upstream", "timeout",
 * "permanent", "not_configured", "error"). */
const char *gemini_error_reason(int rc);

/* Parses a google.protobuf.Duration string ("31s", "0.99s", "1.5s") into
 * milliseconds (rounded up); -1 when malformed. */
long gemini_parse_duration_ms(const char *s);

/* From a Google error body: the RetryInfo retryDelay in ms (-1 when absent);
 * *per_day set to 1 when a QuotaFailure quotaId mentions "PerDay" (a daily
 * quota: retrying soon is pointless). per_day may be NULL. */
long gemini_parse_retry_delay(const char *body, size_t len, int *per_day);

/* Estimated cost in USD from the price table in geminiClient.c (paid tier).
 * Unknown model: 0, and *known = 0 (known may be NULL). */
double gemini_cost_usd(const char *model, int prompt_tokens, int output_tokens, int *known);

/* Fills the Gemini settings of g_config that are unset (GEMINI_API_KEY,
 * GEMINI_MODEL, GEMINI_FALLBACK_MODEL, GEMINI_API_BASE_URL,
 * GEMINI_TIMEOUT_MS, GEMINI_CIRCUIT_MAX_SECONDS) from the
 * environment or their defaults: for tools such as `csctl triage` that run
 * with a configuration that stopped loading early (no DATABASE_URL). The
 * strings stay owned by the environment or are static. */
void gemini_config_from_env(void);

/* The request body for `text` (exposed for tests and the benchmark).
 * Arena-owned JSON text. */
const char *gemini_build_request(Arena *a, const char *model, const char *text, int max_output_tokens);

#endif
