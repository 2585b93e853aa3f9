/* quoteStrip.h — the customer's new words in a reply: quoted history
 * ("On ... wrote:", Outlook headers, Gmail's Hindi "... ने लिखा:", '>'
 * lines) and a trailing signature removed. */
#ifndef CS_QUOTE_STRIP_H
#define CS_QUOTE_STRIP_H

#include "core/arena.h"

/* text is UTF-8, NUL-terminated (NULL gives NULL). Returns the new text,
 * trimmed, owned by the arena. Never empty when text had non-quoted
 * content; when everything was quoted, the first meaningful lines. Work is
 * bounded: only the first QUOTE_MAX_SCAN bytes are examined. */
char *quote_strip(Arena *a, const char *text);

#define QUOTE_MAX_SCAN (512u * 1024u)

#endif
