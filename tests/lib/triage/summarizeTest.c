/* summarizeTest.c — greetings and sign-offs skipped, bounded length,
 * English prefix for Hindi and Hinglish. */
#include <criterion/criterion.h>
#include <string.h>

#include "core/arena.h"
#include "triage/summarize.h"

static Arena *a;
static void setup(void) { a = arena_new(0); }
static void teardown(void) { arena_destroy(&a); }

TestSuite(summarize, .init = setup, .fini = teardown);

Test(summarize, skips_greeting_and_signoff)
{
    const char *s = summarize_extract(a, "Hello sir,\nDear team\nMy neem oil bottle arrived leaking. Please replace it.\nThanks\nRamesh", 200);
    cr_assert_str_eq(s, "My neem oil bottle arrived leaking. Please replace it.");
}

Test(summarize, strips_opener_glued_to_content)
{
    cr_assert_str_eq(summarize_extract(a, "Hi team, payment failed for my order", 200), "payment failed for my order");
    cr_assert_str_eq(summarize_extract(a, "Respected sir, where is my parcel?", 200), "where is my parcel?");
    cr_assert_str_eq(summarize_extract(a, "नमस्ते सर, मेरा ऑर्डर कब आएगा?", 200), "मेरा ऑर्डर कब आएगा?");
}

Test(summarize, skips_order_id_only_lines)
{
    cr_assert_str_eq(summarize_extract(a, "Order id: KO123456\nParcel not received yet.", 200),
                     "Parcel not received yet.");
}

Test(summarize, long_text_cut_at_word_with_ellipsis)
{
    char text[2000] = "";
    for (int i = 0; i < 60; i++)
        strncat(text, "word ", sizeof text - strlen(text) - 1);
    const char *s = summarize_extract(a, text, 50);
    size_t n = strlen(s);
    cr_assert_lt(n, 60);
    cr_assert_str_eq(s + n - 3, "\xe2\x80\xa6");
    cr_assert_neq(s[n - 4], ' ');
}

Test(summarize, devanagari_is_counted_by_character)
{
    char text[4000] = "";
    for (int i = 0; i < 100; i++)
        strncat(text, "पत्ते पीले ", sizeof text - strlen(text) - 1);
    const char *s = summarize_extract(a, text, 20);
    /* 20 code points at most, plus the ellipsis, never a cut sequence */
    cr_assert_leq(strlen(s), 20 * 3 + 3);
    cr_assert_str_eq(s + strlen(s) - 3, "\xe2\x80\xa6");
}

Test(summarize, english_prefix_for_hinglish_and_hindi)
{
    cr_assert_str_eq(summarize_text(a, "mera order abhi tak nahi aaya, order 12345", "hinglish", "dispatch"),
                     "Dispatch query (Hinglish): mera order abhi tak nahi aaya, order 12345.");
    const char *h = summarize_text(a, "पैसे कट गए पर ऑर्डर नहीं हुआ", "hi", "finance");
    cr_assert(strncmp(h, "Payment/billing query (Hindi): ", 31) == 0, "%s", h);
    cr_assert_str_eq(summarize_text(a, "Where is my order", "en", "dispatch"), "Where is my order.");
}

Test(summarize, empty_and_greeting_only)
{
    cr_assert_str_eq(summarize_extract(a, "", 200), "");
    cr_assert_str_eq(summarize_extract(a, NULL, 200), "");
    cr_assert_str_eq(summarize_extract(a, "Hi", 200), "Hi");
    cr_assert_str_eq(summarize_text(a, "", "hi", "general"), "General message (Hindi).");
}
