/* timeUtilTest.c — the one timestamp format and the monotonic clock. */
#include <criterion/criterion.h>
#include <string.h>

#include "core/timeUtil.h"

Test(timeUtil, iso_utc_has_microseconds)
{
    char out[TIME_ISO_LEN];
    struct timeval tv = {.tv_sec = 1795000000, .tv_usec = 1234};
    cr_assert_str_eq(time_iso_utc(&tv, out), "2026-11-18T11:06:40.001234Z");
    tv.tv_sec = 0;
    tv.tv_usec = 999999;
    cr_assert_str_eq(time_iso_utc(&tv, out), "1970-01-01T00:00:00.999999Z");
    cr_assert_eq(strlen(time_iso_utc(NULL, out)), TIME_ISO_LEN - 1);
}

Test(timeUtil, monotonic_never_goes_back)
{
    double a = time_mono_ms();
    time_sleep_ms(1);
    time_sleep_ms(0);
    time_sleep_ms(-5);
    cr_assert_geq(time_mono_ms(), a);
}

Test(timeUtil, sql_iso_matches_the_c_format)
{
    /* The same pattern in SQL: microseconds and a literal Z. */
    cr_assert_not_null(strstr(SQL_ISO("x"), "HH24:MI:SS.US\"Z\""));
}
