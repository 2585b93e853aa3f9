/* csvWriterTest.c — RFC 4180 quoting, formula guarding, numbers, bounds. */
#include <criterion/criterion.h>
#include <string.h>

#include "core/buf.h"
#include "core/errors.h"
#include "reports/csvWriter.h"

static Buf b;
static CsvWriter w;
static void setup(void)
{
    buf_init(&b, 4096);
    csv_init(&w, &b);
}
static void teardown(void) { buf_free(&b); }
TestSuite(csvWriter, .init = setup, .fini = teardown);

static const char *out(void)
{
    cr_assert_eq(buf_append_char(&b, '\0'), 0);
    return b.data;
}

Test(csvWriter, plain_rows_and_empty_cells)
{
    cr_assert_eq(csv_text(&w, "agent"), 0);
    cr_assert_eq(csv_text(&w, NULL), 0);
    cr_assert_eq(csv_text(&w, ""), 0);
    cr_assert_eq(csv_number(&w, "12"), 0);
    cr_assert_eq(csv_end_row(&w), 0);
    cr_assert_eq(csv_number(&w, NULL), 0);
    cr_assert_eq(csv_text(&w, "b"), 0);
    cr_assert_eq(csv_end_row(&w), 0);
    cr_assert_str_eq(out(), "agent,,,12\r\n,b\r\n");
}

Test(csvWriter, quoting)
{
    cr_assert_eq(csv_text(&w, "a,b"), 0);
    cr_assert_eq(csv_text(&w, "say \"hi\""), 0);
    cr_assert_eq(csv_text(&w, "two\nlines"), 0);
    cr_assert_eq(csv_text(&w, "cr\r"), 0);
    cr_assert_eq(csv_text(&w, "नमस्ते"), 0);
    cr_assert_eq(csv_end_row(&w), 0);
    cr_assert_str_eq(out(), "\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\r\",नमस्ते\r\n");
}

Test(csvWriter, formula_guard_on_text_not_numbers)
{
    const char *risky[] = {"=1+1", "+91 98", "-5", "@SUM(A1)", "\tx", "\rx"};
    const char *want[] = {"\"'=1+1\"", "\"'+91 98\"", "\"'-5\"", "\"'@SUM(A1)\"", "\"'\tx\"", "\"'\rx\""};
    for (size_t i = 0; i < sizeof risky / sizeof *risky; i++) {
        buf_reset(&b);
        csv_init(&w, &b);
        cr_assert_eq(csv_text(&w, risky[i]), 0);
        cr_assert_str_eq(out(), want[i], "%s", risky[i]);
    }
    buf_reset(&b);
    csv_init(&w, &b);
    cr_assert_eq(csv_number(&w, "-5"), 0);
    cr_assert_eq(csv_text(&w, "a=b"), 0); /* only a leading '=' is a formula */
    cr_assert_str_eq(out(), "-5,a=b");
}

Test(csvWriter, bound_is_the_buffers)
{
    Buf small;
    buf_init(&small, 8);
    CsvWriter sw;
    csv_init(&sw, &small);
    cr_assert_eq(csv_text(&sw, "abcdef"), 0);
    cr_assert_eq(csv_text(&sw, "ghijkl"), ERR_TOO_LARGE);
    buf_free(&small);
}
