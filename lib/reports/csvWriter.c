/* csvWriter.c — see csvWriter.h. */
#include "reports/csvWriter.h"

#include <string.h>

void csv_init(CsvWriter *w, Buf *out)
{
    w->out = out;
    w->col = 0;
}

static int separator(CsvWriter *w)
{
    return w->col++ ? buf_append_char(w->out, ',') : 0;
}

int csv_text(CsvWriter *w, const char *s)
{
    int rc = separator(w);
    if (rc || !s || !*s)
        return rc;
    /* A spreadsheet would evaluate these as formulas. */
    int guard = strchr("=+-@\t\r", s[0]) != NULL;
    int quote = guard || strpbrk(s, ",\"\r\n") != NULL;
    if (quote)
        rc = buf_append_char(w->out, '"');
    if (rc == 0 && guard)
        rc = buf_append_char(w->out, '\'');
    for (const char *p = s; rc == 0 && *p; p++) {
        if (*p == '"')
            rc = buf_append(w->out, "\"\"", 2);
        else
            rc = buf_append_char(w->out, *p);
    }
    if (rc == 0 && quote)
        rc = buf_append_char(w->out, '"');
    return rc;
}

int csv_number(CsvWriter *w, const char *s)
{
    int rc = separator(w);
    if (rc || !s)
        return rc;
    return buf_append_str(w->out, s);
}

int csv_end_row(CsvWriter *w)
{
    w->col = 0;
    return buf_append(w->out, "\r\n", 2);
}
