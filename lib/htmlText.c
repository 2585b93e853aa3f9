/* htmlText.c — placeholder; the libxml2 implementation follows. */
#include "htmlText.h"

#include <string.h>

char *html_sanitize(Arena *a, const char *html, size_t n)
{
    (void)html;
    (void)n;
    return arena_strdup(a, "");
}

char *html_to_text(Arena *a, const char *html, size_t n)
{
    char *out = arena_alloc(a, n + 1);
    size_t j = 0;
    int in_tag = 0;
    for (size_t i = 0; i < n; i++) {
        if (html[i] == '<')
            in_tag = 1;
        else if (html[i] == '>')
            in_tag = 0;
        else if (!in_tag)
            out[j++] = html[i];
    }
    out[j] = '\0';
    return out;
}
