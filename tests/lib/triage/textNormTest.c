/* textNormTest.c — normalisation, number classes, Hinglish folding,
 * Devanagari handling, features and bounds. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "triage/textNorm.h"

static const char *norm(const char *s)
{
    static char out[TEXTNORM_STORE_BYTES];
    text_normalize(s, out, sizeof out);
    return out;
}

Test(textNorm, lowercases_and_splits_punctuation)
{
    cr_assert_str_eq(norm("Hello, WORLD!! How-are you?"), "helo world how are you");
    cr_assert_str_eq(norm("  \t\n "), "");
    cr_assert_str_eq(norm(""), "");
    cr_assert_str_eq(norm(NULL), "");
}

Test(textNorm, hinglish_variants_fold_together)
{
    cr_assert_str_eq(norm("nahi"), norm("nahin"));
    cr_assert_str_eq(norm("nhi"), norm("nahi"));
    cr_assert_str_eq(norm("NAHIIIN"), norm("nahi"));
    cr_assert_str_eq(norm("paise"), norm("paisa"));
    cr_assert_str_eq(norm("kab tak"), norm("kb tk"));
    cr_assert_str_eq(norm("aaya"), norm("aya"));
    cr_assert_str_eq(norm("plz"), norm("please"));
    cr_assert_str_eq(norm("mera order abhi tak nahin aaya"), "mera order abhi tak nahi aya");
}

Test(textNorm, numbers_become_classes)
{
    cr_assert_str_eq(norm("pincode 411045"), "pincode <pin>");
    cr_assert_str_eq(norm("call 9876543210"), "cal <phone>");
    cr_assert_str_eq(norm("order 12345678"), "order <id>");
    cr_assert_str_eq(norm("order KO123456"), "order <id>");
    cr_assert_str_eq(norm("paid rs 500"), "paid <amount>");
    cr_assert_str_eq(norm("paid Rs.1200"), "paid <amount>");
    cr_assert_str_eq(norm("paid \xe2\x82\xb9" "500"), "paid <amount>");
    cr_assert_str_eq(norm("500 rupees"), "<amount>");
    cr_assert_str_eq(norm("500ml 2 kg"), "<num> ml <num> kg");
}

Test(textNorm, devanagari_kept_with_nukta_and_chandrabindu_folded)
{
    /* "मेरा ऑर्डर" stays; ज़ (ज + nukta) == ज; precomposed ज़ (U+095B) == ज */
    cr_assert_str_eq(norm("मेरा ऑर्डर कब आएगा?"), "मेरा ऑर्डर कब आएगा");
    cr_assert_str_eq(norm("ज़रूरी"), norm("जरूरी"));
    cr_assert_str_eq(norm("\xe0\xa5\x9b" "रूरी"), norm("जरूरी"));
    cr_assert_str_eq(norm("माँ"), norm("मां"));
    /* danda splits, Devanagari digits are digits */
    cr_assert_str_eq(norm("ठीक है। ८२०००१"), "ठीक है <pin>");
}

Test(textNorm, features_share_unseen_spellings)
{
    uint32_t a[TEXTNORM_MAX_FEATURES], b[TEXTNORM_MAX_FEATURES];
    int na = text_features("delivery", a, TEXTNORM_MAX_FEATURES, 18);
    int nb = text_features("deliverry", b, TEXTNORM_MAX_FEATURES, 18);
    cr_assert_gt(na, 3);
    int shared = 0;
    for (int i = 0; i < na; i++)
        for (int j = 0; j < nb; j++)
            if (a[i] == b[j]) {
                shared++;
                break;
            }
    cr_assert_gt(shared, na / 2, "char n-grams shared: %d of %d", shared, na);
    for (int i = 0; i < na; i++)
        cr_assert_lt(a[i], 1u << 18);
    cr_assert_eq(text_features("x", a, TEXTNORM_MAX_FEATURES, 5), 0, "bad bit count refused");
}

static int features_of(const char *s, uint32_t *f)
{
    return text_features(s, f, TEXTNORM_MAX_FEATURES, 18);
}

static int same_features(const char *x, const char *y)
{
    static uint32_t a[TEXTNORM_MAX_FEATURES], b[TEXTNORM_MAX_FEATURES];
    int na = features_of(x, a), nb = features_of(y, b);
    return na > 0 && na == nb && memcmp(a, b, (size_t)na * sizeof a[0]) == 0;
}

/* Features of x's words (no clauses, no message shape) also among y's. */
static int shared_features(const char *x, const char *y)
{
    static uint32_t a[TEXTNORM_MAX_FEATURES], b[TEXTNORM_MAX_FEATURES];
    static TextTokens tx, ty;
    text_tokenize(x, &tx);
    text_tokenize(y, &ty);
    int na = text_features_tokens(&tx, a, TEXTNORM_MAX_FEATURES, 18);
    int nb = text_features_tokens(&ty, b, TEXTNORM_MAX_FEATURES, 18), shared = 0;
    for (int i = 0; i < na; i++)
        for (int j = 0; j < nb; j++)
            if (a[i] == b[j]) {
                shared++;
                break;
            }
    return shared;
}

Test(textNorm, devanagari_spelling_variants_give_the_same_features)
{
    cr_assert(same_features("नही", "नहीं"));
    cr_assert(same_features("मेरा ऑर्डर", "मेरा आर्डर"));
    cr_assert(same_features("डिलिवरी नहीं हुई", "डिलीवरी नही हुयी") == 0, "ई/यी are not folded");
    cr_assert(same_features("डिलिवरी नहीं हुई", "डिलीवरी नही हुई"));
    cr_assert(same_features("पैसा", "पेसा"));
    cr_assert(same_features("पार्सल", "पारसल"));
    cr_assert(!same_features("पैसा", "पार्सल"));
    /* the normalised text keeps the spelling (split keys, lexicons) */
    static char kept[TEXTNORM_STORE_BYTES];
    snprintf(kept, sizeof kept, "%s", norm("नहीं"));
    cr_assert_str_neq(kept, norm("नही"));
}

Test(textNorm, consonant_skeleton_is_shared_across_scripts)
{
    cr_assert_gt(shared_features("रिफंड", "refund"), 0);
    cr_assert_gt(shared_features("ऑर्डर", "order"), 0);
    cr_assert_gt(shared_features("पेमेंट", "payment"), 0);
    cr_assert_gt(shared_features("डिलीवरी", "delivery"), 0);
    cr_assert_gt(shared_features("कैश", "cash"), 0);
    cr_assert_gt(shared_features("नहीं", "nahi"), 0);
    cr_assert_gt(shared_features("खराब", "kharab"), 0);
    /* and the pair of skeletons: two words in a row */
    cr_assert_gt(shared_features("रिफंड नहीं", "refund nahi"), shared_features("रिफंड", "refund") * 2);
    cr_assert_eq(shared_features("रिफंड", "order"), 0);
}

Test(textNorm, huge_and_invalid_input_is_bounded)
{
    size_t n = 1 << 20;
    char *big = malloc(n + 1);
    cr_assert_not_null(big);
    for (size_t i = 0; i < n; i++)
        big[i] = "ab \xe0\xa4\x95"[i % 6];
    big[n] = '\0';
    TextTokens *t = malloc(sizeof *t);
    text_tokenize(big, t);
    cr_assert_leq(t->count, TEXTNORM_MAX_TOKENS);
    cr_assert_leq(t->used, sizeof t->store);
    uint32_t *f = malloc(TEXTNORM_MAX_FEATURES * sizeof *f);
    int nf = text_features(big, f, TEXTNORM_MAX_FEATURES, 18);
    cr_assert_leq(nf, TEXTNORM_MAX_FEATURES);
    /* invalid UTF-8 and a very long word */
    memset(big, 'z', 5000);
    big[5000] = '\0';
    text_tokenize(big, t);
    cr_assert_eq(t->count, 1);
    cr_assert_leq(strlen(t->tok[0]), TEXTNORM_MAX_TOKEN_BYTES);
    text_tokenize("\xff\xfe\xc3 ok \xe0\xa4", t);
    cr_assert_eq(t->count, 1);
    cr_assert_str_eq(t->tok[0], "ok");
    free(f);
    free(t);
    free(big);
}

/* --- clauses (issue 13) ------------------------------------------------- */

Test(textNorm, greetings_and_sign_offs_are_left_out)
{
    cr_assert(same_features("Dear sir, where is my order? Regards, Ramesh Patil, Nashik", "where is my order?"));
    cr_assert(same_features("Namaste ji,\nmera order kab aayega\nDhanyawad\nSuresh, Akola", "mera order kab aayega"));
    cr_assert(same_features("नमस्ते जी। मेरा ऑर्डर कब आएगा। धन्यवाद", "मेरा ऑर्डर कब आएगा।"));
    /* a message that is only a greeting is still read */
    uint32_t f[TEXTNORM_MAX_FEATURES];
    cr_assert_gt(features_of("Good morning sir", f), 0);
    cr_assert_gt(features_of("Thanks and regards", f), 0);
    /* a courtesy first is left out, and does not cut what follows */
    cr_assert(same_features("Thanks, where is my order", "where is my order"));
    cr_assert(same_features("डिलिवरी नहीं हुई", "डिलीवरी नही हुई"));
}

Test(textNorm, contrast_requests_and_negation_weigh_more)
{
    uint32_t f[TEXTNORM_MAX_FEATURES], g[TEXTNORM_MAX_FEATURES];
    TextTokens t;
    /* what follows "but" counts once more */
    int with_but = features_of("payment done but order not shipped", f);
    text_tokenize("payment done but order not shipped", &t);
    int plain = text_features_tokens(&t, g, TEXTNORM_MAX_FEATURES, 18);
    int tail = features_of("order not shipped", g);
    cr_assert_gt(with_but, plain + tail / 2, "%d %d %d", with_but, plain, tail);
    /* a request among context clauses counts twice; alone, once (shape
     * features: the length class, and "no request" for the context alone) */
    const int shape = TEXTNORM_WEIGHT_SHAPE;
    int ctx = features_of("my tomato has whitefly, please refund", f) - shape;
    int alone = features_of("please refund", g) - shape;
    int context = features_of("my tomato has whitefly,", g) - 2 * shape;
    cr_assert_geq(ctx, context + 2 * alone - 2, "%d %d %d", ctx, context, alone);
    /* two words after a negator get a feature of their own */
    int neg = features_of("order nahi aaya", f);
    text_tokenize("order nahi aaya", &t);
    cr_assert_eq(neg, text_features_tokens(&t, g, TEXTNORM_MAX_FEATURES, 18) + 1 + 2 * shape);
    cr_assert_not(same_features("received", "not received"));
}

Test(textNorm, clauses_are_bounded)
{
    static char big[TEXTNORM_MAX_INPUT * 2];
    for (size_t i = 0; i + 2 < sizeof big; i += 2) {
        big[i] = 'a';
        big[i + 1] = ',';
    }
    big[sizeof big - 1] = '\0';
    uint32_t f[TEXTNORM_MAX_FEATURES];
    int nf = features_of(big, f);
    cr_assert_gt(nf, 0);
    cr_assert_leq(nf, TEXTNORM_MAX_FEATURES);
}

/* A skip-bigram joins a word to the one two before it: "pack _ se" is
 * shared by two phrasings whose middle word differs. The same words in
 * the other order share every unigram, n-gram and skeleton feature but
 * not that one. */
Test(textNorm, skip_bigrams_join_words_across_a_filler)
{
    int in_order = shared_features("pack hone se", "pack karne se");
    int reversed = shared_features("pack hone se", "se karne pack");
    cr_assert_gt(in_order, reversed, "in order %d, reversed %d", in_order, reversed);
}

/* Words, bigrams and skeletons weigh more than each character n-gram, and
 * the message's shape is a feature: a greeting alone and a question of the
 * same length differ in it, not only in their words. */
Test(textNorm, feature_families_are_weighted_and_shape_is_a_feature)
{
    uint32_t f[TEXTNORM_MAX_FEATURES];
    TextTokens t;
    text_tokenize("ok", &t);
    int n = text_features_tokens(&t, f, TEXTNORM_MAX_FEATURES, 18);
    /* "ok": the word, its skeleton "k" is too short, n-grams ^ok ok$ ^ok$ */
    cr_assert_eq(n, TEXTNORM_WEIGHT_WORD + 3, "%d", n);
    int counts = 0;
    for (int i = 1; i < TEXTNORM_WEIGHT_WORD; i++)
        counts += f[i] == f[0];
    cr_assert_eq(counts, TEXTNORM_WEIGHT_WORD - 1, "the word is emitted TEXTNORM_WEIGHT_WORD times");
    /* a greeting alone: length class, no request, greeting only */
    text_tokenize("good morning", &t);
    int words = text_features_tokens(&t, f, TEXTNORM_MAX_FEATURES, 18);
    cr_assert_eq(features_of("good morning", f), words + 3 * TEXTNORM_WEIGHT_SHAPE);
    /* a question of two words: length class only */
    text_tokenize("order kab", &t);
    words = text_features_tokens(&t, f, TEXTNORM_MAX_FEATURES, 18);
    cr_assert_eq(features_of("order kab", f), words + TEXTNORM_WEIGHT_SHAPE);
    /* bounded: a full buffer is never overrun by the repeats */
    uint32_t small[5];
    cr_assert_leq(text_features("good morning sir, where is my order", small, 5, 18), 5);
}
