/* quoteStripTest.c — reply headers (English, Outlook, Gmail Hindi),
 * '>' lines, signatures, all-quoted input and huge input. */
#include <criterion/criterion.h>
#include <glib.h>
#include <string.h>

#include "core/arena.h"
#include "mail/quoteStrip.h"

static Arena *a;
static void setup(void) { a = arena_new(0); }
static void teardown(void) { arena_destroy(&a); }

TestSuite(quote, .init = setup, .fini = teardown);

static const char *qs(const char *t) { return quote_strip(a, t); }

Test(quote, gmail_english_on_wrote)
{
    cr_assert_str_eq(qs("Where is my order?\n\nOn Mon, Jun 3, 2024 at 10:00 AM Katyayani Support "
                        "<support@katyayani.example> wrote:\n> It was shipped.\n> Thanks\n"),
                     "Where is my order?");
}

Test(quote, gmail_header_wrapped_over_two_lines)
{
    cr_assert_str_eq(qs("Still waiting.\n\nOn Mon, 3 Jun 2024 at 10:00, Katyayani Support <\n"
                        "support@katyayani.example> wrote:\n\n> It was shipped.\n"),
                     "Still waiting.");
}

Test(quote, gmail_hindi_ne_likha)
{
    cr_assert_str_eq(qs("मेरा ऑर्डर कब आएगा?\n\nसोम, 3 जून 2024 को 10:00 am बजे Katyayani Support "
                        "<support@katyayani.example> ने लिखा:\n\n> आपका ऑर्डर भेज दिया गया है\n"),
                     "मेरा ऑर्डर कब आएगा?");
    /* wrapped before "ने लिखा:" */
    cr_assert_str_eq(qs("Kab aayega?\n\nसोम, 3 जून 2024 को 10:00 am बजे Katyayani Support <\n"
                        "support@katyayani.example> ने लिखा:\n> भेज दिया\n"),
                     "Kab aayega?");
}

Test(quote, outlook_original_message)
{
    cr_assert_str_eq(qs("Please cancel it.\n\n-----Original Message-----\nFrom: Support\nSent: Monday\n"
                        "To: me\nSubject: order\n\nYour order..."),
                     "Please cancel it.");
}

Test(quote, outlook_from_sent_block)
{
    cr_assert_str_eq(qs("Refund please.\n\n________________________________\nFrom: Katyayani Support "
                        "<support@katyayani.example>\nSent: Monday, June 3, 2024 10:00 AM\nTo: Ramesh\n"
                        "Subject: RE: order\n\nHello Ramesh"),
                     "Refund please.");
    cr_assert_str_eq(qs("Ok.\n\n*From:* Support\n*Sent:* Monday\n*To:* me\n*Subject:* x\n"), "Ok.");
}

Test(quote, a_from_line_alone_is_content)
{
    cr_assert_str_eq(qs("From: my farm in Nashik\nI need 10 bags."), "From: my farm in Nashik\nI need 10 bags.");
}

Test(quote, quoted_lines_dropped_inline)
{
    cr_assert_str_eq(qs("> is it available?\nYes please send two.\n> price?\nWhat is the price?"),
                     "Yes please send two.\nWhat is the price?");
}

Test(quote, bottom_posted_answer_is_kept)
{
    cr_assert_str_eq(qs("On Mon, Bob <b@x.example> wrote:\n> question?\n\nmy answer below\n"), "my answer below");
}

Test(quote, signatures_cut_near_the_end)
{
    cr_assert_str_eq(qs("Send the bill.\n-- \nRamesh Kumar\nNashik"), "Send the bill.");
    cr_assert_str_eq(qs("Send the bill.\n\nSent from my iPhone"), "Send the bill.");
    cr_assert_str_eq(qs("Send the bill.\n\nGet Outlook for Android"), "Send the bill.");
    cr_assert_str_eq(qs("Send the bill.\n\nThanks & Regards,\nRamesh Kumar\nKumar Agro\n+91 98765 43210"),
                     "Send the bill.");
    cr_assert_str_eq(qs("बिल भेजिए।\n\nधन्यवाद\nरमेश"), "बिल भेजिए।");
    cr_assert_str_eq(qs("Send the bill.\nRegards"), "Send the bill.");
}

Test(quote, closing_far_from_the_end_is_content)
{
    const char *t = "Regards,\nthe pump you sent is broken.\nIt leaks from the bottom.\nThe motor is hot.\n"
                    "I used it only twice.\nPlease replace it.\nOrder 4521.";
    cr_assert_str_eq(qs(t), t);
}

Test(quote, never_empty)
{
    cr_assert_str_eq(qs("Thanks!"), "Thanks!");
    cr_assert_str_eq(qs("Regards,\nRamesh"), "Regards,\nRamesh");
    cr_assert_str_eq(qs("> only quoted\n> lines here\n>> deeper\n"), "only quoted\nlines here\ndeeper");
    cr_assert_str_eq(qs("On Mon, X wrote:\n> a\n> b"), "a\nb");
    cr_assert_str_eq(qs(""), "");
    cr_assert_null(quote_strip(a, NULL));
}

Test(quote, crlf_and_trailing_space)
{
    cr_assert_str_eq(qs("Hello  \r\nWorld\r\n\r\n\r\n\r\nOn Tue, A wrote:\r\n> x\r\n"), "Hello\nWorld");
}

Test(quote, huge_input_is_bounded)
{
    size_t n = QUOTE_MAX_SCAN * 4;
    char *big = arena_alloc(a, n + 1);
    for (size_t i = 0; i < n; i++)
        big[i] = (i % 64 == 63) ? '\n' : (i % 3 ? 'a' : '>');
    big[n] = '\0';
    const char *out = qs(big);
    cr_assert_leq(strlen(out), QUOTE_MAX_SCAN);
    cr_assert_gt(strlen(out), 0);
    /* A multibyte character cut at the limit must not be split. */
    GString *s = g_string_new("");
    while (s->len < QUOTE_MAX_SCAN + 10)
        g_string_append(s, "नमस्ते ");
    out = qs(s->str);
    cr_assert(g_utf8_validate(out, -1, NULL));
    g_string_free(s, TRUE);
}

Test(quote, only_a_header_line_is_kept)
{
    cr_assert_str_eq(qs("On Mon, X wrote:"), "On Mon, X wrote:");
}
