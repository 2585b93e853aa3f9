/* reportQueryFuzz.c — the dashboard's outside input: the from/to dates
 * (report_range_parse) and text going through the CSV writer.
 * Input: "<from>\n<to>\n<cell text>" (missing parts = absent).
 * Invariants: no crash; an accepted range is ordered, at most 366 days,
 * and its dates print and parse back to the same days; a CSV cell never
 * starts with a formula character and its quotes are balanced. */
#include <stdlib.h>
#include <string.h>

#include "core/arena.h"
#include "core/buf.h"
#include "fuzz.h"
#include "reports/csvWriter.h"
#include "reports/reports.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Arena *a = arena_new(0);
    char *s = arena_alloc(a, size + 1);
    memcpy(s, data, size);
    s[size] = '\0'; /* an embedded NUL ends the text, as in a decoded query */
    char *from = s, *to = NULL, *text = NULL;
    char *nl = strchr(from, '\n');
    if (nl) {
        *nl = '\0';
        to = nl + 1;
        nl = strchr(to, '\n');
        if (nl) {
            *nl = '\0';
            text = nl + 1;
        }
    }
    ReportRange r;
    const char *why = NULL;
    int32_t today = 20000; /* 2024-10-04 */
    if (report_range_parse(from, to, today, &r, &why) == 0) {
        if (r.from > r.to || r.to - r.from + 1 > REPORT_MAX_DAYS)
            abort();
        char buf[11];
        int32_t back = 0;
        report_format_date(r.from, buf);
        if (report_parse_date(buf, &back) != 0 || back != r.from)
            abort();
    } else if (!why) {
        abort();
    }
    Buf b;
    buf_init(&b, 1 << 20);
    CsvWriter w;
    csv_init(&w, &b);
    if (csv_text(&w, text ? text : from) == 0 && b.len > 0) {
        const char *o = b.data;
        if (strchr("=+-@\t\r", o[0]))
            abort();
        if (o[0] == '"' && strchr("=+-@\t\r", o[1]))
            abort();
        size_t quotes = 0;
        for (size_t i = 0; i < b.len; i++)
            quotes += o[i] == '"';
        if (quotes % 2)
            abort();
    }
    buf_free(&b);
    arena_destroy(&a);
    return 0;
}
