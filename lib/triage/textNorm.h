/* textNorm.h — normalisation, tokenisation and hashed features for the
 * local triage classifier (English, Hindi in Devanagari, Hinglish).
 *
 * One pass over at most TEXTNORM_MAX_INPUT bytes of UTF-8: ASCII is
 * lowercased, Devanagari is kept (nukta dropped, chandrabindu folded into
 * anusvara, Devanagari digits read as digits), numbers become classes
 * (<pin> six digits, <phone>, <id> long numbers and order ids, <num>,
 * <amount> "rs 500" / "₹500" / "500 rupees"), punctuation separates tokens,
 * and romanised Hindi spellings are folded together (repeated letters
 * collapsed, "nahin/nhi" -> "nahi", "kb tk" -> "kab tak" ...).
 * Features are word unigrams, bigrams and character 3..5-grams within
 * words, hashed into 2^bits buckets so unseen spellings still share
 * features with seen ones. For features only, Devanagari spellings are
 * folded further (long/short vowels, ऑ/आ, ै/े, anusvara and halant), and
 * every word also gives its consonant skeleton, the same from Devanagari,
 * Hinglish and English ("रिफंड", "refund" -> "rfnd"), alone and paired with
 * the previous word's, so the three languages share evidence.
 *
 * text_features() also reads the message's clauses (split at . ? ! , ;
 * newlines and dandas): greeting-only clauses ("Dear sir", "नमस्ते जी") and
 * everything from a short sign-off on ("Regards, Ramesh, Nashik",
 * "धन्यवाद") are left out when something else remains; when a message has
 * both requests (please/chahiye/दीजिए/a question...) and context clauses,
 * the requests count twice; the words after a contrast ("but", "lekin",
 * "par", "लेकिन") count once more; and the two words after a negator
 * ("not", "nahi", "नहीं", "mat") also give "not-<word>" features.
 */
#ifndef CS_TEXT_NORM_H
#define CS_TEXT_NORM_H

#include <stddef.h>
#include <stdint.h>

#define TEXTNORM_MAX_INPUT 4000      /* bytes of a message considered */
#define TEXTNORM_MAX_TOKENS 800
#define TEXTNORM_MAX_TOKEN_BYTES 60  /* longer words are cut */
#define TEXTNORM_STORE_BYTES (TEXTNORM_MAX_INPUT * 2 + 256)
#define TEXTNORM_MAX_FEATURES 24000  /* enough for TEXTNORM_MAX_TOKENS, some counted twice */

/* Relative weights of the feature families: naive Bayes counts a feature
 * emitted k times k times. A word, its bigram and its cross-script
 * skeleton carry the intent; the dozen character n-grams of each word (1
 * each) only back them up for spellings never seen: at weight 1 for all,
 * they outvoted the words (README "Triage" has the measurements). */
#define TEXTNORM_WEIGHT_WORD 3
#define TEXTNORM_WEIGHT_BIGRAM 2
#define TEXTNORM_WEIGHT_SKELETON 2
#define TEXTNORM_WEIGHT_SKELETON_BIGRAM 2
#define TEXTNORM_WEIGHT_SHAPE 3 /* per shape feature: length class, no request, greeting only */
#define TEXTNORM_MAX_CLAUSES 64      /* the rest of a longer message is one clause */

typedef struct TextTokens {
    int count;
    size_t used;
    const char *tok[TEXTNORM_MAX_TOKENS]; /* NUL-terminated, into store */
    char store[TEXTNORM_STORE_BYTES];
} TextTokens;

/* Tokenises and normalises text (NULL is empty) into *out, which owns the
 * token strings. Never fails: input past the bounds is ignored. */
void text_tokenize(const char *text, TextTokens *out);

/* Writes the normalised tokens joined by single spaces into out (always
 * NUL-terminated, cut at outlen). Returns the length written. */
size_t text_normalize(const char *text, char *out, size_t outlen);

/* Hashed feature ids (each < 2^bits, bits 10..24) of the tokens, at most
 * max of them, duplicates kept (they are counts). Returns how many. */
int text_features_tokens(const TextTokens *t, uint32_t *feat, int max, int bits);

/* Features of a message: its clauses (greeting-only ones and everything
 * from a sign-off on left out when something else remains; a request among
 * context clauses and what follows "but" counted once more; two words after
 * a negator also as "not-<word>"), each through text_features_tokens, then
 * the message's shape (its length class, whether it asks anything, whether
 * it is only a greeting), each TEXTNORM_WEIGHT_SHAPE times. */
int text_features(const char *text, uint32_t *feat, int max, int bits);

/* FNV-1a 64 of n bytes (used for the hold-out split and checksums). */
uint64_t text_hash64(const void *p, size_t n, uint64_t seed);

/* Number of bytes of the UTF-8 sequence starting at s (1..4, or 1 for an
 * invalid byte) and its code point in *cp (U+FFFD when invalid). n is the
 * bytes available. */
int text_utf8_decode(const char *s, size_t n, uint32_t *cp);

#endif
