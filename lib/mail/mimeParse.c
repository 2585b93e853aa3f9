/* mimeParse.c — raw RFC 5322/MIME into ParsedEmail with GMime 3.
 *
 * GMime does the parsing (headers, RFC 2047/2231, transfer encodings);
 * this file walks the tree with our own bounds, picks the body parts,
 * converts every string to valid UTF-8 and copies it into the arena, so no
 * GMime object outlives the call.
 */
#include "mail/mimeParse.h"

#include <errno.h>
#include <gmime/gmime.h>
#include <iconv.h>
#include <string.h>

#include "core/buf.h"
#include "core/errors.h"
#include "mail/htmlText.h"
#include "mail/quoteStrip.h"

/* Decoded body text kept per message: far above any real mail. */
#define MIME_MAX_TEXT (8u * 1024u * 1024u)

static GMimeParserOptions *g_mime_opts;

/* g_mime_init() once per process, on first use (workers fork after the
 * master, so this runs in whichever process parses first). */
static void mime_init_once(void)
{
    static gsize done = 0;
    if (g_once_init_enter(&done)) {
        static const char *fallback[] = {"UTF-8", "windows-1252", NULL};
        g_mime_init();
        g_mime_opts = g_mime_parser_options_new();
        g_mime_parser_options_set_fallback_charsets(g_mime_opts, fallback);
        g_mime_parser_options_set_rfc2047_compliance_mode(g_mime_opts, GMIME_RFC_COMPLIANCE_LOOSE);
        g_mime_parser_options_set_address_compliance_mode(g_mime_opts, GMIME_RFC_COMPLIANCE_LOOSE);
        g_mime_parser_options_set_parameter_compliance_mode(g_mime_opts, GMIME_RFC_COMPLIANCE_LOOSE);
        g_mime_parser_options_set_allow_addresses_without_domain(g_mime_opts, TRUE);
        g_once_init_leave(&done, 1);
    }
}

/* ---- charset conversion ------------------------------------------------ */

/* windows-1252 0x80..0x9F; the five undefined bytes map like latin1. */
static const unsigned short CP1252_HIGH[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

static void put_utf8(Buf *b, unsigned cp)
{
    char tmp[4];
    size_t n;
    if (cp < 0x80) {
        tmp[0] = (char)cp;
        n = 1;
    } else if (cp < 0x800) {
        tmp[0] = (char)(0xC0 | (cp >> 6));
        tmp[1] = (char)(0x80 | (cp & 0x3F));
        n = 2;
    } else {
        tmp[0] = (char)(0xE0 | (cp >> 12));
        tmp[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        tmp[2] = (char)(0x80 | (cp & 0x3F));
        n = 3;
    }
    (void)buf_append(b, tmp, n);
}

static void cp1252_to_utf8(Buf *b, const unsigned char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        unsigned c = s[i];
        if (c >= 0x80 && c < 0xA0)
            c = CP1252_HIGH[c - 0x80];
        put_utf8(b, c);
    }
}

/* Appends valid UTF-8 to b: invalid sequences become U+FFFD. */
static void utf8_repair(Buf *b, const char *s, size_t n)
{
    const char *end = s + n;
    while (s < end) {
        const char *bad = NULL;
        if (g_utf8_validate(s, end - s, &bad)) {
            (void)buf_append(b, s, (size_t)(end - s));
            return;
        }
        (void)buf_append(b, s, (size_t)(bad - s));
        if (*bad == '\0') /* embedded NUL: drop it, strings are C strings */
            s = bad + 1;
        else {
            (void)buf_append(b, "\xEF\xBF\xBD", 3);
            s = bad + 1;
        }
    }
}

static int is_utf8_charset(const char *cs)
{
    return g_ascii_strcasecmp(cs, "utf-8") == 0 || g_ascii_strcasecmp(cs, "utf8") == 0;
}

static int is_ascii_or_latin_charset(const char *cs)
{
    return g_ascii_strcasecmp(cs, "us-ascii") == 0 || g_ascii_strcasecmp(cs, "ascii") == 0 ||
           g_ascii_strcasecmp(cs, "iso-8859-1") == 0 || g_ascii_strcasecmp(cs, "latin1") == 0 ||
           g_ascii_strcasecmp(cs, "windows-1252") == 0 || g_ascii_strcasecmp(cs, "cp1252") == 0;
}

/* Converts with iconv; on an invalid byte emits U+FFFD and skips it. 0, or
 * -1 when the charset is unknown to iconv. */
static int iconv_to_utf8(Buf *b, const char *cs, const char *s, size_t n)
{
    iconv_t cd = g_mime_iconv_open("UTF-8", cs);
    if (cd == (iconv_t)-1)
        return -1;
    char out[4096];
    char *in = (char *)s;
    size_t inleft = n;
    while (inleft > 0) {
        char *op = out;
        size_t outleft = sizeof out;
        size_t r = iconv(cd, &in, &inleft, &op, &outleft);
        int err = errno;
        (void)buf_append(b, out, sizeof out - outleft);
        if (r == (size_t)-1) {
            if (err == E2BIG)
                continue;
            /* EILSEQ, EINVAL (truncated tail): replace one byte, go on. */
            (void)buf_append(b, "\xEF\xBF\xBD", 3);
            in++;
            inleft--;
        }
    }
    char *op = out;
    size_t outleft = sizeof out;
    (void)iconv(cd, NULL, NULL, &op, &outleft);
    (void)buf_append(b, out, sizeof out - outleft);
    g_mime_iconv_close(cd);
    return 0;
}

/* Bytes in charset cs (NULL = undeclared) as valid UTF-8 in the arena.
 * Undeclared or ASCII/latin declared 8-bit: UTF-8 if it validates, else
 * windows-1252 (a superset of latin1 for printable text). */
static char *to_utf8(Arena *a, const char *s, size_t n, const char *cs)
{
    if (!s) {
        s = "";
        n = 0;
    }
    Buf b, fixed;
    buf_init(&b, MIME_MAX_TEXT * 2);
    buf_init(&fixed, MIME_MAX_TEXT * 2);
    if (cs && *cs && !is_utf8_charset(cs) && !is_ascii_or_latin_charset(cs)) {
        if (iconv_to_utf8(&b, cs, s, n) == 0)
            goto done;
        buf_reset(&b);
    }
    if (g_utf8_validate(s, (gssize)n, NULL) || (cs && is_utf8_charset(cs)))
        (void)buf_append(&b, s, n);
    else
        cp1252_to_utf8(&b, (const unsigned char *)s, n);
done:
    utf8_repair(&fixed, b.data ? b.data : "", b.len);
    buf_free(&b);
    return buf_to_arena(&fixed, a);
}

static char *str_utf8(Arena *a, const char *s)
{
    return s ? to_utf8(a, s, strlen(s), NULL) : NULL;
}

/* ---- headers ------------------------------------------------------------ */

static void append_addrs(Buf *b, InternetAddressList *list, int depth)
{
    int n = list ? internet_address_list_length(list) : 0;
    for (int i = 0; i < n; i++) {
        InternetAddress *ia = internet_address_list_get_address(list, i);
        if (INTERNET_ADDRESS_IS_GROUP(ia)) {
            if (depth < 2)
                append_addrs(b, internet_address_group_get_members(INTERNET_ADDRESS_GROUP(ia)),
                             depth + 1);
            continue;
        }
        if (!INTERNET_ADDRESS_IS_MAILBOX(ia))
            continue;
        const char *addr = internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(ia));
        if (!addr || !*addr)
            continue;
        if (b->len)
            (void)buf_append_str(b, ", ");
        char *low = g_ascii_strdown(addr, -1);
        (void)buf_append_str(b, low);
        g_free(low);
    }
}

static const char *addr_list(Arena *a, InternetAddressList *list)
{
    Buf b;
    buf_init(&b, 256 * 1024);
    append_addrs(&b, list, 0);
    if (b.len == 0) {
        buf_free(&b);
        return NULL;
    }
    char *s = str_utf8(a, b.data);
    buf_free(&b);
    return s;
}

static InternetAddressMailbox *first_mailbox(InternetAddressList *list, int depth)
{
    int n = list ? internet_address_list_length(list) : 0;
    for (int i = 0; i < n; i++) {
        InternetAddress *ia = internet_address_list_get_address(list, i);
        if (INTERNET_ADDRESS_IS_MAILBOX(ia))
            return INTERNET_ADDRESS_MAILBOX(ia);
        if (INTERNET_ADDRESS_IS_GROUP(ia) && depth < 2) {
            InternetAddressMailbox *m =
                first_mailbox(internet_address_group_get_members(INTERNET_ADDRESS_GROUP(ia)), depth + 1);
            if (m)
                return m;
        }
    }
    return NULL;
}

/* Message ids of a header value, space-separated, without <>. */
static const char *msgid_list(Arena *a, const char *value, int only_first)
{
    if (!value)
        return NULL;
    GMimeReferences *refs = g_mime_references_parse(g_mime_opts, value);
    Buf b;
    buf_init(&b, 256 * 1024);
    int n = refs ? g_mime_references_length(refs) : 0;
    for (int i = 0; i < n && !(only_first && i > 0); i++) {
        const char *id = g_mime_references_get_message_id(refs, i);
        if (!id || !*id)
            continue;
        if (b.len)
            (void)buf_append_char(&b, ' ');
        (void)buf_append_str(&b, id);
    }
    if (refs)
        g_mime_references_free(refs);
    if (b.len == 0) {
        /* Not an id list GMime accepts: keep the trimmed token itself. */
        char *v = g_strstrip(g_strdup(value));
        size_t len = strlen(v);
        const char *p = v;
        if (len >= 2 && v[0] == '<' && v[len - 1] == '>') {
            p = v + 1;
            len -= 2;
        }
        if (len)
            (void)buf_append(&b, p, len);
        g_free(v);
    }
    if (b.len == 0) {
        buf_free(&b);
        return NULL;
    }
    char *s = str_utf8(a, b.data);
    buf_free(&b);
    return s;
}

static const char *nonempty(const char *s) { return s && *s ? s : NULL; }

static void fill_headers(Arena *a, GMimeMessage *msg, ParsedEmail *out)
{
    InternetAddressMailbox *from = first_mailbox(g_mime_message_get_from(msg), 0);
    if (from) {
        const char *addr = internet_address_mailbox_get_addr(from);
        if (addr && *addr) {
            char *low = g_ascii_strdown(addr, -1);
            out->from_address = str_utf8(a, low);
            g_free(low);
        }
        out->from_name = str_utf8(a, nonempty(internet_address_get_name(INTERNET_ADDRESS(from))));
    }
    out->to = addr_list(a, g_mime_message_get_to(msg));
    out->cc = addr_list(a, g_mime_message_get_cc(msg));
    out->reply_to = addr_list(a, g_mime_message_get_reply_to(msg));
    out->subject = str_utf8(a, g_mime_message_get_subject(msg));
    const char *mid = g_mime_message_get_message_id(msg);
    out->message_id = mid && *mid ? str_utf8(a, mid)
                                  : msgid_list(a, g_mime_object_get_header(GMIME_OBJECT(msg), "Message-ID"), 1);
    out->in_reply_to = msgid_list(a, g_mime_object_get_header(GMIME_OBJECT(msg), "In-Reply-To"), 1);
    out->references = msgid_list(a, g_mime_object_get_header(GMIME_OBJECT(msg), "References"), 0);
    GDateTime *dt = g_mime_message_get_date(msg);
    if (dt) {
        gint64 t = g_date_time_to_unix(dt);
        out->date_epoch = t > 0 ? t : 0;
    }
}

/* ---- body walk ---------------------------------------------------------- */

typedef struct AltState {
    int plain_taken;
    int html_taken;
} AltState;

typedef struct Walk {
    Arena *a;
    ParsedEmail *out;
    Buf text;   /* concatenated text/plain bodies (UTF-8) */
    Buf html;   /* first text/html body (UTF-8, unsanitised) */
    int have_html;
    MimeAttachment *atts;
    int natts, capatts;
    const char *error;
} Walk;

static int header_count(GMimeObject *obj)
{
    GMimeHeaderList *h = g_mime_object_get_header_list(obj);
    return h ? g_mime_header_list_get_count(h) : 0;
}

/* Transfer-decoded content of a leaf part (GMime treats unknown encodings
 * as identity, i.e. 8bit). Caller g_byte_array_unref()s. */
static GByteArray *decoded_bytes(GMimePart *part)
{
    GMimeDataWrapper *dw = g_mime_part_get_content(part);
    GByteArray *arr = g_byte_array_new();
    if (!dw)
        return arr;
    GMimeStream *mem = g_mime_stream_mem_new_with_byte_array(arr);
    g_mime_stream_mem_set_owner(GMIME_STREAM_MEM(mem), FALSE);
    (void)g_mime_data_wrapper_write_to_stream(dw, mem);
    g_object_unref(mem);
    return arr;
}

static size_t decoded_size(GMimeObject *obj)
{
    GMimeStream *null = g_mime_stream_null_new();
    if (GMIME_IS_PART(obj)) {
        GMimeDataWrapper *dw = g_mime_part_get_content(GMIME_PART(obj));
        if (dw)
            (void)g_mime_data_wrapper_write_to_stream(dw, null);
    } else {
        (void)g_mime_object_write_content_to_stream(obj, NULL, null);
    }
    size_t n = GMIME_STREAM_NULL(null)->written;
    g_object_unref(null);
    return n;
}

static void add_attachment(Walk *w, GMimeObject *obj, const char *part_id)
{
    if (w->natts == w->capatts) {
        int cap = w->capatts ? w->capatts * 2 : 8;
        MimeAttachment *n = arena_alloc(w->a, sizeof *n * (size_t)cap);
        if (w->natts)
            memcpy(n, w->atts, sizeof *n * (size_t)w->natts);
        w->atts = n;
        w->capatts = cap;
    }
    MimeAttachment *att = &w->atts[w->natts++];
    GMimeContentType *ct = g_mime_object_get_content_type(obj);
    char *mt = ct ? g_mime_content_type_get_mime_type(ct) : NULL;
    if (mt) {
        char *low = g_ascii_strdown(mt, -1);
        att->content_type = str_utf8(w->a, low);
        g_free(low);
        g_free(mt);
    } else {
        att->content_type = "application/octet-stream";
    }
    const char *fn = NULL;
    if (GMIME_IS_PART(obj))
        fn = g_mime_part_get_filename(GMIME_PART(obj));
    else
        fn = g_mime_object_get_content_disposition_parameter(obj, "filename");
    att->filename = str_utf8(w->a, nonempty(fn));
    att->part_id = arena_strdup(w->a, part_id);
    att->content_id = str_utf8(w->a, nonempty(g_mime_object_get_content_id(obj)));
    const char *disp = g_mime_object_get_disposition(obj);
    att->is_inline = disp && g_ascii_strcasecmp(disp, "inline") == 0;
    att->size = decoded_size(obj);
}

/* CRLF and lone CR become LF in place (stored text uses LF only). */
static void normalize_newlines(char *s)
{
    char *o = s;
    for (; *s; s++) {
        if (*s == '\r') {
            *o++ = '\n';
            if (s[1] == '\n')
                s++;
        } else {
            *o++ = *s;
        }
    }
    *o = '\0';
}

static void take_text(Walk *w, GMimePart *part, int is_html)
{
    GByteArray *arr = decoded_bytes(part);
    const char *cs = g_mime_object_get_content_type_parameter(GMIME_OBJECT(part), "charset");
    Arena *tmp = arena_new(0);
    char *s = to_utf8(tmp, (const char *)arr->data, arr->len, cs);
    g_byte_array_unref(arr);
    normalize_newlines(s);
    Buf *dst = is_html ? &w->html : &w->text;
    if (dst->len && !is_html)
        (void)buf_append_str(dst, "\n\n");
    if (buf_append_str(dst, s) != 0 && !w->error)
        w->error = "body text too large";
    arena_destroy(&tmp);
    if (is_html)
        w->have_html = 1;
}

static int walk(Walk *w, GMimeObject *obj, const char *part_id, int depth, AltState *alt)
{
    if (++w->out->nparts > MIME_MAX_PARTS) {
        w->error = "too many MIME parts";
        return ERR_PARSE;
    }
    if (depth > MIME_MAX_DEPTH) {
        w->error = "MIME nesting too deep";
        return ERR_PARSE;
    }
    if (header_count(obj) > MIME_MAX_HEADERS) {
        w->error = "too many headers";
        return ERR_PARSE;
    }
    if (GMIME_IS_MULTIPART(obj)) {
        GMimeMultipart *mp = GMIME_MULTIPART(obj);
        GMimeContentType *ct = g_mime_object_get_content_type(obj);
        AltState mine = {0, 0};
        AltState *child_alt = alt;
        if (ct && g_mime_content_type_is_type(ct, "multipart", "alternative"))
            child_alt = &mine;
        int n = g_mime_multipart_get_count(mp);
        for (int i = 0; i < n; i++) {
            char id[256];
            if (part_id[0])
                snprintf(id, sizeof id, "%s.%d", part_id, i + 1);
            else
                snprintf(id, sizeof id, "%d", i + 1);
            int rc = walk(w, g_mime_multipart_get_part(mp, i), id, depth + 1, child_alt);
            if (rc)
                return rc;
        }
        return 0;
    }
    const char *id = part_id[0] ? part_id : "1";
    if (GMIME_IS_PART(obj)) {
        GMimeContentType *ct = g_mime_object_get_content_type(obj);
        const char *disp = g_mime_object_get_disposition(obj);
        int attached = disp && g_ascii_strcasecmp(disp, "attachment") == 0;
        const char *fn = g_mime_part_get_filename(GMIME_PART(obj));
        int is_plain = ct && g_mime_content_type_is_type(ct, "text", "plain");
        int is_html = ct && g_mime_content_type_is_type(ct, "text", "html");
        /* A named text part is a file the customer attached, unless the
         * body is still missing and it is explicitly inline. */
        int body_like = !attached && (!fn || (disp && !(is_plain ? w->text.len > 0 : w->have_html)));
        if (is_plain && body_like && !(alt && alt->plain_taken)) {
            if (alt)
                alt->plain_taken = 1;
            take_text(w, GMIME_PART(obj), 0);
            return 0;
        }
        if (is_html && body_like && !w->have_html && !(alt && alt->html_taken)) {
            if (alt)
                alt->html_taken = 1;
            take_text(w, GMIME_PART(obj), 1);
            return 0;
        }
    }
    /* Leaf parts that are not the body, and message/rfc822 (not descended:
     * a forwarded mail is an attachment of this one). */
    add_attachment(w, obj, id);
    return 0;
}

/* ---- pre-scan -------------------------------------------------------- */

/* GMime parses nested multiparts recursively before we can check depth;
 * every nesting level needs its own Content-Type header, so a message with
 * more Content-Type lines than this is refused before GMime sees its body. */
#define MIME_MAX_CT_LINES (MIME_MAX_PARTS * 2)

static int too_many_content_types(const char *raw, size_t len)
{
    int count = 0;
    size_t i = 0;
    while (i < len) {
        const char *p = raw + i;
        size_t rest = len - i;
        if (rest >= 12 && g_ascii_strncasecmp(p, "content-type", 12) == 0 && ++count > MIME_MAX_CT_LINES)
            return 1;
        const char *nl = memchr(p, '\n', rest);
        if (!nl)
            break;
        i = (size_t)(nl - raw) + 1;
    }
    return 0;
}

/* Length of the header block (up to the first empty line). */
static size_t header_block_len(const char *raw, size_t len)
{
    for (size_t i = 0; i + 1 < len; i++) {
        if (raw[i] == '\n' && (raw[i + 1] == '\n' || (raw[i + 1] == '\r' && i + 2 < len && raw[i + 2] == '\n')))
            return i + 1;
    }
    return len;
}

int mime_parse(Arena *a, const char *raw, size_t len, ParsedEmail *out)
{
    GMimeStream *stream = NULL;
    GMimeParser *parser = NULL;
    GMimeMessage *msg = NULL;
    Walk w;
    int rc = 0;

    memset(out, 0, sizeof *out);
    memset(&w, 0, sizeof w);
    w.a = a;
    w.out = out;
    buf_init(&w.text, MIME_MAX_TEXT);
    buf_init(&w.html, MIME_MAX_TEXT);
    if (len > MIME_MAX_BYTES) {
        out->parse_error = "message larger than MIME_MAX_BYTES";
        rc = ERR_TOO_LARGE;
        goto cleanup;
    }
    if (!raw)
        raw = "";
    mime_init_once();

    size_t feed = len;
    if (too_many_content_types(raw, len)) {
        w.error = "too many MIME parts";
        feed = header_block_len(raw, len); /* headers only */
    }
    stream = g_mime_stream_mem_new_with_buffer(raw, feed);
    parser = g_mime_parser_new_with_stream(stream);
    g_mime_parser_set_format(parser, GMIME_FORMAT_MESSAGE);
    g_mime_parser_set_respect_content_length(parser, FALSE);
    msg = g_mime_parser_construct_message(parser, g_mime_opts);
    if (!msg) {
        out->parse_error = w.error ? w.error : "not a MIME message";
        rc = ERR_PARSE;
        goto cleanup;
    }
    fill_headers(a, msg, out); /* already parsed, so kept even past a limit */
    if (header_count(GMIME_OBJECT(msg)) > MIME_MAX_HEADERS)
        w.error = "too many headers";
    GMimeObject *body = g_mime_message_get_mime_part(msg);
    if (body && !w.error)
        (void)walk(&w, body, "", 0, NULL);

    if (w.have_html) {
        out->html = html_sanitize(a, w.html.data ? w.html.data : "", w.html.len);
        if (!w.text.len)
            out->text = html_to_text(a, w.html.data ? w.html.data : "", w.html.len);
    }
    if (w.text.len)
        out->text = buf_to_arena(&w.text, a);
    if (out->text)
        out->new_text = quote_strip(a, out->text);
    out->attachments = w.atts;
    out->nattachments = w.natts;
    if (w.error) {
        out->parse_error = w.error;
        rc = ERR_PARSE;
    }

cleanup:
    buf_free(&w.text);
    buf_free(&w.html);
    if (msg)
        g_object_unref(msg);
    if (parser)
        g_object_unref(parser);
    if (stream)
        g_object_unref(stream);
    return rc;
}
