/* quoteStrip.c — placeholder; the real implementation follows. */
#include "quoteStrip.h"

char *quote_strip(Arena *a, const char *text)
{
    return arena_strdup(a, text);
}
