/* mimeParseTest.c — mime_parse() over the whole mikel/mail fixture corpus
 * (no crash, valid UTF-8 everywhere), field-by-field checks on selected
 * fixtures, our own Hindi/Hinglish messages (tests/data/mime/), and the
 * bounds (size, parts, depth, headers). Runs from the repo root; the
 * corpus lives beside the repo in ../shared/data/. */
#include <criterion/criterion.h>
#include <dirent.h>
#include <glib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "core/arena.h"
#include "core/buf.h"
#include "core/errors.h"
#include "mail/mimeParse.h"

#define CORPUS "../shared/data/mikel-mail-fixtures/emails"
#define OWN "tests/data/mime"

static Arena *a;
static void setup(void) { a = arena_new(0); }
static void teardown(void) { arena_destroy(&a); }

TestSuite(mime, .init = setup, .fini = teardown);

/* File contents in the arena, or NULL. */
static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    Buf b;
    buf_init(&b, 64u * 1024u * 1024u);
    char tmp[8192];
    size_t n;
    while ((n = fread(tmp, 1, sizeof tmp, f)) > 0)
        cr_assert_eq(buf_append(&b, tmp, n), 0);
    fclose(f);
    *len = b.len;
    return buf_to_arena(&b, a);
}

static int have_corpus(void)
{
    struct stat st;
    if (stat(CORPUS, &st) == 0 && S_ISDIR(st.st_mode))
        return 1;
    fprintf(stderr, "SKIP: MIME corpus %s not found (run from the repo root with shared/ beside it)\n", CORPUS);
    return 0;
}

static ParsedEmail parse_file(const char *path, int *rc_out)
{
    size_t len = 0;
    char *raw = slurp(path, &len);
    cr_assert_not_null(raw, "cannot read %s", path);
    ParsedEmail e;
    int rc = mime_parse(a, raw, len, &e);
    if (rc_out)
        *rc_out = rc;
    else
        cr_assert_eq(rc, 0, "%s: rc=%d (%s)", path, rc, e.parse_error ? e.parse_error : "");
    return e;
}

static ParsedEmail corpus(const char *rel)
{
    char path[512];
    snprintf(path, sizeof path, "%s/%s", CORPUS, rel);
    return parse_file(path, NULL);
}

static ParsedEmail own(const char *name)
{
    char path[512];
    snprintf(path, sizeof path, "%s/%s", OWN, name);
    return parse_file(path, NULL);
}

static void assert_utf8(const char *what, const char *s, const char *path)
{
    if (s)
        cr_assert(g_utf8_validate(s, -1, NULL), "%s: %s is not valid UTF-8", path, what);
}

static void assert_all_utf8(const ParsedEmail *e, const char *path)
{
    const char *f[] = {e->from_address, e->from_name, e->to, e->cc, e->reply_to, e->subject,
                       e->message_id, e->in_reply_to, e->references, e->text, e->html, e->new_text};
    for (size_t i = 0; i < sizeof f / sizeof f[0]; i++)
        assert_utf8("a field", f[i], path);
    for (int i = 0; i < e->nattachments; i++) {
        const MimeAttachment *t = &e->attachments[i];
        assert_utf8("filename", t->filename, path);
        assert_utf8("content_type", t->content_type, path);
        assert_utf8("content_id", t->content_id, path);
        cr_assert_not_null(t->part_id);
        cr_assert_not_null(t->content_type);
    }
    cr_assert(e->nparts >= 0 && e->nparts <= MIME_MAX_PARTS + 1);
}

static const MimeAttachment *att_by_part(const ParsedEmail *e, const char *part_id)
{
    for (int i = 0; i < e->nattachments; i++)
        if (strcmp(e->attachments[i].part_id, part_id) == 0)
            return &e->attachments[i];
    return NULL;
}

static int walk_dir(const char *dir)
{
    int count = 0;
    DIR *d = opendir(dir);
    cr_assert_not_null(d, "cannot open %s", dir);
    struct dirent *de;
    while ((de = readdir(d)) != NULL) {
        if (de->d_name[0] == '.')
            continue;
        char path[1024];
        snprintf(path, sizeof path, "%s/%s", dir, de->d_name);
        struct stat st;
        if (stat(path, &st) != 0)
            continue;
        if (S_ISDIR(st.st_mode)) {
            count += walk_dir(path);
            continue;
        }
        size_t n = strlen(de->d_name);
        if (n < 4 || strcmp(de->d_name + n - 4, ".eml") != 0)
            continue;
        int rc = 0;
        ParsedEmail e = parse_file(path, &rc);
        cr_assert(rc == 0 || rc == ERR_PARSE, "%s: rc=%d", path, rc);
        if (rc)
            cr_assert_not_null(e.parse_error, "%s", path);
        assert_all_utf8(&e, path);
        count++;
    }
    closedir(d);
    return count;
}

Test(mime, whole_corpus_parses_to_valid_utf8)
{
    if (!have_corpus())
        cr_skip_test("MIME corpus not found");
    int n = walk_dir(CORPUS);
    cr_assert_geq(n, 100, "only %d .eml files found", n);
    n = walk_dir(OWN);
    cr_assert_geq(n, 6);
}

Test(mime, own_messages_parse_without_corpus)
{
    /* Our own test emails must work even when shared/ is absent. */
    cr_assert_geq(walk_dir(OWN), 6);
}

Test(mime, rfc2047_subjects_and_headers)
{
    if (!have_corpus())
        cr_skip_test("MIME corpus not found");
    ParsedEmail e = corpus("plain_emails/raw_email.eml");
    cr_assert_str_eq(e.subject, "NOTE: 한국말로 하는 것");
    cr_assert_str_eq(e.from_address, "jamis@37signals.com");
    cr_assert_str_eq(e.from_name, "Jamis Buck");

    e = corpus("attachment_emails/attachment_pdf.eml");
    cr_assert_str_eq(e.subject, "Another PDF with 🎉 Unicode chars in it 🍿");
    cr_assert_str_eq(e.to, "xxxx@xxxx.com, xxxx@xxxx.com");
    cr_assert_str_eq(e.reply_to, "xxxx@xxxx.com");
    cr_assert_eq(e.date_epoch, 1115745999);

    e = corpus("plain_emails/raw_email_with_partially_quoted_subject.eml");
    cr_assert_str_eq(e.subject, "Re: Test: \"漢字\" mid \"漢字\" tail");

    e = corpus("rfc6532/utf8_headers.eml");
    cr_assert_str_eq(e.from_name, "Jöhn Doe");
    cr_assert_str_eq(e.subject, "Säying Hello");
}

Test(mime, message_ids_without_brackets)
{
    if (!have_corpus())
        cr_skip_test("MIME corpus not found");
    ParsedEmail e = corpus("mime_emails/raw_email2.eml");
    cr_assert_str_eq(e.message_id, "e85734b90505081209eaaa17b@mail.gmail.com");
    cr_assert_str_eq(e.in_reply_to, "F6E2D0B4-CC35-4A91-BA4C-C7C712B10C13@mac.com");
    cr_assert_str_eq(e.references, "F6E2D0B4-CC35-4A91-BA4C-C7C712B10C13@mac.com");
    e = corpus("error_emails/empty_in_reply_to.eml");
    cr_assert_null(e.in_reply_to);
}

Test(mime, non_utf8_charset_bodies)
{
    if (!have_corpus())
        cr_skip_test("MIME corpus not found");
    ParsedEmail e = corpus("multi_charset/japanese_iso_2022.eml");
    cr_assert_str_eq(e.subject, "まみむめも");
    cr_assert_str_eq(e.text, "すみません。\n\n");
    e = corpus("multi_charset/japanese_shift_jis.eml");
    cr_assert(strstr(e.text, "あいうえお") == e.text);
    cr_assert_not_null(strstr(e.text, "このメールはテスト用のメールです。"));
    e = corpus("multi_charset/ks_c_5601-1987.eml");
    cr_assert_str_eq(e.text, "스티해\n");
    e = corpus("plain_emails/raw_email.eml");
    cr_assert(strncmp(e.text, "대부분의 마찬가지로, 우리는 하나님을 믿습니다.", strlen("대부분의 마찬가지로, 우리는 하나님을 믿습니다.")) == 0);
}

Test(mime, quoted_printable_latin1_body)
{
    if (!have_corpus())
        cr_skip_test("MIME corpus not found");
    ParsedEmail e = corpus("error_emails/header_fields_with_empty_values.eml");
    cr_assert_not_null(strstr(e.text, "Jørn Støylen -- http://www.prikkprikkprikk.no\n924 38 051"));
    cr_assert_str_eq(e.from_name, "Jørn Støylen");
    e = corpus("attachment_emails/attachment_pdf.eml");
    cr_assert(strncmp(e.text, "Just attaching another PDF, here, to see what the message looks like,\nand to see",
                      strlen("Just attaching another PDF, here, to see what the message looks like,\nand to see")) == 0);
    cr_assert_null(strchr(e.text, '\r'));
}

Test(mime, attachments_with_encoded_names_and_sizes)
{
    if (!have_corpus())
        cr_skip_test("MIME corpus not found");
    ParsedEmail e = corpus("attachment_emails/attachment_nonascii_filename.eml");
    cr_assert_eq(e.nattachments, 1);
    cr_assert_str_eq(e.attachments[0].filename, "ciële.txt");
    cr_assert_str_eq(e.attachments[0].part_id, "2");
    cr_assert_eq(e.attachments[0].size, 11);

    e = corpus("multi_charset/japanese_attachment.eml");
    const MimeAttachment *t = att_by_part(&e, "2");
    cr_assert_not_null(t);
    cr_assert_str_eq(t->filename, "てすと.txt");
    cr_assert_eq(t->size, 33); /* the original attachments/てすと.txt */

    e = corpus("attachment_emails/attachment_pdf.eml");
    cr_assert_eq(e.nattachments, 1);
    cr_assert_str_eq(e.attachments[0].content_type, "application/pdf");
    cr_assert_str_eq(e.attachments[0].filename, "broken.pdf");
    cr_assert_eq(e.attachments[0].size, 1026);
    cr_assert_eq(e.attachments[0].is_inline, 0);

    e = corpus("attachment_emails/attachment_with_quoted_filename.eml");
    cr_assert_str_eq(e.attachments[0].filename, "Eelanalüüsi päring.jpg");

    e = corpus("attachment_emails/attachment_content_location.eml");
    t = att_by_part(&e, "2");
    cr_assert_not_null(t);
    cr_assert_str_eq(t->content_id, "qbFGyPQAS8");
    cr_assert_eq(t->is_inline, 1);
}

Test(mime, message_rfc822_is_an_attachment)
{
    if (!have_corpus())
        cr_skip_test("MIME corpus not found");
    ParsedEmail e = corpus("attachment_emails/attachment_message_rfc822.eml");
    cr_assert_str_eq(e.text, "This is the first part.\n");
    cr_assert_eq(e.nattachments, 1);
    cr_assert_str_eq(e.attachments[0].content_type, "message/rfc822");
    cr_assert_str_eq(e.attachments[0].part_id, "2");
    cr_assert_gt(e.attachments[0].size, 1000);

    e = corpus("attachment_emails/attachment_message_rfc822_inline_image.eml");
    const MimeAttachment *t = att_by_part(&e, "2");
    cr_assert_not_null(t);
    cr_assert_str_eq(t->content_type, "message/rfc822");
    cr_assert_str_eq(t->filename, "Testmail.eml");
    t = att_by_part(&e, "1.2");
    cr_assert_not_null(t);
    cr_assert_str_eq(t->filename, "img.png");
}

Test(mime, error_emails_degrade_gracefully)
{
    if (!have_corpus())
        cr_skip_test("MIME corpus not found");
    ParsedEmail e = corpus("error_emails/bad_date_header.eml");
    cr_assert_eq(e.date_epoch, 0);
    cr_assert_str_eq(e.from_address, "infoz@reactive-outpost.com");

    /* A bogus Content-Transfer-Encoding is read as 8bit. */
    e = corpus("error_emails/content_transfer_encoding_spam.eml");
    cr_assert_not_null(e.text);
    cr_assert_not_null(strstr(e.text, "othermachine"));

    /* Undeclared 8-bit header bytes come out as UTF-8. */
    e = corpus("error_emails/content_transfer_encoding_empty.eml");
    cr_assert(g_utf8_validate(e.subject, -1, NULL));

    e = corpus("error_emails/must_supply_encoding.eml");
    cr_assert(g_utf8_validate(e.from_name, -1, NULL));
    cr_assert_eq(e.date_epoch, 1289756504);
}

/* ---- our own messages ---------------------------------------------------- */

#define HINDI_BODY                                                                                       \
    "नमस्ते,\nमेरा ऑर्डर #4521 अभी तक नहीं पहुँचा है। कृपया जल्दी भेजें।\n\nधन्यवाद\nरमेश कुमार\n"
#define HINDI_NEW "नमस्ते,\nमेरा ऑर्डर #4521 अभी तक नहीं पहुँचा है। कृपया जल्दी भेजें।"

static void check_hindi(const ParsedEmail *e, const char *mid)
{
    cr_assert_str_eq(e->from_address, "ramesh.kumar@example.in");
    cr_assert_str_eq(e->from_name, "रमेश कुमार");
    cr_assert_str_eq(e->to, "support@katyayani.example, orders@katyayani.example");
    cr_assert_str_eq(e->cc, "sita@example.in");
    cr_assert_str_eq(e->reply_to, "ramesh.reply@example.in");
    cr_assert_str_eq(e->message_id, mid);
    cr_assert_eq(e->date_epoch, 1717389900); /* 2024-06-03 10:15 +0530 */
    cr_assert_str_eq(e->text, HINDI_BODY);
    cr_assert_str_eq(e->new_text, HINDI_NEW);
    cr_assert_null(e->html);
    cr_assert_eq(e->nattachments, 0);
    cr_assert_null(e->parse_error);
}

Test(mime, hindi_utf8_8bit)
{
    ParsedEmail e = own("hindiUtf8.eml");
    check_hindi(&e, "hindi-utf8@example.in");
    cr_assert_str_eq(e.subject, "ऑर्डर की स्थिति");
}

Test(mime, hindi_base64_lf)
{
    ParsedEmail e = own("hindiBase64.eml");
    check_hindi(&e, "hindi-b64@example.in");
    cr_assert_str_eq(e.subject, "ऑर्डर की स्थिति");
}

Test(mime, hindi_quoted_printable_q_subject)
{
    ParsedEmail e = own("hindiQuotedPrintable.eml");
    check_hindi(&e, "hindi-qp@example.in");
    cr_assert_str_eq(e.subject, "खाद का बिल");
}

Test(mime, hinglish_reply_thread)
{
    ParsedEmail e = own("hinglishReplyThread.eml");
    cr_assert_str_eq(e.subject, "Re: ऑर्डर status");
    cr_assert_str_eq(e.in_reply_to, "support-1@katyayani.example");
    cr_assert_str_eq(e.references, "orig-0@example.in support-1@katyayani.example");
    cr_assert_not_null(strstr(e.text, "ने लिखा:"));
    cr_assert_not_null(strstr(e.text, "> Aapka order dispatch ho gaya hai."));
    cr_assert_str_eq(e.new_text, "Bhaiya mera order abhi tak nahi aaya, please check karo.\nOrder number 4521 hai.");
    cr_assert_not_null(e.html);
    cr_assert_not_null(strstr(e.html, "<div dir=\"ltr\">Bhaiya mera order"));
    cr_assert_null(strstr(e.html, "class="));
    cr_assert_eq(e.nparts, 3);
}

Test(mime, html_only_windows1252_with_script)
{
    ParsedEmail e = own("htmlOnlyWithScript.eml");
    cr_assert_str_eq(e.text, "Namaste, the pump’s price?\n\n- Urea 5 kg\n- DAP 10 kg\nclick order");
    cr_assert_str_eq(e.html, "<p>Namaste, the pump’s price?</p><ul><li>Urea 5 kg</li><li>DAP 10 kg</li></ul>"
                             "<a>click</a> <a href=\"https://katyayani.example/order?id=1&amp;x=2\" "
                             "rel=\"noopener noreferrer nofollow\">order</a>");
    cr_assert_null(strstr(e.html, "script"));
    cr_assert_null(strstr(e.html, "onerror"));
    cr_assert_null(strstr(e.html, "tracker"));
}

Test(mime, hindi_attachments)
{
    ParsedEmail e = own("hindiAttachments.eml");
    cr_assert_str_eq(e.text, "बिल संलग्न है");
    cr_assert_str_eq(e.html, "<p>बिल संलग्न है </p>");
    cr_assert_eq(e.nattachments, 4);
    const MimeAttachment *t = att_by_part(&e, "1.2");
    cr_assert_not_null(t);
    cr_assert_str_eq(t->content_type, "image/png");
    cr_assert_str_eq(t->content_id, "logo@k");
    cr_assert_str_eq(t->filename, "logo.png");
    cr_assert_eq(t->size, 256);
    cr_assert_eq(t->is_inline, 1);
    t = att_by_part(&e, "2");
    cr_assert_str_eq(t->filename, "बिल.pdf"); /* RFC 2231 */
    cr_assert_eq(t->size, 240);
    cr_assert_eq(t->is_inline, 0);
    t = att_by_part(&e, "3");
    cr_assert_str_eq(t->filename, "रसीद.txt"); /* RFC 2047 in a parameter */
    cr_assert_eq(t->size, 7);
    t = att_by_part(&e, "4");
    cr_assert_str_eq(t->content_type, "message/rfc822");
}

/* ---- charsets and broken input ------------------------------------------ */

static ParsedEmail parse_str(const char *s, int *rc)
{
    ParsedEmail e;
    *rc = mime_parse(a, s, strlen(s), &e);
    return e;
}

Test(mime, undeclared_8bit_falls_back_to_windows1252)
{
    int rc;
    ParsedEmail e = parse_str("From: a@b.c\nSubject: caf\xe9\n\nna\xefve \x93quoted\x94 \x80 5\n", &rc);
    cr_assert_eq(rc, 0);
    cr_assert_str_eq(e.subject, "café");
    cr_assert_str_eq(e.text, "naïve “quoted” € 5\n");
}

Test(mime, declared_utf8_with_bad_bytes_is_repaired)
{
    int rc;
    ParsedEmail e = parse_str("From: a@b.c\nContent-Type: text/plain; charset=utf-8\n\nok \xff\xfe end\n", &rc);
    cr_assert_eq(rc, 0);
    cr_assert_str_eq(e.text, "ok \xEF\xBF\xBD\xEF\xBF\xBD end\n");
}

Test(mime, unknown_charset_and_broken_encoded_word)
{
    int rc;
    ParsedEmail e = parse_str("From: a@b.c\nSubject: =?x-nonsense?B?////?= and =?utf-8?Q?caf=C3=A9?=\n"
                              "Content-Type: text/plain; charset=x-nonsense\n\nplain ascii\n",
                              &rc);
    cr_assert_eq(rc, 0);
    cr_assert(g_utf8_validate(e.subject, -1, NULL));
    cr_assert_not_null(strstr(e.subject, "café"));
    cr_assert_str_eq(e.text, "plain ascii\n");

    e = parse_str("Subject: =?utf-8?B?4KSo4KSu4KS44KWN4KSk4KWH?=\n\nx", &rc);
    cr_assert_str_eq(e.subject, "नमस्ते");
    e = parse_str("Subject: =?utf-8?B?4KSo4KSu4KS4\n\nx", &rc); /* unterminated: raw kept */
    cr_assert(g_utf8_validate(e.subject, -1, NULL));
}

Test(mime, garbage_and_empty_input)
{
    int rc;
    ParsedEmail e = parse_str("", &rc);
    cr_assert(rc == 0 || rc == ERR_PARSE);
    e = parse_str("\x01\x02\xff not a mail at all", &rc);
    cr_assert(rc == 0 || rc == ERR_PARSE);
    assert_all_utf8(&e, "garbage");
    rc = mime_parse(a, NULL, 0, &e);
    cr_assert(rc == 0 || rc == ERR_PARSE);
}

/* ---- bounds --------------------------------------------------------------- */

Test(mime, too_large_is_refused)
{
    ParsedEmail e;
    cr_assert_eq(mime_parse(a, "x", (size_t)MIME_MAX_BYTES + 1, &e), ERR_TOO_LARGE);
    cr_assert_not_null(e.parse_error);
}

Test(mime, too_deep_nesting_reports_parse_error)
{
    Buf b;
    buf_init(&b, 1u << 20);
    buf_append_str(&b, "From: deep@example.in\nSubject: deep\nMIME-Version: 1.0\n");
    int levels = MIME_MAX_DEPTH + 4;
    for (int i = 0; i < levels; i++)
        buf_appendf(&b, "Content-Type: multipart/mixed; boundary=\"b%d\"\n\n--b%d\n", i, i);
    buf_append_str(&b, "Content-Type: text/plain\n\ninnermost\n");
    for (int i = levels - 1; i >= 0; i--)
        buf_appendf(&b, "--b%d--\n", i);
    ParsedEmail e;
    int rc = mime_parse(a, b.data, b.len, &e);
    buf_free(&b);
    cr_assert_eq(rc, ERR_PARSE);
    cr_assert_str_eq(e.parse_error, "MIME nesting too deep");
    cr_assert_str_eq(e.from_address, "deep@example.in"); /* headers still filled */
}

Test(mime, too_many_parts_reports_parse_error)
{
    Buf b;
    buf_init(&b, 4u << 20);
    buf_append_str(&b, "From: many@example.in\nSubject: many\nContent-Type: multipart/mixed; boundary=\"B\"\n\n");
    for (int i = 0; i < MIME_MAX_PARTS + 10; i++)
        buf_appendf(&b, "--B\nContent-Type: application/octet-stream\n\npart %d\n", i);
    buf_append_str(&b, "--B--\n");
    ParsedEmail e;
    int rc = mime_parse(a, b.data, b.len, &e);
    cr_assert_eq(rc, ERR_PARSE);
    cr_assert_str_eq(e.parse_error, "too many MIME parts");
    cr_assert_str_eq(e.subject, "many");

    /* So many Content-Type lines that GMime is not even given the body. */
    buf_reset(&b);
    buf_append_str(&b, "From: x@example.in\nSubject: bomb\n\n");
    for (int i = 0; i < 5000; i++)
        buf_appendf(&b, "Content-Type: multipart/mixed; boundary=\"b%d\"\n\n--b%d\n", i, i);
    rc = mime_parse(a, b.data, b.len, &e);
    buf_free(&b);
    cr_assert_eq(rc, ERR_PARSE);
    cr_assert_str_eq(e.subject, "bomb");
}

Test(mime, too_many_headers_reports_parse_error)
{
    Buf b;
    buf_init(&b, 1u << 20);
    buf_append_str(&b, "From: h@example.in\n");
    for (int i = 0; i < MIME_MAX_HEADERS + 5; i++)
        buf_appendf(&b, "X-Filler-%d: %d\n", i, i);
    buf_append_str(&b, "\nbody\n");
    ParsedEmail e;
    int rc = mime_parse(a, b.data, b.len, &e);
    buf_free(&b);
    cr_assert_eq(rc, ERR_PARSE);
    cr_assert_str_eq(e.parse_error, "too many headers");
}
