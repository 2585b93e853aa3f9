/* quoteFuzz.c — quote_strip() on arbitrary text: no crash, output no
 * longer than the scanned input, valid UTF-8 when the input was, and never
 * empty when the input had a visible character outside quotes. */
#include <glib.h>
#include <stdlib.h>
#include <string.h>

#include "core/arena.h"
#include "fuzz.h"
#include "mail/quoteStrip.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Arena *a = arena_new(0);
    char *text = arena_memdup(a, data, size); /* NUL-terminated copy */
    char *out = quote_strip(a, text);
    if (!out || strlen(out) > strlen(text))
        abort();
    if (strlen(text) <= QUOTE_MAX_SCAN && g_utf8_validate(text, -1, NULL) && !g_utf8_validate(out, -1, NULL))
        abort();
    int visible = 0;
    for (const char *p = text; *p && !visible; p++)
        visible = (unsigned char)*p > ' ' && *p != '>';
    if (visible && strlen(text) <= QUOTE_MAX_SCAN && !*out)
        abort();
    arena_destroy(&a);
    return 0;
}
