/* reportsTest.c — the dashboard's pure parts: IST days, the from/to
 * range rules, the histogram quantile estimate and its error bound, the
 * AI price table, and the CSV writer (RFC 4180, formula injection). */
#include <criterion/criterion.h>
#include <math.h>
#include <string.h>

#include "core/buf.h"
#include "core/config.h"
#include "core/errors.h"
#include "reports/csvWriter.h"
#include "reports/reports.h"

Test(reports, dates_round_trip_and_reject_bad_ones)
{
    int32_t d = 0;
    cr_assert_eq(report_parse_date("1970-01-01", &d), 0);
    cr_assert_eq(d, 0);
    cr_assert_eq(report_parse_date("2024-02-29", &d), 0);
    char b[11];
    report_format_date(d, b);
    cr_assert_str_eq(b, "2024-02-29");
    const char *bad[] = {"2026-02-29", "2026-13-01", "2026-00-10", "2026-1-01", "2026-01-01T00", "+026-01-01",
                         "2026/01/01", "", "1969-12-31", " 2026-01-01"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
        cr_assert_eq(report_parse_date(bad[i], &d), -1, "%s accepted", bad[i]);
}

Test(reports, ist_day_boundary)
{
    /* 2026-10-10T18:29:59Z = 23:59:59 IST on the 10th; 18:30:00Z = 00:00 on the 11th. */
    int32_t tenth = 0, eleventh = 0;
    report_parse_date("2026-10-10", &tenth);
    report_parse_date("2026-10-11", &eleventh);
    int64_t t = (int64_t)tenth * 86400 + 18 * 3600 + 29 * 60 + 59;
    cr_assert_eq(report_ist_day(t), tenth);
    cr_assert_eq(report_ist_day(t + 1), eleventh);
}

Test(reports, range_rules)
{
    ReportRange r;
    const char *why = NULL;
    int32_t today = 0;
    report_parse_date("2026-10-12", &today);
    cr_assert_eq(report_range_parse(NULL, NULL, today, &r, &why), 0);
    cr_assert_eq(r.to, today);
    cr_assert_eq(r.to - r.from + 1, 7);
    cr_assert_eq(report_range_parse(NULL, "2026-01-07", today, &r, &why), 0);
    cr_assert_eq(r.to - r.from + 1, 7);
    cr_assert_eq(report_range_parse("2025-10-12", "2026-10-12", today, &r, &why), 0); /* 366 days */
    cr_assert_eq(report_range_parse("2025-10-11", "2026-10-12", today, &r, &why), ERR_BAD_REQUEST);
    cr_assert_str_eq(why, "the range is longer than 366 days");
    cr_assert_eq(report_range_parse("2026-10-12", "2026-10-11", today, &r, &why), ERR_BAD_REQUEST);
    cr_assert_str_eq(why, "from is after to");
    cr_assert_eq(report_range_parse("2026-10-12", "2026-10-12", today, &r, &why), 0);
    cr_assert_eq(report_range_parse("x", NULL, today, &r, &why), ERR_BAD_REQUEST);
    cr_assert_eq(report_range_parse(NULL, "tomorrow", today, &r, &why), ERR_BAD_REQUEST);
    /* The fuzzer's finding (tests/fuzz/regressions/reportQuery/): a default
     * from before 1970 printed as a date report_parse_date refuses. */
    cr_assert_eq(report_range_parse(NULL, "1970-01-03", today, &r, &why), 0);
    cr_assert_eq(r.from, 0);
    cr_assert_eq(r.to, 2);
    cr_assert_eq(report_kind_parse("ai"), REPORT_AI);
    cr_assert_eq(report_kind_parse("Summary"), -1);
}

/* Bucket of v as sql/008's report_bucket(). */
static int bucket(double v) { return v < 1 ? 0 : (int)fmin(1 + floor(8 * log2(v)), 224); }

Test(reports, histogram_quantile_within_bound)
{
    static long long h[REPORT_HIST_BUCKETS];
    cr_assert_eq(report_hist_quantile(h, 0.5), -1);
    /* 1..10000 seconds: the estimate is within 2^(1/16) - 1 (4.4%) of the
     * true order statistic. */
    for (int v = 1; v <= 10000; v++)
        h[bucket(v)]++;
    double med = report_hist_quantile(h, 0.5), p90 = report_hist_quantile(h, 0.9);
    cr_assert(fabs(med - 5000) / 5000 <= pow(2, 1.0 / 16) - 1, "median %f", med);
    cr_assert(fabs(p90 - 9000) / 9000 <= pow(2, 1.0 / 16) - 1, "p90 %f", p90);
}

Test(reports, ai_prices)
{
    double in = 0, out = 0;
    cr_assert_eq(config_ai_price("a:0.10:0.40,b:1:2", "b", &in, &out), 1);
    cr_assert_float_eq(in, 1.0, 1e-12);
    cr_assert_float_eq(out, 2.0, 1e-12);
    cr_assert_eq(config_ai_price("a:0.10:0.40", "models/a", &in, &out), 1);
    cr_assert_eq(config_ai_price("a:0.10:0.40", "c", &in, &out), 0);
    cr_assert_eq(config_ai_price("a:0.10:0.40,", NULL, NULL, NULL), 0);
    const char *bad[] = {"a", "a:1", ":1:2", "a:x:2", "a:1:-2", "a:1:2:3", "a:1:2,,b:1:1"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
        cr_assert_eq(config_ai_price(bad[i], NULL, NULL, NULL), ERR_INVALID, "%s accepted", bad[i]);
    g_config.ai_prices = "gemini-x:0.10:0.40";
    double usd = -1;
    cr_assert_eq(report_ai_cost("gemini", "gemini-x", 3000, 300, &usd), 0);
    cr_assert_float_eq(usd, 0.00042, 1e-12);
    cr_assert_eq(report_ai_cost("local", "nb", 3000, 300, &usd), 0);
    cr_assert_float_eq(usd, 0.0, 1e-12);
    cr_assert_eq(report_ai_cost("gemini", "gemini-y", 1, 1, &usd), ERR_NOT_FOUND);
    g_config.ai_prices = NULL;
}

static const char *csv_of(Buf *b, const char *cells[], int n)
{
    CsvWriter w;
    buf_reset(b);
    csv_init(&w, b);
    for (int i = 0; i < n; i++)
        cr_assert_eq(csv_text(&w, cells[i]), 0);
    cr_assert_eq(csv_number(&w, "-1.5"), 0);
    cr_assert_eq(csv_end_row(&w), 0);
    return b->data;
}

Test(csv, quoting_and_formula_injection)
{
    Buf b;
    buf_init(&b, 4096);
    const char *plain[] = {"Asha", NULL, "a b"};
    cr_assert_str_eq(csv_of(&b, plain, 3), "Asha,,a b,-1.5\r\n");
    const char *quoted[] = {"a,b", "say \"hi\"", "two\nlines"};
    cr_assert_str_eq(csv_of(&b, quoted, 3), "\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",-1.5\r\n");
    const char *formulas[] = {"=1+1", "+91 98", "-x", "@SUM(A1)"};
    cr_assert_str_eq(csv_of(&b, formulas, 4), "\"'=1+1\",\"'+91 98\",\"'-x\",\"'@SUM(A1)\",-1.5\r\n");
    Buf small;
    buf_init(&small, 4);
    CsvWriter w;
    csv_init(&w, &small);
    cr_assert_eq(csv_text(&w, "too long for the bound"), ERR_TOO_LARGE);
    buf_free(&small);
    buf_free(&b);
}
