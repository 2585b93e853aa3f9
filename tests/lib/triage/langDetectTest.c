/* langDetectTest.c — English, Hindi, Hinglish and mixed script. */
#include <criterion/criterion.h>

#include "triage/langDetect.h"

Test(langDetect, english)
{
    cr_assert_str_eq(lang_detect("Where is my order? It has been 10 days."), "en");
    cr_assert_str_eq(lang_detect("what is the dosage of neem oil for tomato"), "en");
}

Test(langDetect, hindi_even_with_english_nouns)
{
    cr_assert_str_eq(lang_detect("मेरा ऑर्डर अभी तक नहीं आया"), "hi");
    cr_assert_str_eq(lang_detect("मेरा order कब आएगा, पैसे कट गए हैं"), "hi");
}

Test(langDetect, hinglish_with_spelling_variants)
{
    cr_assert_str_eq(lang_detect("mera order abhi tak nahi aaya"), "hinglish");
    cr_assert_str_eq(lang_detect("bhai paisa kb tk aayega, nhi mila"), "hinglish");
    cr_assert_str_eq(lang_detect("neem oil kitna dalna hai"), "hinglish");
}

Test(langDetect, mixed_scripts)
{
    cr_assert_str_eq(lang_detect("Please help, मेरा पार्सल नहीं आया and the tracking is not working at all"), "mixed");
}

Test(langDetect, empty_and_letterless)
{
    cr_assert_str_eq(lang_detect(""), "en");
    cr_assert_str_eq(lang_detect(NULL), "en");
    cr_assert_str_eq(lang_detect("12345 !!! ??"), "en");
}
