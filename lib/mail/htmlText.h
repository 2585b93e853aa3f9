/* htmlText.h — HTML mail bodies made safe (allowlist sanitiser) and made
 * readable (HTML to plain text), both with libxml2's HTML parser.
 * Input need not be NUL-terminated; it is treated as UTF-8. */
#ifndef CS_HTML_TEXT_H
#define CS_HTML_TEXT_H

#include <stddef.h>

#include "core/arena.h"

/* Well-formed HTML keeping only allowlisted formatting tags and safe
 * attributes (http/https/mailto links); scripts, styles, remote content,
 * event handlers and dangerous URLs are removed. Never NULL (may be "");
 * valid UTF-8; owned by the arena. */
char *html_sanitize(Arena *a, const char *html, size_t n);

/* Readable text: blocks and <br> become newlines, <li> becomes "- ",
 * whitespace collapsed, entities decoded, script/style dropped. Never NULL
 * (may be ""); valid UTF-8; owned by the arena. */
char *html_to_text(Arena *a, const char *html, size_t n);

#endif
