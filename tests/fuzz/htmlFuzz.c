/* htmlFuzz.c — html_sanitize() and html_to_text() on arbitrary bytes: no
 * crash, valid UTF-8, and the sanitised output contains only allowlisted
 * tags and attributes (checked by a small independent scanner). */
#include <glib.h>
#include <stdlib.h>
#include <string.h>

#include "core/arena.h"
#include "fuzz.h"
#include "mail/htmlText.h"

static int listed(const char *s, size_t n, const char *const *list)
{
    for (; *list; list++)
        if (strlen(*list) == n && g_ascii_strncasecmp(s, *list, n) == 0)
            return 1;
    return 0;
}

/* Every "<" in the output opens an allowlisted tag whose attributes are
 * all allowlisted, and an href is http(s) or mailto. */
static void check_sanitized(const char *s)
{
    static const char *const tags[] = {
        "p", "br", "div", "span", "b", "i", "u", "s", "strong", "em", "small", "sub", "sup", "ul",
        "ol", "li", "dl", "dt", "dd", "table", "thead", "tbody", "tfoot", "tr", "td", "th",
        "caption", "blockquote", "pre", "code", "h1", "h2", "h3", "h4", "h5", "h6", "a", "hr", "q",
        "cite", "abbr", "del", "ins", "mark", NULL};
    static const char *const attrs[] = {"title", "colspan", "rowspan", "align", "valign", "dir",
                                        "lang", "href", "rel", NULL};
    for (const char *p = strchr(s, '<'); p; p = strchr(p + 1, '<')) {
        const char *q = p + 1;
        if (*q == '/')
            q++;
        size_t n = strspn(q, "abcdefghijklmnopqrstuvwxyz0123456789");
        if (!listed(q, n, tags))
            abort();
        q += n;
        while (*q == ' ') {
            q++;
            size_t an = strcspn(q, "=");
            if (!listed(q, an, attrs) || q[an] != '=' || q[an + 1] != '"')
                abort();
            const char *v = q + an + 2;
            const char *end = strchr(v, '"');
            if (!end || memchr(v, '<', (size_t)(end - v)) || memchr(v, '>', (size_t)(end - v)))
                abort();
            if (an == 4 && strncmp(q, "href", 4) == 0 && g_ascii_strncasecmp(v, "http:", 5) != 0 &&
                g_ascii_strncasecmp(v, "https:", 6) != 0 && g_ascii_strncasecmp(v, "mailto:", 7) != 0)
                abort();
            q = end + 1;
        }
        if (*q != '>')
            abort();
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Arena *a = arena_new(0);
    char *san = html_sanitize(a, (const char *)data, size);
    char *txt = html_to_text(a, (const char *)data, size);
    if (!san || !txt || !g_utf8_validate(san, -1, NULL) || !g_utf8_validate(txt, -1, NULL))
        abort();
    check_sanitized(san);
    arena_destroy(&a);
    return 0;
}
