/* gmailSendTest.c — gmail_reply_mime: the reply's headers thread in Gmail
 * and other clients (channelProtocols.md §6.2), non-ASCII is encoded, and
 * header values cannot inject headers. */
#include <criterion/criterion.h>
#include <string.h>

#include "channels/gmail/gmailSend.h"
#include "core/base64.h"

static const char *mime_of(Arena *a, const GmailReply *r)
{
    size_t len = 0;
    const char *m = gmail_reply_mime(a, r, &len);
    cr_assert_eq(strlen(m), len);
    return m;
}

Test(gmail_reply_mime, threading_headers)
{
    Arena *a = arena_new(0);
    GmailReply r = {.from_address = "help@k.example", .from_name = "Katyayani Support", .to_address = "c@f.example",
                    .subject = "Order late", .in_reply_to = "two@f.example", .references = "one@f.example",
                    .message_id = "<cs.1.2@k.example>", .text = "Hello", .date_epoch = 1764500000};
    const char *m = mime_of(a, &r);
    cr_assert_not_null(strstr(m, "From: \"Katyayani Support\" <help@k.example>\r\n"));
    cr_assert_not_null(strstr(m, "To: <c@f.example>\r\n"));
    cr_assert_not_null(strstr(m, "Subject: Re: Order late\r\n"));
    cr_assert_not_null(strstr(m, "In-Reply-To: <two@f.example>\r\n"));
    cr_assert_not_null(strstr(m, "References: <one@f.example>\r\n <two@f.example>\r\n"));
    cr_assert_not_null(strstr(m, "Message-ID: <cs.1.2@k.example>\r\n"));
    cr_assert_not_null(strstr(m, "Date: Sun, 30 Nov 2025 10:53:20 +0000\r\n"));
    cr_assert_not_null(strstr(m, "\r\n\r\nSGVsbG8=\r\n"));
    /* "Re:" is not doubled */
    r.subject = "RE: Order late";
    cr_assert_not_null(strstr(mime_of(a, &r), "Subject: RE: Order late\r\n"));
    /* no parent: no threading headers */
    r.in_reply_to = NULL;
    cr_assert_null(strstr(mime_of(a, &r), "In-Reply-To"));
    cr_assert_null(strstr(mime_of(a, &r), "References"));
    arena_destroy(&a);
}

Test(gmail_reply_mime, non_ascii_encoded_and_no_injection)
{
    Arena *a = arena_new(0);
    GmailReply r = {.from_address = "help@k.example", .to_address = "c@f.example", .to_name = "रमेश",
                    .subject = "खाद नहीं आया — order KO-77 की डिलीवरी कब होगी? बहुत देर हो गई है",
                    .in_reply_to = "<x@f.example>", .references = "<a@f> <b@f>\r\nBcc: evil@x.example",
                    .message_id = "<m@k>", .text = "ठीक है", .date_epoch = 0};
    const char *m = mime_of(a, &r);
    cr_assert_not_null(strstr(m, "Subject: =?UTF-8?B?"));
    cr_assert_not_null(strstr(m, "To: =?UTF-8?B?"));
    cr_assert_null(strstr(m, "\r\nBcc:"), "a CR/LF in a stored value cannot start a header");
    /* every header line is short enough (RFC 5322 §2.1.1: 998) and folded encoded words stay under 78 */
    const char *body = strstr(m, "\r\n\r\n");
    for (const char *p = m; p < body;) {
        const char *e = strstr(p, "\r\n");
        cr_assert_leq(e - p, 998);
        if (strncmp(p, " =?UTF-8", 8) == 0 || strncmp(p, "Subject: =?", 11) == 0)
            cr_assert_leq(e - p, 78, "%.*s", (int)(e - p), p);
        p = e + 2;
    }
    arena_destroy(&a);
}
