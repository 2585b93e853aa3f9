/* triagePipeline.h — the provider chain and the `triage` job (README "AI triage").
 *
 * triage_text(): Gemini when a key is configured, the local classifier on
 * any Gemini failure (the reason is kept) and directly otherwise. The job
 * loads a conversation's customer text, skips it when that text was
 * already triaged, runs the chain and stores the result, the email row's
 * summary/team and one triage_runs row per provider attempt in one
 * transaction, then publishes `triage.completed`.
 */
#ifndef CS_TRIAGE_PIPELINE_H
#define CS_TRIAGE_PIPELINE_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include "core/arena.h"
#include "jobs/jobQueue.h"
#include "triage/triage.h"

/* Text sent to any provider: longer input is cut at a word boundary. The
 * customer's point is nearly always in the first few paragraphs, and a
 * bound keeps Gemini's cost and latency predictable. */
#define TRIAGE_MAX_INPUT_BYTES 8192
#define TRIAGE_MAX_ATTEMPTS 3   /* gemini, gemini fallback model, then local */
#define TRIAGE_CIRCUIT_PERMANENT_SECONDS 600 /* cool-down after 401/403/404 */
#define TRIAGE_MAX_MESSAGES 20  /* newest customer messages considered */

/* One provider call, as stored in triage_runs. Strings are static or owned
 * by the arena given to triage_text(). */
typedef struct TriageAttempt {
    const char *provider;    /* "gemini" | "local" (one row per model tried) */
    const char *model;       /* may be NULL */
    int prompt_tokens;
    int output_tokens;
    double latency_ms;
    double cost_usd;
    const char *outcome;     /* "ok" | "fallback" | "error:<reason>" */
    const char *error;       /* NULL on success */
    const char *team;        /* NULL on failure */
    double confidence;
} TriageAttempt;

typedef struct TriageLog {
    TriageAttempt attempts[TRIAGE_MAX_ATTEMPTS];
    int n;
} TriageLog;

/* The first max_bytes of text (NULL = ""), cut at the last whitespace in
 * the final eighth of the window when there is one, never inside a UTF-8
 * sequence. Arena-owned; text itself when it already fits. */
const char *triage_bound_input(Arena *a, const char *text, size_t max_bytes);

/* Runs the provider chain on text (bounded here). 0 and *out (strings in
 * the arena), or ERR_UNAVAILABLE when no provider worked (no Gemini and no
 * local model). log (may be NULL) receives every attempt. */
int triage_text(Arena *a, const char *text, TriageResult *out, TriageLog *log);

/* The Gemini circuit breaker. After a daily-quota 429 (or a retry delay
 * longer than GEMINI_TIMEOUT_MS), a 401/403, or a 404 with no working
 * GEMINI_FALLBACK_MODEL, triage_text() stops calling Gemini for a
 * cool-down and records the Gemini attempt as "error:circuit_open":
 * daily quota until the next midnight Pacific (the documented reset), the
 * others TRIAGE_CIRCUIT_PERMANENT_SECONDS, all capped by
 * GEMINI_CIRCUIT_MAX_SECONDS (0 turns the breaker off). The state is per
 * process: each job worker has its own and finds out on its own (one
 * failed call each). One log line when it opens and one when it closes.
 * A primary model that answered 404 is likewise skipped for the
 * permanent cool-down while a fallback model is configured. */

/* The wall clock used by the breaker (tests inject one); NULL = time(). */
typedef time_t (*TriageClock)(void);
void triage_breaker_set_clock(TriageClock clock);
/* Seconds the breaker stays open from now; 0 when closed. */
long triage_breaker_remaining(void);
/* Closes the breaker and forgets a missing primary model (tests). */
void triage_breaker_reset(void);
/* Seconds from now (a Unix time) to the next midnight in US Pacific time
 * (PST/PDT by the US rule), when Gemini's daily quotas reset. 1..86400. */
long triage_seconds_to_pacific_midnight(time_t now);

/* 1 when a triage this unsure should wait for a human to choose the team
 * (confidence below TRIAGE_MIN_CONFIDENCE): the job then sets the
 * conversation's needs_team, unless a team is already set. */
int triage_needs_team(double confidence);

/* Lowercase hex SHA-256 of text, arena-owned (the conversation's
 * triage_input_hash). */
const char *triage_text_hash(Arena *a, const char *text);

/* The customer text of a conversation as the job triages it: the subject,
 * then the newest customer messages (emails' new_text, or body_text when
 * new_text is empty; inbound chats; calls' notes and transcripts) oldest first, within
 * TRIAGE_MAX_INPUT_BYTES. *newest_email_id (may be NULL) gets the newest
 * customer email's id or 0. 0, ERR_NOT_FOUND (no such conversation) or a
 * db error. *text is arena-owned. */
int triage_load_conversation_text(Arena *a, int64_t conversation_id, const char **text,
                                  int64_t *newest_email_id);

/* Job kind "triage": payload {"conversation_id":N, "email_id":N?,
 * "force":bool?}. force re-runs even when the text is unchanged. */
int job_triage(JobContext *job);

/* Queues a forced re-triage of a conversation (coalesced with one already
 * queued). 0 and *job_id (the new or the queued job), or a db error. */
int triage_enqueue_forced(Arena *a, int64_t conversation_id, int64_t *job_id);

#endif
