/* geminiClientTest.c — the Gemini response parser, retryDelay parsing, the
 * price table and the request body, without any network. */
#include <criterion/criterion.h>
#include <string.h>

#include "core/arena.h"
#include "core/config.h"
#include "core/errors.h"
#include "triage/geminiClient.h"
#include "core/jsonUtil.h"
#include "triage/triage.h"

static Arena *a;
static void setup(void) { a = arena_new(0); }
static void teardown(void) { arena_destroy(&a); }

TestSuite(gemini, .init = setup, .fini = teardown);

#define GOOD_REPLY                                                                                  \
    "{\"summary\":\"Customer says order 1234 has not arrived after ten days.\","                   \
    "\"suggested_team\":\"dispatch\",\"confidence\":0.91,\"language\":\"hinglish\","               \
    "\"sentiment\":\"negative\",\"priority\":\"high\"}"

/* A generateContent body whose candidate text is `text`, split into the
 * given parts; thought parts are inserted before the answer. */
static const char *response(const char *const *texts, int ntexts, const char *thought, const char *finish,
                            const char *usage)
{
    json_object *parts = json_object_new_array();
    if (thought) {
        json_object *p = json_object_new_object();
        json_object_object_add(p, "text", json_object_new_string(thought));
        json_object_object_add(p, "thought", json_object_new_boolean(1));
        json_object_array_add(parts, p);
    }
    for (int i = 0; i < ntexts; i++) {
        json_object *p = json_object_new_object();
        json_object_object_add(p, "text", json_object_new_string(texts[i]));
        json_object_array_add(parts, p);
    }
    json_object *content = json_object_new_object();
    json_object_object_add(content, "role", json_object_new_string("model"));
    json_object_object_add(content, "parts", parts);
    json_object *cand = json_object_new_object();
    json_object_object_add(cand, "content", content);
    if (finish)
        json_object_object_add(cand, "finishReason", json_object_new_string(finish));
    json_object_object_add(cand, "index", json_object_new_int(0));
    json_object *cands = json_object_new_array();
    json_object_array_add(cands, cand);
    json_object *root = json_object_new_object();
    json_object_object_add(root, "candidates", cands);
    if (usage) {
        json_object *u = NULL;
        cr_assert_eq(json_parse_bounded(usage, strlen(usage), &u), 0);
        json_object_object_add(root, "usageMetadata", u);
    }
    json_object_object_add(root, "modelVersion", json_object_new_string("gemini-3.1-flash-lite"));
    return json_arena_own(a, root) ? json_to_arena(a, root) : NULL;
}

static const char *one(const char *text, const char *finish)
{
    const char *t[] = {text};
    return response(t, 1, NULL, finish, NULL);
}

static int parse(const char *body, TriageResult *out, char *err)
{
    memset(out, 0, sizeof *out);
    return gemini_parse_response(a, body, strlen(body), out, err, 256);
}

Test(gemini, good_reply)
{
    TriageResult r;
    char err[256];
    cr_assert_eq(parse(one(GOOD_REPLY, "STOP"), &r, err), 0, "%s", err);
    cr_assert_str_eq(r.team, "dispatch");
    cr_assert_str_eq(r.summary, "Customer says order 1234 has not arrived after ten days.");
    cr_assert_float_eq(r.confidence, 0.91, 1e-9);
    cr_assert_str_eq(r.language, "hinglish");
    cr_assert_str_eq(r.sentiment, "negative");
    cr_assert_str_eq(r.priority, "high");
    cr_assert_str_eq(r.model, "gemini-3.1-flash-lite");
    /* The team points at the static table, not at the JSON. */
    cr_assert_eq(r.team, TRIAGE_TEAMS[triage_team_index("dispatch")]);
}

Test(gemini, text_split_over_parts_and_thoughts_skipped)
{
    const char *texts[] = {"{\"summary\":\"Asks the price of neem oil.\",\"suggested_team\":",
                           "\"sales\",\"confidence\":1,\"language\":\"English\",\"sentiment\":\"neutral\","
                           "\"priority\":\"low\"}"};
    const char *body = response(texts, 2, "{\"summary\":\"thinking, not JSON we want\"", "STOP",
                                "{\"promptTokenCount\":812,\"candidatesTokenCount\":64,"
                                "\"thoughtsTokenCount\":120,\"totalTokenCount\":996}");
    TriageResult r;
    char err[256];
    cr_assert_eq(parse(body, &r, err), 0, "%s", err);
    cr_assert_str_eq(r.team, "sales");
    cr_assert_float_eq(r.confidence, 1.0, 1e-9);
    cr_assert_str_eq(r.language, "en"); /* "English" normalised */
    cr_assert_eq(r.prompt_tokens, 812);
    cr_assert_eq(r.output_tokens, 184); /* thoughts are billed as output */
}

Test(gemini, markdown_fence_tolerated)
{
    TriageResult r;
    char err[256];
    cr_assert_eq(parse(one("```json\n" GOOD_REPLY "\n```", "STOP"), &r, err), 0, "%s", err);
    cr_assert_str_eq(r.team, "dispatch");
}

Test(gemini, team_outside_enum_is_invalid)
{
    TriageResult r;
    char err[256];
    const char *bad = "{\"summary\":\"x y z\",\"suggested_team\":\"billing\",\"confidence\":0.5,"
                      "\"language\":\"en\",\"sentiment\":\"neutral\",\"priority\":\"low\"}";
    cr_assert_eq(parse(one(bad, "STOP"), &r, err), ERR_INVALID);
    cr_assert(strstr(err, "suggested_team"), "%s", err);
    cr_assert_null(r.team);
}

Test(gemini, other_schema_violations)
{
    static const char *const BAD[] = {
        /* missing summary */
        "{\"suggested_team\":\"sales\",\"confidence\":0.5,\"language\":\"en\",\"sentiment\":\"neutral\",\"priority\":\"low\"}",
        /* empty summary */
        "{\"summary\":\"  \",\"suggested_team\":\"sales\",\"confidence\":0.5,\"language\":\"en\",\"sentiment\":\"neutral\",\"priority\":\"low\"}",
        /* confidence a string */
        "{\"summary\":\"s\",\"suggested_team\":\"sales\",\"confidence\":\"high\",\"language\":\"en\",\"sentiment\":\"neutral\",\"priority\":\"low\"}",
        /* confidence negative */
        "{\"summary\":\"s\",\"suggested_team\":\"sales\",\"confidence\":-0.2,\"language\":\"en\",\"sentiment\":\"neutral\",\"priority\":\"low\"}",
        /* confidence absurd */
        "{\"summary\":\"s\",\"suggested_team\":\"sales\",\"confidence\":1000,\"language\":\"en\",\"sentiment\":\"neutral\",\"priority\":\"low\"}",
        /* sentiment outside enum */
        "{\"summary\":\"s\",\"suggested_team\":\"sales\",\"confidence\":0.5,\"language\":\"en\",\"sentiment\":\"angry\",\"priority\":\"low\"}",
        /* priority missing */
        "{\"summary\":\"s\",\"suggested_team\":\"sales\",\"confidence\":0.5,\"language\":\"en\",\"sentiment\":\"neutral\"}",
        /* not an object */
        "[\"sales\"]",
    };
    TriageResult r;
    char err[256];
    for (size_t i = 0; i < sizeof BAD / sizeof BAD[0]; i++)
        cr_assert_eq(parse(one(BAD[i], "STOP"), &r, err), ERR_INVALID, "case %zu: %s", i, err);
    /* An embedded NUL in the summary: strict JSON (core/jsonUtil) refuses
     * "\u0000" while parsing, so the model text is malformed, not invalid. */
    const char *nul = "{\"summary\":\"a\\u0000b\",\"suggested_team\":\"sales\",\"confidence\":0.5,"
                      "\"language\":\"en\",\"sentiment\":\"neutral\",\"priority\":\"low\"}";
    cr_assert_eq(parse(one(nul, "STOP"), &r, err), ERR_PARSE, "%s", err);
    cr_assert_null(r.team);
}

Test(gemini, confidence_in_percent_scaled)
{
    TriageResult r;
    char err[256];
    const char *pct = "{\"summary\":\"s\",\"suggested_team\":\"technical\",\"confidence\":85,"
                      "\"language\":\"hi\",\"sentiment\":\"neutral\",\"priority\":\"medium\"}";
    cr_assert_eq(parse(one(pct, "STOP"), &r, err), 0, "%s", err);
    cr_assert_float_eq(r.confidence, 0.85, 1e-9);
}

Test(gemini, summary_too_long_is_invalid)
{
    char *long_summary = arena_alloc(a, GEMINI_SUMMARY_MAX + 2);
    memset(long_summary, 'a', GEMINI_SUMMARY_MAX + 1);
    json_object *o = json_arena_own(a, json_object_new_object());
    json_object_object_add(o, "summary", json_object_new_string(long_summary));
    json_object_object_add(o, "suggested_team", json_object_new_string("general"));
    json_object_object_add(o, "confidence", json_object_new_double(0.2));
    json_object_object_add(o, "language", json_object_new_string("en"));
    json_object_object_add(o, "sentiment", json_object_new_string("neutral"));
    json_object_object_add(o, "priority", json_object_new_string("low"));
    TriageResult r;
    char err[256];
    cr_assert_eq(parse(one(json_to_arena(a, o), "STOP"), &r, err), ERR_INVALID);
}

Test(gemini, truncated_output)
{
    TriageResult r;
    char err[256];
    const char *t[] = {"{\"summary\":\"Customer says order 12"};
    const char *body = response(t, 1, NULL, "MAX_TOKENS", "{\"promptTokenCount\":300,\"candidatesTokenCount\":512}");
    cr_assert_eq(parse(body, &r, err), ERR_TOO_LARGE);
    cr_assert_str_eq(gemini_error_reason(ERR_TOO_LARGE), "max_tokens");
    /* Usage is still recorded for cost accounting. */
    cr_assert_eq(r.prompt_tokens, 300);
    cr_assert_eq(r.output_tokens, 512);
}

Test(gemini, finish_reason_safety_blocked)
{
    static const char *const REASONS[] = {"SAFETY", "PROHIBITED_CONTENT", "RECITATION", "SPII", "OTHER"};
    for (size_t i = 0; i < sizeof REASONS / sizeof REASONS[0]; i++) {
        TriageResult r;
        char err[256];
        cr_assert_eq(parse(one("", REASONS[i]), &r, err), ERR_FORBIDDEN, "%s", REASONS[i]);
        cr_assert(strstr(err, REASONS[i]), "%s", err);
    }
    cr_assert_str_eq(gemini_error_reason(ERR_FORBIDDEN), "blocked");
}

Test(gemini, prompt_blocked_without_candidates)
{
    const char *body = "{\"promptFeedback\":{\"blockReason\":\"SAFETY\",\"safetyRatings\":[]},"
                       "\"usageMetadata\":{\"promptTokenCount\":40,\"totalTokenCount\":40}}";
    TriageResult r;
    char err[256];
    cr_assert_eq(parse(body, &r, err), ERR_FORBIDDEN);
    cr_assert(strstr(err, "prompt blocked"), "%s", err);
    cr_assert_eq(r.prompt_tokens, 40);
    cr_assert_eq(r.output_tokens, 0);
}

Test(gemini, no_candidates_no_reason_is_malformed)
{
    TriageResult r;
    char err[256];
    cr_assert_eq(parse("{\"candidates\":[]}", &r, err), ERR_PARSE);
    cr_assert_eq(parse("{}", &r, err), ERR_PARSE);
}

Test(gemini, malformed_bodies)
{
    static const char *const BAD[] = {"", "not json", "[1,2]", "{\"candidates\":", "null", "{\"a\":1} x"};
    for (size_t i = 0; i < sizeof BAD / sizeof BAD[0]; i++) {
        TriageResult r;
        char err[256];
        cr_assert_eq(parse(BAD[i], &r, err), ERR_PARSE, "case %zu", i);
    }
    TriageResult r;
    char err[256];
    /* The model's text is not JSON. */
    cr_assert_eq(parse(one("Sure! The team is dispatch.", "STOP"), &r, err), ERR_PARSE);
    /* Only thought parts: no answer. */
    const char *none[] = {NULL};
    cr_assert_eq(parse(response(none, 0, "thinking", "STOP", NULL), &r, err), ERR_PARSE);
}

Test(gemini, duration_parsing)
{
    cr_assert_eq(gemini_parse_duration_ms("31s"), 31000);
    cr_assert_eq(gemini_parse_duration_ms("0.99s"), 990);
    cr_assert_eq(gemini_parse_duration_ms("1.5s"), 1500);
    cr_assert_eq(gemini_parse_duration_ms("0.0001s"), 1);
    cr_assert_eq(gemini_parse_duration_ms("0s"), 0);
    cr_assert_eq(gemini_parse_duration_ms("31"), -1);
    cr_assert_eq(gemini_parse_duration_ms("s"), -1);
    cr_assert_eq(gemini_parse_duration_ms("-1s"), -1);
    cr_assert_eq(gemini_parse_duration_ms("1.s"), -1);
    cr_assert_eq(gemini_parse_duration_ms("1ms"), -1);
    cr_assert_eq(gemini_parse_duration_ms("99999999999999999999s"), -1);
    cr_assert_eq(gemini_parse_duration_ms(NULL), -1);
}

Test(gemini, retry_delay_from_error_body)
{
    const char *body =
        "{\"error\":{\"code\":429,\"message\":\"quota\",\"status\":\"RESOURCE_EXHAUSTED\",\"details\":["
        "{\"@type\":\"type.googleapis.com/google.rpc.QuotaFailure\",\"violations\":[{\"quotaMetric\":"
        "\"generativelanguage.googleapis.com/generate_content_free_tier_requests\",\"quotaId\":"
        "\"GenerateRequestsPerMinutePerProjectPerModel-FreeTier\"}]},"
        "{\"@type\":\"type.googleapis.com/google.rpc.RetryInfo\",\"retryDelay\":\"31s\"}]}}";
    int per_day = -1;
    cr_assert_eq(gemini_parse_retry_delay(body, strlen(body), &per_day), 31000);
    cr_assert_eq(per_day, 0);

    const char *daily =
        "{\"error\":{\"code\":429,\"details\":[{\"@type\":\"type.googleapis.com/google.rpc.QuotaFailure\","
        "\"violations\":[{\"quotaId\":\"GenerateRequestsPerDayPerProjectPerModel-FreeTier\"}]},"
        "{\"@type\":\"type.googleapis.com/google.rpc.RetryInfo\",\"retryDelay\":\"0.99s\"}]}}";
    cr_assert_eq(gemini_parse_retry_delay(daily, strlen(daily), &per_day), 990);
    cr_assert_eq(per_day, 1);

    const char *none = "{\"error\":{\"code\":429,\"message\":\"x\"}}";
    cr_assert_eq(gemini_parse_retry_delay(none, strlen(none), &per_day), -1);
    cr_assert_eq(gemini_parse_retry_delay("<html>", 6, NULL), -1);
}

Test(gemini, cost_table)
{
    int known = -1;
    double c = gemini_cost_usd("gemini-3.1-flash-lite", 1000000, 1000000, &known);
    cr_assert_eq(known, 1);
    cr_assert_float_eq(c, 1.75, 1e-9);
    c = gemini_cost_usd("models/gemini-2.5-flash-lite", 1000, 100, &known);
    cr_assert_eq(known, 1);
    cr_assert_float_eq(c, (1000 * 0.10 + 100 * 0.40) / 1e6, 1e-12);
    c = gemini_cost_usd("gemini-9-ultra", 1000, 100, &known);
    cr_assert_eq(known, 0);
    cr_assert_float_eq(c, 0.0, 1e-12);
}

Test(gemini, request_body)
{
    const char *text = "mera order abhi tak nahi aaya \"quoted\"";
    const char *body = gemini_build_request(a, "gemini-3.1-flash-lite", text, 512);
    json_object *root = NULL;
    cr_assert_eq(json_parse_arena(a, body, strlen(body), &root), 0);
    json_object *gen = json_get(root, "generationConfig");
    cr_assert_str_eq(json_get_str(gen, "responseMimeType"), "application/json");
    cr_assert_float_eq(json_object_get_double(json_get(gen, "temperature")), 0.0, 1e-12);
    int64_t max = 0;
    cr_assert_eq(json_get_int64(gen, "maxOutputTokens", &max), 0);
    cr_assert_eq(max, 512);
    cr_assert_null(json_get(gen, "responseSchema")); /* only one of the two */
    json_object *schema = json_get(gen, "responseJsonSchema");
    json_object *teams = json_get(json_get(json_get(schema, "properties"), "suggested_team"), "enum");
    cr_assert_eq(json_object_array_length(teams), TRIAGE_TEAM_COUNT);
    for (int i = 0; i < TRIAGE_TEAM_COUNT; i++)
        cr_assert_str_eq(json_object_get_string(json_object_array_get_idx(teams, (size_t)i)), TRIAGE_TEAMS[i]);
    cr_assert_eq(json_object_array_length(json_get(schema, "required")), 6);
    cr_assert_str_eq(json_get_str(json_get(gen, "thinkingConfig"), "thinkingLevel"), "minimal");
    /* The customer text is the user turn, intact. */
    json_object *turn = json_object_array_get_idx(json_get(root, "contents"), 0);
    cr_assert_str_eq(json_get_str(turn, "role"), "user");
    cr_assert_str_eq(json_get_str(json_object_array_get_idx(json_get(turn, "parts"), 0), "text"), text);
    const char *sys = json_get_str(json_object_array_get_idx(json_get(json_get(root, "systemInstruction"), "parts"), 0), "text");
    for (int i = 0; i < TRIAGE_TEAM_COUNT; i++)
        cr_assert(strstr(sys, TRIAGE_TEAMS[i]), "team %s missing from the instruction", TRIAGE_TEAMS[i]);
    cr_assert(strstr(sys, "Hinglish"));
    /* 2.5 Flash takes a thinking budget instead. */
    body = gemini_build_request(a, "gemini-2.5-flash-lite", text, 512);
    cr_assert(strstr(body, "\"thinkingBudget\":0"), "%s", body);
    cr_assert_null(strstr(body, "thinkingLevel"));
}

Test(gemini, not_configured)
{
    const char *saved = g_config.gemini_api_key;
    g_config.gemini_api_key = NULL;
    TriageResult r;
    GeminiStatus st;
    cr_assert_eq(gemini_triage_ex(a, "hello", &r, &st), ERR_UNAVAILABLE);
    cr_assert_str_eq(st.reason, "not_configured");
    cr_assert_eq(st.attempts, 0);
    g_config.gemini_api_key = saved;
}

Test(gemini, explicit_model_is_validated_before_any_request)
{
    g_config.gemini_api_key = "unit-test-key";
    g_config.gemini_api_base_url = "http://127.0.0.1:1/v1beta"; /* never reached */
    TriageResult r;
    GeminiStatus st;
    cr_assert_eq(gemini_triage_model(a, "gemini/../../x", "hello", &r, &st), ERR_PERMANENT);
    cr_assert_eq(st.attempts, 0);
    cr_assert_eq(st.per_day, 0);
    cr_assert(strstr(st.message, "GEMINI_FALLBACK_MODEL"), "%s", st.message);
}

Test(gemini, config_from_env_fallback_and_breaker)
{
    memset(&g_config, 0, sizeof g_config);
    setenv("GEMINI_FALLBACK_MODEL", "gemini-3.5-flash-lite", 1);
    unsetenv("GEMINI_CIRCUIT_MAX_SECONDS");
    gemini_config_from_env();
    cr_assert_str_eq(g_config.gemini_fallback_model, "gemini-3.5-flash-lite");
    cr_assert_eq(g_config.gemini_circuit_max_seconds, 3600);
    memset(&g_config, 0, sizeof g_config);
    setenv("GEMINI_CIRCUIT_MAX_SECONDS", "0", 1); /* off stays off */
    gemini_config_from_env();
    cr_assert_eq(g_config.gemini_circuit_max_seconds, 0);
    memset(&g_config, 0, sizeof g_config);
}
