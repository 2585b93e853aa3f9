/* quoteStrip.c — keep only what the customer newly wrote in a reply.
 *
 * Line based: find the first reply header (English "On ... wrote:",
 * Outlook "-----Original Message-----" / "From: ... Sent: ..." blocks,
 * Gmail's Hindi "... को ... ने लिखा:"), keep what is above it without
 * '>' lines, then cut a signature only when it sits near the end. The
 * rules are conservative: when a cut would leave nothing, the text is
 * kept. Only the first QUOTE_MAX_SCAN bytes are looked at.
 */
#include "mail/quoteStrip.h"

#include <string.h>
#include <strings.h>

#define QUOTE_HDR_SPAN 300    /* "On <date>, <name> <addr>" is never longer */
#define SIG_MAX_TAIL_LINES 8  /* a sign-off is in the last few lines */
#define SIG_MAX_NAME_LINES 4  /* name, title, phone, company under it */
#define SIG_MAX_NAME_LEN 80
#define FALLBACK_LINES 5

typedef struct Line {
    const char *s;
    size_t n; /* without the line break and trailing spaces */
} Line;

static int is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

/* Line without leading blanks. */
static Line ltrim(Line l)
{
    while (l.n && is_space(*l.s)) {
        l.s++;
        l.n--;
    }
    return l;
}

static int starts_ci(Line l, const char *p)
{
    size_t n = strlen(p);
    return l.n >= n && strncasecmp(l.s, p, n) == 0;
}

static int ends_with(Line l, const char *p)
{
    size_t n = strlen(p);
    return l.n >= n && memcmp(l.s + l.n - n, p, n) == 0;
}

static int ends_ci(Line l, const char *p)
{
    size_t n = strlen(p);
    return l.n >= n && strncasecmp(l.s + l.n - n, p, n) == 0;
}

static int contains(Line l, const char *p)
{
    size_t n = strlen(p);
    for (size_t i = 0; n && i + n <= l.n; i++)
        if (memcmp(l.s + i, p, n) == 0)
            return 1;
    return 0;
}

static int is_blank(Line l) { return ltrim(l).n == 0; }

static int is_quoted(Line l)
{
    l = ltrim(l);
    return l.n && l.s[0] == '>';
}

/* "On <date>, <name> wrote:" — alone or wrapped over two lines. Returns
 * the first line of the header or -1. */
static int wrote_header_at(const Line *ls, int nl, int i)
{
    Line l = ltrim(ls[i]);
    int en = ends_ci(l, "wrote:") || ends_ci(l, "wrote :");
    int hi = ends_with(l, "ने लिखा:") || ends_with(l, "ने लिखा :") || ends_with(l, "ने लिखा");
    if (!en && !hi)
        return -1;
    if (l.n > QUOTE_HDR_SPAN)
        return -1;
    if (en && starts_ci(l, "on "))
        return i;
    if (hi && contains(l, " को "))
        return i;
    /* Wrapped: the previous line opens the header. */
    if (i > 0 && !is_blank(ls[i - 1])) {
        Line p = ltrim(ls[i - 1]);
        if (p.n <= QUOTE_HDR_SPAN && ((en && starts_ci(p, "on ")) || (hi && (contains(p, " को") || ends_with(p, "को")))))
            return i - 1;
    }
    /* "<name> wrote:" directly followed by quoted lines. */
    for (int j = i + 1; j < nl; j++) {
        if (is_blank(ls[j]))
            continue;
        return is_quoted(ls[j]) ? i : -1;
    }
    return -1;
}

static int is_original_message(Line l)
{
    l = ltrim(l);
    if (l.n < 4 || l.s[0] != '-')
        return 0;
    while (l.n && (l.s[0] == '-' || l.s[0] == ' ')) {
        l.s++;
        l.n--;
    }
    return starts_ci(l, "original message") || starts_ci(l, "reply message") ||
           starts_ci(l, "mensaje original") || contains(l, "मूल संदेश");
}

/* Outlook: "From: x" then, within a few lines, "Sent:"/"Date:" and
 * "To:"/"Subject:". Also the Hindi Outlook labels. */
static int is_outlook_block(const Line *ls, int nl, int i)
{
    Line l = ltrim(ls[i]);
    if (l.n && l.s[0] == '*') { /* "*From:*" from HTML bold */
        l.s++;
        l.n--;
    }
    if (!starts_ci(l, "from:") && !starts_ci(l, "प्रेषक:"))
        return 0;
    int sent = 0, to = 0;
    for (int j = i + 1; j < nl && j <= i + 6; j++) {
        Line m = ltrim(ls[j]);
        if (m.n && m.s[0] == '*') {
            m.s++;
            m.n--;
        }
        if (starts_ci(m, "sent:") || starts_ci(m, "date:") || starts_ci(m, "भेजा गया:") || starts_ci(m, "दिनांक:"))
            sent = 1;
        if (starts_ci(m, "to:") || starts_ci(m, "subject:") || starts_ci(m, "प्रति:") || starts_ci(m, "विषय:"))
            to = 1;
    }
    return sent && to;
}

static int is_underscore_rule(Line l)
{
    l = ltrim(l);
    if (l.n < 10)
        return 0;
    for (size_t i = 0; i < l.n; i++)
        if (l.s[i] != '_')
            return 0;
    return 1;
}

/* First line of the quoted history, or nl. */
static int find_reply_header(const Line *ls, int nl, int *is_outlook)
{
    for (int i = 0; i < nl; i++) {
        int h = wrote_header_at(ls, nl, i);
        if (h >= 0) {
            *is_outlook = 0;
            return h;
        }
        if (is_original_message(ls[i]) || is_outlook_block(ls, nl, i)) {
            *is_outlook = 1;
            if (i > 0 && is_underscore_rule(ls[i - 1]))
                return i - 1;
            return i;
        }
    }
    return nl;
}

/* ---- signatures --------------------------------------------------------- */

static int is_sig_dashes(Line l) { return (l.n == 2 || l.n == 3) && l.s[0] == '-' && l.s[1] == '-' && (l.n == 2 || l.s[2] == ' '); }

static int is_device_footer(Line l)
{
    l = ltrim(l);
    return starts_ci(l, "sent from my ") || starts_ci(l, "sent from outlook") || starts_ci(l, "sent from yahoo") ||
           starts_ci(l, "sent from mail for windows") || starts_ci(l, "get outlook for ") ||
           starts_ci(l, "sent via ") || starts_ci(l, "sent from samsung") || starts_ci(l, "sent from the all new");
}

/* "Regards," and friends, possibly with trailing punctuation. */
static int is_closing(Line l)
{
    static const char *const closings[] = {
        "regards", "thanks & regards", "thanks and regards", "thanks n regards", "thanks&regards",
        "best regards", "kind regards", "warm regards", "with regards", "with best regards", "best",
        "thanks", "thank you", "many thanks", "cheers", "sincerely", "yours sincerely",
        "yours faithfully", "yours truly", "warm wishes", "best wishes", "dhanyavad", "dhanyawad",
        "shukriya", "धन्यवाद", "सादर", "आपका", "आपकी", "शुभकामनाओं सहित", "सधन्यवाद", NULL};
    l = ltrim(l);
    while (l.n && (l.s[l.n - 1] == ',' || l.s[l.n - 1] == '.' || l.s[l.n - 1] == '!' || l.s[l.n - 1] == ' ' ||
                   l.s[l.n - 1] == '-'))
        l.n--;
    for (int i = 0; closings[i]; i++) {
        size_t n = strlen(closings[i]);
        if (l.n == n && strncasecmp(l.s, closings[i], n) == 0)
            return 1;
    }
    return 0;
}

/* New end (exclusive) after removing a trailing signature from ls[0..end). */
static int cut_signature(const Line *ls, int end)
{
    int last = end;
    while (last > 0 && is_blank(ls[last - 1]))
        last--;
    if (last == 0)
        return end;
    /* Count non-blank lines from the end to keep every rule near the end. */
    int nonblank = 0;
    for (int i = last - 1; i >= 0 && nonblank < SIG_MAX_TAIL_LINES + 12; i--) {
        if (is_blank(ls[i]))
            continue;
        nonblank++;
        Line l = ltrim(ls[i]);
        if (is_sig_dashes(ls[i]) || is_device_footer(l))
            return i;
    }
    /* A sign-off followed only by a short name block. */
    nonblank = 0;
    for (int i = last - 1; i >= 0; i--) {
        if (is_blank(ls[i]))
            continue;
        if (is_closing(ls[i]))
            return i;
        if (++nonblank > SIG_MAX_NAME_LINES || ltrim(ls[i]).n > SIG_MAX_NAME_LEN)
            break;
    }
    return end;
}

/* ---- assembly ----------------------------------------------------------- */

/* Joins the non-quoted lines of ls[from..to), trimmed, into the arena;
 * NULL when nothing is left. */
static char *join(Arena *a, const Line *ls, int from, int to, int keep_quoted)
{
    while (from < to && (is_blank(ls[from]) || (!keep_quoted && is_quoted(ls[from]))))
        from++;
    while (to > from && (is_blank(ls[to - 1]) || (!keep_quoted && is_quoted(ls[to - 1]))))
        to--;
    if (from >= to)
        return NULL;
    size_t total = 0;
    for (int i = from; i < to; i++)
        total += ls[i].n + 1;
    char *out = arena_alloc(a, total + 1);
    size_t j = 0;
    int blank_run = 0;
    for (int i = from; i < to; i++) {
        if (!keep_quoted && is_quoted(ls[i]))
            continue;
        if (is_blank(ls[i])) {
            if (blank_run++)
                continue; /* at most one blank line in a row */
            out[j++] = '\n';
            continue;
        }
        blank_run = 0;
        memcpy(out + j, ls[i].s, ls[i].n);
        j += ls[i].n;
        out[j++] = '\n';
    }
    while (j && (out[j - 1] == '\n' || is_space(out[j - 1])))
        j--;
    out[j] = '\0';
    return j ? out : NULL;
}

/* Everything was quoted: the first meaningful lines, '>' removed (reply
 * headers too, unless there is nothing else). */
static char *fallback(Arena *a, const Line *ls, int nl, int skip_headers)
{
    size_t total = 0;
    for (int i = 0; i < nl; i++)
        total += ls[i].n + 1;
    char *out = arena_alloc(a, total + 1);
    size_t j = 0;
    int taken = 0;
    for (int i = 0; i < nl && taken < FALLBACK_LINES; i++) {
        Line l = ltrim(ls[i]);
        while (l.n && (l.s[0] == '>' || is_space(l.s[0]))) {
            l.s++;
            l.n--;
        }
        int dummy;
        int is_hdr = skip_headers && (wrote_header_at(ls, nl, i) >= 0 || find_reply_header(ls + i, 1, &dummy) == 0);
        if (l.n == 0 || is_hdr)
            continue;
        memcpy(out + j, l.s, l.n);
        j += l.n;
        out[j++] = '\n';
        taken++;
    }
    while (j && (out[j - 1] == '\n' || is_space(out[j - 1])))
        j--;
    out[j] = '\0';
    return out;
}

char *quote_strip(Arena *a, const char *text)
{
    if (!text)
        return NULL;
    size_t len = strnlen(text, QUOTE_MAX_SCAN);
    /* Do not split a UTF-8 sequence at the scan limit. */
    if (len == QUOTE_MAX_SCAN)
        while (len > 0 && ((unsigned char)text[len] & 0xC0) == 0x80)
            len--;
    int nl = 1;
    for (size_t i = 0; i < len; i++)
        nl += text[i] == '\n';
    Line *ls = arena_alloc(a, sizeof *ls * (size_t)nl);
    nl = 0;
    const char *p = text, *end = text + len;
    while (p <= end) {
        const char *e = memchr(p, '\n', (size_t)(end - p));
        if (!e)
            e = end;
        Line l = {p, (size_t)(e - p)};
        while (l.n && is_space(l.s[l.n - 1]))
            l.n--;
        ls[nl++] = l;
        p = e + 1;
    }

    int outlook = 0;
    int hdr = find_reply_header(ls, nl, &outlook);
    int body_end = cut_signature(ls, hdr);
    char *out = join(a, ls, 0, body_end, 0);
    if (!out)
        out = join(a, ls, 0, hdr, 0); /* the signature rule ate everything */
    if (!out && hdr < nl && !outlook) {
        /* Bottom-posted or inline answer below the quoted lines. */
        int h2 = hdr + 1;
        if (h2 < nl && !is_quoted(ls[h2]) && wrote_header_at(ls, nl, h2) == hdr)
            h2++; /* the second line of a wrapped header */
        int dummy;
        int next = h2 + find_reply_header(ls + h2, nl - h2, &dummy);
        int e2 = cut_signature(ls, next);
        out = join(a, ls, h2, e2, 0);
        if (!out)
            out = join(a, ls, h2, next, 0);
    }
    if (!out)
        out = fallback(a, ls, nl, 1);
    if (!*out)
        out = fallback(a, ls, nl, 0);
    return out;
}
