/* benchGemini.c — prompt size when Gemini gets the whole email body versus
 * the customer's new text (quotes and signature stripped by mime_parse).
 * Built and run by scripts/benchGemini.sh; not part of csd.
 *
 *   benchGemini <fake-gemini-base-url|-> file.eml...
 *
 * For each message it sends both versions through gemini_triage_ex() to
 * the given server (the fake: tests/fakes/fakeGemini.py) and reads the
 * prompt tokens from usageMetadata; with "-" it only estimates tokens as
 * ceil(UTF-8 bytes / 4). Prints one line per message and the totals.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/arena.h"
#include "core/config.h"
#include "triage/geminiClient.h"
#include "mail/mimeParse.h"
#include "triage/triagePipeline.h"

static long est_tokens(size_t bytes) { return (long)((bytes + 3) / 4); }

static char *read_file(Arena *a, const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    char *data = arena_alloc(a, MIME_MAX_BYTES + 1);
    *len = fread(data, 1, MIME_MAX_BYTES, f);
    fclose(f);
    return data;
}

/* Prompt tokens Gemini (the fake) counts for text: system instruction
 * included, as billed. -1 when the call failed. */
static long prompt_tokens(Arena *a, const char *text)
{
    TriageResult r;
    GeminiStatus st;
    int rc = gemini_triage_ex(a, text, &r, &st);
    if (rc != 0 && r.prompt_tokens == 0)
        return -1;
    return r.prompt_tokens;
}

static const char *base_name(const char *p)
{
    const char *s = strrchr(p, '/');
    return s ? s + 1 : p;
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: %s <fake-gemini-url|-> file.eml...\n", argv[0]);
        return 2;
    }
    int use_fake = strcmp(argv[1], "-") != 0;
    if (use_fake) {
        g_config.gemini_api_key = getenv("BENCH_GEMINI_KEY") ? getenv("BENCH_GEMINI_KEY") : "test-gemini-key";
        g_config.gemini_model = "gemini-3.1-flash-lite";
        g_config.gemini_api_base_url = argv[1];
        g_config.gemini_timeout_ms = 10000;
    }
    long tot_body_est = 0, tot_new_est = 0, tot_body_tok = 0, tot_new_tok = 0;
    /* The target is about replies (In-Reply-To set): quoted history and
     * signatures are what stripping removes. */
    long thr_body_est = 0, thr_new_est = 0, thr_body_tok = 0, thr_new_tok = 0;
    int n = 0, failed = 0, nthreaded = 0;
    printf("%-28s %9s %9s %8s %8s %10s %10s\n", "message", "body B", "new B", "body ~t", "new ~t",
           use_fake ? "body usage" : "", use_fake ? "new usage" : "");
    for (int i = 2; i < argc; i++) {
        Arena *a = arena_new(0);
        size_t len = 0;
        char *raw = read_file(a, argv[i], &len);
        ParsedEmail pe;
        if (!raw || (mime_parse(a, raw, len, &pe) != 0 && !pe.text)) {
            fprintf(stderr, "benchGemini: cannot parse %s\n", argv[i]);
            arena_destroy(&a);
            failed = 1;
            continue;
        }
        /* Both versions get the same input bound the pipeline applies. */
        const char *body = triage_bound_input(a, pe.text ? pe.text : "", TRIAGE_MAX_INPUT_BYTES);
        const char *fresh = triage_bound_input(a, pe.new_text ? pe.new_text : body, TRIAGE_MAX_INPUT_BYTES);
        size_t bl = strlen(body), nl = strlen(fresh);
        tot_body_est += est_tokens(bl);
        tot_new_est += est_tokens(nl);
        long bt = 0, nt = 0;
        if (use_fake) {
            bt = prompt_tokens(a, body);
            nt = prompt_tokens(a, fresh);
            if (bt < 0 || nt < 0)
                failed = 1;
            tot_body_tok += bt;
            tot_new_tok += nt;
        }
        int threaded = pe.in_reply_to != NULL;
        if (threaded) {
            nthreaded++;
            thr_body_est += est_tokens(bl);
            thr_new_est += est_tokens(nl);
            thr_body_tok += bt;
            thr_new_tok += nt;
        }
        printf("%-28.28s %9zu %9zu %8ld %8ld", base_name(argv[i]), bl, nl, est_tokens(bl), est_tokens(nl));
        if (use_fake)
            printf(" %10ld %10ld", bt, nt);
        printf("\n");
        n++;
        arena_destroy(&a);
    }
    if (n == 0)
        return 1;
    double red_text = tot_body_est ? 100.0 * (double)(tot_body_est - tot_new_est) / (double)tot_body_est : 0;
    printf("\n%d messages. Customer text only (tokens ~ bytes/4): whole body %ld, new text %ld: %.1f%% smaller\n",
           n, tot_body_est, tot_new_est, red_text);
    if (use_fake) {
        double red = tot_body_tok ? 100.0 * (double)(tot_body_tok - tot_new_tok) / (double)tot_body_tok : 0;
        printf("Whole prompt incl. the fixed system instruction (fake's usageMetadata, also bytes/4):"
               " %ld vs %ld: %.1f%% smaller\n",
               tot_body_tok, tot_new_tok, red);
    }
    /* The target: whole prompt (when the fake reports usage; else the
     * customer text) on threaded emails only. */
    long tb = use_fake ? thr_body_tok : thr_body_est, tn = use_fake ? thr_new_tok : thr_new_est;
    double red_thr = tb ? 100.0 * (double)(tb - tn) / (double)tb : 0;
    printf("Threaded emails (In-Reply-To set): %d; %s: %ld vs %ld tokens: %.1f%% smaller\n", nthreaded,
           use_fake ? "whole prompt incl. system instruction" : "customer text", tb, tn, red_thr);
    printf("target: prompt tokens per threaded email >= 40%% below sending the whole body: %s\n",
           nthreaded && red_thr >= 40.0 ? "met" : "NOT met");
    return failed;
}
