/* triageTextFuzz.c — the local classifier's reading of customer text
 * (text_normalize, text_features with its clauses, language detection) on
 * arbitrary bytes: no crash, bounded output, every feature id inside the
 * table, and the same features twice for the same input. */
#include <stdlib.h>
#include <string.h>

#include "core/arena.h"
#include "fuzz.h"
#include "triage/langDetect.h"
#include "triage/textNorm.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static uint32_t a[TEXTNORM_MAX_FEATURES], b[TEXTNORM_MAX_FEATURES];
    static char norm[TEXTNORM_STORE_BYTES];
    Arena *ar = arena_new(0);
    char *text = arena_memdup(ar, data, size); /* NUL-terminated copy */
    size_t nl = text_normalize(text, norm, sizeof norm);
    if (nl >= sizeof norm || strlen(norm) != nl)
        abort();
    int na = text_features(text, a, TEXTNORM_MAX_FEATURES, 16);
    int nb = text_features(text, b, TEXTNORM_MAX_FEATURES, 16);
    if (na < 0 || na > TEXTNORM_MAX_FEATURES || na != nb || memcmp(a, b, (size_t)na * sizeof a[0]) != 0)
        abort();
    for (int i = 0; i < na; i++)
        if (a[i] >= 1u << 16)
            abort();
    if (!lang_detect(text))
        abort();
    arena_destroy(&ar);
    return 0;
}
