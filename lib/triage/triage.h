/* triage.h — one interface for the two triage providers (README "AI triage").
 *
 * Gemini (lib/triage/geminiClient.c) when GEMINI_API_KEY is set, the local
 * classifier and extractive summariser (lib/triage/localTriage.c) otherwise and as
 * the fallback whenever Gemini fails. All strings in a TriageResult are
 * owned by the arena passed in.
 */
#ifndef CS_TRIAGE_H
#define CS_TRIAGE_H

#include "core/arena.h"

#define TRIAGE_TEAM_COUNT 7

/* finance, support, dispatch, sales, technical, returns_refunds, general */
extern const char *const TRIAGE_TEAMS[TRIAGE_TEAM_COUNT];

typedef struct TriageResult {
    const char *summary;      /* one or two English sentences */
    const char *team;         /* one of TRIAGE_TEAMS */
    double confidence;        /* 0..1 */
    const char *language;     /* "en" | "hi" | "hinglish" | other ISO code */
    const char *sentiment;    /* "positive" | "neutral" | "negative" */
    const char *priority;     /* "low" | "medium" | "high" | "urgent" */
    const char *provider;     /* "local" | "gemini:<model>" */
    const char *model;        /* model name or local model version */
    int prompt_tokens;        /* 0 for local */
    int output_tokens;
    double latency_ms;
    double cost_usd;
} TriageResult;

/* Index of team in TRIAGE_TEAMS, or -1. */
int triage_team_index(const char *team);

/* Local provider: classify and summarise `text` (already stripped of quotes
 * and signatures). Loads the model from TRIAGE_MODEL_FILE on first use.
 * 0, or ERR_UNAVAILABLE when no model can be loaded. */
int local_triage(Arena *a, const char *text, TriageResult *out);

#endif
