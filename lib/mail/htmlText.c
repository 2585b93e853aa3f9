/* htmlText.c — sanitise HTML mail and turn it into text, with libxml2.
 *
 * Why libxml2: mail HTML is tag soup (unclosed tags, stray quotes, entity
 * tricks such as "jav&#x61;script:", comments hiding markup). A real,
 * error-tolerant HTML parser sees the same tree a browser would build, so
 * the allowlist below judges elements and decoded attribute values rather
 * than guessing from text with regexes, and the output is serialised by us
 * from that tree, so it is always well-formed.
 *
 * Both walks are iterative (first child / next sibling / parent), so a
 * deeply nested document cannot exhaust the stack; tags deeper than
 * HTML_MAX_DEPTH are flattened.
 */
#include "mail/htmlText.h"

#include <glib.h>
#include <limits.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <string.h>

#include "core/buf.h"

#define HTML_MAX_OUT (16u * 1024u * 1024u)
#define HTML_MAX_DEPTH 128
#define HTML_PARSE_FLAGS                                                                                   \
    (HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET | HTML_PARSE_RECOVER |                   \
     HTML_PARSE_NODEFDTD | HTML_PARSE_IGNORE_ENC)

static int in_list(const char *name, const char *const *list)
{
    for (; *list; list++)
        if (g_ascii_strcasecmp(name, *list) == 0)
            return 1;
    return 0;
}

/* Removed together with everything inside them: their content is code,
 * styling or form state, never text meant for the reader. Any other tag
 * that is not allowlisted (img, input, link, meta, base, video, audio,
 * source, picture, ...) is dropped with its attributes but its children are
 * kept: libxml2's HTML 4 parser does not know HTML5 void elements such as
 * <source>, so text after them can end up as their children. */
static const char *const DROP_SUBTREE[] = {
    "script", "style", "iframe", "frame", "frameset", "object", "applet", "svg", "math", "head",
    "title", "template", "noembed", "noframes", "textarea", "select", "option", "xml", NULL};

/* Kept as tags (with only the safe attributes). */
static const char *const ALLOWED[] = {
    "p", "br", "div", "span", "b", "i", "u", "s", "strong", "em", "small", "sub", "sup", "ul",
    "ol", "li", "dl", "dt", "dd", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption",
    "blockquote", "pre", "code", "h1", "h2", "h3", "h4", "h5", "h6", "a", "hr", "q", "cite",
    "abbr", "del", "ins", "mark", NULL};

static const char *const VOID_TAGS[] = {"br", "hr", NULL};

static const char *const SAFE_ATTRS[] = {"title", "colspan", "rowspan", "align", "valign",
                                         "dir", "lang", NULL};

/* Line breaks around these in text output. */
static const char *const BLOCKS[] = {
    "p", "div", "ul", "ol", "dl", "dt", "dd", "table", "tr", "blockquote", "pre", "h1", "h2",
    "h3", "h4", "h5", "h6", "hr", "section", "article", "header", "footer", "nav", "aside",
    "address", "center", "form", "fieldset", "figure", "figcaption", "main", "caption", NULL};

/* Skipped entirely in text output (invisible in a browser). */
static const char *const TEXT_SKIP[] = {"script", "style", "head", "title", "template", "svg",
                                        "math", "object", "applet", "iframe", "select",
                                        "textarea", "noembed", "noframes", "xml", NULL};

static htmlDocPtr parse(const char *html, size_t n)
{
    if (!html || n == 0)
        return NULL;
    if (n > INT_MAX)
        n = INT_MAX;
    return htmlReadMemory(html, (int)n, NULL, "UTF-8", HTML_PARSE_FLAGS);
}

static xmlNodePtr root_of(htmlDocPtr doc)
{
    xmlNodePtr root = xmlDocGetRootElement(doc);
    if (!root)
        return NULL;
    /* Start at <body> when there is one; otherwise the whole tree. */
    for (xmlNodePtr c = root->children; c; c = c->next)
        if (c->type == XML_ELEMENT_NODE && g_ascii_strcasecmp((const char *)c->name, "body") == 0)
            return c;
    return root;
}

static void append_escaped(Buf *b, const char *s, int in_attr)
{
    const char *run = s;
    for (; *s; s++) {
        const char *rep = NULL;
        switch (*s) {
        case '&': rep = "&amp;"; break;
        case '<': rep = "&lt;"; break;
        case '>': rep = "&gt;"; break;
        case '"': rep = in_attr ? "&quot;" : NULL; break;
        case '\'': rep = in_attr ? "&#39;" : NULL; break;
        default: break;
        }
        if (rep) {
            (void)buf_append(b, run, (size_t)(s - run));
            (void)buf_append_str(b, rep);
            run = s + 1;
        }
    }
    (void)buf_append(b, run, (size_t)(s - run));
}

/* http, https and mailto only. Browsers strip leading/trailing C0 and
 * spaces and ignore tabs/newlines inside a URL ("java\tscript:"), so the
 * value is trimmed, any remaining control character refuses it, and the
 * scheme must then start the value. A URL without a scheme is refused too
 * (there is no base to resolve it against). Returns the trimmed value in
 * *start / *len, or 0. */
static int url_is_safe(const char *u, const char **start, size_t *len)
{
    const unsigned char *p = (const unsigned char *)u;
    while (*p && *p <= 0x20)
        p++;
    size_t n = strlen((const char *)p);
    while (n && p[n - 1] <= 0x20)
        n--;
    for (size_t i = 0; i < n; i++)
        if (p[i] < 0x20 || p[i] == 0x7F)
            return 0;
    int ok = (n >= 5 && g_ascii_strncasecmp((const char *)p, "http:", 5) == 0) ||
             (n >= 6 && g_ascii_strncasecmp((const char *)p, "https:", 6) == 0) ||
             (n >= 7 && g_ascii_strncasecmp((const char *)p, "mailto:", 7) == 0);
    if (ok) {
        *start = (const char *)p;
        *len = n;
    }
    return ok;
}

static void open_tag(Buf *b, xmlNodePtr node)
{
    const char *name = (const char *)node->name;
    char *low = g_ascii_strdown(name, -1);
    (void)buf_append_char(b, '<');
    (void)buf_append_str(b, low);
    int is_a = strcmp(low, "a") == 0;
    for (xmlAttrPtr at = node->properties; at; at = at->next) {
        const char *an = (const char *)at->name;
        int href = is_a && g_ascii_strcasecmp(an, "href") == 0;
        if (!href && !in_list(an, SAFE_ATTRS))
            continue;
        xmlChar *v = xmlNodeListGetString(node->doc, at->children, 1);
        const char *val = v ? (const char *)v : "";
        const char *ustart = NULL;
        size_t ulen = 0;
        if (href && url_is_safe(val, &ustart, &ulen))
            val = ustart;
        else
            ulen = strlen(val);
        if (!href || ustart) {
            char *alow = g_ascii_strdown(an, -1);
            (void)buf_append_char(b, ' ');
            (void)buf_append_str(b, alow);
            (void)buf_append_str(b, "=\"");
            char *copy = g_strndup(val, ulen);
            append_escaped(b, copy, 1);
            g_free(copy);
            (void)buf_append_char(b, '"');
            g_free(alow);
            if (href)
                (void)buf_append_str(b, " rel=\"noopener noreferrer nofollow\"");
        }
        xmlFree(v);
    }
    (void)buf_append_char(b, '>');
    g_free(low);
}

static void close_tag(Buf *b, xmlNodePtr node)
{
    char *low = g_ascii_strdown((const char *)node->name, -1);
    (void)buf_append_str(b, "</");
    (void)buf_append_str(b, low);
    (void)buf_append_char(b, '>');
    g_free(low);
}

/* Valid UTF-8 copy in the arena (the parser may pass through bad bytes
 * from input that was not UTF-8). */
static char *finish(Buf *b, Arena *a)
{
    const char *s = b->data ? b->data : "";
    char *out;
    if (g_utf8_validate(s, (gssize)b->len, NULL)) {
        out = buf_to_arena(b, a);
    } else {
        gchar *fixed = g_utf8_make_valid(s, (gssize)b->len);
        out = arena_strdup(a, fixed);
        g_free(fixed);
        buf_free(b);
    }
    return out;
}

/* Iterative pre-order walk helpers: the node after `n` once its subtree is
 * done, calling leave() for every element closed on the way up. */
typedef void (*LeaveFn)(void *ctx, xmlNodePtr node, int depth);

static xmlNodePtr next_node(xmlNodePtr n, xmlNodePtr top, int *depth, LeaveFn leave, void *ctx)
{
    while (n && n != top) {
        if (n->next)
            return n->next;
        n = n->parent;
        (*depth)--;
        if (n && n != top && n->type == XML_ELEMENT_NODE)
            leave(ctx, n, *depth);
    }
    return NULL;
}

/* ---- sanitiser ---------------------------------------------------------- */

typedef struct SanCtx {
    Buf *out;
} SanCtx;

static int san_keeps_tag(xmlNodePtr n, int depth)
{
    return depth < HTML_MAX_DEPTH && in_list((const char *)n->name, ALLOWED) &&
           !in_list((const char *)n->name, VOID_TAGS);
}

static void san_leave(void *vctx, xmlNodePtr n, int depth)
{
    SanCtx *ctx = vctx;
    if (san_keeps_tag(n, depth))
        close_tag(ctx->out, n);
}

char *html_sanitize(Arena *a, const char *html, size_t n)
{
    Buf out;
    buf_init(&out, HTML_MAX_OUT);
    htmlDocPtr doc = parse(html, n);
    xmlNodePtr top = doc ? root_of(doc) : NULL;
    SanCtx ctx = {&out};
    int depth = 0;
    xmlNodePtr cur = top ? top->children : NULL;
    while (cur) {
        int descend = 0;
        if (cur->type == XML_TEXT_NODE || cur->type == XML_CDATA_SECTION_NODE) {
            if (cur->content)
                append_escaped(&out, (const char *)cur->content, 0);
        } else if (cur->type == XML_ELEMENT_NODE) {
            const char *name = (const char *)cur->name;
            if (!in_list(name, DROP_SUBTREE)) {
                if (depth < HTML_MAX_DEPTH && in_list(name, ALLOWED)) {
                    open_tag(&out, cur);
                }
                descend = cur->children != NULL && !in_list(name, VOID_TAGS);
            }
        }
        if (descend) {
            cur = cur->children;
            depth++;
            continue;
        }
        if (cur->type == XML_ELEMENT_NODE && san_keeps_tag(cur, depth) &&
            !in_list((const char *)cur->name, DROP_SUBTREE))
            close_tag(&out, cur); /* element without children */
        cur = next_node(cur, top, &depth, san_leave, &ctx);
    }
    if (doc)
        xmlFreeDoc(doc);
    return finish(&out, a);
}

/* ---- HTML to text ------------------------------------------------------- */

typedef struct TextCtx {
    Buf *out;
    int pre;        /* inside <pre> */
    int pending_sp; /* a collapsed space waits to be written */
} TextCtx;

static int ends_with_newlines(const Buf *b)
{
    int k = 0;
    for (size_t i = b->len; i > 0 && b->data[i - 1] == '\n'; i--)
        k++;
    return b->len == 0 ? 2 : k;
}

/* At least `want` newlines at the end (1 = new line, 2 = blank line). */
static void need_newlines(TextCtx *t, int want)
{
    t->pending_sp = 0;
    /* Trailing spaces before a line break are noise. */
    while (t->out->len && t->out->data[t->out->len - 1] == ' ')
        t->out->data[--t->out->len] = '\0';
    for (int k = ends_with_newlines(t->out); k < want; k++)
        (void)buf_append_char(t->out, '\n');
}

static void text_append(TextCtx *t, const char *s)
{
    if (t->pre) {
        (void)buf_append_str(t->out, s);
        return;
    }
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
            t->pending_sp = 1;
            continue;
        }
        /* U+00A0 (&nbsp;) collapses like a space too. */
        if (c == 0xC2 && (unsigned char)s[1] == 0xA0) {
            t->pending_sp = 1;
            s++;
            continue;
        }
        if (t->pending_sp && t->out->len && t->out->data[t->out->len - 1] != '\n')
            (void)buf_append_char(t->out, ' ');
        t->pending_sp = 0;
        (void)buf_append_char(t->out, (char)c);
    }
}

static int is_heading_or_p(const char *name)
{
    return g_ascii_strcasecmp(name, "p") == 0 || (g_ascii_tolower(name[0]) == 'h' && name[1] >= '1' &&
                                                  name[1] <= '6' && name[2] == '\0');
}

static void text_leave(void *vctx, xmlNodePtr n, int depth)
{
    TextCtx *t = vctx;
    (void)depth;
    const char *name = (const char *)n->name;
    if (g_ascii_strcasecmp(name, "pre") == 0 && t->pre > 0)
        t->pre--;
    if (is_heading_or_p(name))
        need_newlines(t, 2);
    else if (in_list(name, BLOCKS) || g_ascii_strcasecmp(name, "li") == 0)
        need_newlines(t, 1);
    else if (g_ascii_strcasecmp(name, "td") == 0 || g_ascii_strcasecmp(name, "th") == 0)
        t->pending_sp = 1;
}

static void text_enter(TextCtx *t, xmlNodePtr n)
{
    const char *name = (const char *)n->name;
    if (g_ascii_strcasecmp(name, "br") == 0) {
        t->pending_sp = 0;
        while (t->out->len && t->out->data[t->out->len - 1] == ' ')
            t->out->data[--t->out->len] = '\0';
        (void)buf_append_char(t->out, '\n');
    } else if (g_ascii_strcasecmp(name, "li") == 0) {
        need_newlines(t, 1);
        (void)buf_append_str(t->out, "- ");
    } else if (is_heading_or_p(name)) {
        need_newlines(t, 2);
    } else if (in_list(name, BLOCKS)) {
        need_newlines(t, 1);
    }
    if (g_ascii_strcasecmp(name, "pre") == 0)
        t->pre++;
}

/* Trims spaces at line ends, at most one blank line in a row, no leading
 * or trailing blank space. */
static char *tidy_text(Arena *a, const char *s, size_t n)
{
    char *out = arena_alloc(a, n + 1);
    size_t j = 0;
    int newlines = 0;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c == '\r')
            continue;
        if (c == '\n') {
            while (j && (out[j - 1] == ' ' || out[j - 1] == '\t'))
                j--;
            if (j == 0 || ++newlines > 2)
                continue;
            out[j++] = '\n';
            continue;
        }
        if (j == 0 && (c == ' ' || c == '\t'))
            continue;
        newlines = 0;
        out[j++] = c;
    }
    while (j && (out[j - 1] == '\n' || out[j - 1] == ' ' || out[j - 1] == '\t'))
        j--;
    out[j] = '\0';
    return out;
}

char *html_to_text(Arena *a, const char *html, size_t n)
{
    Buf out;
    buf_init(&out, HTML_MAX_OUT);
    htmlDocPtr doc = parse(html, n);
    xmlNodePtr top = doc ? root_of(doc) : NULL;
    TextCtx t = {&out, 0, 0};
    int depth = 0;
    xmlNodePtr cur = top ? top->children : NULL;
    while (cur) {
        if (cur->type == XML_TEXT_NODE || cur->type == XML_CDATA_SECTION_NODE) {
            if (cur->content)
                text_append(&t, (const char *)cur->content);
        } else if (cur->type == XML_ELEMENT_NODE && !in_list((const char *)cur->name, TEXT_SKIP)) {
            text_enter(&t, cur);
            if (cur->children) {
                cur = cur->children;
                depth++;
                continue;
            }
            text_leave(&t, cur, depth);
        }
        cur = next_node(cur, top, &depth, text_leave, &t);
    }
    if (doc)
        xmlFreeDoc(doc);
    char *raw = finish(&out, a);
    return tidy_text(a, raw, strlen(raw));
}
