/* geminiResponseFuzz.c — gemini_parse_response() on arbitrary bytes (the
 * body a remote service sends us): no crash, only the documented codes,
 * and a success always yields a result that passed the schema: a team of
 * the seven, confidence in [0,1], a bounded non-empty summary, sentiment
 * and priority from their enums, non-negative token counts. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "core/arena.h"
#include "core/errors.h"
#include "fuzz.h"
#include "triage/geminiClient.h"
#include "triage/triage.h"

static int one_of(const char *s, const char *const *list, size_t n)
{
    for (size_t i = 0; s && i < n; i++)
        if (strcmp(s, list[i]) == 0)
            return 1;
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *const SENTIMENTS[] = {"positive", "neutral", "negative"};
    static const char *const PRIORITIES[] = {"low", "medium", "high", "urgent"};
    Arena *a = arena_new(0);
    TriageResult r;
    char err[256];
    memset(&r, 0, sizeof r);
    int rc = gemini_parse_response(a, (const char *)data, size, &r, err, sizeof err);
    if (rc != 0 && rc != ERR_PARSE && rc != ERR_INVALID && rc != ERR_FORBIDDEN && rc != ERR_TOO_LARGE)
        abort();
    if (rc != 0 && !err[0])
        abort(); /* every failure says why */
    if (r.prompt_tokens < 0 || r.output_tokens < 0)
        abort();
    if (rc == 0) {
        if (triage_team_index(r.team) < 0)
            abort();
        if (!r.summary || !*r.summary || strlen(r.summary) > GEMINI_SUMMARY_MAX)
            abort();
        if (!(r.confidence >= 0.0 && r.confidence <= 1.0) || isnan(r.confidence))
            abort();
        if (!r.language || !*r.language || strlen(r.language) > 32)
            abort();
        if (!one_of(r.sentiment, SENTIMENTS, 3) || !one_of(r.priority, PRIORITIES, 4))
            abort();
    }
    /* The retry-delay parser sees the same untrusted bodies on a 429. */
    int per_day = 0;
    long ms = gemini_parse_retry_delay((const char *)data, size, &per_day);
    if (ms < -1 || (per_day != 0 && per_day != 1))
        abort();
    arena_destroy(&a);
    return 0;
}
