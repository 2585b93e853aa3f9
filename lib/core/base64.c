/* base64.c — RFC 4648 base64 / base64url (see base64.h). */
#include "core/base64.h"

#include "core/errors.h"

static const char STD[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
static const char URL[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

char *base64_encode(Arena *a, const void *data, size_t n, int url)
{
    const unsigned char *p = data;
    const char *tab = url ? URL : STD;
    char *out = arena_alloc(a, (n + 2) / 3 * 4 + 1);
    size_t o = 0, i = 0;
    for (; i + 2 < n; i += 3) {
        unsigned v = (unsigned)p[i] << 16 | (unsigned)p[i + 1] << 8 | p[i + 2];
        out[o++] = tab[v >> 18 & 63];
        out[o++] = tab[v >> 12 & 63];
        out[o++] = tab[v >> 6 & 63];
        out[o++] = tab[v & 63];
    }
    if (i < n) {
        unsigned v = (unsigned)p[i] << 16 | (i + 1 < n ? (unsigned)p[i + 1] << 8 : 0);
        out[o++] = tab[v >> 18 & 63];
        out[o++] = tab[v >> 12 & 63];
        if (i + 1 < n)
            out[o++] = tab[v >> 6 & 63];
        else if (!url)
            out[o++] = '=';
        if (!url)
            out[o++] = '=';
    }
    out[o] = '\0';
    return out;
}

static int val(unsigned char c)
{
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    if (c == '+' || c == '-') return 62;
    if (c == '/' || c == '_') return 63;
    return -1;
}

int base64_decode(Arena *a, const char *s, size_t n, size_t max_out, unsigned char **out,
                  size_t *out_len)
{
    *out = NULL;
    *out_len = 0;
    size_t cap = n / 4 * 3 + 3;
    if (max_out && cap > max_out + 3)
        cap = max_out + 3;
    unsigned char *d = arena_alloc(a, cap + 1);
    size_t o = 0;
    unsigned acc = 0;
    int bits = 0, pad = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '\r' || c == '\n')
            continue;
        if (c == '=') {
            pad++;
            continue;
        }
        if (pad)
            return ERR_PARSE; /* data after padding */
        int v = val(c);
        if (v < 0)
            return ERR_PARSE;
        acc = (acc << 6) | (unsigned)v;
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            if (max_out && o >= max_out)
                return ERR_TOO_LARGE;
            if (o >= cap)
                return ERR_PARSE;
            d[o++] = (unsigned char)(acc >> bits & 0xff);
        }
    }
    if (bits >= 6 || pad > 2)
        return ERR_PARSE; /* a lone 6-bit group cannot encode a byte */
    d[o] = '\0';
    *out = d;
    *out_len = o;
    return 0;
}
