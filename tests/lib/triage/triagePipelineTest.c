/* triagePipelineTest.c — the DB-free parts of the triage chain: input
 * bounds, the text hash, and Gemini-then-local fallback against a canned
 * in-process HTTP server (no network beyond loopback). */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/arena.h"
#include "core/config.h"
#include "core/errors.h"
#include "triage/geminiClient.h"
#include "triage/localTriage.h"
#include "triage/triage.h"
#include "triage/triagePipeline.h"
#include "testHttpServer.h"
#include "triage/triageTrain.h"

static Arena *a;
static char model_path[64];

/* ---- a tiny local model, trained once per test from a handful of lines ---- */

static const char CORPUS[] =
    "dispatch\ten\tmy order has not arrived yet where is my parcel\n"
    "dispatch\ten\ttracking shows no movement for my delivery\n"
    "dispatch\thinglish\tmera order abhi tak nahi aaya\n"
    "finance\ten\tpayment debited twice please refund the extra amount\n"
    "finance\ten\tneed GST invoice for my payment\n"
    "sales\ten\twhat is the price of neem oil for bulk order\n"
    "sales\ten\tI want dealership in my district\n"
    "technical\ten\twhat is the dosage of neem oil per litre for tomato\n"
    "technical\ten\thow to mix fungicide with pesticide for my crop\n"
    "returns_refunds\ten\tthe bottle arrived damaged and leaking I want a replacement\n"
    "returns_refunds\ten\twrong item delivered please return it\n"
    "support\ten\tI cannot login to the app\n"
    "support\ten\tplease cancel my order before dispatch\n"
    "general\ten\tthank you for the quick help\n"
    "general\ten\thello good morning\n";

static void train_model(void)
{
    char corpus_path[64];
    snprintf(corpus_path, sizeof corpus_path, "/tmp/triagePipelineTest-%d.tsv", (int)getpid());
    snprintf(model_path, sizeof model_path, "/tmp/triagePipelineTest-%d.model", (int)getpid());
    FILE *f = fopen(corpus_path, "w");
    cr_assert_not_null(f);
    fputs(CORPUS, f);
    fclose(f);
    TriageCorpus c;
    char err[256] = "";
    triage_corpus_init(&c, 0);
    cr_assert_eq(triage_corpus_load(&c, corpus_path, err, sizeof err), 0, "%s", err);
    TriageTrainStats st;
    cr_assert_eq(triage_train(&c, 12, TRIAGE_ALGO_NB, model_path, &st), 0);
    triage_corpus_free(&c);
    unlink(corpus_path);
}

static void setup(void)
{
    a = arena_new(0);
    g_config.gemini_api_key = NULL;
    g_config.gemini_model = "gemini-3.1-flash-lite";
    g_config.gemini_timeout_ms = 3000;
    g_config.gemini_fallback_model = NULL;
    g_config.gemini_circuit_max_seconds = 3600;
    triage_breaker_reset();
    triage_breaker_set_clock(NULL);
    train_model();
    local_triage_use_model(model_path);
}

static void teardown(void)
{
    arena_destroy(&a);
    local_triage_use_model(NULL);
    unlink(model_path);
}

TestSuite(triage_pipeline, .init = setup, .fini = teardown);

/* ---- canned HTTP server (tests/testHttpServer.h) ------------------------- */

#define REPLY(st, b) {.status = (st), .body = (b)}

/* Serves the script and points the Gemini client at it. */
static void server_start(TestHttpServer *s, const TestHttpReply *replies, int n)
{
    test_http_start(s, replies, n);
    g_config.gemini_api_key = "unit-test-key";
    g_config.gemini_api_base_url = arena_sprintf(a, "http://127.0.0.1:%d/v1beta", s->port);
}

#define OK_BODY                                                                                     \
    "{\"candidates\":[{\"content\":{\"parts\":[{\"text\":\"thinking\",\"thought\":true},{\"text\":"  \
    "\"{\\\"summary\\\":\\\"Order 55 has not arrived.\\\",\\\"suggested_team\\\":\\\"dispatch\\\","  \
    "\\\"confidence\\\":0.8,\\\"language\\\":\\\"hinglish\\\",\\\"sentiment\\\":\\\"negative\\\","   \
    "\\\"priority\\\":\\\"high\\\"}\"}]},\"finishReason\":\"STOP\"}],"                             \
    "\"usageMetadata\":{\"promptTokenCount\":400,\"candidatesTokenCount\":40,\"thoughtsTokenCount\":10}}"

#define E503 "{\"error\":{\"code\":503,\"message\":\"overloaded\",\"status\":\"UNAVAILABLE\"}}"
#define E429                                                                                        \
    "{\"error\":{\"code\":429,\"message\":\"quota\",\"status\":\"RESOURCE_EXHAUSTED\",\"details\":[" \
    "{\"@type\":\"type.googleapis.com/google.rpc.RetryInfo\",\"retryDelay\":\"0.05s\"}]}}"

/* ---- tests ----------------------------------------------------------------- */

Test(triage_pipeline, bound_input_short_text_unchanged)
{
    const char *t = "mera order abhi tak nahi aaya";
    cr_assert_eq(triage_bound_input(a, t, 100), t);
    cr_assert_str_eq(triage_bound_input(a, NULL, 100), "");
}

Test(triage_pipeline, bound_input_cuts_at_a_word)
{
    char *t = arena_alloc(a, 20001);
    for (int i = 0; i < 20000; i++)
        t[i] = (i % 10 == 9) ? ' ' : 'a';
    const char *b = triage_bound_input(a, t, 8192);
    size_t n = strlen(b);
    cr_assert(n <= 8192 && n > 8192 - 8192 / 8, "%zu", n);
    cr_assert_neq(b[n - 1], ' ');
    cr_assert_eq(t[n], ' '); /* the cut fell on a space */
}

Test(triage_pipeline, bound_input_never_splits_utf8)
{
    /* "नमस्ते" has 3-byte characters and no spaces: the cut must back up
     * to a character boundary. */
    const char *word = "\xe0\xa4\xa8\xe0\xa4\xae\xe0\xa4\xb8\xe0\xa5\x8d\xe0\xa4\xa4\xe0\xa5\x87";
    char *t = arena_alloc(a, 18 * 1000 + 1);
    for (int i = 0; i < 1000; i++)
        memcpy(t + i * 18, word, 18);
    for (size_t max = 100; max < 110; max++) {
        const char *b = triage_bound_input(a, t, max);
        size_t n = strlen(b);
        cr_assert(n <= max && n % 3 == 0, "max %zu gave %zu bytes", max, n);
    }
}

Test(triage_pipeline, hash_is_sha256_hex)
{
    cr_assert_str_eq(triage_text_hash(a, "abc"),
                     "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    cr_assert_str_eq(triage_text_hash(a, NULL), triage_text_hash(a, ""));
}

Test(triage_pipeline, no_key_uses_local)
{
    TriageResult r;
    TriageLog log;
    cr_assert_eq(triage_text(a, "mera order abhi tak nahi aaya", &r, &log), 0);
    cr_assert_str_eq(r.provider, "local");
    cr_assert_geq(triage_team_index(r.team), 0);
    cr_assert_not_null(r.summary);
    cr_assert_eq(log.n, 1);
    cr_assert_str_eq(log.attempts[0].provider, "local");
    cr_assert_str_eq(log.attempts[0].outcome, "ok");
    cr_assert_null(log.attempts[0].error);
}

Test(triage_pipeline, gemini_ok_after_a_503_and_a_429)
{
    static const TestHttpReply REPLIES[] = {REPLY(503, E503), REPLY(429, E429), REPLY(200, OK_BODY)};
    TestHttpServer s;
    server_start(&s, REPLIES, 3);
    TriageResult r;
    TriageLog log;
    int rc = triage_text(a, "mera order 55 abhi tak nahi aaya", &r, &log);
    test_http_stop(&s);
    cr_assert_eq(rc, 0);
    cr_assert_eq(s.served, 3);
    cr_assert_str_eq(r.provider, "gemini:gemini-3.1-flash-lite");
    cr_assert_str_eq(r.team, "dispatch");
    cr_assert_str_eq(r.summary, "Order 55 has not arrived.");
    cr_assert_eq(r.prompt_tokens, 400);
    cr_assert_eq(r.output_tokens, 50);
    cr_assert_gt(r.cost_usd, 0.0);
    cr_assert_eq(log.n, 1);
    cr_assert_str_eq(log.attempts[0].outcome, "ok");
    /* The key travels in the header, not in the URL. */
    cr_assert(strstr(s.requests[s.served - 1], "POST /v1beta/models/gemini-3.1-flash-lite:generateContent HTTP/1.1"),
              "%.200s", s.requests[s.served - 1]);
    cr_assert(strcasestr(s.requests[s.served - 1], "x-goog-api-key: unit-test-key"));
    cr_assert_null(strstr(s.requests[s.served - 1], "key="));
}

Test(triage_pipeline, gemini_down_falls_back_to_local)
{
    static const TestHttpReply REPLIES[] = {REPLY(503, E503), REPLY(503, E503), REPLY(503, E503)};
    TestHttpServer s;
    server_start(&s, REPLIES, 3);
    TriageResult r;
    TriageLog log;
    int rc = triage_text(a, "payment debited twice", &r, &log);
    test_http_stop(&s);
    cr_assert_eq(rc, 0);
    cr_assert_str_eq(r.provider, "local");
    cr_assert_eq(log.n, 2);
    cr_assert_str_eq(log.attempts[0].provider, "gemini");
    cr_assert_str_eq(log.attempts[0].outcome, "error:upstream");
    cr_assert(strstr(log.attempts[0].error, "503"), "%s", log.attempts[0].error);
    cr_assert_str_eq(log.attempts[1].provider, "local");
    cr_assert_str_eq(log.attempts[1].outcome, "fallback");
}

Test(triage_pipeline, gemini_blocked_falls_back_without_retry)
{
    static const TestHttpReply REPLIES[] = {
        REPLY(200, "{\"promptFeedback\":{\"blockReason\":\"SAFETY\"},\"usageMetadata\":{\"promptTokenCount\":30}}")};
    TestHttpServer s;
    server_start(&s, REPLIES, 1);
    TriageResult r;
    TriageLog log;
    cr_assert_eq(triage_text(a, "some text", &r, &log), 0);
    test_http_stop(&s);
    cr_assert_eq(s.served, 1);
    cr_assert_str_eq(log.attempts[0].outcome, "error:blocked");
    cr_assert_eq(log.attempts[0].prompt_tokens, 30);
    cr_assert_str_eq(log.attempts[1].outcome, "fallback");
}

Test(triage_pipeline, permanent_error_is_not_retried)
{
    static const TestHttpReply REPLIES[] = {
        REPLY(404, "{\"error\":{\"code\":404,\"message\":\"models/x is not found\",\"status\":\"NOT_FOUND\"}}")};
    TestHttpServer s;
    server_start(&s, REPLIES, 1);
    TriageResult r;
    GeminiStatus st;
    int rc = gemini_triage_ex(a, "hello", &r, &st);
    test_http_stop(&s);
    cr_assert_eq(rc, ERR_PERMANENT);
    cr_assert_eq(st.attempts, 1);
    cr_assert_eq(st.http_status, 404);
    cr_assert(strstr(st.message, "not found"));
}

Test(triage_pipeline, no_provider_at_all)
{
    local_triage_use_model("/nonexistent/triage.model");
    g_config.gemini_api_key = "unit-test-key";
    g_config.gemini_api_base_url = "http://127.0.0.1:1/v1beta"; /* refused */
    g_config.gemini_timeout_ms = 1000;
    TriageResult r;
    TriageLog log;
    cr_assert_eq(triage_text(a, "hello", &r, &log), ERR_UNAVAILABLE);
    cr_assert_eq(log.n, 2);
    cr_assert_str_eq(log.attempts[0].outcome, "error:upstream");
    cr_assert_str_eq(log.attempts[1].outcome, "error:unavailable");
}

/* ---- fallback model and circuit breaker ---------------------------------- */

#define E404 "{\"error\":{\"code\":404,\"message\":\"models/gemini-2.5-flash is no longer available to new users\"," \
             "\"status\":\"NOT_FOUND\"}}"
#define E403 "{\"error\":{\"code\":403,\"message\":\"Permission denied.\",\"status\":\"PERMISSION_DENIED\"}}"
#define E429_DAY                                                                                    \
    "{\"error\":{\"code\":429,\"message\":\"quota\",\"status\":\"RESOURCE_EXHAUSTED\",\"details\":[" \
    "{\"@type\":\"type.googleapis.com/google.rpc.QuotaFailure\",\"violations\":[{\"quotaId\":"       \
    "\"GenerateRequestsPerDayPerProjectPerModel-FreeTier\"}]},"                                     \
    "{\"@type\":\"type.googleapis.com/google.rpc.RetryInfo\",\"retryDelay\":\"0.05s\"}]}}"
#define E429_LONG                                                                                   \
    "{\"error\":{\"code\":429,\"message\":\"quota\",\"status\":\"RESOURCE_EXHAUSTED\",\"details\":[" \
    "{\"@type\":\"type.googleapis.com/google.rpc.RetryInfo\",\"retryDelay\":\"90s\"}]}}"

static time_t fake_now = 1795521600; /* 2026-11-24T12:00:00Z = 04:00 PST */
static time_t fake_clock(void) { return fake_now; }

Test(triage_pipeline, retired_model_404_uses_the_fallback_model)
{
    static const TestHttpReply REPLIES[] = {REPLY(404, E404), REPLY(200, OK_BODY), REPLY(200, OK_BODY)};
    g_config.gemini_model = "gemini-2.5-flash";
    g_config.gemini_fallback_model = "gemini-3.1-flash-lite";
    TestHttpServer s;
    server_start(&s, REPLIES, 3);
    TriageResult r;
    TriageLog log;
    int rc = triage_text(a, "mera order 55 abhi tak nahi aaya", &r, &log);
    cr_assert_eq(rc, 0);
    cr_assert_eq(s.served, 2);
    cr_assert_str_eq(r.provider, "gemini:gemini-3.1-flash-lite");
    cr_assert_str_eq(r.team, "dispatch");
    /* Both attempts are recorded, the failed one with the retired model. */
    cr_assert_eq(log.n, 2);
    cr_assert_str_eq(log.attempts[0].provider, "gemini");
    cr_assert_str_eq(log.attempts[0].model, "gemini-2.5-flash");
    cr_assert_str_eq(log.attempts[0].outcome, "error:permanent");
    cr_assert(strstr(log.attempts[0].error, "404"), "%s", log.attempts[0].error);
    cr_assert_str_eq(log.attempts[1].provider, "gemini");
    cr_assert_str_eq(log.attempts[1].model, "gemini-3.1-flash-lite");
    cr_assert_str_eq(log.attempts[1].outcome, "ok");
    cr_assert(strstr(s.requests[0], "/models/gemini-2.5-flash:generateContent"), "%s", s.requests[0]);
    cr_assert(strstr(s.requests[1], "/models/gemini-3.1-flash-lite:generateContent"), "%s", s.requests[1]);
    cr_assert_eq(triage_breaker_remaining(), 0);
    /* The next job goes to the fallback directly instead of 404ing first. */
    rc = triage_text(a, "payment debited twice", &r, &log);
    test_http_stop(&s);
    cr_assert_eq(rc, 0);
    cr_assert_eq(s.served, 3);
    cr_assert_eq(log.n, 1);
    cr_assert_str_eq(log.attempts[0].model, "gemini-3.1-flash-lite");
    cr_assert(strstr(s.requests[2], "/models/gemini-3.1-flash-lite:generateContent"), "%s", s.requests[2]);
}

Test(triage_pipeline, fallback_equal_to_primary_is_not_retried)
{
    static const TestHttpReply REPLIES[] = {REPLY(404, E404), REPLY(200, OK_BODY)};
    g_config.gemini_fallback_model = "models/gemini-3.1-flash-lite"; /* the same model */
    TestHttpServer s;
    server_start(&s, REPLIES, 2);
    TriageResult r;
    TriageLog log;
    cr_assert_eq(triage_text(a, "hello", &r, &log), 0);
    test_http_stop(&s);
    cr_assert_eq(s.served, 1);
    cr_assert_str_eq(r.provider, "local");
    cr_assert_eq(log.n, 2);
    cr_assert_gt(triage_breaker_remaining(), 0);
}

Test(triage_pipeline, fallback_model_404_too_opens_the_breaker)
{
    static const TestHttpReply REPLIES[] = {REPLY(404, E404), REPLY(404, E404), REPLY(200, OK_BODY)};
    g_config.gemini_model = "gemini-2.5-flash";
    g_config.gemini_fallback_model = "gemini-2.0-flash";
    triage_breaker_set_clock(fake_clock);
    TestHttpServer s;
    server_start(&s, REPLIES, 3);
    TriageResult r;
    TriageLog log;
    cr_assert_eq(triage_text(a, "hello", &r, &log), 0);
    cr_assert_eq(s.served, 2);
    cr_assert_str_eq(r.provider, "local");
    cr_assert_eq(log.n, 3);
    cr_assert_str_eq(log.attempts[2].outcome, "fallback");
    cr_assert_eq(triage_breaker_remaining(), TRIAGE_CIRCUIT_PERMANENT_SECONDS);
    cr_assert_eq(triage_text(a, "hello again", &r, &log), 0);
    test_http_stop(&s);
    cr_assert_eq(s.served, 2);
    cr_assert_str_eq(log.attempts[0].outcome, "error:circuit_open");
}

Test(triage_pipeline, daily_quota_opens_the_breaker_until_the_cool_down_ends)
{
    static const TestHttpReply REPLIES[] = {REPLY(429, E429_DAY), REPLY(200, OK_BODY)};
    triage_breaker_set_clock(fake_clock);
    TestHttpServer s;
    server_start(&s, REPLIES, 2);
    TriageResult r;
    TriageLog log;

    cr_assert_eq(triage_text(a, "mera order 55 abhi tak nahi aaya", &r, &log), 0);
    cr_assert_eq(s.served, 1); /* a daily quota is not retried */
    cr_assert_str_eq(r.provider, "local");
    cr_assert_str_eq(log.attempts[0].outcome, "error:rate_limited");
    /* Midnight Pacific is 20 h away: capped at GEMINI_CIRCUIT_MAX_SECONDS. */
    cr_assert_eq(triage_breaker_remaining(), 3600);

    /* Open: the next job does not reach the server at all. */
    fake_now += 1800;
    cr_assert_eq(triage_text(a, "mera order 55 abhi tak nahi aaya", &r, &log), 0);
    cr_assert_eq(s.served, 1);
    cr_assert_str_eq(r.provider, "local");
    cr_assert_eq(log.n, 2);
    cr_assert_str_eq(log.attempts[0].provider, "gemini");
    cr_assert_str_eq(log.attempts[0].outcome, "error:circuit_open");
    cr_assert(strstr(log.attempts[0].error, "daily_quota"), "%s", log.attempts[0].error);
    cr_assert_str_eq(log.attempts[1].outcome, "fallback");
    cr_assert(strstr(log.attempts[1].error, "circuit_open"), "%s", log.attempts[1].error);

    /* After the cool-down Gemini is called again. */
    fake_now += 1801;
    cr_assert_eq(triage_breaker_remaining(), 0);
    cr_assert_eq(triage_text(a, "mera order 55 abhi tak nahi aaya", &r, &log), 0);
    test_http_stop(&s);
    cr_assert_eq(s.served, 2);
    cr_assert_str_eq(r.provider, "gemini:gemini-3.1-flash-lite");
    cr_assert_eq(log.n, 1);
}

Test(triage_pipeline, daily_quota_near_midnight_waits_only_until_the_reset)
{
    static const TestHttpReply REPLIES[] = {REPLY(429, E429_DAY)};
    fake_now = 1782802740; /* 2026-06-30T06:59:00Z = 23:59 PDT */
    triage_breaker_set_clock(fake_clock);
    TestHttpServer s;
    server_start(&s, REPLIES, 1);
    TriageResult r;
    cr_assert_eq(triage_text(a, "hello", &r, NULL), 0);
    test_http_stop(&s);
    cr_assert_eq(triage_breaker_remaining(), 60);
}

Test(triage_pipeline, auth_error_and_long_retry_delay_open_the_breaker)
{
    static const TestHttpReply REPLIES[] = {REPLY(403, E403)};
    triage_breaker_set_clock(fake_clock);
    TestHttpServer s;
    server_start(&s, REPLIES, 1);
    TriageResult r;
    cr_assert_eq(triage_text(a, "hello", &r, NULL), 0);
    test_http_stop(&s);
    cr_assert_eq(triage_breaker_remaining(), TRIAGE_CIRCUIT_PERMANENT_SECONDS);

    static const TestHttpReply LONG[] = {REPLY(429, E429_LONG)};
    triage_breaker_reset();
    server_start(&s, LONG, 1);
    TriageLog log;
    cr_assert_eq(triage_text(a, "hello", &r, &log), 0);
    test_http_stop(&s);
    cr_assert_eq(s.served, 1);
    cr_assert_str_eq(log.attempts[0].outcome, "error:rate_limited");
    cr_assert_eq(triage_breaker_remaining(), 90);
}

Test(triage_pipeline, transient_errors_do_not_open_the_breaker)
{
    static const TestHttpReply REPLIES[] = {REPLY(503, E503), REPLY(503, E503), REPLY(503, E503), REPLY(200, OK_BODY)};
    TestHttpServer s;
    server_start(&s, REPLIES, 4);
    TriageResult r;
    cr_assert_eq(triage_text(a, "hello", &r, NULL), 0);
    cr_assert_str_eq(r.provider, "local");
    cr_assert_eq(triage_breaker_remaining(), 0);
    cr_assert_eq(triage_text(a, "mera order 55 abhi tak nahi aaya", &r, NULL), 0);
    test_http_stop(&s);
    cr_assert_eq(s.served, 4);
    cr_assert_str_eq(r.provider, "gemini:gemini-3.1-flash-lite");
}

Test(triage_pipeline, breaker_off_when_max_seconds_is_zero)
{
    static const TestHttpReply REPLIES[] = {REPLY(404, E404), REPLY(404, E404)};
    g_config.gemini_circuit_max_seconds = 0;
    TestHttpServer s;
    server_start(&s, REPLIES, 2);
    TriageResult r;
    cr_assert_eq(triage_text(a, "hello", &r, NULL), 0);
    cr_assert_eq(triage_breaker_remaining(), 0);
    cr_assert_eq(triage_text(a, "hello", &r, NULL), 0);
    test_http_stop(&s);
    cr_assert_eq(s.served, 2);
}

Test(triage_pipeline, seconds_to_pacific_midnight)
{
    cr_assert_eq(triage_seconds_to_pacific_midnight(1795521600), 72000); /* 04:00 PST */
    cr_assert_eq(triage_seconds_to_pacific_midnight(1782802740), 60);    /* 23:59 PDT */
    cr_assert_eq(triage_seconds_to_pacific_midnight(1793523540), 82860); /* 01:59 PDT, Nov 1 */
    cr_assert_eq(triage_seconds_to_pacific_midnight(1793523600), 82800); /* 01:00 PST, Nov 1 */
    cr_assert_eq(triage_seconds_to_pacific_midnight(1772963940), 75660); /* 01:59 PST, Mar 8 */
    long s = triage_seconds_to_pacific_midnight(time(NULL));
    cr_assert(s >= 1 && s <= 86400, "%ld", s);
}
