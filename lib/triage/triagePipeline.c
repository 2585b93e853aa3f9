/* triagePipeline.c — provider chain and the `triage` job (see triagePipeline.h).
 *
 * A query must never end lost or stuck: Gemini failures of any kind fall
 * back to the local model within the same job; only when the local model
 * is missing too does the job fail, and the queue retries it with backoff.
 */
#include "triage/triagePipeline.h"

#include <inttypes.h>
#include <openssl/evp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/buf.h"
#include "core/config.h"
#include "store/db.h"
#include "core/errors.h"
#include "triage/geminiClient.h"
#include "core/jsonUtil.h"
#include "core/log.h"
#include "core/metrics.h"
#include "net/nchanPublish.h"
#include "core/timeUtil.h"
#include "core/hex.h"
#include "core/utf8.h"
#include "inbox/assignment.h" /* inbox: assign_conversation after a team is set */
#include "inbox/events.h"

static int is_space(unsigned char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

const char *triage_bound_input(Arena *a, const char *text, size_t max_bytes)
{
    if (!text)
        return "";
    size_t n = strlen(text);
    if (n <= max_bytes)
        return text;
    size_t cut = max_bytes;
    /* Never split a UTF-8 sequence: back up to a lead byte. */
    while (cut > 0 && ((unsigned char)text[cut] & 0xC0) == 0x80)
        cut--;
    for (size_t i = cut; i > max_bytes - max_bytes / 8 && i > 0; i--) {
        if (is_space((unsigned char)text[i - 1])) {
            cut = i - 1;
            break;
        }
    }
    while (cut > 0 && is_space((unsigned char)text[cut - 1]))
        cut--;
    return arena_strndup(a, text, cut);
}

int triage_needs_team(double confidence) { return confidence < g_config.triage_min_confidence; }

const char *triage_text_hash(Arena *a, const char *text)
{
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int mdlen = 0;
    if (!text)
        text = "";
    if (EVP_Digest(text, strlen(text), md, &mdlen, EVP_sha256(), NULL) != 1)
        mdlen = 0;
    return hex_encode(arena_alloc(a, (size_t)mdlen * 2 + 1), md, mdlen);
}

/* ---- the Gemini circuit breaker (per process; see triagePipeline.h) ------- */

typedef struct Breaker {
    time_t open_until;          /* 0 = closed */
    const char *why;            /* static: why it opened */
    time_t primary_gone_until;  /* GEMINI_MODEL answered 404: go to the fallback directly */
} Breaker;

static Breaker g_breaker;
static TriageClock g_clock;

static time_t clock_now(void) { return g_clock ? g_clock() : time(NULL); }

void triage_breaker_set_clock(TriageClock clock) { g_clock = clock; }

void triage_breaker_reset(void) { memset(&g_breaker, 0, sizeof g_breaker); }

long triage_breaker_remaining(void)
{
    time_t now = clock_now();
    return g_breaker.open_until > now ? (long)(g_breaker.open_until - now) : 0;
}

/* Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant). */
static long days_from_civil(long y, long m, long d)
{
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

/* The first Sunday on or after day `first` (days since the epoch, a Thursday). */
static long sunday_on_or_after(long first) { return first + (7 - (first + 4) % 7) % 7; }

/* UTC offset of US Pacific time at t: PDT from the second Sunday of March
 * 02:00 PST (10:00 UTC) to the first Sunday of November 02:00 PDT (09:00
 * UTC), PST otherwise. */
static long pacific_offset(long t)
{
    time_t tt = (time_t)t;
    struct tm tm;
    gmtime_r(&tt, &tm);
    long y = tm.tm_year + 1900;
    long start = (sunday_on_or_after(days_from_civil(y, 3, 1)) + 7) * 86400L + 10 * 3600L;
    long end = sunday_on_or_after(days_from_civil(y, 11, 1)) * 86400L + 9 * 3600L;
    return t >= start && t < end ? -7 * 3600L : -8 * 3600L;
}

long triage_seconds_to_pacific_midnight(time_t now)
{
    long t = (long)now;
    long local = t + pacific_offset(t);
    long day = (local >= 0 ? local / 86400L : (local - 86399L) / 86400L) + 1; /* the next local day */
    /* The offset at that midnight (07:00/08:00 UTC, away from the 09:00/10:00
     * UTC switches), so a 23- or 25-hour day comes out right. */
    long midnight = day * 86400L - pacific_offset(day * 86400L + 8 * 3600L);
    return midnight - t;
}

static long cap_seconds(long s)
{
    long cap = g_config.gemini_circuit_max_seconds;
    return s < cap ? s : cap;
}

/* Open (or not) after a failed Gemini call: only failures that the next
 * jobs would surely hit too. */
static void breaker_consider(const GeminiStatus *st, const char *model)
{
    const char *why = NULL;
    long secs = 0;
    long budget_ms = g_config.gemini_timeout_ms > 0 ? g_config.gemini_timeout_ms : 20000;
    time_t now = clock_now();
    LogLevel level = LOG_WARN;
    const char *hint = "none";
    if (st->http_status == 429 && st->per_day) {
        why = "daily_quota";
        secs = triage_seconds_to_pacific_midnight(now);
    } else if (st->http_status == 429 && st->retry_delay_ms > budget_ms) {
        why = "long_retry_delay";
        secs = (st->retry_delay_ms + 999) / 1000;
    } else if (st->http_status == 401 || st->http_status == 403) {
        why = "auth";
        secs = TRIAGE_CIRCUIT_PERMANENT_SECONDS;
        level = LOG_ERROR;
        hint = "check_GEMINI_API_KEY";
    } else if (st->http_status == 404) {
        why = "model_not_found";
        secs = TRIAGE_CIRCUIT_PERMANENT_SECONDS;
        level = LOG_ERROR;
        hint = "update_GEMINI_MODEL_or_GEMINI_FALLBACK_MODEL";
    }
    secs = cap_seconds(secs);
    if (!why || secs <= 0)
        return;
    g_breaker.open_until = now + secs;
    g_breaker.why = why;
    log_kv(level, "gemini circuit breaker opened: this worker uses only the local model until it closes",
           "reason=%s model=%s http_status=%ld seconds=%ld action=%s", why, model, st->http_status, secs, hint);
}

/* 1 while open; logs once when a cool-down has passed. */
static int breaker_open(void)
{
    if (!g_breaker.open_until)
        return 0;
    if (clock_now() < g_breaker.open_until)
        return 1;
    log_kv(LOG_INFO, "gemini circuit breaker closed: calling Gemini again", "after=%s", g_breaker.why);
    g_breaker.open_until = 0;
    g_breaker.why = NULL;
    return 0;
}

static TriageAttempt *next_attempt(TriageLog *log)
{
    if (!log || log->n >= TRIAGE_MAX_ATTEMPTS)
        return NULL;
    TriageAttempt *t = &log->attempts[log->n++];
    memset(t, 0, sizeof *t);
    return t;
}

/* One Gemini call with `model`, recorded in log. */
static int gemini_attempt(Arena *a, const char *model, const char *input, TriageResult *g, GeminiStatus *st,
                          TriageLog *log)
{
    int rc = gemini_triage_model(a, model, input, g, st);
    TriageAttempt *t = next_attempt(log);
    if (t) {
        t->provider = "gemini";
        t->model = g->model ? g->model : model;
        t->prompt_tokens = g->prompt_tokens;
        t->output_tokens = g->output_tokens;
        t->latency_ms = g->latency_ms;
        t->cost_usd = g->cost_usd;
        t->outcome = rc ? arena_sprintf(a, "error:%s", st->reason) : "ok";
        t->error = rc ? (st->message ? st->message : err_name(rc)) : NULL;
        t->team = rc ? NULL : g->team;
        t->confidence = rc ? 0.0 : g->confidence;
    }
    return rc;
}

/* GEMINI_FALLBACK_MODEL when set and different from the primary, else NULL. */
static const char *usable_fallback(const char *primary)
{
    const char *f = g_config.gemini_fallback_model;
    if (!f || !*f)
        return NULL;
    if (strncmp(f, "models/", 7) == 0)
        f += 7;
    if (strncmp(primary, "models/", 7) == 0)
        primary += 7;
    return strcmp(f, primary) == 0 ? NULL : f;
}

/* The Gemini part of the chain: 0 and *out, or the failure with *why set. */
static int triage_gemini(Arena *a, const char *input, TriageResult *out, TriageLog *log, const char **why)
{
    const char *primary = g_config.gemini_model ? g_config.gemini_model : GEMINI_DEFAULT_MODEL;
    const char *fallback = usable_fallback(primary);
    TriageResult g;
    GeminiStatus st;
    const char *model = primary;
    int rc = ERR_UNAVAILABLE;

    if (breaker_open()) {
        TriageAttempt *t = next_attempt(log);
        if (t) {
            t->provider = "gemini";
            t->model = primary;
            t->outcome = "error:circuit_open";
            t->error = arena_sprintf(a, "circuit breaker open after %s; %lds left", g_breaker.why,
                                     triage_breaker_remaining());
        }
        *why = "circuit_open";
        return ERR_UNAVAILABLE;
    }
    memset(&st, 0, sizeof st);
    int skip_primary = fallback && g_breaker.primary_gone_until > clock_now();
    if (!skip_primary) {
        rc = gemini_attempt(a, primary, input, &g, &st, log);
        if (rc == 0) {
            *out = g;
            return 0;
        }
        if (st.http_status == 404 && fallback) {
            /* Retired or "no longer available to new users": alert, then the
             * same request once with the fallback model. */
            log_kv(LOG_ERROR, "gemini: the configured model was not found (retired?); update GEMINI_MODEL."
                              " Using GEMINI_FALLBACK_MODEL meanwhile",
                   "model=%s fallback=%s", primary, fallback);
            long secs = cap_seconds(TRIAGE_CIRCUIT_PERMANENT_SECONDS);
            if (secs > 0)
                g_breaker.primary_gone_until = clock_now() + secs;
            skip_primary = 1;
        }
    }
    if (skip_primary) {
        model = fallback;
        rc = gemini_attempt(a, fallback, input, &g, &st, log);
        if (rc == 0) {
            *out = g;
            return 0;
        }
    }
    breaker_consider(&st, model);
    *why = st.reason;
    return rc;
}

int triage_text(Arena *a, const char *text, TriageResult *out, TriageLog *log)
{
    const char *input = triage_bound_input(a, text, TRIAGE_MAX_INPUT_BYTES);
    int tried_gemini = 0;
    const char *why = NULL;
    int rc = 0;

    if (log)
        log->n = 0;
    memset(out, 0, sizeof *out);
    if (config_gemini_enabled(&g_config)) {
        tried_gemini = 1;
        rc = triage_gemini(a, input, out, log, &why);
        if (rc == 0)
            return 0;
        /* While the breaker is open this would be one line per job. */
        if (!why || strcmp(why, "circuit_open") != 0)
            log_kv(LOG_WARN, "triage: gemini failed, falling back to the local model", "reason=%s", why);
    }

    TriageResult l;
    memset(&l, 0, sizeof l);
    double start = time_mono_ms();
    rc = local_triage(a, input, &l);
    if (rc == 0 && triage_team_index(l.team) < 0)
        rc = ERR_INTERNAL; /* a model that answers outside the label set is broken */
    if (l.latency_ms <= 0)
        l.latency_ms = time_mono_ms() - start;
    if (!l.provider)
        l.provider = "local";
    TriageAttempt *t = next_attempt(log);
    if (t) {
        t->provider = "local";
        t->model = l.model;
        t->latency_ms = l.latency_ms;
        t->outcome = rc ? arena_sprintf(a, "error:%s", err_name(rc)) : tried_gemini ? "fallback" : "ok";
        t->error = rc ? (rc == ERR_UNAVAILABLE ? "no local triage model could be loaded (TRIAGE_MODEL_FILE)"
                                               : "local triage failed")
                      : (tried_gemini ? arena_sprintf(a, "gemini failed: %s", why) : NULL);
        t->team = rc ? NULL : l.team;
        t->confidence = rc ? 0.0 : l.confidence;
    }
    if (rc) {
        log_kv(LOG_ERROR, "triage: no provider worked", "local=%s gemini=%s", err_name(rc),
               tried_gemini ? why : "not_configured");
        return ERR_UNAVAILABLE;
    }
    if (tried_gemini)
        metrics_inc(MET_TRIAGE_FALLBACK, why ? why : "unknown", NULL); /* ops: /metrics */
    *out = l;
    return 0;
}

/* ---- the job ------------------------------------------------------------- */


int triage_load_conversation_text(Arena *a, int64_t conversation_id, const char **text,
                                  int64_t *newest_email_id)
{
    PGresult *r = NULL;
    const char *p[] = {arena_i64s(a, conversation_id)};
    int rc = 0;

    *text = "";
    if (newest_email_id)
        *newest_email_id = 0;
    rc = db_exec(a, &r, "SELECT subject FROM conversations WHERE id = $1", 1, p);
    if (rc)
        return rc;
    if (PQntuples(r) != 1)
        return ERR_NOT_FOUND;
    const char *subject = db_get(r, 0, 0);

    /* Customer messages only (our own replies are sent from the mailbox).
     * A later channel joins this union the same way (calls with a
     * transcript, for instance). */
    const char *p2[] = {p[0], arena_sprintf(a, "%d", TRIAGE_MAX_MESSAGES)};
    rc = db_exec(a, &r,
                 "SELECT kind, id, text FROM ("
                 " SELECT 'email' AS kind, id,"
                 "  COALESCE(NULLIF(btrim(new_text), ''), body_text, '') AS text,"
                 "  COALESCE(internal_date, created_at) AS at"
                 " FROM emails WHERE conversation_id = $1"
                 "  AND (from_address IS NULL OR from_address <> mailbox)"
                 " UNION ALL"
                 " SELECT 'chat', id, COALESCE(body, ''), COALESCE(received_at, created_at)"
                 " FROM chats WHERE conversation_id = $1 AND direction = 'inbound'"
                 " UNION ALL" /* calls: the agent's notes or the transcript */
                 " SELECT 'call', id, concat_ws(E'\\n', notes, transcript), COALESCE(started_at, created_at)"
                 " FROM calls WHERE conversation_id = $1 AND (notes IS NOT NULL OR transcript IS NOT NULL)"
                 ") m ORDER BY at DESC, id DESC LIMIT $2::int",
                 DB_NPARAMS(p2), p2);
    if (rc)
        return rc;

    /* Newest first until the budget is spent, then printed oldest first:
     * the latest words matter most, the thread reads in order. */
    int n = PQntuples(r), take = 0;
    if (subject)
        subject = triage_bound_input(a, subject, 300);
    size_t used = subject ? strlen(subject) + 12 : 0;
    for (int i = 0; newest_email_id && i < n; i++) {
        if (strcmp(db_get(r, i, 0), "email") == 0) {
            *newest_email_id = strtoll(db_get(r, i, 1), NULL, 10);
            break;
        }
    }
    for (int i = 0; i < n; i++) {
        const char *t = db_get(r, i, 2);
        size_t len = t ? strlen(t) : 0;
        if (take > 0 && used + len + 2 > TRIAGE_MAX_INPUT_BYTES)
            break;
        used += len + 2;
        take = i + 1;
    }
    Buf b;
    buf_init(&b, TRIAGE_MAX_INPUT_BYTES * 4);
    if (subject && *subject)
        buf_appendf(&b, "Subject: %s\n\n", subject);
    for (int i = take - 1; i >= 0; i--) {
        /* One message alone may be longer than the whole budget. */
        const char *t = triage_bound_input(a, db_get(r, i, 2), TRIAGE_MAX_INPUT_BYTES);
        if (!*t)
            continue;
        if (buf_append_str(&b, t) != 0 || buf_append_str(&b, "\n\n") != 0)
            break; /* cannot happen with the bounds above; the cut below holds anyway */
    }
    /* Trim trailing blank lines so the hash does not depend on them. */
    while (b.len && is_space((unsigned char)b.data[b.len - 1]))
        b.data[--b.len] = '\0';
    *text = triage_bound_input(a, buf_to_arena(&b, a), TRIAGE_MAX_INPUT_BYTES);
    return 0;
}

static int insert_runs(Arena *a, int64_t conversation_id, int64_t email_id, const TriageLog *log)
{
    for (int i = 0; i < log->n; i++) {
        const TriageAttempt *t = &log->attempts[i];
        const char *p[] = {
            arena_i64s(a, conversation_id),
            email_id ? arena_i64s(a, email_id) : NULL,
            t->provider,
            t->model,
            t->provider && strcmp(t->provider, "gemini") == 0 ? arena_sprintf(a, "%d", t->prompt_tokens) : NULL,
            t->provider && strcmp(t->provider, "gemini") == 0 ? arena_sprintf(a, "%d", t->output_tokens) : NULL,
            arena_sprintf(a, "%ld", (long)(t->latency_ms + 0.5)),
            arena_sprintf(a, "%.8f", t->cost_usd),
            t->outcome,
            t->error ? utf8_strndup(a, t->error, 500) : NULL,
            t->team,
            t->team ? arena_sprintf(a, "%.4f", t->confidence) : NULL,
        };
        int rc = db_exec(a, NULL,
                         "INSERT INTO triage_runs (conversation_id, email_id, provider, model,"
                         " prompt_tokens, output_tokens, latency_ms, cost_usd, outcome, error,"
                         " suggested_team, confidence)"
                         " VALUES ($1, $2, $3, $4, $5::int, $6::int, $7::int, $8::numeric, $9, $10, $11,"
                         " $12::real)",
                         DB_NPARAMS(p), p);
        if (rc)
            return rc;
    }
    return 0;
}

static void publish_completed(Arena *a, int64_t conversation_id, int64_t email_id, int64_t assignee_id,
                              const TriageResult *r)
{
    json_object *d = json_arena_own(a, json_object_new_object());
    json_object_object_add(d, "conversation_id", json_object_new_int64(conversation_id));
    json_object_object_add(d, "email_id", email_id ? json_object_new_int64(email_id) : NULL);
    json_object_object_add(d, "team", json_object_new_string(r->team));
    json_object_object_add(d, "suggested_team", json_object_new_string(r->team));
    json_object_object_add(d, "summary", json_str_or_null(r->summary));
    json_object_object_add(d, "confidence", json_object_new_double(r->confidence));
    json_object_object_add(d, "language", json_str_or_null(r->language));
    json_object_object_add(d, "sentiment", json_str_or_null(r->sentiment));
    json_object_object_add(d, "priority", json_str_or_null(r->priority));
    json_object_object_add(d, "provider", json_str_or_null(r->provider));
    /* Best effort (README "Real-time"): clients re-read state after a reconnect. */
    nchan_publish(a, "inbox", "triage.completed", d);
    if (email_id)
        nchan_publish(a, "emails", "triage.completed", d);
    if (assignee_id > 0)
        nchan_publish(a, arena_sprintf(a, "agent-%" PRId64, assignee_id), "triage.completed", d);
}

/* Writes the outcome in one transaction. The slow provider call ran before
 * it, so another job may have stored a triage of newer text meanwhile:
 * then the conversation keeps the newer one (our runs are still kept). */
static int store_result(Arena *a, int64_t conversation_id, int64_t email_id, const char *text, const char *hash,
                        const TriageResult *r, const TriageLog *log, int *stored, int64_t *assignee_id)
{
    PGresult *res = NULL;
    const char *cid = arena_i64s(a, conversation_id);
    int rc = 0, in_tx = 0;

    *stored = 0;
    *assignee_id = 0;
    if ((rc = db_begin()) != 0)
        goto cleanup;
    in_tx = 1;
    const char *p0[] = {cid};
    rc = db_exec(a, &res, "SELECT triage_input_hash, assignee_id FROM conversations WHERE id = $1 FOR UPDATE", 1, p0);
    if (rc)
        goto cleanup;
    if (PQntuples(res) != 1) {
        rc = ERR_NOT_FOUND;
        goto cleanup;
    }
    const char *stored_hash = db_get(res, 0, 0);
    if (db_get(res, 0, 1))
        *assignee_id = strtoll(db_get(res, 0, 1), NULL, 10);
    int newer_stored = 0;
    if (stored_hash && strcmp(stored_hash, hash) != 0) {
        const char *current = NULL;
        rc = triage_load_conversation_text(a, conversation_id, &current, NULL);
        if (rc)
            goto cleanup;
        const char *current_hash = triage_text_hash(a, current);
        newer_stored = strcmp(current_hash, hash) != 0 && strcmp(current_hash, stored_hash) == 0;
    }
    if (!newer_stored) {
        /* inbox: a sure triage sets the team when none is set. Done before
         * the triage text is stored, so the learning trigger (sql/009) does
         * not take the model's own answer for an agent's correction. */
        if (!triage_needs_team(r->confidence)) {
            const char *pt[] = {cid, r->team};
            rc = db_exec(a, NULL, "UPDATE conversations SET team = $2 WHERE id = $1 AND team IS NULL",
                         DB_NPARAMS(pt), pt);
            if (rc)
                goto cleanup;
        }
        const char *p[] = {cid,
                           r->summary,
                           r->team,
                           arena_sprintf(a, "%.4f", r->confidence),
                           r->language,
                           r->sentiment,
                           r->priority,
                           r->provider,
                           hash,
                           text,
                           triage_needs_team(r->confidence) ? "true" : "false"};
        /* triage_input_text is what an agent's team change labels
         * (sql/009); needs_team only while no team is set. */
        rc = db_exec(a, NULL,
                     "UPDATE conversations SET summary = $2, suggested_team = $3, triage_confidence = $4::real,"
                     " language = $5, sentiment = $6,"
                     " priority = CASE WHEN $7::text IN ('low', 'medium', 'high', 'urgent') THEN $7 ELSE priority END,"
                     " triage_provider = $8, triaged_at = now(), triage_input_hash = $9, updated_at = now(),"
                     " triage_input_text = $10, needs_team = $11::boolean AND team IS NULL"
                     " WHERE id = $1",
                     DB_NPARAMS(p), p);
        if (rc)
            goto cleanup;
        *stored = 1;
        /* inbox: an open, unassigned one with a team is offered to the
         * team (job assign_conversation). */
        rc = db_exec(a, &res,
                     "SELECT 1 FROM conversations WHERE id = $1 AND status = 'open' AND assignee_id IS NULL"
                     " AND team IS NOT NULL AND NOT needs_team",
                     1, p0);
        if (!rc && PQntuples(res) == 1)
            rc = assignment_enqueue_conversation(a, conversation_id, 0);
        if (rc)
            goto cleanup;
    }
    if (email_id) {
        const char *p[] = {arena_i64s(a, email_id), cid, r->summary, r->team};
        rc = db_exec(a, NULL,
                     "UPDATE emails SET summary = $3, suggested_team = $4 WHERE id = $1 AND conversation_id = $2",
                     DB_NPARAMS(p), p);
        if (rc)
            goto cleanup;
    }
    rc = insert_runs(a, conversation_id, email_id, log);
    if (rc)
        goto cleanup;
    rc = db_commit();
    in_tx = 0;

cleanup:
    if (in_tx)
        db_rollback();
    return rc;
}

int job_triage(JobContext *job)
{
    Arena *a = job->arena;
    int64_t cid = 0, email_id = 0, newest = 0;
    const char *text = NULL;
    TriageResult r;
    TriageLog log = {.n = 0};
    int stored = 0;
    int64_t assignee_id = 0;
    int rc = 0;

    if (json_get_int64(job->payload, "conversation_id", &cid) != 0 || cid <= 0) {
        snprintf(job->error, sizeof job->error, "payload needs a positive conversation_id");
        return ERR_PERMANENT;
    }
    json_get_int64(job->payload, "email_id", &email_id);
    int force = json_get_bool(job->payload, "force") == 1;

    rc = triage_load_conversation_text(a, cid, &text, &newest);
    if (rc == ERR_NOT_FOUND) {
        log_kv(LOG_WARN, "triage: conversation is gone; nothing to do", "conversation_id=%" PRId64, cid);
        return 0;
    }
    if (rc) {
        snprintf(job->error, sizeof job->error, "loading the conversation text: %s", err_name(rc));
        return rc;
    }
    if (email_id <= 0)
        email_id = newest;
    const char *hash = triage_text_hash(a, text);

    if (!force) {
        PGresult *res = NULL;
        const char *p[] = {arena_i64s(a, cid)};
        rc = db_exec(a, &res, "SELECT triage_input_hash FROM conversations WHERE id = $1", 1, p);
        if (rc) {
            snprintf(job->error, sizeof job->error, "reading the conversation: %s", err_name(rc));
            return rc;
        }
        const char *old = PQntuples(res) == 1 ? db_get(res, 0, 0) : NULL;
        if (old && strcmp(old, hash) == 0) {
            /* Same customer text as last time (a duplicate job, or a message
             * with no new words): the stored triage stands. The email row
             * still gets the conversation's summary for the list view. */
            if (email_id) {
                const char *p2[] = {arena_i64s(a, email_id), p[0]};
                rc = db_exec(a, NULL,
                             "UPDATE emails e SET summary = c.summary, suggested_team = c.suggested_team"
                             " FROM conversations c WHERE e.id = $1 AND c.id = $2 AND e.conversation_id = c.id"
                             " AND e.summary IS NULL",
                             DB_NPARAMS(p2), p2);
                if (rc)
                    return rc;
            }
            log_kv(LOG_INFO, "triage: text unchanged, skipped", "conversation_id=%" PRId64, cid);
            return 0;
        }
    }

    rc = triage_text(a, text, &r, &log);
    if (rc) {
        /* Keep a trace of the failed attempts, then let the queue retry. */
        int wrc = insert_runs(a, cid, email_id, &log);
        if (wrc)
            log_kv(LOG_WARN, "triage: could not record the failed runs", "err=%s", err_name(wrc));
        snprintf(job->error, sizeof job->error,
                 "no triage provider worked for conversation %" PRId64 " (local model missing?)", cid);
        log_kv(LOG_ERROR, "triage failed; the job will be retried", "conversation_id=%" PRId64 " attempt=%d",
               cid, job->attempts);
        return ERR_UNAVAILABLE;
    }

    rc = store_result(a, cid, email_id, text, hash, &r, &log, &stored, &assignee_id);
    if (rc == ERR_NOT_FOUND)
        return 0; /* deleted while we worked */
    if (rc) {
        snprintf(job->error, sizeof job->error, "storing the triage: %s", err_name(rc));
        return rc;
    }
    log_kv(LOG_INFO, "triage stored",
           "conversation_id=%" PRId64 " email_id=%" PRId64 " team=%s confidence=%.2f provider=%s model=%s"
           " needs_team=%d attempts=%d conversation_updated=%d",
           cid, email_id, r.team, r.confidence, r.provider, r.model ? r.model : "-",
           triage_needs_team(r.confidence), log.n, stored);
    if (stored) {
        publish_completed(a, cid, email_id, assignee_id, &r);
        inbox_publish_conversation(a, "conversation.updated", cid); /* the item with its new triage */
    }
    return 0;
}

int triage_enqueue_forced(Arena *a, int64_t conversation_id, int64_t *job_id)
{
    PGresult *r = NULL;
    const char *key = arena_sprintf(a, "triage-force:%" PRId64, conversation_id);
    const char *payload = arena_sprintf(a, "{\"conversation_id\":%" PRId64 ",\"force\":true}", conversation_id);
    int rc = job_enqueue(a, "triage", payload, 0, key, job_id);
    if (rc || *job_id)
        return rc;
    /* Absorbed by a queued one: report that job. */
    const char *p[] = {key};
    rc = db_exec(a, &r, "SELECT id FROM jobs WHERE dedupe_key = $1 AND state = 'queued' ORDER BY id LIMIT 1",
                 1, p);
    if (rc)
        return rc;
    if (PQntuples(r) == 1)
        *job_id = strtoll(db_get(r, 0, 0), NULL, 10);
    return 0;
}
