/* hexTest.c — the one hex table: encoding and digit values. */
#include <criterion/criterion.h>
#include <string.h>

#include "core/hex.h"

Test(hex, encode_lower_case)
{
    const unsigned char in[] = {0x00, 0x0f, 0xa5, 0xff};
    char out[2 * sizeof in + 1];
    cr_assert_str_eq(hex_encode(out, in, sizeof in), "000fa5ff");
    cr_assert_str_eq(hex_encode(out, in, 0), "");
    cr_assert_eq(strlen(HEX_UPPER), 16);
    cr_assert_eq(HEX_UPPER[10], 'A');
}

Test(hex, digit_values)
{
    cr_assert_eq(hex_value('0'), 0);
    cr_assert_eq(hex_value('9'), 9);
    cr_assert_eq(hex_value('a'), 10);
    cr_assert_eq(hex_value('F'), 15);
    cr_assert_eq(hex_value('g'), -1);
    cr_assert_eq(hex_value('%'), -1);
    cr_assert_eq(hex_value(0), -1);
}
