/* summarize.c — see summarize.h. */
#include "triage/summarize.h"

#include <ctype.h>
#include <string.h>

#include "core/buf.h"
#include "triage/textNorm.h"

#define MAX_SENTENCES 64
#define WORD_MAX 48

typedef struct Span {
    size_t start;
    size_t len;
} Span;

/* Words that open a message and carry nothing ("Respected sir", "Ram Ram
 * ji", "नमस्ते सर"). A sentence made only of these (and of the sign-off
 * words) is skipped; a sentence starting with an opener loses them. */
static const char *const OPENERS[] = {
    "hi", "hii", "hiii", "hello", "helo", "hello", "hey", "dear", "respected", "namaste", "namaskar",
    "namskar", "greetings", "good", "morning", "evening", "afternoon", "ram", "jai", "kisan", "sat",
    "sri", "akal", "radhe", "sir", "sirji", "madam", "mam", "maam", "ma'am", "ji", "team", "bhai",
    "bhaiya", "katyayani", "organics", "support", "customer", "care", "all", "to", "whom", "it", "may",
    "concern", "the", "shri", "shree", "mr", "ms", "\xe0\xa4\xa8\xe0\xa4\xae\xe0\xa4\xb8\xe0\xa5\x8d\xe0\xa4\xa4\xe0\xa5\x87",
    "\xe0\xa4\xa8\xe0\xa4\xae\xe0\xa4\xb8\xe0\xa5\x8d\xe0\xa4\x95\xe0\xa4\xbe\xe0\xa4\xb0",
    "\xe0\xa4\xb8\xe0\xa4\xb0", "\xe0\xa4\x9c\xe0\xa5\x80", "\xe0\xa4\xae\xe0\xa4\xb9\xe0\xa5\x8b\xe0\xa4\xa6\xe0\xa4\xaf",
    "\xe0\xa4\xaa\xe0\xa5\x8d\xe0\xa4\xb0\xe0\xa4\xbf\xe0\xa4\xaf", "\xe0\xa4\xb0\xe0\xa4\xbe\xe0\xa4\xae",
    "\xe0\xa4\x9c\xe0\xa4\xaf", "\xe0\xa4\x86\xe0\xa4\xa6\xe0\xa4\xb0\xe0\xa4\xa3\xe0\xa5\x80\xe0\xa4\xaf",
    "\xe0\xa4\xb6\xe0\xa5\x8d\xe0\xa4\xb0\xe0\xa5\x80\xe0\xa4\xae\xe0\xa4\xbe\xe0\xa4\xa8",
    "\xe0\xa4\xad\xe0\xa4\xbe\xe0\xa4\x88",
};
/* First words that make a sentence an opener ("good" alone does not). */
static const char *const OPENER_STARTS[] = {
    "hi", "hii", "hiii", "hello", "helo", "hey", "dear", "respected", "namaste", "namaskar", "namskar",
    "greetings", "ram", "jai", "sat", "radhe", "\xe0\xa4\xa8\xe0\xa4\xae\xe0\xa4\xb8\xe0\xa5\x8d\xe0\xa4\xa4\xe0\xa5\x87",
    "\xe0\xa4\xa8\xe0\xa4\xae\xe0\xa4\xb8\xe0\xa5\x8d\xe0\xa4\x95\xe0\xa4\xbe\xe0\xa4\xb0",
    "\xe0\xa4\x86\xe0\xa4\xa6\xe0\xa4\xb0\xe0\xa4\xa3\xe0\xa5\x80\xe0\xa4\xaf",
    "\xe0\xa4\xaa\xe0\xa5\x8d\xe0\xa4\xb0\xe0\xa4\xbf\xe0\xa4\xaf", "\xe0\xa4\xb0\xe0\xa4\xbe\xe0\xa4\xae",
    "\xe0\xa4\x9c\xe0\xa4\xaf", "good",
};
static const char *const SIGNOFFS[] = {
    "thanks", "thank", "you", "thanku", "thx", "regards", "best", "warm", "kind", "with", "yours",
    "sincerely", "truly", "faithfully", "dhanyavad", "dhanyawad", "shukriya", "sent", "from", "my",
    "iphone", "android", "ok", "okay", "\xe0\xa4\xa7\xe0\xa4\xa8\xe0\xa5\x8d\xe0\xa4\xaf\xe0\xa4\xb5\xe0\xa4\xbe\xe0\xa4\xa6",
    "\xe0\xa4\xb6\xe0\xa5\x81\xe0\xa4\x95\xe0\xa5\x8d\xe0\xa4\xb0\xe0\xa4\xbf\xe0\xa4\xaf\xe0\xa4\xbe",
};
/* Words of an "Order id: 12345" line. */
static const char *const ID_WORDS[] = {
    "order", "id", "no", "number", "ord", "my", "is", "mera", "hai", "ref", "awb", "invoice", "num",
    "\xe0\xa4\x91\xe0\xa4\xb0\xe0\xa5\x8d\xe0\xa4\xa1\xe0\xa4\xb0", "\xe0\xa4\xa8\xe0\xa4\x82\xe0\xa4\xac\xe0\xa4\xb0",
};

static int in_set(const char *w, const char *const *set, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (strcmp(w, set[i]) == 0)
            return 1;
    return 0;
}
#define IN(w, set) in_set((w), (set), sizeof(set) / sizeof(set[0]))

static int is_word_sep(unsigned char c)
{
    return c < 0x80 && !isalnum(c) && c != '\'';
}

/* Next word of s[*pos..end): lowercased ASCII copy in w; returns its start
 * or (size_t)-1 at the end. *has_digit tells whether it holds digits. */
static size_t next_word(const char *s, size_t *pos, size_t end, char *w, int *has_digit)
{
    size_t i = *pos;
    while (i < end && is_word_sep((unsigned char)s[i]))
        i++;
    if (i >= end)
        return (size_t)-1;
    size_t start = i, wl = 0;
    *has_digit = 0;
    while (i < end && !is_word_sep((unsigned char)s[i])) {
        unsigned char c = (unsigned char)s[i];
        if (isdigit(c))
            *has_digit = 1;
        if (wl < WORD_MAX - 1)
            w[wl++] = (char)tolower(c);
        i++;
    }
    w[wl] = '\0';
    *pos = i;
    return start;
}

/* Moves span past opener words ("Hi team, ") when real content follows;
 * returns 1 when the whole span is greeting / sign-off / order id. */
static int trim_span(const char *s, Span *sp)
{
    size_t end = sp->start + sp->len, pos = sp->start;
    char w[WORD_MAX];
    int digit, words = 0, filler = 0, ids = 0, digits = 0, first = 1, opening = 0;
    size_t content = (size_t)-1;
    size_t st;
    while ((st = next_word(s, &pos, end, w, &digit)) != (size_t)-1) {
        words++;
        if (first)
            opening = IN(w, OPENER_STARTS);
        first = 0;
        int is_filler = IN(w, OPENERS) || IN(w, SIGNOFFS);
        if (is_filler)
            filler++;
        if (digit) {
            digits++;
        } else if (IN(w, ID_WORDS)) {
            ids++;
        }
        if (opening && !is_filler && content == (size_t)-1)
            content = st;
        if (!opening && content == (size_t)-1)
            content = sp->start;
    }
    if (words == 0 || filler == words)
        return 1;
    if (digits > 0 && digits + ids == words)
        return 1;
    if (content != (size_t)-1 && content > sp->start) {
        sp->len = end - content;
        sp->start = content;
    }
    return 0;
}

/* Splits at . ! ? । and newlines; a "." inside "Rs.500" or "1.5" is not a
 * boundary. */
static int split_sentences(const char *s, size_t n, Span *out, int max)
{
    int count = 0;
    size_t start = 0;
    for (size_t i = 0; i <= n && count < max; i++) {
        int boundary = 0;
        size_t skip = 1;
        if (i == n) {
            boundary = 1;
        } else if (s[i] == '\n' || s[i] == '!' || s[i] == '?') {
            boundary = 1;
        } else if (s[i] == '.') {
            boundary = i + 1 >= n || isspace((unsigned char)s[i + 1]);
        } else if ((unsigned char)s[i] == 0xE0 && i + 2 < n && (unsigned char)s[i + 1] == 0xA5 &&
                   ((unsigned char)s[i + 2] == 0xA4 || (unsigned char)s[i + 2] == 0xA5)) {
            boundary = 1; /* danda / double danda */
            skip = 3;
        }
        if (!boundary)
            continue;
        size_t end = i;
        if (i < n && s[i] != '\n')
            end = i + skip; /* keep the sentence's own punctuation */
        /* trim */
        size_t a = start, b = end;
        while (a < b && (isspace((unsigned char)s[a]) || s[a] == ',' || s[a] == '-' || s[a] == '*'))
            a++;
        while (b > a && isspace((unsigned char)s[b - 1]))
            b--;
        if (b > a) {
            out[count].start = a;
            out[count].len = b - a;
            count++;
        }
        if (i >= n)
            break;
        start = i + skip;
        i = start - 1;
    }
    return count;
}

/* Appends span with runs of whitespace collapsed to one space. */
static void append_collapsed(Buf *b, const char *s, size_t len)
{
    int space = 0;
    for (size_t i = 0; i < len; i++) {
        if (isspace((unsigned char)s[i])) {
            space = 1;
            continue;
        }
        if (space && b->len > 0)
            (void)buf_append_char(b, ' ');
        space = 0;
        (void)buf_append_char(b, s[i]);
    }
}

static size_t count_cps(const char *s, size_t n)
{
    size_t c = 0;
    for (size_t i = 0; i < n; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80)
            c++;
    return c;
}

/* Byte length of the first max_cps code points of s. */
static size_t cps_prefix(const char *s, size_t n, size_t max_cps)
{
    size_t c = 0, i = 0;
    for (; i < n; i++) {
        if (((unsigned char)s[i] & 0xC0) != 0x80) {
            if (c == max_cps)
                break;
            c++;
        }
    }
    return i;
}

const char *summarize_extract(Arena *a, const char *text, size_t max_chars)
{
    if (!text || !*text)
        return arena_strdup(a, "");
    size_t n = strnlen(text, TEXTNORM_MAX_INPUT);
    while (n > 0 && ((unsigned char)text[n] & 0xC0) == 0x80 && text[n] != '\0')
        n--; /* do not cut a UTF-8 sequence at the input bound */
    Span spans[MAX_SENTENCES];
    int ns = split_sentences(text, n, spans, MAX_SENTENCES);
    Buf b;
    buf_init(&b, TEXTNORM_MAX_INPUT + 16);
    int picked = 0;
    for (int i = 0; i < ns && picked < 2; i++) {
        Span sp = spans[i];
        if (trim_span(text, &sp))
            continue;
        if (picked == 1) {
            /* A second sentence only when the first was short and both fit. */
            if (count_cps(b.data, b.len) >= 80 || count_cps(b.data, b.len) + 1 + count_cps(text + sp.start, sp.len) > max_chars)
                break;
            (void)buf_append_char(&b, ' ');
        }
        append_collapsed(&b, text + sp.start, sp.len);
        picked++;
    }
    if (picked == 0 && ns > 0)
        append_collapsed(&b, text + spans[0].start, spans[0].len);
    if (count_cps(b.data ? b.data : "", b.len) > max_chars) {
        size_t cut = cps_prefix(b.data, b.len, max_chars);
        size_t word = cut;
        while (word > 0 && b.data[word] != ' ')
            word--;
        if (word > cut / 2)
            cut = word; /* cut at a word boundary unless the word is huge */
        while (cut > 0 && (b.data[cut - 1] == ' ' || b.data[cut - 1] == ','))
            cut--;
        b.len = cut;
        b.data[cut] = '\0';
        (void)buf_append_str(&b, "\xe2\x80\xa6");
    }
    return buf_to_arena(&b, a);
}

const char *summarize_team_label(const char *team)
{
    static const char *const LABELS[][2] = {
        {"finance", "Payment/billing query"}, {"support", "Support request"},
        {"dispatch", "Dispatch query"},       {"sales", "Sales enquiry"},
        {"technical", "Technical query"},     {"returns_refunds", "Return/refund request"},
        {"general", "General message"},
    };
    for (size_t i = 0; team && i < sizeof LABELS / sizeof LABELS[0]; i++)
        if (strcmp(team, LABELS[i][0]) == 0)
            return LABELS[i][1];
    return "Customer message";
}

const char *summarize_text(Arena *a, const char *text, const char *language, const char *team)
{
    const char *ex = summarize_extract(a, text, SUMMARY_MAX_CHARS);
    const char *lang_name = NULL;
    if (language && strcmp(language, "hi") == 0)
        lang_name = "Hindi";
    else if (language && strcmp(language, "hinglish") == 0)
        lang_name = "Hinglish";
    else if (language && strcmp(language, "mixed") == 0)
        lang_name = "Hindi-English";
    size_t el = strlen(ex);
    /* End on a full stop so the summary reads as a sentence. */
    int needs_stop = el > 0 && !strchr(".!?", ex[el - 1]) &&
                     !(el >= 3 && (strcmp(ex + el - 3, "\xe2\x80\xa6") == 0 || strcmp(ex + el - 3, "\xe0\xa5\xa4") == 0));
    if (!lang_name)
        return needs_stop ? arena_sprintf(a, "%s.", ex) : ex;
    if (el == 0)
        return arena_sprintf(a, "%s (%s).", summarize_team_label(team), lang_name);
    return arena_sprintf(a, "%s (%s): %s%s", summarize_team_label(team), lang_name, ex, needs_stop ? "." : "");
}
