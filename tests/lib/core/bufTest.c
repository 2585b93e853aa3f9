/* bufTest.c — the bounded buffer never passes its max and stays intact. */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "core/buf.h"
#include "core/errors.h"

Test(buf, append_within_max)
{
    Buf b;
    buf_init(&b, 10);
    cr_assert_eq(buf_append_str(&b, "hello"), 0);
    cr_assert_eq(buf_append_char(&b, ' '), 0);
    cr_assert_eq(buf_append(&b, "abcd", 4), 0);
    cr_assert_eq(b.len, 10);
    cr_assert_str_eq(b.data, "hello abcd");
    cr_assert_eq(buf_append_char(&b, 'x'), ERR_TOO_LARGE);
    cr_assert_eq(b.len, 10);
    cr_assert_str_eq(b.data, "hello abcd");
    buf_free(&b);
}

Test(buf, overflow_leaves_contents)
{
    Buf b;
    buf_init(&b, 8);
    cr_assert_eq(buf_append_str(&b, "abc"), 0);
    cr_assert_eq(buf_append_str(&b, "defghi"), ERR_TOO_LARGE);
    cr_assert_str_eq(b.data, "abc");
    cr_assert_eq(buf_appendf(&b, "%s", "123456"), ERR_TOO_LARGE);
    cr_assert_str_eq(b.data, "abc");
    cr_assert_eq(buf_appendf(&b, "%d", 12345), 0);
    cr_assert_str_eq(b.data, "abc12345");
    cr_assert_lt(b.cap, 8 + 2); /* never allocates past max + NUL */
    buf_free(&b);
}

Test(buf, huge_length_does_not_wrap)
{
    Buf b;
    buf_init(&b, 100);
    cr_assert_eq(buf_append_str(&b, "x"), 0);
    cr_assert_eq(buf_append(&b, "y", (size_t)-1), ERR_TOO_LARGE);
    cr_assert_eq(buf_append(&b, "y", (size_t)-1 - 5), ERR_TOO_LARGE);
    cr_assert_str_eq(b.data, "x");
    buf_free(&b);
}

Test(buf, zero_max)
{
    Buf b;
    buf_init(&b, 0);
    cr_assert_eq(buf_append(&b, "", 0), 0);
    cr_assert_eq(buf_append_char(&b, 'a'), ERR_TOO_LARGE);
    char *s = buf_take(&b);
    cr_assert_str_eq(s, "");
    free(s);
}

Test(buf, growth_many_appends)
{
    Buf b;
    buf_init(&b, 100000);
    for (int i = 0; i < 10000; i++)
        cr_assert_eq(buf_append_str(&b, "0123456789"), 0);
    cr_assert_eq(b.len, 100000);
    cr_assert_eq(buf_append_char(&b, 'x'), ERR_TOO_LARGE);
    cr_assert_eq(b.data[b.len], '\0');
    buf_reset(&b);
    cr_assert_eq(b.len, 0);
    cr_assert_str_eq(b.data, "");
    buf_free(&b);
}

Test(buf, json_escape)
{
    Buf b;
    buf_init(&b, 100);
    const char in[] = "a\"b\\c\nd\re\tf\x01g/h";
    cr_assert_eq(buf_append_json_escaped(&b, in, sizeof in - 1), 0);
    cr_assert_str_eq(b.data, "a\\\"b\\\\c\\nd\\re\\tf\\u0001g/h");
    buf_free(&b);
    buf_init(&b, 3);
    cr_assert_eq(buf_append_json_escaped(&b, "\"\"", 2), ERR_TOO_LARGE);
    cr_assert_leq(b.len, 3);
    buf_free(&b);
}

Test(buf, json_escape_invalid_utf8)
{
    Buf b;
    buf_init(&b, 100);
    const char in[] = "ok \xe0\xa4\xb9 bad \xff\xc0\xaf end \xe0\xa4";
    cr_assert_eq(buf_append_json_escaped(&b, in, sizeof in - 1), 0);
    cr_assert_str_eq(b.data, "ok \xe0\xa4\xb9 bad \\ufffd\\ufffd\\ufffd end \\ufffd\\ufffd");
    buf_free(&b);
}

Test(buf, take_and_to_arena)
{
    Buf b;
    buf_init(&b, 50);
    buf_append_str(&b, "abc");
    char *s = buf_take(&b);
    cr_assert_str_eq(s, "abc");
    cr_assert_null(b.data);
    cr_assert_eq(b.len, 0);
    free(s);
    Arena *a = arena_new(0);
    buf_append_str(&b, "xyz");
    char *t = buf_to_arena(&b, a);
    cr_assert_str_eq(t, "xyz");
    cr_assert_null(b.data);
    cr_assert_str_eq(buf_to_arena(&b, a), "");
    arena_destroy(&a);
}
