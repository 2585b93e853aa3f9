/* utf8.c — UTF-8 validation (see utf8.h). */
#include "core/utf8.h"

#include <string.h>

size_t utf8_char_len(const char *str, size_t avail)
{
    const unsigned char *s = (const unsigned char *)str;
    unsigned char c = s[0];
    size_t n;
    unsigned cp;
    if (c < 0x80)
        return 1;
    if (c >= 0xC2 && c <= 0xDF) {
        n = 1;
        cp = c & 0x1Fu;
    } else if (c >= 0xE0 && c <= 0xEF) {
        n = 2;
        cp = c & 0x0Fu;
    } else if (c >= 0xF0 && c <= 0xF4) {
        n = 3;
        cp = c & 0x07u;
    } else {
        return 0; /* continuation byte, C0/C1 (always overlong), F5..FF */
    }
    if (n >= avail)
        return 0;
    for (size_t k = 1; k <= n; k++) {
        if ((s[k] & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (s[k] & 0x3Fu);
    }
    if ((n == 2 && cp < 0x800) || (n == 3 && (cp < 0x10000 || cp > 0x10FFFF)) || (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    return n + 1;
}

size_t utf8_valid_prefix(const char *s, size_t len)
{
    size_t i = 0;
    while (i < len) {
        size_t n = utf8_char_len(s + i, len - i);
        if (!n)
            return i;
        i += n;
    }
    return len;
}

char *utf8_strndup(Arena *a, const char *s, size_t max)
{
    size_t n = s ? strnlen(s, max) : 0;
    return arena_strndup(a, s ? s : "", utf8_valid_prefix(s ? s : "", n));
}
