/* utf8Test.c — what counts as valid UTF-8. */
#include <criterion/criterion.h>

#include "core/utf8.h"

Test(utf8, valid_prefix)
{
    cr_assert_eq(utf8_valid_prefix("abc", 3), 3);
    cr_assert_eq(utf8_valid_prefix("ab\xff", 3), 2);
    cr_assert_eq(utf8_valid_prefix("\xe0\xa4", 2), 0);                 /* truncated */
    cr_assert_eq(utf8_valid_prefix("\xe0\xa4\xb9", 3), 3);             /* Devanagari ha */
    cr_assert_eq(utf8_valid_prefix("\xf0\x9f\x98\x80", 4), 4);         /* emoji */
    cr_assert_eq(utf8_valid_prefix("\xc0\xaf", 2), 0);                 /* overlong '/' */
    cr_assert_eq(utf8_valid_prefix("\xe0\x80\xaf", 3), 0);             /* overlong */
    cr_assert_eq(utf8_valid_prefix("\xed\xa0\x80", 3), 0);             /* surrogate */
    cr_assert_eq(utf8_valid_prefix("\xf4\x90\x80\x80", 4), 0);         /* > U+10FFFF */
    cr_assert_eq(utf8_valid_prefix("a\x80", 2), 1);                    /* stray continuation */
}

Test(utf8, strndup_cuts_at_a_character_boundary)
{
    Arena *a = arena_new(0);
    /* "नमस्ते" is 18 bytes, 3 per character: 4 bytes keep one character. */
    cr_assert_str_eq(utf8_strndup(a, "नमस्ते", 4), "न");
    cr_assert_str_eq(utf8_strndup(a, "नमस्ते", 6), "नम");
    cr_assert_str_eq(utf8_strndup(a, "ok\xff tail", 100), "ok", "stops before an invalid byte");
    cr_assert_str_eq(utf8_strndup(a, "short", 100), "short");
    cr_assert_str_eq(utf8_strndup(a, NULL, 10), "");
    arena_destroy(&a);
}
